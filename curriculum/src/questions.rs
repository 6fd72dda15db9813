//! Questions of lessons (knowledge checks) and labs: their kinds, expected answers, and the
//! server-side check of a learner's answer.

use std::collections::{BTreeMap, BTreeSet};

use kujenga_types::{Language, Msg, Text};

use crate::answers::{self, HashAlgorithm};

pub use kujenga_types::content::QuestionKind;

/// An expected answer: one value, or a list for list kinds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    One(String),
    Many(Vec<String>),
}

/// Where a question's expected answer comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerSource {
    /// Written in the content (knowledge checks, fixed lab questions).
    Fixed(Expected),
    /// The named entry of the learner's generated answer key.
    Key(String),
    /// No automatic answer: an instructor reviews it.
    Reviewed,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hint {
    pub text: String,
    /// Points taken from the question's weight when the hint is revealed.
    pub cost: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: String,
    pub weight: f64,
    pub choices: Vec<String>,
    pub source: AnswerSource,
    /// For numbers (absolute) and timestamps (seconds).
    pub tolerance: f64,
    pub algorithm: HashAlgorithm,
    pub explanation: Option<String>,
    pub max_attempts: Option<u32>,
    pub hints: Vec<Hint>,
    /// What a facilitator checks in a free-text answer of an exercise, one point each.
    pub rubric: Vec<String>,
    /// The question in other languages: what is correct stays the source's.
    pub translations: BTreeMap<Language, QuestionText>,
}

/// A question's texts in another language. `choices[n]` translates the source's choice `n`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionText {
    pub prompt: String,
    pub choices: Vec<String>,
    pub explanation: Option<String>,
    /// The hints' texts, one for each of the source's.
    pub hints: Vec<String>,
    /// More accepted answers in this language (`text` and `one_of` questions only).
    pub answers: Vec<String>,
}

/// The result of checking one answer against its expected answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    Correct,
    Wrong,
    /// The answer is not in the form the kind needs; it does not use up an attempt.
    Unreadable(Text),
    NeedsReview,
}

impl Question {
    /// Checks that an expected answer is well-formed for this question's kind.
    pub fn validate(&self, expected: &Expected) -> Result<(), String> {
        // Authors read content errors in English.
        let english = |text: Text| text.write(Language::En);
        match (self.kind.expects_list(), expected) {
            (true, Expected::One(_)) => {
                return Err(format!(
                    "a `{}` question needs a list: answers = [\"...\", \"...\"]",
                    self.kind.name()
                ));
            }
            (false, Expected::Many(_)) => {
                return Err(format!("a `{}` question needs one value: answer = \"...\"", self.kind.name()));
            }
            _ => {}
        }
        let in_choices =
            |e: &str| self.choices.iter().any(|c| answers::normalise(c) == answers::normalise(e));
        match (self.kind, expected) {
            (QuestionKind::Regex, Expected::One(p)) => {
                regex::Regex::new(p).map(|_| ()).map_err(|e| format!("the pattern does not compile: {e}"))
            }
            (QuestionKind::Number, Expected::One(e)) => answers::number(e).map(|_| ()).map_err(english),
            (QuestionKind::Choice, Expected::One(e)) if !in_choices(e) => {
                Err(format!("the answer `{e}` is not one of the choices; copy it exactly from `choices`"))
            }
            (QuestionKind::Multi, Expected::Many(es)) => {
                match es.iter().find(|e| !self.choices.is_empty() && !in_choices(e)) {
                    Some(e) => Err(format!("the answer `{e}` is not one of the choices")),
                    None => Ok(()),
                }
            }
            (QuestionKind::Order, Expected::Many(es)) if !self.choices.is_empty() => {
                let mut a: Vec<_> = es.iter().map(|s| answers::normalise(s)).collect();
                let mut b: Vec<_> = self.choices.iter().map(|s| answers::normalise(s)).collect();
                a.sort();
                b.sort();
                if a == b {
                    Ok(())
                } else {
                    Err("`answers` must hold exactly the items of `choices`, in the right order".into())
                }
            }
            (QuestionKind::Ip, Expected::One(e)) => answers::address(e).map(|_| ()).map_err(english),
            (QuestionKind::Hash, Expected::One(e)) => {
                answers::digest(e, self.algorithm).map(|_| ()).map_err(english)
            }
            (QuestionKind::Timestamp, Expected::One(e)) => answers::timestamp(e).map(|_| ()).map_err(english),
            (QuestionKind::Date, Expected::One(e)) => answers::date(e).map(|_| ()).map_err(english),
            (QuestionKind::Article, Expected::One(e)) => answers::article(e).map(|_| ()).map_err(english),
            (QuestionKind::Articles, Expected::Many(es)) => {
                es.iter().try_for_each(|e| answers::article(e).map(|_| ()).map_err(english))
            }
            (_, Expected::Many(es)) if es.is_empty() => Err("`answers` is empty".into()),
            _ => Ok(()),
        }
    }

    /// Checks a learner's answer (one value per form field; checkboxes give several).
    pub fn check(&self, expected: &Expected, given: &[String]) -> Checked {
        if self.kind == QuestionKind::Review {
            return Checked::NeedsReview;
        }
        let text = given.join(", ");
        if text.trim().is_empty() {
            return Checked::Unreadable(Text::new(Msg::AnswerEmpty).with("form", self.kind.answer_form()));
        }
        match self.compare(expected, given, &text) {
            Ok(true) => Checked::Correct,
            Ok(false) => Checked::Wrong,
            Err(message) => Checked::Unreadable(message),
        }
    }

    fn compare(&self, expected: &Expected, given: &[String], text: &str) -> Result<bool, Text> {
        let norm = answers::normalise;
        let one = match expected {
            Expected::One(e) => e.as_str(),
            Expected::Many(_) => "",
        };
        let many: &[String] = match expected {
            Expected::Many(es) => es,
            Expected::One(_) => &[],
        };
        Ok(match self.kind {
            QuestionKind::Text | QuestionKind::OneOf => {
                let given = norm(answers::undecorated(text));
                let in_source = match self.kind {
                    QuestionKind::Text => norm(one) == given,
                    _ => many.iter().any(|e| norm(e) == given),
                };
                in_source || self.translated_answers().any(|e| norm(e) == given)
            }
            QuestionKind::Regex => regex::RegexBuilder::new(&format!("^(?:{one})$"))
                .case_insensitive(true)
                .build()
                .map_err(|_| Text::from(Msg::AnswerUncheckable))?
                .is_match(text.trim()),
            QuestionKind::Number => {
                let (g, e) = (answers::number(text)?, answers::number(one).unwrap_or(f64::NAN));
                (g - e).abs() <= self.tolerance + 1e-9 * e.abs().max(1.0)
            }
            QuestionKind::Choice => {
                let picked = self.choice(text)?;
                norm(&picked) == norm(one)
            }
            QuestionKind::Multi => {
                let items: Vec<String> = if self.choices.is_empty() {
                    given.iter().flat_map(|g| typed_items(g)).collect()
                } else {
                    given.iter().map(|g| self.choice(g)).collect::<Result<_, _>>()?
                };
                let a: BTreeSet<String> = items.iter().map(|s| norm(s)).collect();
                let b: BTreeSet<String> = many.iter().map(|s| norm(s)).collect();
                a == b
            }
            QuestionKind::Order => {
                let items: Vec<String> = if self.choices.is_empty() {
                    typed_items(text)
                } else {
                    answers::letters(text, self.choices.len())?
                        .into_iter()
                        .map(|i| self.choices[i].clone())
                        .collect()
                };
                items.iter().map(|s| norm(s)).eq(many.iter().map(|s| norm(s)))
            }
            QuestionKind::Ip => answers::address(text)? == answers::address(one)?,
            QuestionKind::Hash => {
                answers::digest(text, self.algorithm)? == answers::digest(one, self.algorithm)?
            }
            QuestionKind::Timestamp => {
                let difference = answers::timestamp(text)? - answers::timestamp(one)?;
                difference.abs().as_seconds_f64() <= self.tolerance
            }
            QuestionKind::Date => answers::date(text)? == answers::date(one)?,
            QuestionKind::Article => answers::within(&answers::article(text)?, &answers::article(one)?),
            QuestionKind::Articles => {
                let expected: BTreeSet<String> =
                    many.iter().map(|e| answers::article(e)).collect::<Result<_, _>>()?;
                // A more precise reference counts as the article expected: `Art 6(1)(a)` for `Art 6`.
                let given: BTreeSet<String> = answers::articles(text)?
                    .into_iter()
                    .map(|g| expected.iter().find(|e| answers::within(&g, e)).cloned().unwrap_or(g))
                    .collect();
                given == expected
            }
            QuestionKind::Review => false,
        })
    }

    /// The choice a learner picked, as written in the source: a translated choice stands for
    /// the source's choice in the same place, whichever language the learner read.
    fn choice(&self, given: &str) -> Result<String, Text> {
        let given = answers::normalise(given);
        let place = self.choices.iter().position(|c| answers::normalise(c) == given).or_else(|| {
            self.translations
                .values()
                .find_map(|t| t.choices.iter().position(|c| answers::normalise(c) == given))
        });
        place.and_then(|i| self.choices.get(i)).cloned().ok_or_else(|| Msg::AnswerNotChoice.into())
    }

    /// The answers accepted besides the source's, from every language.
    fn translated_answers(&self) -> impl Iterator<Item = &String> {
        self.translations.values().flat_map(|t| &t.answers)
    }

    /// The question's texts in `language`, or the source's.
    pub fn text(&self, language: Language) -> QuestionText {
        self.translations.get(&language).cloned().unwrap_or_else(|| QuestionText {
            prompt: self.prompt.clone(),
            choices: self.choices.clone(),
            explanation: self.explanation.clone(),
            hints: self.hints.iter().map(|h| h.text.clone()).collect(),
            answers: Vec::new(),
        })
    }

    /// The most it scores: a rubric's criteria (one point each), or its weight.
    pub fn most(&self) -> f64 {
        if self.rubric.is_empty() { self.weight } else { self.rubric.len() as f64 }
    }

    /// Points for this question: its weight less the hints taken, when solved.
    pub fn earned(&self, solved: bool, hints_taken: usize) -> f64 {
        if !solved {
            return 0.0;
        }
        let cost: f64 = self.hints.iter().take(hints_taken).map(|h| h.cost).sum();
        (self.weight - cost).max(0.0)
    }
}

/// The items of a list the learner typed for a `multi` or `order` question without choices.
/// People write such lists as a sentence ("9.1, 9.2 and 9.4."), so commas, semicolons,
/// whitespace and the word "and" all separate items, and a final full stop is not part of the
/// last one. Such items (section numbers, letters) never contain spaces.
fn typed_items(text: &str) -> Vec<String> {
    text.trim()
        .trim_end_matches('.')
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|item| !item.is_empty() && !item.eq_ignore_ascii_case("and"))
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(kind: QuestionKind) -> Question {
        Question {
            id: "q".into(),
            kind,
            prompt: "?".into(),
            weight: 2.0,
            choices: vec![],
            source: AnswerSource::Reviewed,
            tolerance: 0.0,
            algorithm: HashAlgorithm::Sha256,
            explanation: None,
            max_attempts: None,
            hints: vec![Hint { text: "h".into(), cost: 0.5 }, Hint { text: "h2".into(), cost: 2.0 }],
            rubric: vec![],
            translations: BTreeMap::new(),
        }
    }

    fn one(s: &str) -> Expected {
        Expected::One(s.into())
    }

    fn many(items: &[&str]) -> Expected {
        Expected::Many(items.iter().map(|s| s.to_string()).collect())
    }

    fn check(question: &Question, expected: &Expected, given: &str) -> Checked {
        question.check(expected, &[given.to_string()])
    }

    #[test]
    fn text_ignores_case_and_spacing() {
        let t = q(QuestionKind::Text);
        assert_eq!(check(&t, &one("RFC 2350"), "  rfc   2350 "), Checked::Correct);
        assert_eq!(check(&t, &one("RFC 2350"), "RFC 2351"), Checked::Wrong);
        assert_eq!(
            check(&t, &one("FLAG-AB12-CD34"), "FLAG-AB12-CD34."),
            Checked::Correct,
            "a final full stop"
        );
        assert!(matches!(check(&t, &one("RFC 2350"), "   "), Checked::Unreadable(_)));
    }

    #[test]
    fn one_of_accepts_any_listed_text() {
        let t = q(QuestionKind::OneOf);
        let e = many(&["CERT", "CSIRT"]);
        assert_eq!(check(&t, &e, "csirt"), Checked::Correct);
        assert_eq!(check(&t, &e, "SOC"), Checked::Wrong);
    }

    #[test]
    fn regex_must_match_the_whole_answer() {
        let t = q(QuestionKind::Regex);
        let e = one("RFC ?2350");
        assert_eq!(check(&t, &e, "rfc2350"), Checked::Correct);
        assert_eq!(check(&t, &e, "see RFC 2350"), Checked::Wrong);
        assert!(t.validate(&one("(")).is_err());
    }

    #[test]
    fn numbers_within_tolerance_bounds() {
        let mut t = q(QuestionKind::Number);
        t.tolerance = 0.05;
        let e = one("9.8");
        assert_eq!(check(&t, &e, "9.85"), Checked::Correct);
        assert_eq!(check(&t, &e, "9,75"), Checked::Correct);
        assert_eq!(check(&t, &e, "9.86"), Checked::Wrong);
        assert!(matches!(check(&t, &e, "nine"), Checked::Unreadable(_)));
        t.tolerance = 0.0;
        assert_eq!(check(&t, &one("0.3"), "0.30000000000000004"), Checked::Correct);
    }

    #[test]
    fn single_choice() {
        let mut t = q(QuestionKind::Choice);
        t.choices = vec!["Low".into(), "High".into()];
        assert_eq!(check(&t, &one("High"), "High"), Checked::Correct);
        assert_eq!(check(&t, &one("High"), "Low"), Checked::Wrong);
        assert!(matches!(check(&t, &one("High"), "Medium"), Checked::Unreadable(_)));
        assert!(t.validate(&one("Medium")).unwrap_err().contains("not one of the choices"));
    }

    #[test]
    fn multiple_choice_compares_sets() {
        let mut t = q(QuestionKind::Multi);
        t.choices = vec!["A".into(), "B".into(), "C".into()];
        let e = many(&["A", "C"]);
        assert_eq!(t.check(&e, &["C".into(), "A".into()]), Checked::Correct);
        assert_eq!(t.check(&e, &["A".into()]), Checked::Wrong);
        assert_eq!(t.check(&e, &["A".into(), "B".into(), "C".into()]), Checked::Wrong);
        let typed = q(QuestionKind::Multi);
        assert_eq!(check(&typed, &many(&["ssh", "http"]), "HTTP, ssh"), Checked::Correct);
    }

    #[test]
    fn a_translated_choice_or_answer_counts_as_the_source_s() {
        let mut choice = q(QuestionKind::Choice);
        choice.choices = vec!["An event".into(), "An incident".into()];
        let french = QuestionText {
            choices: vec!["Un événement".into(), "Un incident".into()],
            ..Default::default()
        };
        choice.translations.insert(Language::Fr, french);
        let e = Expected::One("An incident".into());
        assert_eq!(check(&choice, &e, "Un incident"), Checked::Correct, "the French choice 2 is choice 2");
        assert_eq!(check(&choice, &e, "un événement"), Checked::Wrong);
        assert_eq!(check(&choice, &e, "An incident"), Checked::Correct);
        assert!(matches!(check(&choice, &e, "Ein Vorfall"), Checked::Unreadable(_)));

        let mut text = q(QuestionKind::Text);
        let answers = vec!["communauté desservie".into()];
        text.translations.insert(Language::Fr, QuestionText { answers, ..Default::default() });
        let e = Expected::One("constituency".into());
        assert_eq!(check(&text, &e, "Communauté desservie"), Checked::Correct);
        assert_eq!(check(&text, &e, "constituency"), Checked::Correct);
        assert_eq!(check(&text, &e, "communauté"), Checked::Wrong);
        assert_eq!(text.text(Language::Es).prompt, "?", "no Spanish: the source's text");
    }

    #[test]
    fn typed_lists_split_on_commas_semicolons_spaces_and_the_word_and() {
        assert_eq!(typed_items("a, b and c."), ["a", "b", "c"]);
        assert_eq!(typed_items("a b c"), ["a", "b", "c"]);
        assert_eq!(typed_items("a;b AND\nc"), ["a", "b", "c"]);
        let order = q(QuestionKind::Order);
        let e = many(&["C", "A", "B"]);
        assert_eq!(check(&order, &e, "C, A and B."), Checked::Correct);
        assert_eq!(check(&order, &e, "C A B"), Checked::Correct);
        assert_eq!(check(&order, &e, "A, B and C."), Checked::Wrong, "the order still counts");
        let multi = q(QuestionKind::Multi);
        assert_eq!(check(&multi, &many(&["9.1", "9.2"]), "9.2 and 9.1."), Checked::Correct);
        assert_eq!(check(&multi, &many(&["9.1", "9.2"]), "9.1"), Checked::Wrong);
    }

    #[test]
    fn ordering_by_letters_must_be_exact() {
        let mut t = q(QuestionKind::Order);
        t.choices = vec!["disk".into(), "memory".into(), "registers".into()];
        let e = many(&["registers", "memory", "disk"]);
        assert_eq!(t.validate(&e), Ok(()));
        assert_eq!(check(&t, &e, "C, B, A"), Checked::Correct);
        assert_eq!(check(&t, &e, "B, C, A"), Checked::Wrong);
        assert!(matches!(check(&t, &e, "C, B"), Checked::Unreadable(_)));
        assert!(t.validate(&many(&["registers", "memory"])).is_err());
    }

    #[test]
    fn ip_addresses_and_cidr_containment() {
        let t = q(QuestionKind::Ip);
        assert_eq!(check(&t, &one("203.0.113.7"), " 203.0.113.7 "), Checked::Correct);
        assert_eq!(check(&t, &one("203.0.113.7"), "203.0.113.8"), Checked::Wrong);
        let net = one("198.51.100.0/24");
        assert_eq!(check(&t, &net, "198.51.100.0/24"), Checked::Correct);
        assert_eq!(check(&t, &net, "198.51.100.9/24"), Checked::Correct, "host bits are ignored");
        assert_eq!(check(&t, &net, "198.51.100.0/25"), Checked::Wrong, "a smaller network is not the same");
        assert_eq!(check(&t, &net, "198.51.100.9"), Checked::Wrong, "an address is not the network");
        assert!(matches!(check(&t, &net, "198.51.100"), Checked::Unreadable(_)));
    }

    #[test]
    fn hashes_by_algorithm_and_any_case() {
        let t = q(QuestionKind::Hash);
        let e = one("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(
            check(&t, &e, "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"),
            Checked::Correct
        );
        assert_eq!(
            check(
                &t,
                &e,
                &format!("{}0", &"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")
            ),
            Checked::Wrong
        );
        assert!(
            matches!(check(&t, &e, "e3b0c442"), Checked::Unreadable(m) if m.write(Language::En).contains("64"))
        );
    }

    #[test]
    fn timestamps_within_tolerance_bounds() {
        let mut t = q(QuestionKind::Timestamp);
        t.tolerance = 2.0;
        let e = one("2026-03-14 09:21:07");
        assert_eq!(check(&t, &e, "2026-03-14T09:21:09Z"), Checked::Correct);
        assert_eq!(check(&t, &e, "2026-03-14 09:21:05"), Checked::Correct);
        assert_eq!(check(&t, &e, "2026-03-14 09:21:10"), Checked::Wrong);
        assert!(matches!(check(&t, &e, "09:21:07"), Checked::Unreadable(_)));
    }

    #[test]
    fn dates_and_articles() {
        let d = q(QuestionKind::Date);
        assert_eq!(check(&d, &one("2026-05-13"), "2026-05-13"), Checked::Correct);
        assert_eq!(check(&d, &one("2026-05-13"), "2026-05-14"), Checked::Wrong);
        let a = q(QuestionKind::Article);
        assert_eq!(check(&a, &one("Art 18(1)(b)"), "article 18 (1)(b)"), Checked::Correct);
        assert_eq!(check(&a, &one("Art 18(1)(b)"), "Art 18(1)(a)"), Checked::Wrong);
        assert_eq!(check(&a, &one("Art 18(1)(b)"), "Art 18(1)"), Checked::Wrong);
        assert_eq!(check(&a, &one("Art 18"), "Art 18(1)(b)"), Checked::Correct, "more precise is fine");
        let s = q(QuestionKind::Articles);
        assert_eq!(check(&s, &many(&["Art 2", "Art 11"]), "art 11, Art 2"), Checked::Correct);
        assert_eq!(check(&s, &many(&["Art 2", "Art 11"]), "Art 2"), Checked::Wrong);
        assert_eq!(check(&s, &many(&["Art 6", "Art 11"]), "Art 6(1)(a)(ii), Art 11(1)"), Checked::Correct);
        assert_eq!(check(&s, &many(&["Art 4", "Art 5"]), "Articles 4 and 5"), Checked::Correct);
    }

    #[test]
    fn review_questions_wait_for_a_person() {
        assert_eq!(check(&q(QuestionKind::Review), &one(""), "Our team serves..."), Checked::NeedsReview);
    }

    #[test]
    fn hints_cost_points_only_when_solved() {
        let t = q(QuestionKind::Text);
        assert_eq!(t.earned(true, 0), 2.0);
        assert_eq!(t.earned(true, 1), 1.5);
        assert_eq!(t.earned(true, 2), 0.0);
        assert_eq!(t.earned(false, 0), 0.0);
    }

    #[test]
    fn list_kinds_need_lists() {
        assert!(q(QuestionKind::OneOf).validate(&one("x")).unwrap_err().contains("needs a list"));
        assert!(q(QuestionKind::Text).validate(&many(&["x"])).unwrap_err().contains("needs one value"));
    }
}
