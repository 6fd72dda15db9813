//! The shipped curriculum: it loads (as `kujenga check` does), is as large as the programme
//! needs, and every lesson has objectives, a knowledge check and its sources.

use std::collections::BTreeSet;
use std::path::Path;

use curriculum::{ItemKind, labs, load};

#[test]
fn the_curriculum_is_complete() {
    let catalog =
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<_> = catalog.tracks().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["start", "cert", "law", "forensics"]);
    // The orientation comes first: short, with sources, and the quickest credential.
    let start = &catalog.tracks()[0];
    for item in start.items() {
        assert!(
            !item.sources.is_empty() && !item.questions.is_empty(),
            "{}: sources and a question",
            item.id
        );
    }
    let subjects = &catalog.tracks()[1..];

    let mut lessons_total = 0;
    let mut generators = BTreeSet::new();
    for track in subjects {
        assert!(
            track.modules.len() >= 5,
            "{}: {} modules, at least 5 expected",
            track.id,
            track.modules.len()
        );
        let lessons = track.items().filter(|i| i.kind == ItemKind::Lesson).count();
        assert!(lessons >= 20, "{}: {lessons} lessons, at least 20 expected", track.id);
        lessons_total += lessons;
        assert!(track.glossary.len() >= 10, "{}: a glossary of {} terms", track.id, track.glossary.len());
        for item in track.items() {
            match item.kind {
                ItemKind::Lesson => {
                    assert!(!item.objectives.is_empty(), "{}: objectives", item.id);
                    assert!(!item.sources.is_empty(), "{}: sources", item.id);
                    assert!(
                        (3..=5).contains(&item.questions.len()),
                        "{}: a knowledge check of 3 to 5 questions, not {}",
                        item.id,
                        item.questions.len()
                    );
                }
                ItemKind::Lab => {
                    generators.insert(item.generator.clone().unwrap());
                }
            }
        }
    }
    assert!(lessons_total >= 60, "{lessons_total} lessons in all");
    let all: BTreeSet<_> = labs::GENERATORS.iter().map(|g| g.id().to_string()).collect();
    assert_eq!(generators, all, "every generator has its lab");
    for track in subjects {
        let labs = track.items().filter(|i| i.kind == ItemKind::Lab).count();
        assert!(labs >= 2, "{}: {labs} labs", track.id);
        let exams = track.items().filter(|i| i.time_limit.is_some()).count();
        assert_eq!(exams, 1, "{}: one timed exam", track.id);
        assert_eq!(track.exercises.len(), 1, "{}: one tabletop exercise", track.id);
        for exercise in &track.exercises {
            assert!((8..=12).contains(&exercise.injects.len()), "{}: 8 to 12 injects", exercise.id);
            assert!((60..=120).contains(&exercise.minutes), "{}: 60 to 120 minutes", exercise.id);
            let checked =
                exercise.injects.iter().flat_map(|i| &i.questions).filter(|q| q.rubric.is_empty()).count();
            let scored =
                exercise.injects.iter().flat_map(|i| &i.questions).filter(|q| !q.rubric.is_empty()).count();
            assert!(checked > 0 && scored > 0, "{}: checked questions and rubric-scored ones", exercise.id);
            assert!(
                exercise.injects.iter().any(|i| i.generator.is_some()),
                "{}: an inject with files",
                exercise.id
            );
        }
    }
}

#[test]
fn the_glossaries_cover_the_briefs_terms() {
    let catalog = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap();
    let terms: Vec<String> =
        catalog.tracks().iter().flat_map(|t| t.glossary.iter().map(|g| g.term.to_lowercase())).collect();
    let required = [
        "csirt",
        "constituency",
        "mandate",
        "national csirt",
        "csirt services framework",
        "rfc 2350",
        "sim3",
        "trusted introducer",
        "incident",
        "event",
        "precursor",
        "indicator",
        "triage",
        "rsit",
        "tlp",
        "cvss",
        "coordinated vulnerability disclosure",
        "situational awareness",
        "budapest convention",
        "traffic data",
        "subscriber information",
        "content data",
        "expedited preservation",
        "production order",
        "mutual legal assistance",
        "dual criminality",
        "24/7 network",
        "trans-border access",
        "order of volatility",
        "chain of custody",
        "write blocker",
        "hash",
        "defr",
        "des",
        "forensic image",
    ];
    for term in required {
        assert!(terms.iter().any(|t| t.contains(term)), "the glossaries lack `{term}`");
    }
}

/// A lab's hints help a learner reason; none of them, in any language, gives away an answer of
/// the learner's own variant (over 40 variants of every lab). Answers drawn from a few values
/// (a severity, a TLP label) are named by hints on purpose, and are not checked.
#[test]
fn no_lab_answer_is_in_a_hint() {
    let catalog =
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap_or_else(|e| panic!("{e}"));
    for item in catalog.items().map(|l| l.item).filter(|i| i.kind == ItemKind::Lab) {
        let generator = labs::find(item.generator.as_deref().unwrap_or_default()).expect("a generator");
        let keys: Vec<_> =
            (0..40).map(|learner| generator.generate(labs::seed(&[9; 32], learner, &item.id)).key).collect();
        for question in &item.questions {
            let curriculum::AnswerSource::Key(name) = &question.source else { continue };
            let answers: BTreeSet<String> = keys
                .iter()
                .filter_map(|key| match &key[name.as_str()] {
                    curriculum::Expected::One(a) => Some(a.to_lowercase()),
                    // A list answer is given away only by all of it, which no hint holds.
                    curriculum::Expected::Many(_) => None,
                })
                .collect();
            if answers.len() <= 6 {
                continue;
            }
            let hints = question.hints.iter().map(|h| h.text.clone());
            let translated = question.translations.values().flat_map(|t| t.hints.clone());
            for hint in hints.chain(translated) {
                let hint = hint.to_lowercase();
                if let Some(answer) =
                    answers.iter().find(|a| a.chars().count() >= 3 && hint.contains(a.as_str()))
                {
                    panic!("{} {}: the hint `{hint}` gives away `{answer}`", item.id, question.id);
                }
            }
        }
    }
}
