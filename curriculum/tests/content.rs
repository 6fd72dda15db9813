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
    assert_eq!(ids, ["cert", "law", "forensics"]);

    let mut lessons_total = 0;
    let mut generators = BTreeSet::new();
    for track in catalog.tracks() {
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
    for track in catalog.tracks() {
        let labs = track.items().filter(|i| i.kind == ItemKind::Lab).count();
        assert!(labs >= 2, "{}: {labs} labs", track.id);
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
