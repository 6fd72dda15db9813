//! Questions as a learner sees them, points and scores, and what happened to an answer.

use serde::{Deserialize, Serialize};

use crate::content::QuestionKind;

/// Where a learner stands on a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    Open,
    Solved,
    OutOfAttempts,
    AwaitingReview,
}

/// A question as its learner sees it: never its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionView {
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: String,
    pub weight: Points,
    pub choices: Vec<String>,
    pub status: Status,
    pub attempts: u32,
    pub max_attempts: Option<u32>,
    pub last_answer: Option<String>,
    pub last_correct: Option<bool>,
    /// The hints revealed so far.
    pub hints: Vec<String>,
    /// The cost of the next hint, if there is one.
    pub next_hint_cost: Option<Points>,
    /// Shown once the question is solved or out of attempts.
    pub explanation: Option<String>,
    /// An instructor's comment on a free-text answer they returned or accepted.
    pub review_comment: Option<String>,
    pub earned: Points,
    /// The card's words in the reader's language, written by the server.
    #[serde(default)]
    pub words: QuestionWords,
}

/// The words a question card shows, in the reader's language. The server writes them for the
/// question as it stands, so the browser's code carries no translations.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionWords {
    /// Its points, and the attempts left: "2 points · 3 attempts left".
    pub meta: String,
    /// Before each hint revealed: "Hint:".
    pub hint: String,
    /// Before the learner's last answer: "Your answer:".
    pub given: String,
    /// Right, wrong, out of attempts or sent for review, if so.
    pub verdict: Option<String>,
    /// Before an instructor's comment: "Your instructor:".
    pub instructor: String,
    /// The answer field's label, with the form the answer takes.
    pub field: String,
    /// The answer button.
    pub check: String,
    /// The hint button, with its cost, while a hint remains.
    pub take_hint: Option<String>,
}

impl QuestionView {
    pub fn attempts_left(&self) -> Option<u32> {
        self.max_attempts.map(|m| m.saturating_sub(self.attempts))
    }
}

/// Points in hundredths, so that pages and islands need no floating-point code (which would
/// add to the WebAssembly every learner downloads).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Points(pub u32);

impl Points {
    /// Points from a weight or score as the curriculum writes it (only the server calls this).
    pub fn from_f64(value: f64) -> Points {
        Points((value.max(0.0) * 100.0).round() as u32)
    }
}

/// 2, 2.5, 0.25: no needless decimals.
impl std::fmt::Display for Points {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (whole, hundredths) = (self.0 / 100, self.0 % 100);
        match hundredths {
            0 => write!(f, "{whole}"),
            h if h % 10 == 0 => write!(f, "{whole}.{}", h / 10),
            h => write!(f, "{whole}.{h:02}"),
        }
    }
}

/// Points earned out of the points available.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Score {
    pub earned: Points,
    pub total: Points,
}

/// What answering (or taking a hint) changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answered {
    pub question: QuestionView,
    pub score: Score,
    /// "Score so far: 3 of 5 points", in the reader's language (written by the server).
    #[serde(default)]
    pub score_words: String,
}

/// What a recorded submission was found to be. Stored as lowercase text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    Correct,
    Wrong,
    /// A free-text answer, sent to an instructor.
    Review,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Verdict::Correct, Verdict::Wrong, Verdict::Review];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Correct => "correct",
            Verdict::Wrong => "wrong",
            Verdict::Review => "review",
        }
    }

    pub fn parse(text: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == text)
    }
}

/// Where a free-text answer is in its review. Stored as lowercase text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReviewState {
    Pending,
    Accepted,
    Returned,
}

impl ReviewState {
    pub const ALL: [ReviewState; 3] = [ReviewState::Pending, ReviewState::Accepted, ReviewState::Returned];

    pub fn as_str(self) -> &'static str {
        match self {
            ReviewState::Pending => "pending",
            ReviewState::Accepted => "accepted",
            ReviewState::Returned => "returned",
        }
    }

    pub fn parse(text: &str) -> Option<ReviewState> {
        ReviewState::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_read_without_needless_decimals() {
        let shown: Vec<String> = [0, 100, 250, 225, 1000, 5].map(|p| Points(p).to_string()).to_vec();
        assert_eq!(shown, ["0", "1", "2.5", "2.25", "10", "0.05"]);
    }

    #[test]
    fn stored_names_round_trip() {
        for v in Verdict::ALL {
            assert_eq!(Verdict::parse(v.as_str()), Some(v));
        }
        for s in ReviewState::ALL {
            assert_eq!(ReviewState::parse(s.as_str()), Some(s));
        }
        assert_eq!(ReviewState::parse("maybe"), None);
    }
}
