//! The which-power lab: over many seeds, the power each request needs is derived again from
//! `duty-log.txt` alone, by the telling words of each kind of request, and must equal the
//! generator's key. The lab page's questions must accept the key as an answer.

use std::collections::BTreeSet;
use std::path::Path;

use curriculum::labs::{self, Generated, seed};
use curriculum::{AnswerSource, Checked, Expected, Question, answers, load};

const SEEDS: u32 = 300;

/// The fact that decides each request, and the power it calls for (the lab page's rules).
const RULES: [(&str, &str); 8] = [
    ("deletes closed accounts", "Art 16"),
    ("handed the message on", "Art 17"),
    ("needs a formal order", "Art 18(1)(a)"),
    ("which of its customers", "Art 18(1)(b)"),
    ("are not connected to anything", "Art 19(1)"),
    ("as part of the same search", "Art 19(2)"),
    ("each time the account connects", "Art 20"),
    ("hear what is said", "Art 21"),
];

fn text(g: &Generated, name: &str) -> String {
    let artifact = g.artifacts.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("no {name}"));
    String::from_utf8(artifact.bytes.clone()).unwrap()
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
fn each_request_needs_the_power_its_facts_call_for() {
    let g = labs::find("which-power").expect("the which-power generator is registered");
    let questions = page_questions("which-power");
    let mut powers_seen = BTreeSet::new();
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let log = text(&lab, "duty-log.txt");
        assert!(!log.contains('{'), "every placeholder is filled:\n{log}");
        let lines: Vec<&str> = log.lines().collect();
        let mut in_this_log = BTreeSet::new();
        for n in 1..=4 {
            let at = lines
                .iter()
                .position(|l| l.starts_with(&format!("Request {n}, ")))
                .unwrap_or_else(|| panic!("no request {n}:\n{log}"));
            let story = lines[at + 1];
            let matched: Vec<&str> =
                RULES.iter().filter(|(words, _)| story.contains(words)).map(|(_, power)| *power).collect();
            assert_eq!(matched.len(), 1, "{story}");
            let Expected::One(key) = &lab.key[format!("request_{n}").as_str()] else {
                panic!("request_{n} is a list")
            };
            assert_eq!(key, matched[0], "{story}");
            let read = answers::article(key).unwrap();
            assert_eq!(&read, key, "the key is written as the article kind reads it");
            in_this_log.insert(matched[0]);
        }
        assert_eq!(in_this_log.len(), 4, "four different powers:\n{log}");
        assert_eq!(lab.key.len(), 4);
        page_accepts_key(&questions, &lab);
        powers_seen.extend(in_this_log);
    }
    assert_eq!(powers_seen.len(), RULES.len(), "every kind of request turns up");
}

#[test]
fn a_wider_or_looser_reference_is_not_the_power() {
    // The article kind accepts a more precise reference, but not a wider one: "Art 18" is not
    // "Art 18(1)(b)", and "Art 19(2)" is not "Art 19(1)".
    let g = labs::find("which-power").expect("registered");
    let questions = page_questions("which-power");
    let lab = g.generate(seed(&[7u8; 32], 1, "lab"));
    for q in &questions {
        let AnswerSource::Key(name) = &q.source else { continue };
        let Expected::One(key) = &lab.key[name.as_str()] else { panic!("{name} is a list") };
        let wider = key.split('(').next().unwrap().to_string();
        if wider != *key {
            assert_eq!(q.check(&lab.key[name.as_str()], &[wider]), Checked::Wrong, "{key}");
        }
        let spelled = key.replace("Art ", "Article ");
        assert_eq!(q.check(&lab.key[name.as_str()], &[spelled]), Checked::Correct, "{key}");
    }
}
