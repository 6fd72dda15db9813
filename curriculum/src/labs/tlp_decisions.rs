//! TLP 2.0 sharing decisions: eight scenarios in which TamuCERT has received a labelled document
//! and an analyst wants to pass it on, and one new report TamuCERT must label itself. Keys:
//! "Allowed" or "Not allowed" for scenarios 1 to 3, the scenarios among 4 to 8 that are
//! allowed, and the label of the new report.

use std::collections::BTreeMap;

use super::rng::Rng;
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct TlpDecisions;

/// The TLP 2.0 labels from the narrowest audience to the widest.
const LABELS: [&str; 5] = ["TLP:RED", "TLP:AMBER+STRICT", "TLP:AMBER", "TLP:GREEN", "TLP:CLEAR"];

/// What the analyst wants to do, and the narrowest label (index into [`LABELS`]) that allows
/// it: 1 the recipient's organisation, 2 its clients (for a national CSIRT, its constituents),
/// 3 the community but no public channel, 4 anyone. 0: the source gave explicit permission.
const ACTIONS: &[(&str, usize)] = &[
    (
        "give it to Grace, a TamuCERT colleague who is handling the same incident and needs it for that work",
        1,
    ),
    (
        "tell his manager at TamuCERT what it says; the manager was not among its recipients, but needs to know it to decide how TamuCERT responds",
        1,
    ),
    (
        "send it to the IT security officer of the Ministry of Water, a TamuCERT constituent whose server is named in it and who must fix that server",
        2,
    ),
    ("forward it to a national CSIRT in another country, a member of the same CSIRT network as TamuCERT", 3),
    ("send it to the security team of a bank in a neighbouring country, outside TamuCERT's constituency", 3),
    ("post it on TamuCERT's public website", 4),
    ("send it to a journalist who asked about the incident", 4),
    (
        "send it to the product security team of a software vendor abroad, because the source confirms in writing that TamuCERT may pass it to that team",
        0,
    ),
];
const SOURCES: &[&str] = &[
    "the Bank of Tamu",
    "NeighbourCERT, the national CSIRT of a neighbouring country",
    "a security researcher",
    "SunRise Telecom's security team",
    "a software vendor's product security team",
    "the Ministry of Finance",
];
const DOCUMENTS: &[&str] = &[
    "a report on a phishing campaign",
    "a list of compromised servers in Tamu",
    "an analysis of a new ransomware strain",
    "the indicators of a botnet",
    "a note on a flaw in a mobile payment app",
];
/// New reports TamuCERT writes, described by who must read them, and the label that fits.
const NEW_REPORTS: &[(&str, &str)] = &[
    (
        "a warning for citizens about fake tax refund messages, to be published on TamuCERT's website and read on the radio",
        "TLP:CLEAR",
    ),
    (
        "a list of phishing domains for the security teams of banks and telecom operators in Tamu, who may pass it to their peers, but which must not be made public until the sites are taken down",
        "TLP:GREEN",
    ),
    (
        "a warning about a flaw in the control panel of Jua Hosting, a hosting company in Tamu, for Jua Hosting's security team, which may pass it to those of its customers whose web sites are affected so that they can fix them, and to no one else",
        "TLP:AMBER",
    ),
    // The ministry is the recipient, and TLP:AMBER would let it pass the note on to its own
    // clients: only TLP:AMBER+STRICT keeps it inside the recipient's organisation.
    (
        "a note on a compromised server, for the ministry that owns the server and must fix it; the ministry may give it to those of its own staff who need it, but to no one outside the ministry",
        "TLP:AMBER+STRICT",
    ),
    (
        "an internal analysis of an attacker's tools for the TamuCERT analysts working on the case; it must not leave TamuCERT",
        "TLP:AMBER+STRICT",
    ),
    (
        "the notes of a meeting, for the four people who were in the room only; a leak could endanger a police operation",
        "TLP:RED",
    ),
];
const ANALYSTS: &[&str] = &["Joseph", "Kofi", "Baraka"];
const FIRST_KEYS: [&str; 3] = ["scenario_1", "scenario_2", "scenario_3"];

fn verdict(allowed: bool) -> &'static str {
    if allowed { "Allowed" } else { "Not allowed" }
}

impl Generator for TlpDecisions {
    fn id(&self) -> &'static str {
        "tlp-decisions"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["scenario_1", "scenario_2", "scenario_3", "allowed_4_to_8", "new_report_label"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        // Every (label, action) pair, except permission to send where the label lets it go anyway.
        let pairs: Vec<(usize, usize)> = (0..LABELS.len())
            .flat_map(|label| (0..ACTIONS.len()).map(move |action| (label, action)))
            .filter(|&(label, action)| ACTIONS[action].1 > 0 || label < 3)
            .collect();
        // Scenarios 4 to 8 hold at least one of each answer, so the checkbox question has one.
        let (scenarios, allowed) = loop {
            let scenarios = rng.sample(&pairs, 8);
            let allowed: Vec<bool> =
                scenarios.iter().map(|&(label, action)| label >= ACTIONS[action].1).collect();
            if allowed[3..].contains(&true) && allowed[3..].contains(&false) {
                break (scenarios, allowed);
            }
        };

        let mut text = String::from(
            "TAMUCERT: TLP SHARING DECISIONS\n\
             Rules: FIRST Traffic Light Protocol (TLP) version 2.0, August 2022.\n\
             TamuCERT is the national CSIRT of Tamu. Its constituents are Tamu's government bodies, \
             operators of essential services and other organisations in the country; for a team with \
             national responsibility, they are its clients in the TLP sense. TLP:AMBER+STRICT and \
             TLP:AMBER information goes only to those who need to know it, inside TamuCERT too. In \
             TLP 2.0 a community is a group who share common goals, practices and informal trust \
             relationships; here it is the cybersecurity community: CSIRTs and the security teams of \
             organisations, in Tamu and abroad, and not the public. Unless a scenario says so, the \
             source has given no permission beyond its label.\n",
        );
        for (n, &(label, action)) in scenarios.iter().enumerate() {
            text.push_str(&format!(
                "\nScenario {}: TamuCERT receives {} from {}, labelled {}. {} wants to {}.\n",
                n + 1,
                rng.pick(DOCUMENTS),
                rng.pick(SOURCES),
                LABELS[label],
                rng.pick(ANALYSTS),
                ACTIONS[action].0,
            ));
        }
        let (report, label) = *rng.pick(NEW_REPORTS);
        text.push_str(&format!(
            "\nNew report: TamuCERT itself has written {report}. Which TLP label should it carry?\n"
        ));

        let mut key = BTreeMap::new();
        for (name, &ok) in FIRST_KEYS.iter().zip(&allowed) {
            key.insert(*name, Expected::One(verdict(ok).to_string()));
        }
        let later = (4_usize..=8).filter(|n| allowed[n - 1]).map(|n| format!("Scenario {n}")).collect();
        key.insert("allowed_4_to_8", Expected::Many(later));
        key.insert("new_report_label", Expected::Many(vec![label.to_string()]));
        Generated {
            artifacts: vec![Artifact {
                name: "scenarios.txt".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: text.into_bytes(),
            }],
            key,
        }
    }
}
