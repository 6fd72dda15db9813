//! Rate limits shared by several nodes on PostgreSQL (see `crate::limits`): each key's hits in
//! fixed windows, in `limit_counts`, counted and checked by one statement.

use sqlx::PgPool;

use crate::Result;

/// The start of the window of `window_ms` that holds `now_ms`.
fn window_of(now_ms: i64, window_ms: i64) -> i64 {
    now_ms - now_ms.rem_euclid(window_ms.max(1))
}

/// Counts a hit on `key` if fewer than `most` are in the current window: the window's start
/// (to give the hit back), or else the milliseconds until the window ends.
pub async fn take(
    pool: &PgPool,
    key: &str,
    now_ms: i64,
    window_ms: i64,
    most: i64,
) -> Result<Result<i64, i64>> {
    let start = window_of(now_ms, window_ms);
    let sql = "INSERT INTO limit_counts (key, window_start, hits, last_at) VALUES ($1, $2, 1, $3)
               ON CONFLICT (key, window_start)
               DO UPDATE SET hits = limit_counts.hits + 1, last_at = excluded.last_at
               WHERE limit_counts.hits < $4
               RETURNING window_start";
    let taken: Option<i64> =
        sqlx::query_scalar(sql).bind(key).bind(start).bind(now_ms).bind(most).fetch_optional(pool).await?;
    Ok(taken.ok_or(start + window_ms - now_ms))
}

/// The hits of `key` in the current window, and the newest one's time.
pub async fn count(pool: &PgPool, key: &str, now_ms: i64, window_ms: i64) -> Result<(i64, Option<i64>)> {
    let sql = "SELECT hits, last_at FROM limit_counts WHERE key = $1 AND window_start = $2";
    let found: Option<(i64, i64)> =
        sqlx::query_as(sql).bind(key).bind(window_of(now_ms, window_ms)).fetch_optional(pool).await?;
    Ok(found.map_or((0, None), |(hits, last)| (hits, Some(last))))
}

/// Counts a hit without a limit (a failure the backoff remembers).
pub async fn add(pool: &PgPool, key: &str, now_ms: i64, window_ms: i64) -> Result<()> {
    let sql = "INSERT INTO limit_counts (key, window_start, hits, last_at) VALUES ($1, $2, 1, $3)
               ON CONFLICT (key, window_start) DO UPDATE SET hits = limit_counts.hits + 1, last_at = excluded.last_at";
    sqlx::query(sql).bind(key).bind(window_of(now_ms, window_ms)).bind(now_ms).execute(pool).await?;
    Ok(())
}

/// Gives back a hit taken in the window starting at `window_start`.
pub async fn refund(pool: &PgPool, key: &str, window_start: i64) -> Result<()> {
    let sql = "UPDATE limit_counts SET hits = hits - 1 WHERE key = $1 AND window_start = $2 AND hits > 0";
    sqlx::query(sql).bind(key).bind(window_start).execute(pool).await?;
    Ok(())
}

pub async fn clear(pool: &PgPool, key: &str) -> Result<()> {
    sqlx::query("DELETE FROM limit_counts WHERE key = $1").bind(key).execute(pool).await?;
    Ok(())
}

/// Drops windows that started before `before_ms` (keys nobody used again).
pub async fn purge(pool: &PgPool, before_ms: i64) -> Result<u64> {
    let done =
        sqlx::query("DELETE FROM limit_counts WHERE window_start < $1").bind(before_ms).execute(pool).await?;
    Ok(done.rows_affected())
}
