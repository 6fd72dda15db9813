//! The order-of-volatility lab: over many seeds, the RFC 3227 tier of each source listed in
//! `scene-notes.txt` is read again from the file alone, by the words that name it, and the
//! labels sorted by tier, after the photographs of the scene, must equal the generator's key,
//! which the lab page must accept.

use std::collections::BTreeSet;
use std::path::Path;

use curriculum::labs::{self, Generated, seed};
use curriculum::{AnswerSource, Checked, Expected, Question, load};

const SEEDS: u32 = 300;

/// Words that name each tier of RFC 3227 section 2.1, most volatile first.
const TIERS: [&[&str]; 7] = [
    &["registers"],
    &["memory (ram)", "running processes", "arp cache", "routing table", "network connections"],
    &["temporary file system"],
    &["disk"],
    &["log server", "monitoring", "log collector"],
    &["physical configuration", "topology", "cabling"],
    &["backup", "archive"],
];

/// The word that names the photographs of the scene, taken before anything is touched.
const PHOTOGRAPHS: &str = "photograph";

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

/// Every keyed question takes its key as a valid expected answer and marks it correct.
fn page_accepts_key(questions: &[Question], lab: &Generated) {
    for q in questions {
        let AnswerSource::Key(name) = &q.source else { continue };
        let expected = &lab.key[name.as_str()];
        q.validate(expected).unwrap_or_else(|e| panic!("{}: {e}", q.id));
        let given = match expected {
            Expected::One(v) => vec![v.clone()],
            Expected::Many(vs) => vec![vs.join(", ")],
        };
        assert_eq!(q.check(expected, &given), Checked::Correct, "{}", q.id);
    }
}

#[test]
fn the_collection_order_follows_the_tiers_of_the_listed_sources() {
    let g = labs::find("order-of-volatility").expect("the order-of-volatility generator is registered");
    let questions = page_questions("order-of-volatility");
    assert!(questions.iter().any(|q| matches!(&q.source, AnswerSource::Key(k) if k == "collection_order")));
    let mut wordings = BTreeSet::new();
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let notes = text(&lab, "scene-notes.txt");
        assert!(!notes.contains('{'), "every placeholder is filled:\n{notes}");
        let mut listed: Vec<(usize, String)> = Vec::new();
        for line in notes.lines() {
            let Some((label, source)) = line.split_once(". ") else { continue };
            if label.len() != 1 || !label.chars().all(|c| c.is_ascii_uppercase()) {
                continue;
            }
            let source = source.to_lowercase();
            // Rank 0 for the photographs, which come first; then tier 1 to 7.
            let rank = if source.contains(PHOTOGRAPHS) {
                0
            } else {
                let tiers: Vec<usize> =
                    (0..TIERS.len()).filter(|&t| TIERS[t].iter().any(|w| source.contains(w))).collect();
                assert_eq!(tiers.len(), 1, "one tier names this source: {line}");
                tiers[0] + 1
            };
            listed.push((rank, label.to_string()));
            wordings.insert(source);
        }
        let labels: Vec<&str> = listed.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, ["A", "B", "C", "D", "E", "F", "G"], "{notes}");
        let ranks: BTreeSet<usize> = listed.iter().map(|(r, _)| *r).collect();
        assert!(ranks.contains(&0), "the photographs are listed:\n{notes}");
        assert_eq!(ranks.len(), 7, "the photographs and six tiers, so one order is right:\n{notes}");
        listed.sort();
        let order: Vec<String> = listed.into_iter().map(|(_, l)| l).collect();
        let Expected::Many(key) = &lab.key["collection_order"] else { panic!("collection_order is a list") };
        assert_eq!(key, &order, "{notes}");
        page_accepts_key(&questions, &lab);
    }
    assert!(wordings.len() >= 20, "the notes vary: {} wordings seen", wordings.len());
}
