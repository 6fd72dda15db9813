//! The interface's words in the reader's language (Project Fluent files in `app/locales/`; see
//! `build.rs`). Pages are rendered on the server, so they are translated there: islands get
//! their words as props, and the WebAssembly carries no translations.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use kujenga_types::Language;
use kujenga_types::answers::{Answered, Points, QuestionView, QuestionWords, Score, Status};
use kujenga_types::content::QuestionKind;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

type Bundle = FluentBundle<FluentResource>;

struct Translations {
    bundles: HashMap<Language, Bundle>,
    /// Messages without variables, formatted once.
    plain: HashMap<(Language, Msg), &'static str>,
}

static TRANSLATIONS: LazyLock<Translations> = LazyLock::new(|| {
    let mut bundles = HashMap::new();
    for (code, files) in SOURCES {
        let language = Language::parse(code).unwrap_or_default();
        let id = code.parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // The page's `dir` already isolates text of the other direction.
        bundle.set_use_isolating(false);
        for text in files {
            // build.rs parsed every file: none fails here.
            if let Ok(resource) = FluentResource::try_new(text.to_string()) {
                let _ = bundle.add_resource(resource);
            }
        }
        bundles.insert(language, bundle);
    }
    let mut plain = HashMap::new();
    for (&language, bundle) in &bundles {
        for msg in Msg::ALL {
            if let Some(text) = format(bundle, msg, None) {
                plain.insert((language, msg), &*Box::leak(text.into_boxed_str()));
            }
        }
    }
    Translations { bundles, plain }
});

fn format(bundle: &Bundle, msg: Msg, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(msg.id())?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    // A message with variables cannot be formatted without them: it is not plain.
    (args.is_some() || errors.is_empty()).then(|| text.into_owned())
}

/// The language of the page being rendered (English in the browser: islands are given their
/// words by the server).
pub fn language() -> Language {
    #[cfg(feature = "ssr")]
    {
        crate::ssr::language::current()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Language::En
    }
}

/// `msg` in `language`.
pub fn t_in(language: Language, msg: Msg) -> &'static str {
    let all = &*TRANSLATIONS;
    all.plain
        .get(&(language, msg))
        .or_else(|| all.plain.get(&(Language::En, msg)))
        .copied()
        .unwrap_or(msg.id())
}

/// `msg` in the page's language.
pub fn t(msg: Msg) -> &'static str {
    t_in(language(), msg)
}

/// `msg` in the page's language, with its variables (`count` also chooses the plural form).
pub fn tr(msg: Msg, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_in(language(), msg, args)
}

pub fn tr_in(language: Language, msg: Msg, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut values = FluentArgs::new();
    for (name, value) in args {
        values.set(*name, value.clone());
    }
    let all = &*TRANSLATIONS;
    let bundle = all.bundles.get(&language).or_else(|| all.bundles.get(&Language::En));
    bundle.and_then(|b| format(b, msg, Some(&values))).unwrap_or_else(|| msg.id().to_string())
}

/// "1 point", "2.5 points".
pub fn points(points: Points) -> String {
    tr(Msg::QuestionPoints, &[("count", (f64::from(points.0) / 100.0).into())])
}

/// "3 of 5 points".
pub fn score(score: Score) -> String {
    tr(
        Msg::QuestionScore,
        &[("earned", score.earned.to_string().into()), ("total", points(score.total).into())],
    )
}

/// Writes a question card's words for the question as it stands.
pub fn fill_question(q: &mut QuestionView) {
    let mut meta = points(q.weight);
    if let (Some(left), Status::Open) = (q.attempts_left(), q.status) {
        meta = format!("{meta} · {}", tr(Msg::QuestionAttemptsLeft, &[("count", left.into())]));
    }
    let verdict = match (q.status, q.last_correct) {
        (Status::Solved, _) => Some(tr(
            Msg::QuestionCorrect,
            &[("earned", q.earned.to_string().into()), ("total", points(q.weight).into())],
        )),
        (Status::OutOfAttempts, _) => Some(t(Msg::QuestionNoAttempts).to_string()),
        (Status::AwaitingReview, _) => Some(t(Msg::QuestionSentForReview).to_string()),
        (Status::Open, Some(false)) => Some(t(Msg::QuestionNotYet).to_string()),
        _ => None,
    };
    let form = match q.kind {
        QuestionKind::Number => Some(Msg::FormNumber),
        QuestionKind::Order => Some(Msg::FormOrder),
        QuestionKind::Ip => Some(Msg::FormIp),
        QuestionKind::Hash => Some(Msg::FormHash),
        QuestionKind::Timestamp => Some(Msg::FormTimestamp),
        QuestionKind::Date => Some(Msg::FormDate),
        QuestionKind::Article => Some(Msg::FormArticle),
        QuestionKind::Articles => Some(Msg::FormArticles),
        QuestionKind::Multi => Some(Msg::FormMulti),
        QuestionKind::Review | QuestionKind::Choice => None,
        _ => Some(Msg::FormText),
    };
    let field = match form {
        Some(form) => tr(Msg::QuestionFieldWithForm, &[("form", t(form).into())]),
        None => t(Msg::QuestionField).to_string(),
    };
    q.words = QuestionWords {
        meta,
        hint: t(Msg::QuestionHint).to_string(),
        given: t(Msg::QuestionGiven).to_string(),
        verdict,
        instructor: t(Msg::QuestionInstructor).to_string(),
        field,
        check: t(Msg::QuestionCheck).to_string(),
        take_hint: q.next_hint_cost.map(|cost| tr(Msg::QuestionTakeHint, &[("cost", points(cost).into())])),
    };
}

/// Writes the words of an answer's reply: its question's, and the score so far.
pub fn fill_answered(answered: &mut Answered) {
    fill_question(&mut answered.question);
    answered.score_words = tr(Msg::QuestionScoreSoFar, &[("score", score(answered.score).into())]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_reads_in_every_language() {
        for language in Language::ALL {
            for msg in Msg::ALL {
                let text = if TRANSLATIONS.plain.contains_key(&(Language::En, msg)) {
                    t_in(language, msg).to_string()
                } else {
                    tr_in(language, msg, &[("count", 3.into()), ("title", "T".into()), ("name", "N".into())])
                };
                assert!(!text.is_empty() && text != msg.id(), "{msg:?} in {language:?}: `{text}`");
            }
        }
    }

    #[test]
    fn plurals_follow_each_language_s_rules() {
        let modules = |language, count: u32| tr_in(language, Msg::TrackModules, &[("count", count.into())]);
        assert_eq!(modules(Language::En, 1), "1 module");
        assert_eq!(modules(Language::En, 5), "5 modules");
        assert_eq!(modules(Language::Fr, 1), "1 module");
        assert_eq!(modules(Language::Fr, 5), "5 modules");
        assert_ne!(modules(Language::Ar, 2), modules(Language::Ar, 5), "Arabic has a dual");
    }
}
