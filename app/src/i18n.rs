//! The interface's words in the reader's language (Project Fluent files in `words/locales/`).
//! Pages are rendered on the server, so they are translated there: islands get their words as
//! props, and the WebAssembly carries no translations.

use kujenga_types::answers::{Answered, Points, QuestionView, QuestionWords, Score, Status};
use kujenga_types::content::QuestionKind;
pub use kujenga_types::{AppError, Arg, Language, Msg, Text};
pub use kujenga_words::{t_in, tr_in};

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

/// `msg` in the page's language.
pub fn t(msg: Msg) -> &'static str {
    t_in(language(), msg)
}

/// `msg` in the page's language, with its variables (`count` also chooses the plural form).
pub fn tr(msg: Msg, args: &[(&str, Arg)]) -> String {
    tr_in(language(), msg, args)
}

/// An error as the reader reads it, in the page's language.
pub fn error(error: &AppError) -> String {
    error.text().write(language())
}

const MONTHS: [Msg; 12] = [
    Msg::Month1,
    Msg::Month2,
    Msg::Month3,
    Msg::Month4,
    Msg::Month5,
    Msg::Month6,
    Msg::Month7,
    Msg::Month8,
    Msg::Month9,
    Msg::Month10,
    Msg::Month11,
    Msg::Month12,
];

/// A calendar day written `YYYY-MM-DD`, as the reader's language writes dates ("13 mai 2026");
/// anything else as it is.
pub fn day(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    match (iso.len(), parts.next().flatten(), parts.next().flatten(), parts.next().flatten()) {
        (10, Some(year), Some(month @ 1..=12), Some(day)) => tr(
            Msg::FormatDate,
            &[("day", day.into()), ("month", MONTHS[month as usize - 1].into()), ("year", year.into())],
        ),
        _ => iso.to_string(),
    }
}

/// A UTC time written `YYYY-MM-DD HH:MM`, in the reader's language.
pub fn moment(iso: &str) -> String {
    match iso.split_once(' ') {
        Some((date, time)) => tr(Msg::FormatDateTime, &[("date", day(date).into()), ("time", time.into())]),
        None => day(iso),
    }
}

/// A count with its thousands grouped as the reader's language groups them ("10 000").
pub fn number(count: u64) -> String {
    let digits = count.to_string();
    let separator = t(Msg::FormatGroupSeparator);
    let mut out = String::with_capacity(digits.len() + 4);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// A percentage to a tenth, as the reader's language writes it ("72,5 %").
pub fn percent(share: kujenga_types::programs::Percent) -> String {
    let tenths = share.0;
    let figure =
        format!("{}{}{}", number(u64::from(tenths / 10)), t(Msg::FormatDecimalSeparator), tenths % 10);
    tr(Msg::FormatPercent, &[("number", figure.into())])
}

/// A whole percentage ("80 %").
pub fn whole_percent(value: u32) -> String {
    tr(Msg::FormatPercent, &[("number", number(value.into()).into())])
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

/// The label of an answer's field, with the form the answer takes.
pub fn field_label(kind: QuestionKind) -> String {
    // Choices need no words on the form; a review says so in its card.
    let form = (!matches!(kind, QuestionKind::Review | QuestionKind::Choice)).then(|| kind.answer_form());
    match form {
        Some(form) => tr(Msg::QuestionFieldWithForm, &[("form", t(form).into())]),
        None => t(Msg::QuestionField).to_string(),
    }
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
    let field = field_label(q.kind);
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
