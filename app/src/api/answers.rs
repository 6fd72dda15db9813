//! Answering questions (knowledge checks and labs), revealing hints, and what a learner sees of
//! a question. Answers are checked on the server; no answer key ever leaves it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

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
    /// The kind's name, e.g. `choice` or `ip`.
    pub kind: String,
    /// What form the answer takes, e.g. "a date, YYYY-MM-DD".
    pub format: String,
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
}

/// Points in hundredths, so that pages and islands need no floating-point code (which would
/// add to the WebAssembly every learner downloads).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Points(pub u32);

impl Points {
    #[cfg(feature = "ssr")]
    pub fn from_f64(value: f64) -> Points {
        Points((value.max(0.0) * 100.0).round() as u32)
    }

    /// "1 point", "2.5 points".
    pub fn with_unit(self) -> String {
        format!("{self} point{}", if self.0 == 100 { "" } else { "s" })
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

impl QuestionView {
    pub fn attempts_left(&self) -> Option<u32> {
        self.max_attempts.map(|m| m.saturating_sub(self.attempts))
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
}

/// Who may call: any signed-in learner, for their own answers; rate-limited per learner.
/// `answer` holds one value per form field (`answer[0]`, `answer[1]`, ...: checkboxes give several).
#[server(endpoint = "answer")]
pub async fn answer_question(
    item: String,
    question: String,
    #[server(default)] answer: Vec<String>,
) -> Result<Answered, AppError> {
    use crate::auth::policy;
    crate::web::respond(async move {
        let viewer = policy::signed_in().await?;
        let answered =
            crate::grading::answer(&crate::state::state(), &viewer, &item, &question, &answer).await?;
        crate::web::redirect_plain_form(&format!("/learn/{item}#{question}"));
        Ok(answered)
    })
    .await
}

/// Who may call: any signed-in learner, for their own questions.
#[server(endpoint = "hint")]
pub async fn reveal_hint(item: String, question: String) -> Result<Answered, AppError> {
    use crate::auth::policy;
    crate::web::respond(async move {
        let viewer = policy::signed_in().await?;
        let answered = crate::grading::hint(&crate::state::state(), &viewer, &item, &question).await?;
        crate::web::redirect_plain_form(&format!("/learn/{item}#{question}"));
        Ok(answered)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::Points;

    #[test]
    fn points_read_without_needless_decimals() {
        let shown: Vec<String> = [0, 100, 250, 225, 1000, 5].map(|p| Points(p).to_string()).to_vec();
        assert_eq!(shown, ["0", "1", "2.5", "2.25", "10", "0.05"]);
        assert_eq!(Points(100).with_unit(), "1 point");
        assert_eq!(Points(150).with_unit(), "1.5 points");
    }
}
