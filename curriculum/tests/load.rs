//! The loader over fixture folders: a valid site loads completely; an invalid one reports every
//! problem with its file and line.

use std::path::{Path, PathBuf};

use curriculum::{AnswerSource, Expected, ItemKind, QuestionKind, load};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

#[test]
fn a_valid_site_loads_in_order_with_rendered_html() {
    let catalog = load(&fixture("valid")).expect("the valid fixture loads");
    let track = catalog.track("basics").unwrap();
    assert_eq!(track.modules.len(), 1);
    assert_eq!(track.glossary[0].term, "CSIRT");
    let ids: Vec<_> = track.modules[0].items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        ["basics-first-lesson", "basics-second", "basics-lab-integrity", "basics-lab-fat"],
        "sorted by order, not file name"
    );
    let lab = catalog.item("basics-lab-integrity").unwrap().item;
    assert_eq!((lab.kind, lab.generator.as_deref()), (ItemKind::Lab, Some("evidence-integrity")));
    assert_eq!(lab.questions[0].source, AnswerSource::Key("altered_file".into()));

    let first = catalog.item("basics-first-lesson").unwrap().item;
    assert_eq!(first.kind, ItemKind::Lesson);
    assert!(first.html.contains("<h2>Who a CSIRT serves</h2>"), "{}", first.html);
    assert!(first.html.contains("<em>constituency</em>"));
    assert_eq!(first.questions[0].kind, QuestionKind::Choice);

    let second = catalog.item("basics-second").unwrap().item;
    assert_eq!(second.prerequisites, ["basics-first-lesson"]);
    assert!(second.html.contains("<table>") && second.html.contains(r#"style="text-align: right""#));
    assert!(second.html.contains(r#"href="/glossary/basics#csirt""#));
    let number = &second.questions[2];
    assert_eq!(number.source, AnswerSource::Fixed(Expected::One("9.8".into())));
    assert_eq!((number.tolerance, number.weight, number.max_attempts), (0.05, 2.0, Some(3)));
    assert_eq!(number.hints[0].cost, 0.5);

    let (previous, next) = catalog.neighbours("basics-second");
    assert_eq!(previous.map(|i| i.id.as_str()), Some("basics-first-lesson"));
    assert_eq!(next.map(|i| i.id.as_str()), Some("basics-lab-integrity"));
    assert!(catalog.neighbours("basics-lab-fat").1.is_none());
    let (_, module) = catalog.module("basics-first").unwrap();
    let notes = module.trainer_notes.as_deref().expect("the module's trainer notes");
    assert!(notes.contains("<h2>Debrief</h2>") && notes.contains("<table>"), "{notes}");
}

#[test]
fn an_invalid_site_reports_every_problem_with_file_and_line() {
    let errors = load(&fixture("invalid")).expect_err("the invalid fixture is refused");
    let text = errors.to_string();
    let module = fixture("invalid").join("broken/01-mod");
    let expect = |file: &str, line: usize, words: &str| {
        let prefix = format!("{}:{line}: ", module.join(file).display());
        assert!(
            text.lines().any(|l| l.starts_with(&prefix) && l.contains(words)),
            "expected `{prefix}...{words}...` in:\n{text}"
        );
    };
    expect("01-typo.md", 3, "unknown field `titel`");
    expect("02-questions.md", 8, "prerequisite `no-such-lesson` is not the id");
    expect("02-questions.md", 12, "question kind `essay` is not known");
    expect("02-questions.md", 20, "`203.0.113` is not an IP address");
    expect("03-body.md", 10, "level-1 heading");
    expect("03-body.md", 12, "no lesson or lab has id `missing-lesson`");
    expect("03-body.md", 14, "raw HTML element `<script>`");
    expect("03-body.md", 16, "other hosts");
    expect("03-body.md", 18, "never closed");
    expect("04-lab.md", 7, "there is no generator `no-such-generator`");
    expect("05-nosources.md", 2, "id `broken-body` is already used");
    expect("05-nosources.md", 5, "minutes = 0");
    expect("05-nosources.md", 1, "learning objectives");
    expect("05-nosources.md", 1, "sources");
    expect("06-lab-bad-questions.md", 11, "question kind `essay` is not known");
    expect("06-lab-bad-questions.md", 19, "`2026-13-01` is not a date");
    expect("06-lab-bad-questions.md", 25, "generator `evidence-integrity` has no answer key `flag`");
    expect("07-lab-no-generator.md", 1, "a lab needs `generator");
    expect(
        "trainer-notes.md",
        5,
        "`## Common misconceptions` must come after `## Running it in the classroom`",
    );
    let notes = module.join("trainer-notes.md").display().to_string();
    assert!(
        text.contains(&format!("{notes}: trainer notes need a section `## Discussion questions`")),
        "{text}"
    );
    expect("trainer-notes.md", 7, "no lesson or lab has id `no-such-lesson`");
    let track = fixture("invalid").join("broken/track.toml").display().to_string();
    assert!(text.contains(&format!("{track}:5: pass_mark is 0; give a percentage from 1 to 100")), "{text}");
    expect("08-exam-hints.md", 11, "an exam gives no hints");
    let exercise = |line: usize, words: &str| {
        let prefix = format!("{}:{line}: ", fixture("invalid").join("broken/exercises/bad.md").display());
        assert!(
            text.lines().any(|l| l.starts_with(&prefix) && l.contains(words)),
            "`{prefix}{words}` in:\n{text}"
        );
    };
    exercise(21, "needs `rubric");
    exercise(26, "needs `expected = [...]`");
    exercise(27, "before the one above it");
    exercise(32, "only review questions take a `rubric`");
    exercise(39, "`## Debrief` section");
    assert_eq!(errors.0.len(), 28, "no other errors:\n{text}");
}

#[test]
fn a_missing_folder_is_one_clear_error() {
    let errors = load(&fixture("does-not-exist")).unwrap_err();
    assert_eq!(errors.0.len(), 1);
    assert!(errors.to_string().contains("cannot read the content folder"));
}
