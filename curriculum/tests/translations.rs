//! Translations beside their sources: loaded into the catalog, checked against their source's
//! questions, and reported when they translate an older revision of it.

use std::path::{Path, PathBuf};

use curriculum::{Checked, Expected, load};
use kujenga_types::Language;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// A copy of the valid fixture to change, in a folder of its own.
fn copy_of_valid(name: &str) -> PathBuf {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            let target = to.join(path.file_name().unwrap());
            if path.is_dir() {
                copy(&path, &target)
            } else {
                std::fs::copy(&path, &target).map(|_| ()).unwrap()
            }
        }
    }
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("translations-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy(&fixture("valid"), &dir);
    dir
}

#[test]
fn a_french_lesson_shares_its_source_s_questions_and_answers() {
    let catalog = load(&fixture("valid")).expect("the valid fixture loads");
    let first = catalog.item("basics-first-lesson").unwrap().item;
    let french = first.text(Language::Fr).expect("the French translation");
    assert_eq!(french.title, "Première leçon");
    assert!(french.html.contains("<h2>Qui un CSIRT sert</h2>") && french.current, "{}", french.html);
    assert_eq!(french.sources, first.sources, "sources left out are the source's");
    assert!(first.text(Language::Es).is_none());
    assert_eq!(first.title_in(Language::Es), "First lesson");

    let question = &first.questions[0];
    assert_eq!(question.text(Language::Fr).choices, ["Sa communauté desservie", "Tout le monde"]);
    let expected = Expected::One("Its constituency".into());
    assert_eq!(question.check(&expected, &["Sa communauté desservie".into()]), Checked::Correct);
    assert_eq!(question.check(&expected, &["Tout le monde".into()]), Checked::Wrong);

    let (_, module) = catalog.module("basics-first").unwrap();
    assert_eq!(module.named(Language::Fr).title, "Premier module");
    assert_eq!(module.named(Language::Ar).title, "First module");
    let french_basics = catalog.coverage().into_iter().find(|c| c.language == Language::Fr).unwrap();
    assert_eq!((french_basics.translated, french_basics.current, french_basics.items), (1, 1, 4));
    assert!(catalog.warnings().is_empty(), "{:?}", catalog.warnings());
}

#[test]
fn a_translation_of_an_older_revision_is_used_and_reported() {
    let dir = copy_of_valid("stale");
    let source = dir.join("basics/01-first/01-first.md");
    let mut text = std::fs::read_to_string(&source).unwrap();
    text.push_str("\nA sentence added after the translation.\n");
    std::fs::write(&source, text).unwrap();
    let catalog = load(&dir).expect("an out-of-date translation is only a warning");
    let french = catalog.item("basics-first-lesson").unwrap().item.text(Language::Fr).unwrap();
    assert!(!french.current);
    let warning = catalog.warnings().first().expect("a warning").to_string();
    assert!(warning.contains("01-first.fr.md:2:") && warning.contains("out of date"), "{warning}");
}

#[test]
fn a_translation_whose_questions_differ_from_its_source_is_an_error() {
    let dir = copy_of_valid("mismatch");
    let french = dir.join("basics/01-first/01-first.fr.md");
    let text = std::fs::read_to_string(&french).unwrap();
    let broken = text
        .replace("id = \"q1\"", "id = \"q9\"")
        .replace("choices = [\"Sa communauté desservie\", \"Tout le monde\"]", "choices = [\"Une seule\"]");
    std::fs::write(&french, broken).unwrap();
    std::fs::write(
        dir.join("basics/01-first/02-second.ar.md"),
        "+++\ntranslates = \"000000000000\"\ntitle = \"الدرس الثاني\"\n+++\n\nنص.\n",
    )
    .unwrap();
    let errors = load(&dir).expect_err("refused").to_string();
    assert!(
        errors.contains("01-first.fr.md:2: its questions are [q9] but the source's are [q1]"),
        "{errors}"
    );
    assert!(errors.contains("02-second.ar.md:2: its questions are []"), "{errors}");
}
