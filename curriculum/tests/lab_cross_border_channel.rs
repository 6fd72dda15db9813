//! The cross-border channel lab: over many seeds, the channel of each case is derived again from
//! `cases.txt` alone, by the telling words of each kind of case, and must equal the generator's
//! key, which must be one of the lab page's choices.

use std::collections::BTreeSet;
use std::path::Path;

use curriculum::labs::{self, Generated, seed};
use curriculum::{AnswerSource, Checked, Expected, Question, load};

const SEEDS: u32 = 300;

/// The fact that decides each case, and its channel as the lab page's choices write it.
const RULES: [(&str, &str); 9] = [
    ("only wants the logs kept", "Art 29: preservation request through the 24/7 network (Art 35)"),
    ("run by a provider in", "Art 30: expedited disclosure of preserved traffic data"),
    (
        "certified, as evidence at the trial",
        "Art 31: mutual assistance request through the central authorities",
    ),
    ("without an account or a password", "Art 32(a): access to publicly available data"),
    ("Of her own free will", "Art 32(b): access or receipt with lawful and voluntary consent"),
    ("registered through a registrar", "P2 Art 6: request sent directly to the domain name registrar"),
    (
        "wants only the name, postal address and payment details",
        "P2 Art 7: order sent directly to the service provider",
    ),
    ("her life is in danger now", "P2 Art 9: emergency disclosure through the 24/7 network"),
    ("National Central Bureaus", "Art 27(9)(b): urgent request through Interpol"),
];

/// The Second Protocol's status is stated wherever a case turns on it.
const P2_APPLIES: &str = "the Second Protocol is in force for both countries";
const P2_ABSENT: &str = "the Second Protocol does not apply";

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

/// Every keyed question takes its key as a valid expected answer (a choice it lists), and marks
/// it correct.
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
fn each_case_goes_through_the_channel_its_facts_call_for() {
    let g = labs::find("cross-border-channel").expect("the cross-border-channel generator is registered");
    let questions = page_questions("cross-border-channel");
    assert_eq!(questions.iter().filter(|q| matches!(q.source, AnswerSource::Key(_))).count(), 5);
    let mut channels_seen = BTreeSet::new();
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let cases = text(&lab, "cases.txt");
        assert!(!cases.contains('{'), "every placeholder is filled:\n{cases}");
        let lines: Vec<&str> = cases.lines().collect();
        for n in 1..=5 {
            let at = lines
                .iter()
                .position(|l| *l == format!("Case {n}:"))
                .unwrap_or_else(|| panic!("no case {n}:\n{cases}"));
            let story = lines[at + 1];
            let matched: Vec<&str> =
                RULES.iter().filter(|(words, _)| story.contains(words)).map(|(_, c)| *c).collect();
            assert_eq!(matched.len(), 1, "{story}");
            let channel = matched[0];
            let Expected::One(key) = &lab.key[format!("case_{n}").as_str()] else {
                panic!("case_{n} is a list")
            };
            assert_eq!(key, channel, "{story}");
            // A case answered under the Second Protocol says that it applies; a case that a
            // Protocol channel could otherwise answer says that it does not.
            if channel.starts_with("P2 ") {
                assert!(story.contains(P2_APPLIES), "{story}");
            }
            if ["Art 29", "Art 31", "Art 27"].iter().any(|a| channel.starts_with(a)) {
                assert!(story.contains(P2_ABSENT), "{story}");
            }
            channels_seen.insert(channel);
        }
        page_accepts_key(&questions, &lab);
    }
    assert_eq!(channels_seen.len(), RULES.len(), "every channel turns up");
}

#[test]
fn every_case_names_two_parties_from_the_confirmed_list() {
    const PARTIES: [&str; 8] = [
        "Argentina",
        "Benin",
        "Cabo Verde",
        "Cameroon",
        "Chile",
        "Costa Rica",
        "the Dominican Republic",
        "Ghana",
    ];
    let g = labs::find("cross-border-channel").expect("registered");
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let cases = text(&lab, "cases.txt");
        let lines: Vec<&str> = cases.lines().collect();
        for pair in lines.windows(2).filter(|pair| pair[0].starts_with("Case ")) {
            let story = pair[1];
            // Every case involves the unit's country and at least one other Party.
            let named = PARTIES.iter().filter(|p| story.contains(*p)).count();
            assert!(named >= 2, "{story}");
        }
    }
}
