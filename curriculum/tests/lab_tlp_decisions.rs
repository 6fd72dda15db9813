//! The TLP decisions lab: over many seeds, whether each scenario's sharing is allowed, and the
//! label of the new report, are derived again from `scenarios.txt` alone by the TLP 2.0 rules,
//! and must equal the generator's key.

use curriculum::Expected;
use curriculum::labs::{self, seed};

const SEEDS: u32 = 300;

/// The labels from the narrowest audience to the widest.
const LABELS: [&str; 5] = ["TLP:RED", "TLP:AMBER+STRICT", "TLP:AMBER", "TLP:GREEN", "TLP:CLEAR"];

/// Who the analyst wants to reach, and the narrowest label that lets the information go there:
/// the own organisation, its clients (a national CSIRT's constituents), the community, anyone.
/// The source's explicit permission allows any sharing.
const AUDIENCES: [(&str, usize); 8] = [
    ("a tamucert colleague", 1),
    ("his manager at tamucert", 1),
    ("a tamucert constituent", 2),
    ("a national csirt in another country", 3),
    ("a bank in a neighbouring country", 3),
    ("public website", 4),
    ("a journalist", 4),
    ("confirms in writing", 0),
];

/// Who must read the new report, and the label that says so.
const READERS: [(&str, &str); 6] = [
    ("published on tamucert's website", "TLP:CLEAR"),
    ("pass it to their peers", "TLP:GREEN"),
    ("customers whose web sites are affected", "TLP:AMBER"),
    ("no one outside the ministry", "TLP:AMBER+STRICT"),
    ("must not leave tamucert", "TLP:AMBER+STRICT"),
    ("who were in the room", "TLP:RED"),
];

fn only<T: Copy>(found: Vec<T>, what: &str) -> T {
    assert_eq!(found.len(), 1, "exactly one match in: {what}");
    found[0]
}

#[test]
fn tlp_decisions_follow_from_the_scenarios() {
    let g = labs::find("tlp-decisions").expect("registered");
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let artifact = lab.artifacts.iter().find(|a| a.name == "scenarios.txt").unwrap();
        let text = String::from_utf8(artifact.bytes.clone()).unwrap();
        assert!(text.contains("version 2.0"));

        let mut allowed = Vec::new();
        for n in 1..=8 {
            let line = text.lines().find(|l| l.starts_with(&format!("Scenario {n}: "))).unwrap();
            let (received, wish) = line.split_once(" wants to ").unwrap();
            let written = received.split_once("labelled ").unwrap().1.split_once('.').unwrap().0;
            let label = LABELS
                .iter()
                .position(|l| *l == written)
                .unwrap_or_else(|| panic!("a TLP 2.0 label: {line}"));
            let wish = wish.to_lowercase();
            let needs =
                only(AUDIENCES.iter().filter(|(w, _)| wish.contains(w)).map(|(_, n)| *n).collect(), line);
            allowed.push(label >= needs);
        }
        for (n, key) in ["scenario_1", "scenario_2", "scenario_3"].iter().enumerate() {
            let verdict = if allowed[n] { "Allowed" } else { "Not allowed" };
            assert_eq!(lab.key[*key], Expected::One(verdict.to_string()), "scenario {}", n + 1);
        }
        let later: Vec<String> =
            (4..=8).filter(|n: &usize| allowed[n - 1]).map(|n| format!("Scenario {n}")).collect();
        assert!(!later.is_empty() && later.len() < 5, "scenarios 4 to 8 mix both answers");
        assert_eq!(lab.key["allowed_4_to_8"], Expected::Many(later));

        let report = text.lines().find_map(|l| l.strip_prefix("New report: ")).unwrap().to_lowercase();
        let label =
            only(READERS.iter().filter(|(w, _)| report.contains(w)).map(|(_, l)| *l).collect(), &report);
        assert_eq!(lab.key["new_report_label"], Expected::Many(vec![label.to_string()]));
    }
}
