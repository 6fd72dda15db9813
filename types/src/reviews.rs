//! The review queue of free-text answers.

use serde::{Deserialize, Serialize};

/// An answer waiting for an instructor, as the review page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewItem {
    pub user_id: i64,
    pub trainee: String,
    pub item_id: String,
    pub item: String,
    pub question_id: String,
    pub prompt: String,
    pub answer: String,
    pub submitted: String,
}

/// An instructor's decision on a free-text answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    Accept,
    /// Back to the trainee, with a comment that says what to improve.
    Return,
}

impl Decision {
    /// The value of the review form's button: `accept` or `return`.
    pub fn parse(text: &str) -> Option<Decision> {
        match text {
            "accept" => Some(Decision::Accept),
            "return" => Some(Decision::Return),
            _ => None,
        }
    }
}
