//! Rate limits shared by several nodes on PostgreSQL (see `crate::limits`): hits are rows of
//! `limit_hits`, checked and counted by the function `limit_take` in one step.

use sqlx::PgPool;

use crate::Result;

/// Counts a hit on `key` if fewer than `most` are within `window_ms`: its id, or else the
/// milliseconds until one leaves the window.
pub async fn take(
    pool: &PgPool,
    key: &str,
    now_ms: i64,
    window_ms: i64,
    most: i64,
) -> Result<Result<i64, i64>> {
    let (hit, wait): (Option<i64>, i64) =
        sqlx::query_as("SELECT hit, wait_ms FROM limit_take($1, $2, $3, $4)")
            .bind(key)
            .bind(now_ms)
            .bind(window_ms)
            .bind(most)
            .fetch_one(pool)
            .await?;
    Ok(hit.ok_or(wait))
}

/// The hits of `key` within `window_ms`, and the newest one's time.
pub async fn count(pool: &PgPool, key: &str, now_ms: i64, window_ms: i64) -> Result<(i64, Option<i64>)> {
    let sql = "SELECT count(*), max(at) FROM limit_hits WHERE key = $1 AND at > $2";
    Ok(sqlx::query_as(sql).bind(key).bind(now_ms - window_ms).fetch_one(pool).await?)
}

/// Counts a hit without a limit (a failure the backoff remembers).
pub async fn add(pool: &PgPool, key: &str, now_ms: i64) -> Result<()> {
    sqlx::query("INSERT INTO limit_hits (key, at) VALUES ($1, $2)")
        .bind(key)
        .bind(now_ms)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn refund(pool: &PgPool, hit: i64) -> Result<()> {
    sqlx::query("DELETE FROM limit_hits WHERE id = $1").bind(hit).execute(pool).await?;
    Ok(())
}

pub async fn clear(pool: &PgPool, key: &str) -> Result<()> {
    sqlx::query("DELETE FROM limit_hits WHERE key = $1").bind(key).execute(pool).await?;
    Ok(())
}

/// Drops hits older than any window (keys nobody used again).
pub async fn purge(pool: &PgPool, before_ms: i64) -> Result<u64> {
    let done = sqlx::query("DELETE FROM limit_hits WHERE at < $1").bind(before_ms).execute(pool).await?;
    Ok(done.rows_affected())
}
