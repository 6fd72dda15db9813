//! Free-text answers waiting for an instructor, and their decisions.

use kujenga_types::answers::ReviewState;
use kujenga_types::reviews::Decision;
use kujenga_types::{Role, Viewer};

use super::{Db, now, on_db};
use crate::Result;

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
pub async fn pending_for(db: &Db, viewer: &Viewer) -> Result<Vec<Pending>> {
    let sql = "SELECT s.user_id, u.display_name AS trainee, s.item_id, s.question_id, s.last_answer AS answer,
                      (SELECT MAX(submitted_at) FROM submissions x
                       WHERE x.user_id = s.user_id AND x.item_id = s.item_id AND x.question_id = s.question_id)
                          AS submitted_at
               FROM question_states s JOIN users u ON u.id = s.user_id
               WHERE s.review = 'pending'
                 AND ($1 OR EXISTS (SELECT 1 FROM cohort_members i JOIN cohort_members t ON t.cohort_id = i.cohort_id
                                    WHERE i.user_id = $2 AND i.role = 'instructor'
                                      AND t.user_id = s.user_id AND t.role = 'trainee' AND t.withdrawn_at IS NULL))
               ORDER BY submitted_at";
    Ok(on_db!(db, pool => sqlx::query_as(sql)
        .bind(viewer.role == Role::Admin)
        .bind(viewer.id)
        .fetch_all(pool)
        .await?))
}

/// What an instructor decided about one trainee's answer.
pub struct Review<'a> {
    pub reviewer: i64,
    pub trainee: i64,
    pub item_id: &'a str,
    pub question_id: &'a str,
    pub decision: Decision,
    pub comment: &'a str,
}

/// Accepts or returns a pending answer; `false` if it was not pending.
pub async fn decide(db: &Db, review: &Review<'_>) -> Result<bool> {
    let time = now();
    let accept = review.decision == Decision::Accept;
    let state = if accept { ReviewState::Accepted } else { ReviewState::Returned };
    let sql = "UPDATE question_states
               SET review = $1, review_comment = $2, reviewed_by = $3, reviewed_at = $4, last_correct = $5,
                   solved_at = CASE WHEN $5 THEN $4 ELSE solved_at END
               WHERE user_id = $6 AND item_id = $7 AND question_id = $8 AND review = 'pending'";
    let done = on_db!(db, pool => sqlx::query(sql)
        .bind(state.as_str())
        .bind(Some(review.comment.trim()).filter(|c| !c.is_empty()))
        .bind(review.reviewer)
        .bind(time)
        .bind(accept)
        .bind(review.trainee)
        .bind(review.item_id)
        .bind(review.question_id)
        .execute(pool).await?.rows_affected());
    Ok(done == 1)
}
