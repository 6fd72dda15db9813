//! CVSS v3.1 scoring: an advisory with a random base vector. Keys: the base score (one decimal,
//! rounded up as Appendix A of the specification says) and the severity rating.

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

const PRODUCTS: &[&str] = &[
    "PayDesk web portal",
    "CitizenID mobile app",
    "Harbour customs gateway",
    "SchoolNet LMS",
    "RuralBank core API",
];
const FLAWS: &[&str] = &[
    "SQL injection in the search form",
    "stored cross-site scripting in comments",
    "missing authentication on an export endpoint",
    "path traversal in the file viewer",
    "buffer overflow in the upload parser",
    "privilege escalation through a setuid helper",
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
        let values: [&str; 8] = std::array::from_fn(|i| rng.pick(METRICS[i].1).0);
        let vector =
            METRICS.iter().zip(values).map(|((m, _), v)| format!("{m}:{v}")).collect::<Vec<_>>().join("/");
        let score = base_score(&values);
        let advisory = format!(
            "SECURITY ADVISORY KJ-2026-{:04}\nProduct: {}\nIssue: {}\nReported by: a researcher, through the national CSIRT\n\n\
             CVSS v3.1 base vector:\nCVSS:3.1/{vector}\n\nBase score: (to be computed)\nSeverity: (to be computed)\n",
            rng.range(1, 9999),
            rng.pick(PRODUCTS),
            rng.pick(FLAWS),
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
