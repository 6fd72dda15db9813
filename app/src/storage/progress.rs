use std::collections::HashMap;

use sqlx::SqlitePool;

use super::{db_error, now};
use crate::api::AppError;

/// The items a learner has finished, with when (Unix seconds).
pub async fn completed(db: &SqlitePool, user_id: i64) -> Result<HashMap<String, i64>, AppError> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT item_id, completed_at FROM progress WHERE user_id = ?")
            .bind(user_id)
            .fetch_all(db)
            .await
            .map_err(db_error)?;
    Ok(rows.into_iter().collect())
}

/// Records a completion, with a lab's score (0 to 1). Completing again keeps the first time
/// and the latest score.
pub async fn complete(
    db: &SqlitePool,
    user_id: i64,
    item_id: &str,
    score: Option<f64>,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO progress (user_id, item_id, completed_at, score) VALUES (?, ?, ?, ?)
         ON CONFLICT DO UPDATE SET score = excluded.score",
    )
    .bind(user_id)
    .bind(item_id)
    .bind(now())
    .bind(score)
    .execute(db)
    .await
    .map_err(db_error)?;
    super::users::touch(db, user_id).await
}

/// A learner's completions with their time and lab score, by item id.
pub async fn completed_with_scores(
    db: &SqlitePool,
    user_id: i64,
) -> Result<HashMap<String, (i64, Option<f64>)>, AppError> {
    let rows: Vec<(String, i64, Option<f64>)> =
        sqlx::query_as("SELECT item_id, completed_at, score FROM progress WHERE user_id = ?")
            .bind(user_id)
            .fetch_all(db)
            .await
            .map_err(db_error)?;
    Ok(rows.into_iter().map(|(item, at, score)| (item, (at, score))).collect())
}
