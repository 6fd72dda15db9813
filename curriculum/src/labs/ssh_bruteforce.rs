//! SSH brute-force triage: an `auth.log` with noise, in which one address fails to log in many
//! times and then succeeds. Keys: the attacker's address, the number of failures before the
//! first success, the time of that success, and the account it got into.

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
        let sshd = |at: PrimitiveDateTime, message: String, pid: &mut u64| {
            *pid += 1;
            Line { at, text: format!("{} {host} sshd[{pid}]: {message}", stamp(at)) }
        };

        // The attack: K failures a few seconds apart, then a success.
        let attacker = fresh_ip(&mut rng);
        let failures = rng.range(12, 60);
        let victim = *rng.pick(REAL_USERS);
        let mut at = start + Duration::seconds(rng.range(600, 1800) as i64);
        for _ in 0..failures {
            let (user, invalid) =
                if rng.below(3) == 0 { (victim, "") } else { (*rng.pick(GUESSED), "invalid user ") };
            let port = rng.range(30000, 65000);
            lines.push(sshd(
                at,
                format!("Failed password for {invalid}{user} from {attacker} port {port} ssh2"),
                &mut pid,
            ));
            at += Duration::seconds(rng.range(1, 6) as i64);
        }
        let success = at;
        let port = rng.range(30000, 65000);
        lines.push(sshd(
            success,
            format!("Accepted password for {victim} from {attacker} port {port} ssh2"),
            &mut pid,
        ));
        lines.push(sshd(
            success,
            format!("pam_unix(sshd:session): session opened for user {victim}(uid=1001) by (uid=0)"),
            &mut pid,
        ));

        // Noise: scanners that give up, and staff who log in with keys.
        for _ in 0..rng.range(3, 6) {
            let ip = fresh_ip(&mut rng);
            let mut t = start + Duration::seconds(rng.range(0, 7200) as i64);
            for _ in 0..rng.range(1, 5) {
                let user = *rng.pick(GUESSED);
                let port = rng.range(30000, 65000);
                lines.push(sshd(
                    t,
                    format!("Failed password for invalid user {user} from {ip} port {port} ssh2"),
                    &mut pid,
                ));
                t += Duration::seconds(rng.range(1, 30) as i64);
            }
            lines.push(sshd(
                t,
                format!("Connection closed by {ip} port {} [preauth]", rng.range(30000, 65000)),
                &mut pid,
            ));
        }
        for _ in 0..rng.range(3, 6) {
            let ip = fresh_ip(&mut rng);
            let user = *rng.pick(REAL_USERS);
            let t = start + Duration::seconds(rng.range(0, 7200) as i64);
            let port = rng.range(30000, 65000);
            lines.push(sshd(
                t,
                format!(
                    "Accepted publickey for {user} from {ip} port {port} ssh2: ED25519 SHA256:{}",
                    rng.code(43)
                ),
                &mut pid,
            ));
        }
        for _ in 0..rng.range(4, 8) {
            let t = start + Duration::seconds(rng.range(0, 7200) as i64);
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
