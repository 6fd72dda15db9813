//! The custody-form lab: over many seeds, `custody-record.csv` is read with a CSV parser and
//! every row is put through the four tests of the custody-review lesson (time, holder, hash,
//! signatures). Exactly one row must fail exactly one test, and its number and the kind of
//! defect must equal the generator's keys, which the lab page must accept.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use curriculum::labs::{self, Generated, seed};
use curriculum::{AnswerSource, Checked, Expected, Question, load};

const SEEDS: u32 = 300;

/// The defects as the lab page's choice question words them, in the order of the four tests.
const DEFECTS: [&str; 4] = [
    "A time that runs backwards",
    "A handover by someone who did not hold the item",
    "A hash that differs from the acquisition",
    "A missing signature",
];

fn one<'a>(g: &'a Generated, key: &str) -> &'a str {
    match &g.key[key] {
        Expected::One(v) => v,
        Expected::Many(_) => panic!("{key} is a list"),
    }
}

/// The questions of the lab page that runs `generator`, from the shipped content.
fn page_questions(generator: &str) -> Vec<Question> {
    let catalog =
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap_or_else(|e| panic!("{e}"));
    let lab = catalog.items().find(|l| l.item.generator.as_deref() == Some(generator)).expect("a lab page");
    lab.item.questions.clone()
}

/// Every keyed question takes its key as a valid expected answer and marks it correct.
fn page_accepts_key(questions: &[Question], lab: &Generated) {
    for q in questions {
        let AnswerSource::Key(name) = &q.source else { continue };
        let expected = &lab.key[name.as_str()];
        q.validate(expected).unwrap_or_else(|e| panic!("{}: {e}", q.id));
        let given = match expected {
            Expected::One(v) => vec![v.clone()],
            Expected::Many(vs) => vs.clone(),
        };
        assert_eq!(q.check(expected, &given), Checked::Correct, "{}", q.id);
    }
}

fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap()
}

#[test]
fn exactly_one_row_fails_one_of_the_four_tests() {
    let g = labs::find("custody-form").expect("the custody-form generator is registered");
    let questions = page_questions("custody-form");
    let mut kinds_seen = BTreeSet::new();
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let artifact = lab.artifacts.iter().find(|a| a.name == "custody-record.csv").expect("the record");
        let mut reader = csv::Reader::from_reader(artifact.bytes.as_slice());
        let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
        assert_eq!(
            header,
            [
                "#",
                "Date and time (UTC)",
                "Item",
                "Released by",
                "Received by",
                "Purpose",
                "SHA-256",
                "Signatures"
            ]
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert!(rows.len() >= 14, "two exhibits or more");

        let mut holder: HashMap<String, String> = HashMap::new();
        let mut acquired: HashMap<String, String> = HashMap::new();
        let mut failures = Vec::new();
        let mut previous_time = String::new();
        for (n, row) in rows.iter().enumerate() {
            assert_eq!(&row[0], (n + 1).to_string(), "rows are numbered from 1");
            let (when, item, released, received, hash) = (&row[1], &row[2], &row[3], &row[4], &row[6]);
            let item = item.split_whitespace().next().unwrap().to_string();
            assert_eq!(when.len(), "2026-03-16 08:30".len(), "{when}");
            let mut failed: Vec<usize> = Vec::new();
            // Time: "YYYY-MM-DD HH:MM" sorts as it reads.
            if n > 0 && when < previous_time.as_str() {
                failed.push(0);
            }
            previous_time = when.to_string();
            let first_row = !holder.contains_key(&item);
            if first_row && !released.starts_with("Found at ") {
                // An image enters the record with the examiner who made it.
                assert!(item.ends_with("-IMG"), "{item}: a device's first row says where it was found");
            }
            if !first_row && holder[&item] != released {
                failed.push(1);
            }
            holder.insert(item.clone(), received.to_string());
            if hash == "not applicable" {
                assert!(!item.ends_with("-IMG"), "an image row carries its hash");
            } else {
                assert_eq!(hash.len(), 64, "a full SHA-256 value");
                if acquired.get(&item).is_some_and(|h| h != hash) {
                    failed.push(2);
                }
                acquired.entry(item.clone()).or_insert_with(|| hash.to_string());
            }
            let signed: BTreeSet<&str> = row[7].split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
            let mut due = BTreeSet::from([surname(received)]);
            if !released.starts_with("Found at ") {
                due.insert(surname(released));
            }
            if signed != due {
                failed.push(3);
            }
            if !failed.is_empty() {
                failures.push((n + 1, failed));
            }
        }
        assert_eq!(failures.len(), 1, "exactly one faulty row: {failures:?}");
        let (row, failed) = &failures[0];
        assert_eq!(failed.len(), 1, "row {row} fails one test only: {failed:?}");
        assert_eq!(one(&lab, "faulty_row"), row.to_string());
        assert_eq!(one(&lab, "defect"), DEFECTS[failed[0]]);
        kinds_seen.insert(failed[0]);
        page_accepts_key(&questions, &lab);
    }
    assert_eq!(kinds_seen.len(), 4, "every kind of defect turns up");
}
