use sqlx::SqlitePool;

use super::{db_error, now};
use crate::api::{AppError, Role, Viewer};

/// An answer waiting for review, as stored.
#[derive(sqlx::FromRow)]
pub struct Pending {
    pub user_id: i64,
    pub trainee: String,
    pub item_id: String,
    pub question_id: String,
    pub answer: String,
    /// When it was sent (Unix seconds).
    pub submitted_at: i64,
}

/// Answers waiting for review that this person may review: all for an admin, their cohorts'
/// trainees' for an instructor. Oldest first.
pub async fn pending_for(db: &SqlitePool, viewer: &Viewer) -> Result<Vec<Pending>, AppError> {
    sqlx::query_as(
        "SELECT s.user_id, u.display_name AS trainee, s.item_id, s.question_id, s.last_answer AS answer,
                (SELECT MAX(submitted_at) FROM submissions x
                 WHERE x.user_id = s.user_id AND x.item_id = s.item_id AND x.question_id = s.question_id)
                    AS submitted_at
         FROM question_states s JOIN users u ON u.id = s.user_id
         WHERE s.review = 'pending'
           AND (? OR EXISTS (SELECT 1 FROM cohort_members i JOIN cohort_members t ON t.cohort_id = i.cohort_id
                             WHERE i.user_id = ? AND i.role = 'instructor' AND t.user_id = s.user_id AND t.role = 'trainee'))
         ORDER BY submitted_at",
    )
    .bind(viewer.role == Role::Admin)
    .bind(viewer.id)
    .fetch_all(db)
    .await
    .map_err(db_error)
}

/// Accepts or returns a pending answer; `false` if it was not pending.
pub async fn decide(
    db: &SqlitePool,
    reviewer: i64,
    user_id: i64,
    item_id: &str,
    question_id: &str,
    accept: bool,
    comment: &str,
) -> Result<bool, AppError> {
    let time = now();
    let done = sqlx::query(
        "UPDATE question_states
         SET review = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?, last_correct = ?,
             solved_at = CASE WHEN ? THEN ? ELSE solved_at END
         WHERE user_id = ? AND item_id = ? AND question_id = ? AND review = 'pending'",
    )
    .bind(if accept { "accepted" } else { "returned" })
    .bind(Some(comment.trim()).filter(|c| !c.is_empty()))
    .bind(reviewer)
    .bind(time)
    .bind(accept)
    .bind(accept)
    .bind(time)
    .bind(user_id)
    .bind(item_id)
    .bind(question_id)
    .execute(db)
    .await
    .map_err(db_error)?;
    Ok(done.rows_affected() == 1)
}
