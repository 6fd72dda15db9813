//! Answers: learners' lab seeds, where each learner stands on each question, and every
//! submission.

use std::collections::HashMap;

use kujenga_types::answers::{ReviewState, Verdict};

use super::{Db, Tx, known, now, on_db, on_tx, users};
use crate::Result;

/// Where a learner stands on one question.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StateRow {
    pub attempts: u32,
    pub hints: u32,
    pub last_answer: Option<String>,
    /// `None`: not answered yet, or waiting for review.
    pub last_correct: Option<bool>,
    pub solved: bool,
    /// For answers an instructor reviews.
    pub review: Option<ReviewState>,
    pub review_comment: Option<String>,
}

/// A question's state as stored.
#[derive(sqlx::FromRow)]
struct Row {
    attempts: i64,
    hints: i64,
    last_answer: Option<String>,
    last_correct: Option<bool>,
    solved_at: Option<i64>,
    review: Option<String>,
    review_comment: Option<String>,
}

/// The columns of [`Row`], for SELECT and RETURNING.
const COLUMNS: &str = "attempts, hints, last_answer, last_correct, solved_at, review, review_comment";

impl TryFrom<Row> for StateRow {
    type Error = crate::Error;

    fn try_from(r: Row) -> Result<StateRow> {
        Ok(StateRow {
            attempts: u32::try_from(r.attempts).unwrap_or(u32::MAX),
            hints: u32::try_from(r.hints).unwrap_or(u32::MAX),
            last_answer: r.last_answer,
            last_correct: r.last_correct,
            solved: r.solved_at.is_some(),
            review: r.review.map(|s| known("review state", &s, ReviewState::parse)).transpose()?,
            review_comment: r.review_comment,
        })
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
    db: &Db,
    user_id: i64,
    item_id: &str,
    derive: impl FnOnce() -> [u8; 32],
) -> Result<[u8; 32]> {
    let select = "SELECT seed FROM lab_seeds WHERE user_id = $1 AND item_id = $2";
    let stored: Option<Vec<u8>> = on_db!(db, pool => sqlx::query_scalar(select).bind(user_id).bind(item_id).fetch_optional(pool).await?);
    if let Some(seed) = stored.and_then(|s| <[u8; 32]>::try_from(s).ok()) {
        return Ok(seed);
    }
    let seed = derive();
    let insert = "INSERT INTO lab_seeds (user_id, item_id, seed, created_at) VALUES ($1, $2, $3, $4)
                  ON CONFLICT DO NOTHING";
    on_db!(db, pool => sqlx::query(insert).bind(user_id).bind(item_id).bind(&seed[..]).bind(now()).execute(pool).await?.rows_affected());
    Ok(seed)
}

/// The learner's state on every question of an item, by question id.
pub async fn states(db: &Db, user_id: i64, item_id: &str) -> Result<HashMap<String, StateRow>> {
    #[derive(sqlx::FromRow)]
    struct QuestionRow {
        question_id: String,
        #[sqlx(flatten)]
        row: Row,
    }
    let sql =
        format!("SELECT question_id, {COLUMNS} FROM question_states WHERE user_id = $1 AND item_id = $2");
    let rows: Vec<QuestionRow> =
        on_db!(db, pool => sqlx::query_as(&sql).bind(user_id).bind(item_id).fetch_all(pool).await?);
    rows.into_iter().map(|r| Ok((r.question_id, r.row.try_into()?))).collect()
}

/// Every question state of a learner: (item, question, state).
pub async fn all_states(db: &Db, user_id: i64) -> Result<Vec<(String, String, StateRow)>> {
    #[derive(sqlx::FromRow)]
    struct ItemRow {
        item_id: String,
        question_id: String,
        #[sqlx(flatten)]
        row: Row,
    }
    let sql = format!("SELECT item_id, question_id, {COLUMNS} FROM question_states WHERE user_id = $1");
    let rows: Vec<ItemRow> = on_db!(db, pool => sqlx::query_as(&sql).bind(user_id).fetch_all(pool).await?);
    rows.into_iter().map(|r| Ok((r.item_id, r.question_id, r.row.try_into()?))).collect()
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

async fn ensure_state(tx: &mut Tx, user_id: i64, item_id: &str, question_id: &str) -> Result<()> {
    let sql = "INSERT INTO question_states (user_id, item_id, question_id) VALUES ($1, $2, $3)
               ON CONFLICT DO NOTHING";
    on_tx!(tx, conn => sqlx::query(sql).bind(user_id).bind(item_id).bind(question_id).execute(conn).await?.rows_affected());
    Ok(())
}

/// Counts one attempt and stores the submission, inside the caller's transaction. The attempt
/// is refused when the question is solved or its limit is reached, even under parallel
/// submissions: the limit is checked by the same statement that counts the attempt (a first
/// answer creates the question's state, every later one updates it).
pub async fn record(tx: &mut Tx, s: &Submission) -> Result<Recorded> {
    let time = now();
    let limit = s.max_attempts.map(i64::from);
    let update = format!(
        "INSERT INTO question_states AS q
             (user_id, item_id, question_id, attempts, last_answer, last_correct, solved_at, review)
         VALUES ($6, $7, $8, 1, $1, $2, CASE WHEN $3 THEN $4 END, CASE WHEN $5 THEN 'pending' END)
         ON CONFLICT (user_id, item_id, question_id) DO UPDATE
         SET attempts = q.attempts + 1, last_answer = excluded.last_answer, last_correct = excluded.last_correct,
             solved_at = CASE WHEN $3 THEN $4 ELSE q.solved_at END,
             review = CASE WHEN $5 THEN 'pending' ELSE q.review END, review_comment = NULL
         WHERE q.solved_at IS NULL AND ($9 IS NULL OR q.attempts < $9)
         RETURNING {COLUMNS}"
    );
    let row: Option<Row> = on_tx!(tx, conn => sqlx::query_as(&update)
        .bind(&s.answer)
        .bind(s.correct)
        .bind(s.correct == Some(true))
        .bind(time)
        .bind(s.correct.is_none())
        .bind(s.user_id)
        .bind(&s.item_id)
        .bind(&s.question_id)
        .bind(limit)
        .fetch_optional(conn)
        .await?);
    let Some(row) = row else {
        let solved = "SELECT solved_at IS NOT NULL FROM question_states
                      WHERE user_id = $1 AND item_id = $2 AND question_id = $3";
        let solved: bool = on_tx!(tx, conn => sqlx::query_scalar(solved)
            .bind(s.user_id)
            .bind(&s.item_id)
            .bind(&s.question_id)
            .fetch_one(conn)
            .await?);
        return Ok(if solved { Recorded::AlreadySolved } else { Recorded::NoAttemptsLeft });
    };
    let verdict = match s.correct {
        Some(true) => Verdict::Correct,
        Some(false) => Verdict::Wrong,
        None => Verdict::Review,
    };
    let insert = "INSERT INTO submissions (user_id, item_id, question_id, answer, verdict, submitted_at)
                  VALUES ($1, $2, $3, $4, $5, $6)";
    on_tx!(tx, conn => sqlx::query(insert)
        .bind(s.user_id)
        .bind(&s.item_id)
        .bind(&s.question_id)
        .bind(&s.answer)
        .bind(verdict.as_str())
        .bind(time)
        .execute(conn).await?.rows_affected());
    users::touch(tx, s.user_id).await?;
    Ok(Recorded::Counted(row.try_into()?))
}

/// Reveals the next hint of an open question, up to `available`; returns the new state, or
/// `None` when no hint is left or the question is closed (solved, out of attempts, or waiting
/// for review). The same UPDATE checks and counts, so parallel requests cannot pass it.
pub async fn reveal_hint(
    db: &Db,
    user_id: i64,
    item_id: &str,
    question_id: &str,
    available: u32,
    max_attempts: Option<u32>,
) -> Result<Option<StateRow>> {
    let mut tx = db.begin().await?;
    ensure_state(&mut tx, user_id, item_id, question_id).await?;
    let update = format!(
        "UPDATE question_states SET hints = hints + 1
         WHERE user_id = $1 AND item_id = $2 AND question_id = $3 AND solved_at IS NULL AND hints < $4
           AND (review IS NULL OR review <> 'pending') AND ($5 IS NULL OR attempts < $5)
         RETURNING {COLUMNS}"
    );
    let row: Option<Row> = on_tx!(&mut tx, conn => sqlx::query_as(&update)
        .bind(user_id)
        .bind(item_id)
        .bind(question_id)
        .bind(i64::from(available))
        .bind(max_attempts.map(i64::from))
        .fetch_optional(conn)
        .await?);
    tx.commit().await?;
    row.map(StateRow::try_from).transpose()
}

/// A submission as instructors and the learner see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmissionRow {
    pub item_id: String,
    pub question_id: String,
    pub answer: String,
    pub verdict: Verdict,
    /// Unix seconds.
    pub submitted_at: i64,
}

/// A learner's latest 500 submissions, newest first.
pub async fn submissions(db: &Db, user_id: i64) -> Result<Vec<SubmissionRow>> {
    let sql = "SELECT item_id, question_id, answer, verdict, submitted_at FROM submissions
               WHERE user_id = $1 ORDER BY id DESC LIMIT 500";
    let rows: Vec<(String, String, String, String, i64)> =
        on_db!(db, pool => sqlx::query_as(sql).bind(user_id).fetch_all(pool).await?);
    rows.into_iter()
        .map(|(item_id, question_id, answer, verdict, submitted_at)| {
            let verdict = known("verdict", &verdict, Verdict::parse)?;
            Ok(SubmissionRow { item_id, question_id, answer, verdict, submitted_at })
        })
        .collect()
}

/// Deletes the submissions sent before `before` (Unix seconds); how many. Where each learner
/// stands on each question stays.
pub async fn purge_submissions(db: &Db, before: i64) -> Result<u64> {
    let sql = "DELETE FROM submissions WHERE submitted_at < $1";
    Ok(on_db!(db, pool => sqlx::query(sql).bind(before).execute(pool).await?.rows_affected()))
}
