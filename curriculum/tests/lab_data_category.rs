//! The data-category lab: over many seeds, the category of each of the twelve items is derived
//! again from `disclosure.txt` alone, by what each item is (its label, or the form of a log
//! line), and the item numbers of each category must equal the generator's keys.

use std::collections::BTreeSet;
use std::path::Path;

use curriculum::labs::{self, Generated, seed};
use curriculum::{AnswerSource, Checked, Expected, Question, load};

const SEEDS: u32 = 300;

/// How each kind of item begins, and its category: Art 18(3) for what the provider knows from
/// the service agreement, Art 1(d) for data about a communication, content for the message.
const STARTS: [(&str, &str); 9] = [
    ("Name given by the account holder: ", "subscriber"),
    ("Postal address given at sign-up: ", "subscriber"),
    ("Mobile number verified for the account: ", "subscriber"),
    ("Service: ", "subscriber"),
    ("Payment method on file: ", "subscriber"),
    ("Identity card number given at sign-up: ", "subscriber"),
    ("Message 1, sent ", "traffic"),
    ("Message 2, received ", "traffic"),
    ("Text of message ", "content"),
];

fn text(g: &Generated, name: &str) -> String {
    let artifact = g.artifacts.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("no {name}"));
    String::from_utf8(artifact.bytes.clone()).unwrap()
}

/// The category of one item, from its text alone.
fn category(item: &str) -> &'static str {
    // Login records start with their time: "2026-03-14 09:21:07 UTC  webmail login  from ...".
    if item.contains(" UTC  webmail login  from ") || item.contains(" UTC  IMAP session  from ") {
        return "traffic";
    }
    if item.starts_with("Contents of the file attached to message ") {
        return "content";
    }
    let matched: Vec<&str> = STARTS.iter().filter(|(s, _)| item.starts_with(s)).map(|(_, c)| *c).collect();
    assert_eq!(matched.len(), 1, "one kind of item: {item}");
    matched[0]
}

/// The questions of the lab page that runs `generator`, from the shipped content.
fn page_questions(generator: &str) -> Vec<Question> {
    let catalog =
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap_or_else(|e| panic!("{e}"));
    let lab = catalog.items().find(|l| l.item.generator.as_deref() == Some(generator)).expect("a lab page");
    lab.item.questions.clone()
}

/// Every keyed question takes its key as a valid expected answer (item numbers it lists as
/// choices), and marks it correct.
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
fn every_item_falls_in_the_category_its_content_shows() {
    let g = labs::find("data-category").expect("the data-category generator is registered");
    let questions = page_questions("data-category");
    let choices: Vec<String> = (1..=12).map(|n| n.to_string()).collect();
    for q in questions.iter().filter(|q| matches!(q.source, AnswerSource::Key(_))) {
        assert_eq!(q.choices, choices, "{}: one checkbox per item", q.id);
    }
    let mut with_attachment = false;
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let disclosure = text(&lab, "disclosure.txt");
        // Items whose category is disputed are left out, so every item has one answer.
        for contested in ["Subject", "subject", "draft", "Draft", "file name", "registered from"] {
            assert!(!disclosure.contains(contested), "{contested}:\n{disclosure}");
        }
        assert!(!disclosure.contains("Last successful login"), "a last login is contested:\n{disclosure}");
        let mut derived: [(&str, Vec<String>); 3] =
            [("subscriber", Vec::new()), ("traffic", Vec::new()), ("content", Vec::new())];
        let mut numbers = Vec::new();
        let mut section = "";
        for line in disclosure.lines() {
            if ["ACCOUNT RECORD", "LOGIN RECORDS", "STORED MESSAGES"].contains(&line) {
                section = line;
                continue;
            }
            let Some((number, item)) = line.trim_start().split_once(". ") else { continue };
            let Ok(number) = number.parse::<usize>() else { continue };
            numbers.push(number);
            let found = category(item);
            if found == "content" {
                // A send time is traffic data, so a content item must not carry one.
                assert!(!item.contains("UTC") && !item.contains("2026-"), "a time in content: {item}");
            }
            if found == "subscriber" {
                assert_eq!(section, "ACCOUNT RECORD", "subscriber information is filed with the account");
            }
            with_attachment |= item.starts_with("Contents of the file attached");
            let list = derived.iter_mut().find(|(name, _)| *name == found).unwrap();
            list.1.push(number.to_string());
        }
        assert_eq!(numbers, (1..=12).collect::<Vec<_>>(), "items 1 to 12 in order:\n{disclosure}");
        for (name, items) in &derived {
            let Expected::Many(key) = &lab.key[*name] else { panic!("{name} is one value") };
            assert_eq!(
                key.iter().collect::<BTreeSet<_>>(),
                items.iter().collect::<BTreeSet<_>>(),
                "{name}:\n{disclosure}"
            );
            assert!(!items.is_empty(), "{name} has items");
        }
        page_accepts_key(&questions, &lab);
    }
    assert!(with_attachment, "both variants turn up");
}
