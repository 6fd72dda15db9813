//! CVSS v3.1 scoring: an advisory for a flaw and a base vector that fits it (a local privilege
//! escalation is scored AV:L, a stored cross-site scripting UI:R and S:C). Keys: the base score
//! (one decimal, rounded up as Appendix A of the specification says) and the severity rating.

use std::collections::BTreeMap;

use super::rng::Rng;
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct CvssScore;

/// The base metrics of CVSS v3.1, each as (metric, [(value, weight)]).
const METRICS: [(&str, &[(&str, f64)]); 8] = [
    ("AV", &[("N", 0.85), ("A", 0.62), ("L", 0.55), ("P", 0.2)]),
    ("AC", &[("L", 0.77), ("H", 0.44)]),
    ("PR", &[("N", 0.85), ("L", 0.62), ("H", 0.27)]),
    ("UI", &[("N", 0.85), ("R", 0.62)]),
    ("S", &[("U", 0.0), ("C", 0.0)]),
    ("C", &[("H", 0.56), ("L", 0.22), ("N", 0.0)]),
    ("I", &[("H", 0.56), ("L", 0.22), ("N", 0.0)]),
    ("A", &[("H", 0.56), ("L", 0.22), ("N", 0.0)]),
];

const WEB: &[&str] = &["PayDesk web portal", "SchoolNet learning platform", "Harbour customs gateway"];
const SERVICE: &[&str] = &["RuralBank core API server", "TamuMail mail server", "Harbour customs gateway"];
const LOCAL: &[&str] = &["TamuMail mail server (Linux package)", "KioskOS for public terminals"];
const DESKTOP: &[&str] = &["OfficeDocs word processor", "TaxForm desktop filer"];
const DEVICE: &[&str] = &["NetBox home router", "SmartMeter M2 electricity meter"];

/// Each flaw, the products it can be in, and the base metric values that fit it: one letter
/// per value the flaw allows, metrics in the order of [`METRICS`]. The advisory picks the flaw
/// first and draws only fitting values, so that its description and its vector agree.
const FLAWS: &[(&str, &[&str], &str)] = &[
    ("SQL injection in the public search form, reachable without logging in", WEB, "N/L/N/N/U/HL/HL/NLH"),
    ("SQL injection in the reporting page for logged-in users", WEB, "N/L/L/N/U/H/HL/NL"),
    ("stored cross-site scripting in the comments section", WEB, "N/L/NL/R/C/L/L/N"),
    ("reflected cross-site scripting in the search parameter", WEB, "N/L/N/R/C/L/L/N"),
    ("missing authentication on a data export endpoint", WEB, "N/L/N/N/U/HL/N/N"),
    ("path traversal in the file viewer, which reads files outside its folder", WEB, "N/L/NL/N/U/HL/N/N"),
    ("cross-site request forgery in the account settings page", WEB, "N/L/N/R/U/N/HL/N"),
    (
        "buffer overflow in the upload parser that lets a remote attacker run code without logging in",
        SERVICE,
        "N/LH/N/N/U/H/H/H",
    ),
    ("a crafted network packet that crashes the service", SERVICE, "N/L/N/N/U/N/N/H"),
    ("local privilege escalation through a setuid helper program", LOCAL, "L/LH/L/N/U/H/H/H"),
    (
        "a temporary file that shows other users' session names to a local administrator who wins a race",
        LOCAL,
        "L/H/H/N/U/L/N/N",
    ),
    ("memory corruption when a user opens a crafted document", DESKTOP, "L/L/N/R/U/H/H/H"),
    ("a hard-coded password on the debug serial port inside the case", DEVICE, "P/L/N/N/U/H/H/H"),
    (
        "an unauthenticated management interface reachable from the local network segment",
        DEVICE,
        "A/L/N/N/U/H/H/H",
    ),
];

/// What the advisory says about the value of a metric that the issue itself does not show.
const DETAILS: &[(&str, &str, &str)] = &[
    ("AC", "L", "No special conditions are needed: the attack works every time."),
    ("AC", "H", "The attack works only under conditions the attacker cannot control, so it often fails."),
    ("PR", "N", "No account is needed."),
    ("PR", "L", "The attacker needs an ordinary user account."),
    ("PR", "H", "The attacker needs an administrator account."),
    ("C", "H", "The attacker can read all the data the product holds."),
    ("C", "L", "The attacker can read some data, but cannot choose which."),
    ("C", "N", "The attacker cannot read any data."),
    ("I", "H", "The attacker can change any data the product holds."),
    ("I", "L", "The attacker can change some data, but cannot choose which."),
    ("I", "N", "The attacker cannot change any data."),
    ("A", "N", "The service keeps running."),
    ("A", "L", "The service slows down or fails for some users."),
    ("A", "H", "The attacker can stop the service for everyone."),
];

/// Appendix A: the smallest number with one decimal that is equal to or higher than `x`,
/// computed on integers so that floating-point noise cannot round 4.0 up to 4.1.
pub fn roundup(x: f64) -> f64 {
    let int_input = (x * 100_000.0).round() as i64;
    if int_input % 10_000 == 0 {
        int_input as f64 / 100_000.0
    } else {
        ((int_input / 10_000) + 1) as f64 / 10.0
    }
}

/// The base score of a vector given as metric values in the order of [`METRICS`].
pub fn base_score(values: &[&str; 8]) -> f64 {
    let weight =
        |i: usize| METRICS[i].1.iter().find(|(v, _)| *v == values[i]).map(|(_, w)| *w).unwrap_or(0.0);
    let changed = values[4] == "C";
    let pr = match (values[2], changed) {
        ("L", true) => 0.68,
        ("H", true) => 0.5,
        _ => weight(2),
    };
    let iss = 1.0 - (1.0 - weight(5)) * (1.0 - weight(6)) * (1.0 - weight(7));
    let impact = if changed { 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02).powi(15) } else { 6.42 * iss };
    let exploitability = 8.22 * weight(0) * weight(1) * pr * weight(3);
    if impact <= 0.0 {
        0.0
    } else if changed {
        roundup((1.08 * (impact + exploitability)).min(10.0))
    } else {
        roundup((impact + exploitability).min(10.0))
    }
}

pub fn severity(score: f64) -> &'static str {
    match score {
        0.0 => "None",
        s if s < 4.0 => "Low",
        s if s < 7.0 => "Medium",
        s if s < 9.0 => "High",
        _ => "Critical",
    }
}

impl Generator for CvssScore {
    fn id(&self) -> &'static str {
        "cvss-score"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["base_score", "severity"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let (issue, products, fitting) = *rng.pick(FLAWS);
        let options: Vec<&'static str> = fitting.split('/').collect();
        let values: [&str; 8] = std::array::from_fn(|i| {
            let k = rng.below(options[i].len() as u64) as usize;
            &options[i][k..k + 1]
        });
        let details: Vec<&str> = (0..8)
            .filter_map(|i| DETAILS.iter().find(|(m, v, _)| *m == METRICS[i].0 && *v == values[i]))
            .map(|(_, _, sentence)| *sentence)
            .collect();
        let vector =
            METRICS.iter().zip(values).map(|((m, _), v)| format!("{m}:{v}")).collect::<Vec<_>>().join("/");
        let score = base_score(&values);
        let advisory = format!(
            "SECURITY ADVISORY KJ-2026-{:04}\nProduct: {}\nIssue: {issue}\nReported by: a researcher, through the national CSIRT\n\n\
             Details: {}\n\nCVSS v3.1 base vector:\nCVSS:3.1/{vector}\n\nBase score: (to be computed)\nSeverity: (to be computed)\n",
            rng.range(1, 9999),
            rng.pick(products),
            details.join(" "),
        );
        let mut key = BTreeMap::new();
        key.insert("base_score", Expected::One(format!("{score:.1}")));
        key.insert("severity", Expected::One(severity(score).to_string()));
        Generated {
            artifacts: vec![Artifact {
                name: "advisory.txt".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: advisory.into_bytes(),
            }],
            key,
        }
    }
}
