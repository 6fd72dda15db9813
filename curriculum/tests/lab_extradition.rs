//! The extradition lab: over many seeds, the applicable minimum penalty, each State's longest
//! term, whether the offence is extraditable and what the bar on extraditing nationals leads to
//! are derived again from `extradition-file.txt` alone (the law extracts, the treaty paragraph
//! and the person's nationality), and must equal the generator's keys.

use std::collections::BTreeSet;
use std::path::Path;

use curriculum::labs::{self, Generated, seed};
use curriculum::{AnswerSource, Checked, Expected, Question, answers, load};

const SEEDS: u32 = 300;

/// The terms the laws may write, in months.
const TERMS: [(&str, u32); 8] = [
    ("six months", 6),
    ("one year", 12),
    ("eighteen months", 18),
    ("two years", 24),
    ("three years", 36),
    ("five years", 60),
    ("seven years", 84),
    ("ten years", 120),
];

fn text(g: &Generated, name: &str) -> String {
    let artifact = g.artifacts.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("no {name}"));
    String::from_utf8(artifact.bytes.clone()).unwrap()
}

fn one<'a>(g: &'a Generated, key: &str) -> &'a str {
    match &g.key[key] {
        Expected::One(v) => v,
        Expected::Many(_) => panic!("{key} is a list"),
    }
}

/// The longest term of imprisonment a penalty clause allows, in months: 0 for a fine only. A
/// clause may also set a shortest term ("not less than"), which does not count.
fn longest_term(clause: &str) -> u32 {
    if !clause.contains("imprisonment") {
        return 0;
    }
    let (_, after) = clause
        .split_once("not more than ")
        .or_else(|| clause.split_once("not exceeding "))
        .unwrap_or_else(|| panic!("no longest term: {clause}"));
    let words = after.split([',', '.']).next().unwrap();
    TERMS.iter().find(|(w, _)| *w == words).unwrap_or_else(|| panic!("term `{words}`")).1
}

/// The questions of the lab page that runs `generator`, from the shipped content.
fn page_questions(generator: &str) -> Vec<Question> {
    let catalog =
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap_or_else(|e| panic!("{e}"));
    let lab = catalog.items().find(|l| l.item.generator.as_deref() == Some(generator)).expect("a lab page");
    lab.item.questions.clone()
}

/// Every keyed question takes its key as a valid expected answer, and marks it correct.
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

#[test]
fn extradition_answers_follow_from_the_file() {
    let g = labs::find("extradition").expect("the extradition generator is registered");
    let questions = page_questions("extradition");
    let mut outcomes = BTreeSet::new();
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let file = text(&lab, "extradition-file.txt");
        assert!(!file.contains('{'), "every placeholder is filled:\n{file}");

        // The two law extracts, requesting State first.
        let clauses: Vec<&str> = file.lines().filter(|l| l.starts_with("\"Any person who")).collect();
        assert_eq!(clauses.len(), 2, "{file}");
        let (months_a, months_b) = (longest_term(clauses[0]), longest_term(clauses[1]));
        let treaty_minimum = "by deprivation of liberty for a maximum period of at least two years";
        let threshold = if file.contains(treaty_minimum) { 24 } else { 12 };
        let requested = file.lines().find_map(|l| l.strip_prefix("Requested State: ")).unwrap();
        let nationality =
            file.split_once(", a national of ").unwrap().1.split('.').next().unwrap().to_string();

        assert_eq!(answers::number(one(&lab, "threshold")).unwrap(), f64::from(threshold) / 12.0);
        assert_eq!(answers::number(one(&lab, "requesting_max")).unwrap(), f64::from(months_a) / 12.0);
        assert_eq!(answers::number(one(&lab, "requested_max")).unwrap(), f64::from(months_b) / 12.0);
        // Article 24(1): punishable in both States by a longest term of at least the minimum.
        let extraditable = months_a >= threshold && months_b >= threshold;
        assert_eq!(one(&lab, "extraditable"), if extraditable { "Yes" } else { "No" }, "{file}");
        let outcome = one(&lab, "after_refusal");
        let expected_start = if !extraditable {
            "Article 24(6) does not arise"
        } else if nationality != requested {
            "The request can go ahead"
        } else {
            "The requested State may refuse"
        };
        assert!(outcome.starts_with(expected_start), "{outcome}\n{file}");
        outcomes.insert(expected_start);
        page_accepts_key(&questions, &lab);
    }
    assert_eq!(outcomes.len(), 3, "every outcome turns up");
}

#[test]
fn years_are_written_as_numbers_the_number_kind_reads() {
    let g = labs::find("extradition").expect("registered");
    let mut seen = BTreeSet::new();
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        for key in ["threshold", "requesting_max", "requested_max"] {
            let years = one(&lab, key);
            assert!(answers::number(years).is_ok(), "{key} = {years}");
            seen.insert(years.to_string());
        }
    }
    for years in ["0", "0.5", "1", "1.5", "2", "10"] {
        assert!(seen.contains(years), "{years} years turns up");
    }
}
