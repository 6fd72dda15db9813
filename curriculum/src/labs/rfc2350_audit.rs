//! RFC 2350 audit: a draft profile of a fictional CSIRT that follows the outline of RFC 2350,
//! Appendix D, except that one item is missing and two items of the same section have changed
//! places. Keys: the number of the missing item, and the numbers of the two swapped items.

use std::collections::BTreeMap;

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct Rfc2350Audit;

/// The outline of RFC 2350, Appendix D, with the text this profile gives each item. Headings
/// with an empty text only group the items under them. `{short}`, `{name}`, `{domain}` and the
/// other names in braces are the team's own.
const OUTLINE: &[(&str, &str, &str)] = &[
    ("1", "Document Information", ""),
    ("1.1", "Date of Last Update", "This is version {version}, published on {updated}."),
    (
        "1.2",
        "Distribution List for Notifications",
        "Changes to this document are announced on the mailing list announce@{domain}.",
    ),
    (
        "1.3",
        "Locations where this Document May Be Found",
        "The current version is at https://www.{domain}/rfc2350.txt, signed with the team's PGP key.",
    ),
    ("2", "Contact Information", ""),
    ("2.1", "Name of the Team", "{short}: {name}."),
    ("2.2", "Address", "{name}, {street}, Mji, Tamu."),
    ("2.3", "Time Zone", "UTC+03:00 all year (no daylight saving time)."),
    (
        "2.4",
        "Telephone Number",
        "+999 20 555 {phone} (office hours); +999 77 555 {phone} (emergencies, at all times).",
    ),
    ("2.5", "Facsimile Number", "None."),
    ("2.6", "Other Telecommunication", "Partner teams may ask for the team's secure messaging contact."),
    (
        "2.7",
        "Electronic Mail Address",
        "cert@{domain} for incident reports and all other matters. The analyst on duty reads it.",
    ),
    (
        "2.8",
        "Public Keys and Encryption Information",
        "PGP key for cert@{domain}, fingerprint {fingerprint}. The key is on the team's web site.",
    ),
    (
        "2.9",
        "Team Members",
        "The head of the team is {head}. The other members are not listed here; partner teams may ask for the list.",
    ),
    ("2.10", "Other Information", "General information about {short} is at https://www.{domain}/."),
    (
        "2.11",
        "Points of Customer Contact",
        "E-mail cert@{domain} is preferred. Office hours are 08:00 to 17:00 (UTC+03:00), Monday to Friday. Outside office hours, use the emergency telephone number.",
    ),
    ("3", "Charter", ""),
    (
        "3.1",
        "Mission Statement",
        "To help {served} prevent, detect and respond to computer security incidents.",
    ),
    ("3.2", "Constituency", "The constituency of {short} is {served}."),
    ("3.3", "Sponsorship and/or Affiliation", "{short} is part of {host}, which funds it."),
    (
        "3.4",
        "Authority",
        "{short} works under {host}'s mandate. It coordinates and advises; it cannot order constituents to act.",
    ),
    ("4", "Policies", ""),
    (
        "4.1",
        "Types of Incidents and Level of Support",
        "{short} handles every type of incident in the RSIT taxonomy that affects its constituency. Critical incidents get a first response within one hour, at any time; others within two working days.",
    ),
    (
        "4.2",
        "Co-operation, Interaction and Disclosure of Information",
        "{short} follows the Traffic Light Protocol 2.0 (FIRST, 2022). It does not share a victim's identity without consent.",
    ),
    (
        "4.3",
        "Communication and Authentication",
        "Use PGP-encrypted e-mail for sensitive information. Unencrypted e-mail and the telephone are fine for information that is not sensitive.",
    ),
    ("5", "Services", ""),
    ("5.1", "Incident Response", "{short} helps its constituents to handle incidents in three steps."),
    ("5.1.1", "Incident Triage", "Checking whether an incident really occurred, and how far it extends."),
    (
        "5.1.2",
        "Incident Coordination",
        "Finding the cause, and contacting the other sites and teams involved and, where needed, law enforcement.",
    ),
    (
        "5.1.3",
        "Incident Resolution",
        "Technical help to remove the cause and recover, and collecting evidence where prosecution is planned.",
    ),
    (
        "5.2",
        "Proactive Activities",
        "Security advisories, awareness training and a monthly newsletter for constituents.",
    ),
    (
        "6",
        "Incident Reporting Forms",
        "The reporting form is at https://www.{domain}/report. Reports by e-mail are welcome too: say who you are, what happened and when, and which systems are affected.",
    ),
    (
        "7",
        "Disclaimers",
        "{short} takes every care in preparing its information and advice, but accepts no liability for errors or omissions, or for damage from their use.",
    ),
];

/// Teams: short name, full name, domain, constituency, host organisation.
const TEAMS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "FinCSIRT-TM",
        "Financial Sector CSIRT of Tamu",
        "fincsirt.example",
        "the banks, insurers and payment providers licensed in Tamu",
        "the Central Bank of Tamu",
    ),
    (
        "TANet-CERT",
        "Tamu Academic Network CERT",
        "tanet-cert.example",
        "the universities and research institutes on the Tamu Academic Network",
        "the Tamu Academic Network",
    ),
    (
        "HealthCSIRT-TM",
        "Health Sector CSIRT of Tamu",
        "healthcsirt.example",
        "the public hospitals and clinics of Tamu",
        "the Ministry of Health",
    ),
    (
        "EnergyCERT-TM",
        "Energy Sector CERT of Tamu",
        "energycert.example",
        "the power and water companies of Tamu",
        "the Energy Regulatory Authority",
    ),
];
const HEADS: &[&str] = &["Ms Wanjiru Kamau", "Mr Kwame Asante", "Ms Fatima Diallo", "Mr Tomas Lindqvist"];
const STREETS: &[&str] = &["14 Uhuru Avenue", "2 Harbour Road", "88 Lake Drive", "5 Independence Square"];

/// The parent of an item: "2" for "2.4", "5.1" for "5.1.2", "" for a top-level section.
fn parent(number: &str) -> &str {
    number.rsplit_once('.').map_or("", |(section, _)| section)
}

impl Generator for Rfc2350Audit {
    fn id(&self) -> &'static str {
        "rfc2350-audit"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["missing_section", "swapped_sections"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        // Items with text can be left out. Two items without sub-items of one numbered section
        // change places, so that the headings still read as one outline with two numbers out of
        // order; two top-level sections (6 and 7) would move a whole part of the profile instead.
        let items: Vec<usize> = (0..OUTLINE.len()).filter(|&i| !OUTLINE[i].2.is_empty()).collect();
        let leaves: Vec<usize> = items
            .iter()
            .copied()
            .filter(|&i| !parent(OUTLINE[i].0).is_empty())
            .filter(|&i| OUTLINE.iter().all(|o| parent(o.0) != OUTLINE[i].0))
            .collect();
        let (a, b) = loop {
            let pair = rng.sample(&leaves, 2);
            let (a, b) = (pair[0].min(pair[1]), pair[0].max(pair[1]));
            if parent(OUTLINE[a].0) == parent(OUTLINE[b].0) {
                break (a, b);
            }
        };
        // Never 1.1: it is the draft's own date and version, which the learner cannot check
        // against anything, and the last question asks about updating it.
        let missing = loop {
            let i = *rng.pick(&items);
            if i != a && i != b && OUTLINE[i].0 != "1.1" {
                break i;
            }
        };
        let mut order: Vec<usize> = (0..OUTLINE.len()).filter(|&i| i != missing).collect();
        let (at_a, at_b) = (order.iter().position(|&i| i == a), order.iter().position(|&i| i == b));
        if let (Some(x), Some(y)) = (at_a, at_b) {
            order.swap(x, y);
        }

        let (short, name, domain, served, host) = *rng.pick(TEAMS);
        let updated = calendar::datetime(2026, rng.range(1, 120) as u16, 0).date();
        let fingerprint: Vec<String> =
            rng.bytes(20).chunks(2).map(|pair| format!("{:02X}{:02X}", pair[0], pair[1])).collect();
        let fill = |text: &str| {
            text.replace("{short}", short)
                .replace("{name}", name)
                .replace("{domain}", domain)
                .replace("{served}", served)
                .replace("{host}", host)
        };
        let values = [
            ("{version}", format!("1.{}", rng.range(1, 9))),
            ("{updated}", updated.to_string()),
            ("{street}", rng.pick(STREETS).to_string()),
            ("{phone}", format!("{:04}", rng.range(100, 9999))),
            ("{fingerprint}", fingerprint.join(" ")),
            ("{head}", rng.pick(HEADS).to_string()),
        ];
        let mut profile = format!(
            "{short} - RFC 2350 profile\nDRAFT for review before publication. Prepared by the team's duty analyst.\n"
        );
        for i in order {
            let (number, title, text) = OUTLINE[i];
            let dot = if number.contains('.') { "" } else { "." };
            profile.push_str(&format!("\n{number}{dot} {title}\n"));
            if !text.is_empty() {
                let text = values.iter().fold(fill(text), |t, (slot, value)| t.replace(slot, value));
                profile.push_str(&format!("\n   {text}\n"));
            }
        }

        let mut key = BTreeMap::new();
        key.insert("missing_section", Expected::One(OUTLINE[missing].0.to_string()));
        key.insert(
            "swapped_sections",
            Expected::Many(vec![OUTLINE[a].0.to_string(), OUTLINE[b].0.to_string()]),
        );
        Generated {
            artifacts: vec![Artifact {
                name: "rfc2350-profile.txt".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: profile.into_bytes(),
            }],
            key,
        }
    }
}
