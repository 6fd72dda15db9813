//! Periodic work claimed by one node at a time.

use super::{Db, on_db};
use crate::Result;

/// Claims the job `name` if it last ran `every` seconds ago or more (or never); in one
/// statement, so that of several nodes asking at once exactly one is told to run it.
pub async fn claim(db: &Db, name: &str, now: i64, every: i64) -> Result<bool> {
    let sql = "INSERT INTO job_runs (name, ran_at) VALUES ($1, $2)
               ON CONFLICT (name) DO UPDATE SET ran_at = excluded.ran_at WHERE job_runs.ran_at <= $3
               RETURNING name";
    let claimed: Option<String> = on_db!(db, pool => sqlx::query_scalar(sql)
        .bind(name).bind(now).bind(now - every).fetch_optional(pool).await?);
    Ok(claimed.is_some())
}
