use std::collections::HashMap;

use sqlx::{SqliteConnection, SqlitePool};

use super::{db_error, now};
use crate::api::AppError;

/// Where a learner stands on one question.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StateRow {
    pub attempts: u32,
    pub hints: u32,
    pub last_answer: Option<String>,
    /// `None`: not answered yet, or waiting for review.
    pub last_correct: Option<bool>,
    pub solved: bool,
    /// For answers an instructor reviews: `pending`, `accepted` or `returned`.
    pub review: Option<String>,
    pub review_comment: Option<String>,
}

/// A question's state as stored.
#[derive(sqlx::FromRow)]
struct Row {
    attempts: u32,
    hints: u32,
    last_answer: Option<String>,
    last_correct: Option<bool>,
    solved_at: Option<i64>,
    review: Option<String>,
    review_comment: Option<String>,
}

/// The columns of [`Row`], for SELECT and RETURNING.
const COLUMNS: &str = "attempts, hints, last_answer, last_correct, solved_at, review, review_comment";

fn state_of(r: Row) -> StateRow {
    StateRow {
        attempts: r.attempts,
        hints: r.hints,
        last_answer: r.last_answer,
        last_correct: r.last_correct,
        solved: r.solved_at.is_some(),
        review: r.review,
        review_comment: r.review_comment,
    }
}

/// The result of trying to record an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    Counted(StateRow),
    AlreadySolved,
    NoAttemptsLeft,
}

/// The learner's seed for a lab: the stored one, or `derive()` stored now.
pub async fn lab_seed(
    db: &SqlitePool,
    user_id: i64,
    item_id: &str,
    derive: impl FnOnce() -> [u8; 32],
) -> Result<[u8; 32], AppError> {
    let stored: Option<Vec<u8>> =
        sqlx::query_scalar("SELECT seed FROM lab_seeds WHERE user_id = ? AND item_id = ?")
            .bind(user_id)
            .bind(item_id)
            .fetch_optional(db)
            .await
            .map_err(db_error)?;
    if let Some(seed) = stored.and_then(|s| <[u8; 32]>::try_from(s).ok()) {
        return Ok(seed);
    }
    let seed = derive();
    sqlx::query("INSERT INTO lab_seeds (user_id, item_id, seed, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .bind(user_id)
        .bind(item_id)
        .bind(&seed[..])
        .bind(now())
        .execute(db)
        .await
        .map_err(db_error)?;
    Ok(seed)
}

/// The learner's state on every question of an item, by question id.
pub async fn states(
    db: &SqlitePool,
    user_id: i64,
    item_id: &str,
) -> Result<HashMap<String, StateRow>, AppError> {
    #[derive(sqlx::FromRow)]
    struct QuestionRow {
        question_id: String,
        #[sqlx(flatten)]
        row: Row,
    }
    let rows: Vec<QuestionRow> = sqlx::query_as(&format!(
        "SELECT question_id, {COLUMNS} FROM question_states WHERE user_id = ? AND item_id = ?"
    ))
    .bind(user_id)
    .bind(item_id)
    .fetch_all(db)
    .await
    .map_err(db_error)?;
    Ok(rows.into_iter().map(|r| (r.question_id, state_of(r.row))).collect())
}

/// An answer to record.
#[derive(Debug, Clone)]
pub struct Submission {
    pub user_id: i64,
    pub item_id: String,
    pub question_id: String,
    pub answer: String,
    /// `None` for an answer that waits for review.
    pub correct: Option<bool>,
    pub max_attempts: Option<u32>,
}

/// Counts one attempt and stores the submission, inside the caller's transaction. The attempt
/// is refused when the question is solved or its limit is reached, even under parallel
/// submissions: the limit is checked by the same UPDATE that counts the attempt.
pub async fn record(tx: &mut SqliteConnection, s: &Submission) -> Result<Recorded, AppError> {
    sqlx::query(
        "INSERT INTO question_states (user_id, item_id, question_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
    )
    .bind(s.user_id)
    .bind(&s.item_id)
    .bind(&s.question_id)
    .execute(&mut *tx)
    .await
    .map_err(db_error)?;
    let time = now();
    let row: Option<Row> = sqlx::query_as(&format!(
        "UPDATE question_states
         SET attempts = attempts + 1, last_answer = ?, last_correct = ?,
             solved_at = CASE WHEN ? THEN ? ELSE solved_at END,
             review = CASE WHEN ? THEN 'pending' ELSE review END, review_comment = NULL
         WHERE user_id = ? AND item_id = ? AND question_id = ? AND solved_at IS NULL
           AND (? IS NULL OR attempts < ?)
         RETURNING {COLUMNS}"
    ))
    .bind(&s.answer)
    .bind(s.correct)
    .bind(s.correct == Some(true))
    .bind(time)
    .bind(s.correct.is_none())
    .bind(s.user_id)
    .bind(&s.item_id)
    .bind(&s.question_id)
    .bind(s.max_attempts)
    .bind(s.max_attempts)
    .fetch_optional(&mut *tx)
    .await
    .map_err(db_error)?;
    let Some(row) = row else {
        let solved: bool = sqlx::query_scalar(
            "SELECT solved_at IS NOT NULL FROM question_states WHERE user_id = ? AND item_id = ? AND question_id = ?",
        )
        .bind(s.user_id)
        .bind(&s.item_id)
        .bind(&s.question_id)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_error)?;
        return Ok(if solved { Recorded::AlreadySolved } else { Recorded::NoAttemptsLeft });
    };
    let verdict = match s.correct {
        Some(true) => "correct",
        Some(false) => "wrong",
        None => "review",
    };
    sqlx::query(
        "INSERT INTO submissions (user_id, item_id, question_id, answer, verdict, submitted_at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(s.user_id)
    .bind(&s.item_id)
    .bind(&s.question_id)
    .bind(&s.answer)
    .bind(verdict)
    .bind(time)
    .execute(&mut *tx)
    .await
    .map_err(db_error)?;
    super::users::touch(&mut *tx, s.user_id).await?;
    Ok(Recorded::Counted(state_of(row)))
}

/// Reveals the next hint of an open question, up to `available`; returns the new state.
pub async fn reveal_hint(
    db: &SqlitePool,
    user_id: i64,
    item_id: &str,
    question_id: &str,
    available: u32,
) -> Result<Option<StateRow>, AppError> {
    let mut tx = db.begin().await.map_err(db_error)?;
    sqlx::query(
        "INSERT INTO question_states (user_id, item_id, question_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
    )
    .bind(user_id)
    .bind(item_id)
    .bind(question_id)
    .execute(&mut *tx)
    .await
    .map_err(db_error)?;
    let row: Option<Row> = sqlx::query_as(&format!(
        "UPDATE question_states SET hints = hints + 1
         WHERE user_id = ? AND item_id = ? AND question_id = ? AND solved_at IS NULL AND hints < ?
         RETURNING {COLUMNS}"
    ))
    .bind(user_id)
    .bind(item_id)
    .bind(question_id)
    .bind(available)
    .fetch_optional(&mut *tx)
    .await
    .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    Ok(row.map(state_of))
}

/// Every submission of a learner, newest first: (item, question, answer, verdict, time).
pub async fn all_submissions(
    db: &SqlitePool,
    user_id: i64,
) -> Result<Vec<(String, String, String, String, i64)>, AppError> {
    sqlx::query_as(
        "SELECT item_id, question_id, answer, verdict, submitted_at FROM submissions
         WHERE user_id = ? ORDER BY id DESC LIMIT 500",
    )
    .bind(user_id)
    .fetch_all(db)
    .await
    .map_err(db_error)
}

/// Every question state of a learner: (item, question, state).
pub async fn all_states(db: &SqlitePool, user_id: i64) -> Result<Vec<(String, String, StateRow)>, AppError> {
    #[derive(sqlx::FromRow)]
    struct ItemRow {
        item_id: String,
        question_id: String,
        #[sqlx(flatten)]
        row: Row,
    }
    let rows: Vec<ItemRow> = sqlx::query_as(&format!(
        "SELECT item_id, question_id, {COLUMNS} FROM question_states WHERE user_id = ?"
    ))
    .bind(user_id)
    .fetch_all(db)
    .await
    .map_err(db_error)?;
    Ok(rows.into_iter().map(|r| (r.item_id, r.question_id, state_of(r.row))).collect())
}
