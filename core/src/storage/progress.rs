//! Finished lessons and labs, by the stable ids of the content.

use std::collections::HashMap;

use super::{Db, Tx, now, on_db, on_tx, users};
use crate::Result;

/// The items a learner has finished, with when (Unix seconds).
pub async fn completed(db: &Db, user_id: i64) -> Result<HashMap<String, i64>> {
    let sql = "SELECT item_id, completed_at FROM progress WHERE user_id = $1";
    let rows: Vec<(String, i64)> =
        on_db!(db, pool => sqlx::query_as(sql).bind(user_id).fetch_all(pool).await?);
    Ok(rows.into_iter().collect())
}

/// Records a completion, with a lab's score (0 to 1). Completing again keeps the first time
/// and the latest score.
pub async fn complete(tx: &mut Tx, user_id: i64, item_id: &str, score: Option<f64>) -> Result<()> {
    let sql = "INSERT INTO progress (user_id, item_id, completed_at, score) VALUES ($1, $2, $3, $4)
               ON CONFLICT (user_id, item_id) DO UPDATE SET score = excluded.score";
    on_tx!(tx, conn => sqlx::query(sql).bind(user_id).bind(item_id).bind(now()).bind(score).execute(conn).await?.rows_affected());
    users::touch(tx, user_id).await
}

/// A learner's completions with their time and lab score, by item id.
pub async fn completed_with_scores(db: &Db, user_id: i64) -> Result<HashMap<String, (i64, Option<f64>)>> {
    let sql = "SELECT item_id, completed_at, score FROM progress WHERE user_id = $1";
    let rows: Vec<(String, i64, Option<f64>)> =
        on_db!(db, pool => sqlx::query_as(sql).bind(user_id).fetch_all(pool).await?);
    Ok(rows.into_iter().map(|(item, at, score)| (item, (at, score))).collect())
}
