//! The RSIT classification lab: over many seeds, the tags of the three named tickets and the
//! ticket to handle first are derived again from `queue.csv` and `handover.txt` alone, by the
//! telling words of each kind of report, and must equal the generator's key.

use std::collections::BTreeSet;

use curriculum::Expected;
use curriculum::labs::{self, Generated, seed};

const SEEDS: u32 = 300;

/// What each kind of report says, and its RSIT 1.3 machine tag.
const RULES: [(&str, &str); 15] = [
    ("copy of our login page", "fraud:phishing"),
    ("failed logins", "intrusion-attempts:brute-force"),
    ("ran commands", "intrusions:system-compromise"),
    ("paste site", "information-content-security:data-leak"),
    ("botnet control server", "malicious-code:infected-system"),
    ("a worm has spread", "malicious-code:infected-system"),
    ("flood of traffic", "availability:ddos"),
    ("every port", "information-gathering:scanner"),
    ("published vulnerability", "vulnerable:vulnerable-system"),
    ("unsolicited advertising", "abusive-content:spam"),
    ("something strange", "other:undetermined"),
    ("cve-2021-41773", "intrusion-attempts:ids-alert"),
    ("domain administrator account", "intrusions:privileged-account-compromise"),
    ("open dns resolver", "vulnerable:ddos-amplifier"),
    ("said he was from our it help desk", "information-gathering:social-engineering"),
];

/// Words that say a critical service is lost for every user: functional impact High.
const SERVICE_LOST: [&str; 3] = ["no office of ours can", "no staff member can", "nobody can reach"];

fn text(g: &Generated, name: &str) -> String {
    let artifact = g.artifacts.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("no {name}"));
    String::from_utf8(artifact.bytes.clone()).unwrap()
}

fn tag_of(description: &str) -> &'static str {
    let lower = description.to_lowercase();
    let tags: BTreeSet<&str> =
        RULES.iter().filter(|(words, _)| lower.contains(words)).map(|(_, tag)| *tag).collect();
    assert_eq!(tags.len(), 1, "one kind of report: {description}");
    tags.into_iter().next().unwrap()
}

#[test]
fn rsit_classification_answers_follow_from_the_queue() {
    let g = labs::find("rsit-classification").expect("registered");
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let queue = text(&lab, "queue.csv");
        let mut reader = csv::Reader::from_reader(queue.as_bytes());
        let headers = reader.headers().unwrap().clone();
        assert_eq!(
            headers.iter().collect::<Vec<_>>(),
            ["ticket", "received_utc", "reporter", "channel", "description"]
        );
        let rows: Vec<(String, String)> = reader
            .records()
            .map(|r| {
                let r = r.unwrap();
                (r[0].to_string(), r[4].to_string())
            })
            .collect();
        assert_eq!(rows.len(), 10);
        let tags: BTreeSet<&str> = rows.iter().map(|(_, d)| tag_of(d)).collect();
        assert_eq!(tags.len(), 10, "ten different types");

        let note = text(&lab, "handover.txt");
        for (letter, key) in [("A", "ticket_a_tag"), ("B", "ticket_b_tag"), ("C", "ticket_c_tag")] {
            let id = note
                .lines()
                .find_map(|l| l.trim().strip_prefix(&format!("{letter}: ")))
                .unwrap_or_else(|| panic!("ticket {letter} is named:\n{note}"));
            let (_, description) = rows.iter().find(|(t, _)| t == id).unwrap();
            assert_eq!(lab.key[key], Expected::Many(vec![tag_of(description).to_string()]), "{description}");
        }

        let lost: Vec<&String> = rows
            .iter()
            .filter(|(_, d)| SERVICE_LOST.iter().any(|w| d.to_lowercase().contains(w)))
            .map(|(t, _)| t)
            .collect();
        assert_eq!(lost.len(), 1, "exactly one ticket loses a critical service for every user:\n{queue}");
        assert_eq!(lab.key["first_ticket"], Expected::One(lost[0].clone()));
        assert!(
            !note.lines().any(|l| l.trim().ends_with(&format!(": {}", lost[0]))),
            "the ticket to handle first is not one of A, B and C:\n{note}"
        );
    }
}
