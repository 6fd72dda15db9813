//! SSH brute-force triage: an `auth.log` with the noise a real one has (invalid-user notices,
//! PAM failures, closed connections, scanners, key logins, cron), in which one address fails to
//! log in many times and then succeeds. Keys: the attacker's address, the number of failures
//! before the first success, the time of that success, and the account it got into.

use std::collections::BTreeMap;

use time::{Duration, PrimitiveDateTime};

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct SshBruteForce;

pub const YEAR: i32 = 2026;
const HOSTS: &[&str] = &["web01", "mail-gw", "portal", "db02", "vpn01"];
const REAL_USERS: &[&str] = &["deploy", "backup", "amani", "support", "webadmin"];
const GUESSED: &[&str] =
    &["root", "admin", "test", "oracle", "ubuntu", "user", "postgres", "guest", "pi", "ftp"];

struct Line {
    at: PrimitiveDateTime,
    text: String,
}

fn stamp(at: PrimitiveDateTime) -> String {
    format!(
        "{} {:>2} {:02}:{:02}:{:02}",
        calendar::month_abbrev(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

impl Generator for SshBruteForce {
    fn id(&self) -> &'static str {
        "ssh-bruteforce"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["attacker_ip", "failures", "first_success", "compromised_user"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let host = *rng.pick(HOSTS);
        let start = calendar::datetime(YEAR, rng.range(60, 300) as u16, rng.range(0, 20 * 3600) as u32);
        let secs = |n: u64| Duration::seconds(n as i64);
        let mut pid = rng.range(1000, 30000);
        let mut lines = Vec::new();
        let mut used_ips = Vec::new();
        let mut fresh_ip = |rng: &mut Rng| loop {
            let ip = rng.doc_ip();
            if !used_ips.contains(&ip) {
                used_ips.push(ip.clone());
                return ip;
            }
        };
        let sshd = |at: PrimitiveDateTime, pid: u64, message: String| Line {
            at,
            text: format!("{} {host} sshd[{pid}]: {message}", stamp(at)),
        };
        // One connection that tries one wrong password, as OpenSSH with PAM logs it on Debian
        // and Ubuntu: an unknown name is announced first, PAM fails, then sshd, then the client
        // leaves. It takes four seconds, so attempts five or more seconds apart never interleave.
        let failed = |at: PrimitiveDateTime, pid: u64, user: &str, ip: &str, port: u64| {
            // Every server has root; the other guessed names do not exist here.
            let exists = user == "root" || REAL_USERS.contains(&user);
            let rhost = format!("logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}");
            let mut connection = Vec::new();
            if exists {
                connection.push(sshd(
                    at + secs(1),
                    pid,
                    format!("pam_unix(sshd:auth): authentication failure; {rhost}  user={user}"),
                ));
                connection.push(sshd(
                    at + secs(3),
                    pid,
                    format!("Failed password for {user} from {ip} port {port} ssh2"),
                ));
                connection.push(sshd(
                    at + secs(4),
                    pid,
                    format!("Connection closed by authenticating user {user} {ip} port {port} [preauth]"),
                ));
            } else {
                connection.push(sshd(at, pid, format!("Invalid user {user} from {ip} port {port}")));
                connection.push(sshd(
                    at + secs(1),
                    pid,
                    "pam_unix(sshd:auth): check pass; user unknown".to_string(),
                ));
                connection.push(sshd(
                    at + secs(1),
                    pid,
                    format!("pam_unix(sshd:auth): authentication failure; {rhost}"),
                ));
                connection.push(sshd(
                    at + secs(3),
                    pid,
                    format!("Failed password for invalid user {user} from {ip} port {port} ssh2"),
                ));
                connection.push(sshd(
                    at + secs(4),
                    pid,
                    format!("Connection closed by invalid user {user} {ip} port {port} [preauth]"),
                ));
            }
            connection
        };

        // The attack: K failed connections a few seconds apart, then a success.
        let attacker = fresh_ip(&mut rng);
        let failures = rng.range(12, 60);
        // Accounts get uids from 1001 in the order they were made, as useradd gives them.
        let victim_index = rng.below(REAL_USERS.len() as u64) as usize;
        let victim = REAL_USERS[victim_index];
        let mut at = start + secs(rng.range(600, 1800));
        for _ in 0..failures {
            let user = if rng.below(3) == 0 { victim } else { rng.pick::<&str>(GUESSED) };
            pid += rng.range(1, 40);
            lines.extend(failed(at, pid, user, attacker.as_str(), rng.range(30000, 65000)));
            at += secs(rng.range(5, 10));
        }
        let success = at;
        pid += rng.range(1, 40);
        let port = rng.range(30000, 65000);
        lines.push(sshd(
            success,
            pid,
            format!("Accepted password for {victim} from {attacker} port {port} ssh2"),
        ));
        lines.push(sshd(
            success,
            pid,
            format!(
                "pam_unix(sshd:session): session opened for user {victim}(uid={}) by (uid=0)",
                1001 + victim_index
            ),
        ));

        // Noise: scanners that try a few names and give up, probes that never log in, and
        // staff who log in with keys.
        for _ in 0..rng.range(3, 6) {
            let ip = fresh_ip(&mut rng);
            let mut t = start + secs(rng.range(0, 7200));
            for _ in 0..rng.range(1, 5) {
                pid += rng.range(1, 40);
                lines.extend(failed(t, pid, rng.pick::<&str>(GUESSED), ip.as_str(), rng.range(30000, 65000)));
                t += secs(rng.range(5, 30));
            }
        }
        for _ in 0..rng.range(1, 3) {
            let ip = fresh_ip(&mut rng);
            pid += rng.range(1, 40);
            let t = start + secs(rng.range(0, 7200));
            lines.push(sshd(
                t,
                pid,
                format!("Connection closed by {ip} port {} [preauth]", rng.range(30000, 65000)),
            ));
        }
        for _ in 0..rng.range(3, 6) {
            let ip = fresh_ip(&mut rng);
            let index = rng.below(REAL_USERS.len() as u64) as usize;
            let user = REAL_USERS[index];
            let t = start + secs(rng.range(0, 7200));
            let port = rng.range(30000, 65000);
            pid += rng.range(1, 40);
            let key = rng.code(43);
            lines.push(sshd(
                t,
                pid,
                format!("Accepted publickey for {user} from {ip} port {port} ssh2: ED25519 SHA256:{key}"),
            ));
            lines.push(sshd(
                t,
                pid,
                format!(
                    "pam_unix(sshd:session): session opened for user {user}(uid={}) by (uid=0)",
                    1001 + index
                ),
            ));
        }
        for _ in 0..rng.range(4, 8) {
            let t = start + secs(rng.range(0, 7200));
            let cron_pid = rng.range(1000, 30000);
            lines.push(Line {
                at: t,
                text: format!("{} {host} CRON[{cron_pid}]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)", stamp(t)),
            });
        }
        lines.sort_by_key(|l| l.at);
        let mut log = lines.into_iter().map(|l| l.text).collect::<Vec<_>>().join("\n");
        log.push('\n');

        let mut key = BTreeMap::new();
        key.insert("attacker_ip", Expected::One(attacker));
        key.insert("failures", Expected::One(failures.to_string()));
        key.insert(
            "first_success",
            Expected::One(format!(
                "{} {:02}:{:02}:{:02}",
                success.date(),
                success.hour(),
                success.minute(),
                success.second()
            )),
        );
        key.insert("compromised_user", Expected::One(victim.to_string()));
        Generated {
            artifacts: vec![Artifact {
                name: "auth.log".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: log.into_bytes(),
            }],
            key,
        }
    }
}
