//! Property tests of the lab generators: over many seeds, the answer is derived again from the
//! generated files alone (parsing the log, recomputing hashes, reading the disk image) and must
//! equal the generator's key. Also: same seed, same lab; different learners, different labs.

use std::collections::{BTreeSet, HashMap};
use std::io::Read;

use curriculum::labs::{self, Generated, seed};
use curriculum::{Expected, answers};
use sha2::{Digest, Sha256};

const SEEDS: u32 = 300;

fn seeds() -> impl Iterator<Item = [u8; 32]> {
    (0..SEEDS).map(|i| seed(&[7u8; 32], i64::from(i), "lab"))
}

fn one<'a>(g: &'a Generated, key: &str) -> &'a str {
    match &g.key[key] {
        Expected::One(v) => v,
        Expected::Many(_) => panic!("{key} is a list"),
    }
}

fn text(g: &Generated, name: &str) -> String {
    let artifact = g.artifacts.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("no {name}"));
    String::from_utf8(artifact.bytes.clone()).unwrap()
}

#[test]
fn the_same_seed_gives_the_same_lab_and_learners_differ() {
    for generator in labs::GENERATORS {
        let a = generator.generate(seed(&[1; 32], 1, "lab-x"));
        assert_eq!(a, generator.generate(seed(&[1; 32], 1, "lab-x")), "{} is deterministic", generator.id());
        let b = generator.generate(seed(&[1; 32], 2, "lab-x"));
        assert_ne!(a.artifacts, b.artifacts, "{}: two learners get different files", generator.id());
        let declared: BTreeSet<&str> = generator.keys().iter().copied().collect();
        assert_eq!(
            a.key.keys().copied().collect::<BTreeSet<_>>(),
            declared,
            "{} declares its keys",
            generator.id()
        );
        for artifact in &a.artifacts {
            let content = String::from_utf8_lossy(&artifact.bytes);
            for found in content.split(|c: char| !c.is_ascii_digit() && c != '.') {
                if let Ok(ip) = found.parse::<std::net::Ipv4Addr>() {
                    let o = ip.octets();
                    assert!(
                        matches!((o[0], o[1], o[2]), (192, 0, 2) | (198, 51, 100) | (203, 0, 113)),
                        "{}: {ip} is not a documentation address (RFC 5737)",
                        generator.id()
                    );
                }
            }
        }
    }
    assert_ne!(seed(&[1; 32], 1, "lab-x"), seed(&[2; 32], 1, "lab-x"), "another install, another seed");
    assert_ne!(seed(&[1; 32], 1, "lab-x"), seed(&[1; 32], 1, "lab-y"), "another lab, another seed");
}

#[test]
fn ssh_bruteforce_answers_follow_from_the_log() {
    let g = labs::find("ssh-bruteforce").unwrap();
    for s in seeds() {
        let lab = g.generate(s);
        let log = text(&lab, "auth.log");
        let mut failures: HashMap<String, u32> = HashMap::new();
        let mut found = Vec::new();
        for line in log.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            let from = words.iter().position(|w| *w == "from").map(|i| words[i + 1].to_string());
            if line.contains("Failed password") {
                *failures.entry(from.unwrap()).or_default() += 1;
            } else if line.contains("Accepted password") {
                let ip = from.unwrap();
                let user = words[words.iter().position(|w| *w == "for").unwrap() + 1];
                let months =
                    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
                let month = months.iter().position(|m| *m == words[0]).unwrap() + 1;
                let when = format!("2026-{month:02}-{:02} {}", words[1].parse::<u32>().unwrap(), words[2]);
                found.push((ip.clone(), failures.get(&ip).copied().unwrap_or(0), when, user.to_string()));
            }
        }
        assert_eq!(found.len(), 1, "exactly one password login:\n{log}");
        let (ip, count, when, user) = &found[0];
        assert!(*count >= 12);
        assert_eq!(one(&lab, "attacker_ip"), ip);
        assert_eq!(one(&lab, "failures"), count.to_string());
        assert_eq!(
            answers::timestamp(one(&lab, "first_success")).unwrap(),
            answers::timestamp(when).unwrap()
        );
        assert_eq!(one(&lab, "compromised_user"), user);
        let most = failures.iter().max_by_key(|(_, n)| **n).unwrap();
        assert_eq!(most.0, ip, "the attacker fails most often");
    }
}

/// CVSS v3.1 base score, written again from the specification for this test.
fn cvss(vector: &str) -> f64 {
    let m: HashMap<&str, &str> =
        vector.trim_start_matches("CVSS:3.1/").split('/').map(|p| p.split_once(':').unwrap()).collect();
    let changed = m["S"] == "C";
    let av = match m["AV"] {
        "N" => 0.85,
        "A" => 0.62,
        "L" => 0.55,
        _ => 0.2,
    };
    let ac = if m["AC"] == "L" { 0.77 } else { 0.44 };
    let pr = match (m["PR"], changed) {
        ("N", _) => 0.85,
        ("L", false) => 0.62,
        ("L", true) => 0.68,
        (_, false) => 0.27,
        (_, true) => 0.5,
    };
    let ui = if m["UI"] == "N" { 0.85 } else { 0.62 };
    let cia = |k: &str| match m[k] {
        "H" => 0.56,
        "L" => 0.22,
        _ => 0.0,
    };
    let iss = 1.0 - (1.0 - cia("C")) * (1.0 - cia("I")) * (1.0 - cia("A"));
    let impact = if changed { 7.52 * (iss - 0.029) - 3.25 * f64::powf(iss - 0.02, 15.0) } else { 6.42 * iss };
    let exploitability = 8.22 * av * ac * pr * ui;
    let roundup = |x: f64| {
        let i = (x * 100_000.0).round() as i64;
        if i % 10_000 == 0 { i as f64 / 100_000.0 } else { (i / 10_000 + 1) as f64 / 10.0 }
    };
    if impact <= 0.0 {
        0.0
    } else if changed {
        roundup(f64::min(1.08 * (impact + exploitability), 10.0))
    } else {
        roundup(f64::min(impact + exploitability, 10.0))
    }
}

#[test]
fn cvss_scores_match_the_specification() {
    for (vector, score) in [
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8),
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1),
        ("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8),
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 7.5),
        ("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9),
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0),
    ] {
        assert_eq!(cvss(vector), score, "{vector}");
    }
    // What each kind of flaw implies for its vector, read from the advisory's issue line.
    let fits: [(&str, &[&str]); 13] = [
        ("public search form", &["AV:N", "PR:N", "UI:N"]),
        ("for logged-in users", &["AV:N", "PR:L"]),
        ("cross-site scripting", &["AV:N", "UI:R", "S:C"]),
        ("missing authentication", &["AV:N", "PR:N", "UI:N", "I:N"]),
        ("path traversal", &["AV:N", "UI:N", "I:N", "A:N"]),
        ("request forgery", &["AV:N", "PR:N", "UI:R", "C:N"]),
        ("run code without logging in", &["AV:N", "PR:N", "UI:N", "C:H", "I:H", "A:H"]),
        ("crashes the service", &["AV:N", "PR:N", "C:N", "I:N", "A:H"]),
        ("setuid", &["AV:L", "PR:L", "UI:N", "C:H", "I:H", "A:H"]),
        ("wins a race", &["AV:L", "AC:H", "PR:H"]),
        ("opens a crafted document", &["AV:L", "PR:N", "UI:R"]),
        ("serial port", &["AV:P"]),
        ("local network segment", &["AV:A", "PR:N"]),
    ];
    let g = labs::find("cvss-score").unwrap();
    for s in seeds() {
        let lab = g.generate(s);
        let advisory = text(&lab, "advisory.txt");
        let vector = advisory.lines().find(|l| l.starts_with("CVSS:3.1/")).unwrap();
        let issue = advisory.lines().find_map(|l| l.strip_prefix("Issue: ")).unwrap();
        let metrics: BTreeSet<&str> = vector.trim_start_matches("CVSS:3.1/").split('/').collect();
        let rules: Vec<_> = fits.iter().filter(|(words, _)| issue.contains(words)).collect();
        assert!(!rules.is_empty(), "a known kind of flaw: {issue}");
        for (_, needs) in rules {
            assert!(needs.iter().all(|m| metrics.contains(m)), "{issue} does not fit {vector}");
        }
        let score = cvss(vector);
        assert_eq!(one(&lab, "base_score"), format!("{score:.1}"), "{vector}");
        let severity = match score {
            0.0 => "None",
            s if s <= 3.9 => "Low",
            s if s <= 6.9 => "Medium",
            s if s <= 8.9 => "High",
            _ => "Critical",
        };
        assert_eq!(one(&lab, "severity"), severity);
    }
}

/// Each element of Art 29(2), by the words of the request that carry it: (a) names the office
/// seeking the preservation, (b) the offence and facts, (c) the data and their link to the
/// offence, (d) the custodian and where the servers are, (e) why the data may be lost, and (f)
/// the mutual assistance request to come.
const PRESERVATION_ELEMENTS: [(char, &str); 6] = [
    ('a', "Public Prosecutor's Office"),
    ('b', "We are investigating"),
    ('c', "Please preserve"),
    ('d', "whose servers for this service are in"),
    ('e', "may be lost"),
    ('f', "request for mutual assistance"),
];

#[test]
fn preservation_request_answers_follow_from_the_form() {
    let g = labs::find("preservation-request").unwrap();
    for s in seeds() {
        let lab = g.generate(s);
        let form = text(&lab, "preservation-request.txt");
        for letter in "abcdef".chars() {
            assert!(
                !form.contains(&format!("({letter}) ")),
                "no Art 29(2) letter labels a paragraph:\n{form}"
            );
        }
        for heading in ["\nBackground\n", "\nPractical details\n", "\nNext steps\n"] {
            assert!(form.contains(heading), "every form has the same headings, whatever is missing:\n{form}");
        }
        let missing: Vec<char> =
            PRESERVATION_ELEMENTS.iter().filter(|(_, words)| !form.contains(words)).map(|e| e.0).collect();
        assert_eq!(missing.len(), 1, "{form}");
        assert!(one(&lab, "missing_element").starts_with(&format!("({}) ", missing[0])));
        let preserved =
            form.lines().find_map(|l| l.strip_prefix("Data preserved by the provider on: ")).unwrap();
        let day = answers::date(preserved).unwrap();
        assert_eq!(answers::date(one(&lab, "earliest_end")).unwrap(), day + time::Duration::days(60));
        assert_eq!(answers::date(one(&lab, "domestic_latest_end")).unwrap(), day + time::Duration::days(90));
    }
}

#[test]
fn offence_mapping_answers_follow_from_the_cases() {
    // What each kind of conduct engages, read from the case text by its telling words.
    let rules: [(&str, &[&str]); 9] = [
        ("guessed the password", &["Art 2"]),
        ("copied every message passing", &["Art 3"]),
        ("ran ransomware", &["Art 4", "Art 5"]),
        ("flooded the web server", &["Art 5"]),
        ("sold lists of", &["Art 6"]),
        ("electronic invoice", &["Art 7"]),
        ("changed the account number stored in", &["Art 8"]),
        ("knowingly rented out", &["Art 5", "Art 11"]),
        ("the company is prosecuted", &["Art 2", "Art 12"]),
    ];
    let g = labs::find("offence-mapping").unwrap();
    for s in seeds() {
        let lab = g.generate(s);
        let cases = text(&lab, "cases.txt");
        for n in 1..=4 {
            let line = cases.lines().find(|l| l.starts_with(&format!("Case {n}: "))).unwrap();
            let matched: Vec<_> = rules.iter().filter(|(words, _)| line.contains(words)).collect();
            assert_eq!(matched.len(), 1, "{line}");
            let expected: BTreeSet<String> = matched[0].1.iter().map(|a| a.to_string()).collect();
            let Expected::Many(key) = &lab.key[format!("case_{n}").as_str()] else { panic!() };
            assert_eq!(key.iter().cloned().collect::<BTreeSet<_>>(), expected, "{line}");
            // Rule 6 of the lab page: Art 7 only where the case says the data were to be relied
            // on as genuine, Art 8 where it states a loss.
            let reliance = ["genuine", "authentic", "relied on"].iter().any(|w| line.contains(w));
            assert_eq!(reliance, expected.contains("Art 7"), "{line}");
            if expected.contains("Art 8") {
                assert!(line.contains("lost the money"), "{line}");
            }
        }
    }
}

/// The files of a ZIP archive, extracted as an archiver does (the zip crate's reader checks
/// each file's CRC-32 as it reads).
fn unzip(archive: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(archive)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let name = file.name().unwrap().into_owned();
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            (name, bytes)
        })
        .collect()
}

#[test]
fn evidence_integrity_answers_follow_from_the_hashes() {
    let g = labs::find("evidence-integrity").unwrap();
    for s in seeds() {
        let lab = g.generate(s);
        let log = text(&lab, "acquisition-log.txt");
        let recorded: HashMap<&str, &str> = log
            .lines()
            .filter_map(|l| l.split_once("  ").map(|(h, n)| (n, h)))
            .filter(|(_, h)| h.len() == 64)
            .collect();
        let archive = &lab.artifacts.iter().find(|a| a.name == "evidence.zip").unwrap().bytes;
        let files = unzip(archive);
        assert_eq!(files.len(), recorded.len());
        let mut failing = Vec::new();
        for (name, bytes) in files {
            let now: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
            if recorded[name.as_str()] != now {
                failing.push((name, now));
            }
        }
        assert_eq!(failing.len(), 1);
        assert_eq!(one(&lab, "altered_file"), failing[0].0);
        assert_eq!(one(&lab, "altered_hash"), failing[0].1);
    }
}

#[test]
fn fat_deleted_file_answers_follow_from_the_image() {
    let g = labs::find("fat-deleted-file").unwrap();
    for s in seeds() {
        let lab = g.generate(s);
        let img = &lab.artifacts[0].bytes;
        let u16_at = |o: usize| u16::from_le_bytes([img[o], img[o + 1]]) as usize;
        assert_eq!(&img[510..512], &[0x55, 0xAA]);
        let (bytes_per_sector, per_cluster, reserved, fats, root_entries, per_fat) =
            (u16_at(11), img[13] as usize, u16_at(14), img[16] as usize, u16_at(17), u16_at(22));
        let root = (reserved + fats * per_fat) * bytes_per_sector;
        let data = root + root_entries * 32;
        // A deleted file leaves its long-name entry (attribute 0x0F) and its 8.3 entry marked
        // 0xE5; the 8.3 entry holds the first cluster and the size.
        let deleted: Vec<&[u8]> = (0..root_entries)
            .map(|i| &img[root + i * 32..root + i * 32 + 32])
            .filter(|e| e[0] == 0xE5 && e[11] != 0x0F)
            .collect();
        assert_eq!(deleted.len(), 1);
        let e = deleted[0];
        let cluster = u16::from_le_bytes([e[26], e[27]]) as usize;
        let size = u32::from_le_bytes([e[28], e[29], e[30], e[31]]) as usize;
        let fat = &img[reserved * bytes_per_sector..];
        let fat12 = |c: usize| {
            let v = u16::from_le_bytes([fat[c * 3 / 2], fat[c * 3 / 2 + 1]]);
            if c.is_multiple_of(2) { v & 0x0FFF } else { v >> 4 }
        };
        assert_eq!(fat12(cluster), 0, "a deleted file's clusters are free");
        let start = data + (cluster - 2) * per_cluster * bytes_per_sector;
        let content = String::from_utf8_lossy(&img[start..start + size]);
        let flag = content.split_whitespace().find(|w| w.starts_with("FLAG-")).unwrap().trim_end_matches('.');
        assert_eq!(one(&lab, "flag"), flag);
        assert_eq!(one(&lab, "start_cluster"), cluster.to_string());
        assert_eq!(one(&lab, "size"), size.to_string());
    }
}
