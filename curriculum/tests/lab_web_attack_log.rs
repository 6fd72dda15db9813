//! The web attack lab: over many seeds, the attacker, the UTC time of its first malicious
//! request, its count of 200 answers, the path that leaked data and its User-Agent are derived
//! again from `access.log` alone, and must equal the generator's key.

use std::collections::{BTreeSet, HashMap};

use curriculum::labs::{self, Generated, seed};
use curriculum::{Expected, answers};
use regex::Regex;
use time::{Date, Duration, Month, PrimitiveDateTime, Time};

const SEEDS: u32 = 300;
const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// What marks a request as an attack: traversal and SQL injection, percent-encoded or not.
const MALICIOUS: [&str; 7] = ["..", "%2e%2e", "%27", "union", "select", "%20and%20", "order%20by"];

struct Request {
    ip: String,
    utc: PrimitiveDateTime,
    target: String,
    status: u16,
    bytes: u64,
    agent: String,
}

fn one<'a>(g: &'a Generated, key: &str) -> &'a str {
    match &g.key[key] {
        Expected::One(v) => v,
        Expected::Many(_) => panic!("{key} is a list"),
    }
}

fn parse(log: &str) -> Vec<Request> {
    let line = Regex::new(
        r#"^(\S+) - - \[(\d{2})/(\w{3})/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})\] "GET (\S+) HTTP/1\.1" (\d{3}) (\d+|-) "[^"]*" "([^"]*)"$"#,
    )
    .unwrap();
    log.lines()
        .map(|l| {
            let c = line.captures(l).unwrap_or_else(|| panic!("not a combined log line: {l}"));
            let n = |i: usize| c[i].parse::<u8>().unwrap();
            let month = MONTHS.iter().position(|m| *m == &c[3]).unwrap() as u8 + 1;
            let date = Date::from_calendar_date(c[4].parse().unwrap(), Month::try_from(month).unwrap(), n(2))
                .unwrap();
            let local = PrimitiveDateTime::new(date, Time::from_hms(n(5), n(6), n(7)).unwrap());
            // Local time is UTC plus the offset, so UTC is local time minus it.
            let east = i64::from(n(9)) * 60 + i64::from(n(10));
            let offset = Duration::minutes(if &c[8] == "-" { -east } else { east });
            Request {
                ip: c[1].to_string(),
                utc: local - offset,
                target: c[11].to_string(),
                status: c[12].parse().unwrap(),
                bytes: if &c[13] == "-" { 0 } else { c[13].parse().unwrap() },
                agent: c[14].to_string(),
            }
        })
        .collect()
}

fn malicious(r: &Request) -> bool {
    MALICIOUS.iter().any(|m| r.target.to_lowercase().contains(m))
}

fn path(target: &str) -> &str {
    target.split('?').next().unwrap()
}

#[test]
fn web_attack_answers_follow_from_the_log() {
    let g = labs::find("web-attack-log").expect("registered");
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let artifact = lab.artifacts.iter().find(|a| a.name == "access.log").unwrap();
        let log = String::from_utf8(artifact.bytes.clone()).unwrap();
        assert!(artifact.bytes.len() < 200_000, "a small file");
        let requests = parse(&log);
        assert!(requests.len() >= 120, "a few hundred lines, not {}", requests.len());

        let attackers: BTreeSet<&str> =
            requests.iter().filter(|r| malicious(r)).map(|r| r.ip.as_str()).collect();
        assert_eq!(attackers.len(), 1, "one attacking address");
        let attacker = *attackers.iter().next().unwrap();
        assert_eq!(one(&lab, "attacker_ip"), attacker);

        let first = requests.iter().filter(|r| malicious(r)).map(|r| r.utc).min().unwrap();
        assert_eq!(answers::timestamp(one(&lab, "first_malicious")).unwrap(), first);

        let theirs: Vec<&Request> = requests.iter().filter(|r| r.ip == attacker).collect();
        let answered = theirs.iter().filter(|r| r.status == 200).count();
        assert!(answered > 1, "more than one 200 answer, so counting matters");
        assert_eq!(one(&lab, "attacker_200_count"), answered.to_string());

        // The success: an attack answered 200 with a body far larger than anything else
        // served from the same path.
        let mut sizes: HashMap<&str, Vec<u64>> = HashMap::new();
        for r in &requests {
            sizes.entry(path(&r.target)).or_default().push(r.bytes);
        }
        let succeeded: Vec<&&Request> = theirs
            .iter()
            .filter(|r| malicious(r) && r.status == 200)
            .filter(|r| {
                let others = &sizes[path(&r.target)];
                others.iter().filter(|&&b| b != r.bytes).all(|&b| b * 5 < r.bytes)
            })
            .collect();
        assert_eq!(succeeded.len(), 1, "exactly one attempt succeeded");
        assert_eq!(one(&lab, "success_path"), path(&succeeded[0].target));

        let agents: BTreeSet<&str> = theirs.iter().map(|r| r.agent.as_str()).collect();
        assert_eq!(agents.len(), 1, "the attacker keeps one User-Agent");
        let agent = *agents.iter().next().unwrap();
        assert_eq!(one(&lab, "attacker_user_agent"), agent);
        assert!(
            requests.iter().all(|r| r.ip == attacker || r.agent != agent),
            "no one else uses the attacker's User-Agent"
        );
    }
}
