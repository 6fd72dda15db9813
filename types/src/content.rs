//! The kinds of things the curriculum holds: items (lessons and labs) and questions.

use serde::{Deserialize, Serialize};

/// Whether an item is read (lesson) or worked (lab).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemKind {
    Lesson,
    Lab,
}

/// How a question is answered and checked (see curriculum/FORMAT.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QuestionKind {
    Text,
    OneOf,
    Regex,
    Number,
    Choice,
    Multi,
    Order,
    Ip,
    Hash,
    Timestamp,
    Date,
    Article,
    Articles,
    Review,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 14] = [
        QuestionKind::Text,
        QuestionKind::OneOf,
        QuestionKind::Regex,
        QuestionKind::Number,
        QuestionKind::Choice,
        QuestionKind::Multi,
        QuestionKind::Order,
        QuestionKind::Ip,
        QuestionKind::Hash,
        QuestionKind::Timestamp,
        QuestionKind::Date,
        QuestionKind::Article,
        QuestionKind::Articles,
        QuestionKind::Review,
    ];

    /// The name content files use in `kind = "..."`.
    pub fn name(self) -> &'static str {
        match self {
            QuestionKind::Text => "text",
            QuestionKind::OneOf => "one_of",
            QuestionKind::Regex => "regex",
            QuestionKind::Number => "number",
            QuestionKind::Choice => "choice",
            QuestionKind::Multi => "multi",
            QuestionKind::Order => "order",
            QuestionKind::Ip => "ip",
            QuestionKind::Hash => "hash",
            QuestionKind::Timestamp => "timestamp",
            QuestionKind::Date => "date",
            QuestionKind::Article => "article",
            QuestionKind::Articles => "articles",
            QuestionKind::Review => "review",
        }
    }

    pub fn parse(name: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Whether the expected answer is a list (`answers`) rather than one value (`answer`).
    pub fn expects_list(self) -> bool {
        matches!(
            self,
            QuestionKind::OneOf | QuestionKind::Multi | QuestionKind::Order | QuestionKind::Articles
        )
    }

    /// What the learner is told about the form of the answer.
    pub fn answer_form(self) -> &'static str {
        match self {
            QuestionKind::Number => "a number",
            QuestionKind::Order => "letters in order, for example C, A, B",
            QuestionKind::Ip => "an IP address, or a network such as 198.51.100.0/24",
            QuestionKind::Hash => "a digest in hexadecimal",
            QuestionKind::Timestamp => "a UTC time, YYYY-MM-DD HH:MM:SS",
            QuestionKind::Date => "a date, YYYY-MM-DD",
            QuestionKind::Article => "an article, for example Art 18(1)(b)",
            QuestionKind::Articles => "articles, comma-separated, for example Art 2, Art 11",
            QuestionKind::Review => "your own words; an instructor reviews it",
            QuestionKind::Multi => "every answer that applies",
            _ => "text",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_kind_has_a_name_that_parses_back() {
        for k in QuestionKind::ALL {
            assert_eq!(QuestionKind::parse(k.name()), Some(k));
        }
        assert_eq!(QuestionKind::parse("essay"), None);
    }
}
