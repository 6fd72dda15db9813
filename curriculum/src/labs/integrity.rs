//! Evidence integrity: five files seized from a phone, in one ZIP archive written with the
//! `zip` crate, and the acquisition log of their SHA-256 hashes. One file was changed after
//! acquisition. Keys: that file's name and its hash now. (The archive keeps the page, which
//! shows the hash of each download, from showing the hash of each file inside.)

use std::collections::BTreeMap;
use std::io::{Cursor, Write};

use zip::result::ZipResult;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

use super::rng::Rng;
use super::{Artifact, Generated, Generator, sha256_hex};
use crate::questions::Expected;

pub struct EvidenceIntegrity;

const FILES: &[&str] = &["chat-export.txt", "call-log.csv", "contacts.vcf", "notes.txt", "photo-0412.bin"];
const WORDS: &[&str] = &[
    "meet", "tomorrow", "payment", "account", "transfer", "invoice", "port", "office", "call", "delivery",
    "bank", "code",
];

fn content(rng: &mut Rng, name: &str) -> Vec<u8> {
    match name {
        "chat-export.txt" => (0..rng.range(8, 16))
            .map(|_| {
                format!(
                    "2026-04-{:02} {:02}:{:02} {}: {}\n",
                    rng.range(1, 28),
                    rng.range(0, 23),
                    rng.range(0, 59),
                    rng.pick(&["A", "B"]),
                    (0..6).map(|_| *rng.pick(WORDS)).collect::<Vec<_>>().join(" ")
                )
            })
            .collect::<String>()
            .into_bytes(),
        "call-log.csv" => {
            let mut s = String::from("time,number,direction,seconds\n");
            for _ in 0..rng.range(6, 14) {
                s.push_str(&format!(
                    "2026-04-{:02} {:02}:{:02},+000555{:04},{},{}\n",
                    rng.range(1, 28),
                    rng.range(0, 23),
                    rng.range(0, 59),
                    rng.range(0, 9999),
                    rng.pick(&["in", "out"]),
                    rng.range(5, 900)
                ));
            }
            s.into_bytes()
        }
        "contacts.vcf" => (0..rng.range(3, 7))
            .map(|i| {
                format!(
                    "BEGIN:VCARD\nVERSION:3.0\nFN:Contact {i} {}\nTEL:+000555{:04}\nEND:VCARD\n",
                    rng.code(3),
                    rng.range(0, 9999)
                )
            })
            .collect::<String>()
            .into_bytes(),
        "notes.txt" => (0..rng.range(3, 8))
            .map(|_| format!("- {}\n", (0..5).map(|_| *rng.pick(WORDS)).collect::<Vec<_>>().join(" ")))
            .collect::<String>()
            .into_bytes(),
        _ => {
            let size = rng.range(512, 2048) as usize;
            rng.bytes(size)
        }
    }
}

/// The files as a ZIP archive, all stamped with the time they were copied to the USB stick.
/// Text is deflated; the binary file is stored, as archivers store data that does not shrink.
fn archive(files: &[(String, Vec<u8>)], copied: DateTime) -> ZipResult<Vec<u8>> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in files {
        let method =
            if name.ends_with(".bin") { CompressionMethod::Stored } else { CompressionMethod::Deflated };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(copied)
            .system(System::Unix)
            .unix_permissions(0o644);
        writer.start_file(name.as_str(), options)?;
        writer.write_all(bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}

impl Generator for EvidenceIntegrity {
    fn id(&self) -> &'static str {
        "evidence-integrity"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["altered_file", "altered_hash"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let altered = rng.below(FILES.len() as u64) as usize;
        let mut log = format!(
            "ACQUISITION LOG\nCase: CYB-2026-{:03}\nDevice: mobile phone, exhibit PH-{}\nExaminer (DEFR): Officer {}\nTool: write-protected logical extraction\n\nSHA-256 of each file at acquisition:\n",
            rng.range(1, 999),
            rng.range(1, 99),
            rng.pick(&["Achieng", "Boateng", "Fofana", "Perera"]),
        );
        let mut files = Vec::new();
        let mut altered_hash = String::new();
        for (i, name) in FILES.iter().enumerate() {
            let original = content(&mut rng, name);
            log.push_str(&format!("{}  {name}\n", sha256_hex(&original)));
            let mut bytes = original;
            if i == altered {
                let at = rng.below(bytes.len() as u64) as usize;
                bytes[at] ^= 1 << rng.below(8);
                altered_hash = sha256_hex(&bytes);
            }
            files.push(((*name).to_string(), bytes));
        }
        let copied = DateTime::from_date_and_time(
            2026,
            rng.range(5, 12) as u8,
            rng.range(1, 28) as u8,
            rng.range(8, 17) as u8,
            rng.range(0, 59) as u8,
            rng.range(0, 58) as u8,
        )
        .expect("a date in range: 2026, months 5-12, days 1-28, office hours");
        let artifacts = vec![
            Artifact {
                name: "evidence.zip".into(),
                media_type: "application/zip",
                bytes: archive(&files, copied).expect("a ZIP archive in memory: the writes go to a Vec"),
            },
            Artifact {
                name: "acquisition-log.txt".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: log.into_bytes(),
            },
        ];
        let mut key = BTreeMap::new();
        key.insert("altered_file", Expected::One(FILES[altered].to_string()));
        key.insert("altered_hash", Expected::One(altered_hash));
        Generated { artifacts, key }
    }
}
