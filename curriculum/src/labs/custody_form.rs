//! Custody review: the chain-of-custody record (CSV) of a case's exhibits, each a seized device
//! and its forensic image, with one injected defect: a time that runs backwards, a handover by
//! someone who did not hold the item, a hash that differs from the acquisition, or a missing
//! signature. Keys: the row number of the defect and its kind.

use std::collections::BTreeMap;

use time::{Duration, PrimitiveDateTime};

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator, sha256_hex};
use crate::questions::Expected;

pub struct CustodyForm;

/// The kinds of defect, worded as the lab's choice question offers them.
pub const DEFECTS: [&str; 4] = [
    "A time that runs backwards",
    "A handover by someone who did not hold the item",
    "A hash that differs from the acquisition",
    "A missing signature",
];

const DEVICES: &[&str] = &["mobile phone", "laptop", "USB stick", "tablet", "external hard disk", "SD card"];
const PLACES: &[&str] = &[
    "the suspect's desk",
    "the suspect's car",
    "a kitchen drawer",
    "the bedroom",
    "a bag at the border post",
];
// Every surname is different, so a signature names exactly one person.
const OFFICERS: &[&str] = &["Sgt. Banda", "Det. Wanjiru", "Cpl. Mwale", "Insp. Kamau"];
const CLERKS: &[&str] = &["Cpl. Osei", "P. Achieng"];
const EXAMINERS: &[&str] = &["A. Njeri", "K. Boateng"];
const REVIEWERS: &[&str] = &["D. Mensah", "S. Perera"];

struct Row {
    at: PrimitiveDateTime,
    item: String,
    released: String,
    received: String,
    purpose: String,
    hash: Option<String>,
    signatures: Vec<String>,
}

fn surname(name: &str) -> String {
    name.rsplit_once(' ').map_or(name, |(_, last)| last).to_string()
}

/// A transfer between two people: both sign.
fn handover(
    at: PrimitiveDateTime,
    item: &str,
    from: &str,
    to: &str,
    purpose: String,
    hash: Option<&str>,
) -> Row {
    Row {
        at,
        item: item.to_string(),
        released: from.to_string(),
        received: to.to_string(),
        purpose,
        hash: hash.map(str::to_string),
        signatures: vec![surname(from), surname(to)],
    }
}

/// The rows of one exhibit and its image, in time order.
fn exhibit(rng: &mut Rng, number: u64, seized: PrimitiveDateTime, rows: &mut Vec<Row>) {
    let (officer, clerk) = (*rng.pick(OFFICERS), *rng.pick(CLERKS));
    let (examiner, reviewer) = (*rng.pick(EXAMINERS), *rng.pick(REVIEWERS));
    let device = format!("EXH-{number:02} ({})", rng.pick(DEVICES));
    let image = format!("EXH-{number:02}-IMG (image of EXH-{number:02})");
    let hash = sha256_hex(&rng.bytes(32));
    rows.push(Row {
        at: seized,
        item: device.clone(),
        released: format!("Found at {}", rng.pick(PLACES)),
        received: officer.to_string(),
        purpose: format!(
            "Seized under warrant W-{}, sealed bag S-{:04}",
            rng.range(100, 999),
            rng.range(1, 9999)
        ),
        hash: None,
        signatures: vec![surname(officer)],
    });
    let mut at = seized;
    let mut later = |rng: &mut Rng, lo_minutes: u64, hi_minutes: u64| {
        at += Duration::minutes(rng.range(lo_minutes, hi_minutes) as i64);
        at
    };
    let shelf = format!("Storage, shelf {}{}", rng.pick(&["A", "B", "C"]), rng.range(1, 9));
    rows.push(handover(later(rng, 60, 240), &device, officer, clerk, shelf, None));
    rows.push(handover(later(rng, 1200, 4000), &device, clerk, examiner, "Imaging".into(), None));
    rows.push(handover(
        later(rng, 120, 300),
        &device,
        examiner,
        clerk,
        "Return to store after imaging".into(),
        None,
    ));
    let disk = format!("Image stored on evidence disk ED-{}", rng.range(10, 99));
    rows.push(handover(later(rng, 2, 15), &image, examiner, clerk, disk, Some(hash.as_str())));
    rows.push(handover(
        later(rng, 1200, 4000),
        &image,
        clerk,
        reviewer,
        "Peer review".into(),
        Some(hash.as_str()),
    ));
    rows.push(handover(
        later(rng, 180, 480),
        &image,
        reviewer,
        clerk,
        "Return to store".into(),
        Some(hash.as_str()),
    ));
    if rng.below(2) == 0 {
        rows.push(handover(
            later(rng, 1200, 3000),
            &image,
            clerk,
            examiner,
            "Report check".into(),
            Some(hash.as_str()),
        ));
        rows.push(handover(
            later(rng, 60, 300),
            &image,
            examiner,
            clerk,
            "Return to store".into(),
            Some(hash.as_str()),
        ));
    }
}

impl Generator for CustodyForm {
    fn id(&self) -> &'static str {
        "custody-form"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["faulty_row", "defect"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let search =
            calendar::datetime(2026, rng.range(1, 300) as u16, rng.range(6 * 3600, 16 * 3600) as u32);
        let first = rng.range(1, 20);
        let mut rows = Vec::new();
        let mut seized = search;
        for n in 0..rng.range(2, 3) {
            exhibit(&mut rng, first + n, seized, &mut rows);
            // The exhibits of one search are found minutes apart.
            seized += Duration::minutes(rng.range(5, 25) as i64);
        }
        rows.sort_by_key(|r| r.at);
        let mut seen = Vec::new();
        let later_rows: Vec<bool> = rows
            .iter()
            .map(|r| {
                let again = seen.contains(&r.item);
                seen.push(r.item.clone());
                again
            })
            .collect();

        let defect = rng.below(DEFECTS.len() as u64) as usize;
        let candidates: Vec<usize> = (0..rows.len())
            .filter(|&i| match defect {
                // Two rows before it, so the wrong time is earlier than both and only this row
                // is out of place.
                0 => i >= 2,
                2 => later_rows[i] && rows[i].hash.is_some(),
                _ => later_rows[i],
            })
            .collect();
        let k = *rng.pick(&candidates);
        match defect {
            0 => {
                // A wrong day, as a tired clerk writes it: the same time of day, enough days
                // too early to come before both rows above it.
                let days = (rows[k].at - rows[k - 2].at).whole_days() + 1;
                rows[k].at -= Duration::days(days);
            }
            1 => {
                let row = &mut rows[k];
                let staff = [OFFICERS, CLERKS, EXAMINERS, REVIEWERS].concat();
                let others: Vec<&str> =
                    staff.into_iter().filter(|s| *s != row.released && *s != row.received).collect();
                row.released = rng.pick(&others).to_string();
                row.signatures[0] = surname(&row.released);
            }
            2 => {
                if let Some(hash) = rows[k].hash.as_mut() {
                    let at = rng.below(64) as usize;
                    let old = hash.as_bytes()[at];
                    let digits: Vec<u8> = b"0123456789abcdef".iter().copied().filter(|&c| c != old).collect();
                    hash.replace_range(at..=at, &char::from(*rng.pick(&digits)).to_string());
                }
            }
            _ => {
                let row = &mut rows[k];
                let missing = surname(if rng.below(2) == 0 { &row.released } else { &row.received });
                row.signatures.retain(|s| *s != missing);
            }
        }

        let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
        let header = [
            "#",
            "Date and time (UTC)",
            "Item",
            "Released by",
            "Received by",
            "Purpose",
            "SHA-256",
            "Signatures",
        ];
        // Writing CSV into a Vec cannot fail: there is no I/O, and every record has 8 fields.
        writer.write_record(header).expect("CSV into a Vec");
        for (i, r) in rows.iter().enumerate() {
            let when = format!("{} {:02}:{:02}", r.at.date(), r.at.hour(), r.at.minute());
            let (number, signatures) = ((i + 1).to_string(), r.signatures.join(", "));
            let hash = r.hash.as_deref().unwrap_or("not applicable");
            let fields: [&str; 8] =
                [&number, &when, &r.item, &r.released, &r.received, &r.purpose, hash, &signatures];
            writer.write_record(fields).expect("CSV into a Vec");
        }
        let bytes = writer.into_inner().expect("CSV into a Vec");

        let mut key = BTreeMap::new();
        key.insert("faulty_row", Expected::One((k + 1).to_string()));
        key.insert("defect", Expected::One(DEFECTS[defect].to_string()));
        Generated {
            artifacts: vec![Artifact {
                name: "custody-record.csv".into(),
                media_type: "text/csv; charset=utf-8",
                bytes,
            }],
            key,
        }
    }
}
