//! Timed exams: each cohort's window, and each trainee's one attempt with its fixed deadline.

use super::{Db, on_db};
use crate::Result;

/// Opens an exam to a cohort from `opens_at` until `closes_at` (Unix seconds), replacing the
/// window it had.
pub async fn set_window(db: &Db, cohort_id: i64, item_id: &str, opens_at: i64, closes_at: i64) -> Result<()> {
    let sql = "INSERT INTO exam_windows (cohort_id, item_id, opens_at, closes_at) VALUES ($1, $2, $3, $4)
               ON CONFLICT (cohort_id, item_id) DO UPDATE SET opens_at = excluded.opens_at, closes_at = excluded.closes_at";
    on_db!(db, pool => sqlx::query(sql).bind(cohort_id).bind(item_id).bind(opens_at).bind(closes_at).execute(pool).await?.rows_affected());
    Ok(())
}

/// A cohort's exam windows: (exam id, opens, closes).
pub async fn windows(db: &Db, cohort_id: i64) -> Result<Vec<(String, i64, i64)>> {
    let sql = "SELECT item_id, opens_at, closes_at FROM exam_windows WHERE cohort_id = $1 ORDER BY opens_at";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(cohort_id).fetch_all(pool).await?))
}

/// The windows of one exam in the cohorts a trainee follows: (opens, closes).
pub async fn windows_for(db: &Db, user_id: i64, item_id: &str) -> Result<Vec<(i64, i64)>> {
    let sql = "SELECT w.opens_at, w.closes_at FROM exam_windows w
               JOIN cohort_members m ON m.cohort_id = w.cohort_id
               WHERE m.user_id = $1 AND m.role = 'trainee' AND m.withdrawn_at IS NULL AND w.item_id = $2
               ORDER BY w.opens_at";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(user_id).bind(item_id).fetch_all(pool).await?))
}

/// A trainee's attempt at an exam.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct Attempt {
    pub started_at: i64,
    pub deadline: i64,
    /// When the window closed or closes: explanations wait for it.
    pub closes_at: i64,
}

pub async fn attempt(db: &Db, user_id: i64, item_id: &str) -> Result<Option<Attempt>> {
    let sql = "SELECT started_at, deadline, closes_at FROM exam_attempts WHERE user_id = $1 AND item_id = $2";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(user_id).bind(item_id).fetch_optional(pool).await?))
}

/// Starts the one attempt of a trainee, unless one was started already (any number of
/// requests at once start one); returns the attempt that stands.
pub async fn start(db: &Db, user_id: i64, item_id: &str, attempt: Attempt) -> Result<Attempt> {
    let sql = "INSERT INTO exam_attempts (user_id, item_id, started_at, deadline, closes_at) VALUES ($1, $2, $3, $4, $5)
               ON CONFLICT (user_id, item_id) DO NOTHING";
    on_db!(db, pool => sqlx::query(sql)
        .bind(user_id)
        .bind(item_id)
        .bind(attempt.started_at)
        .bind(attempt.deadline)
        .bind(attempt.closes_at)
        .execute(pool)
        .await?
        .rows_affected());
    self::attempt(db, user_id, item_id)
        .await?
        .ok_or_else(|| crate::Error::Internal("the exam attempt was not stored".into()))
}
