//! The kinds of things the curriculum holds: items (lessons and labs) and questions.

use kujenga_words::Msg;
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

    /// The form an answer takes, as its field's label tells the learner.
    pub fn answer_form(self) -> Msg {
        match self {
            QuestionKind::Number => Msg::FormNumber,
            QuestionKind::Order => Msg::FormOrder,
            QuestionKind::Ip => Msg::FormIp,
            QuestionKind::Hash => Msg::FormHash,
            QuestionKind::Timestamp => Msg::FormTimestamp,
            QuestionKind::Date => Msg::FormDate,
            QuestionKind::Article => Msg::FormArticle,
            QuestionKind::Articles => Msg::FormArticles,
            QuestionKind::Review => Msg::FormReview,
            QuestionKind::Multi => Msg::FormMulti,
            _ => Msg::FormText,
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
