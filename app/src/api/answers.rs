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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionView {
    pub id: String,
    /// The kind's name, e.g. `choice` or `ip`.
    pub kind: String,
    /// What form the answer takes, e.g. "a date, YYYY-MM-DD".
    pub format: String,
    pub prompt: String,
    pub weight: f64,
    pub choices: Vec<String>,
    pub status: Status,
    pub attempts: u32,
    pub max_attempts: Option<u32>,
    pub last_answer: Option<String>,
    pub last_correct: Option<bool>,
    /// The hints revealed so far.
    pub hints: Vec<String>,
    /// The cost of the next hint, if there is one.
    pub next_hint_cost: Option<f64>,
    /// Shown once the question is solved or out of attempts.
    pub explanation: Option<String>,
    pub earned: f64,
}

impl QuestionView {
    pub fn attempts_left(&self) -> Option<u32> {
        self.max_attempts.map(|m| m.saturating_sub(self.attempts))
    }
}

/// Points earned out of the points available.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Score {
    pub earned: f64,
    pub total: f64,
}

/// What answering (or taking a hint) changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
