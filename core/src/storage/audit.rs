//! The audit log: appended to, read with filters, and purged after the retention period. No
//! other statement touches it.

use super::{Db, now, on_db};
use crate::Result;

/// A row to append.
pub struct NewEntry<'a> {
    pub actor_id: Option<i64>,
    pub actor: &'a str,
    pub action: &'a str,
    pub object: &'a str,
    pub program_id: Option<i64>,
    pub detail: &'a str,
}

pub async fn append(db: &Db, entry: &NewEntry<'_>) -> Result<()> {
    let sql = "INSERT INTO audit_log (at, actor_id, actor, action, object, program_id, detail)
               VALUES ($1, $2, $3, $4, $5, $6, $7)";
    on_db!(db, pool => sqlx::query(sql)
        .bind(now())
        .bind(entry.actor_id)
        .bind(entry.actor)
        .bind(entry.action)
        .bind(entry.object)
        .bind(entry.program_id)
        .bind(entry.detail)
        .execute(pool).await?.rows_affected());
    Ok(())
}

/// A row as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Entry {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub object: String,
    pub program_id: Option<i64>,
    pub detail: String,
}

/// What a reading of the log is narrowed to; `None` or empty means any.
#[derive(Debug, Clone, Default)]
pub struct Filter<'a> {
    /// Text in the actor's name.
    pub actor: &'a str,
    pub action: &'a str,
    /// Unix seconds, from (inclusive) and to (exclusive).
    pub from: Option<i64>,
    pub to: Option<i64>,
    /// Only these programmes' rows (for a programme manager); `None`: every row.
    pub programs: Option<&'a [i64]>,
    pub limit: u32,
    pub offset: u32,
}

/// The rows matching `filter`, newest first, and how many match in all.
pub async fn read(db: &Db, filter: &Filter<'_>) -> Result<(Vec<Entry>, u32)> {
    // The programmes a manager may read, as a list the query can hold without building SQL.
    let programs = filter.programs.map(|p| p.iter().map(|id| format!(",{id},")).collect::<String>());
    let condition = "FROM audit_log
                     WHERE ($1 = '' OR lower(actor) LIKE $2) AND ($3 = '' OR action = $3)
                       AND ($4 IS NULL OR at >= $4) AND ($5 IS NULL OR at < $5)
                       AND ($6 IS NULL OR (program_id IS NOT NULL AND $6 LIKE '%,' || CAST(program_id AS TEXT) || ',%'))";
    let actor = filter.actor.trim().to_lowercase();
    let like = format!("%{actor}%");
    let select = format!(
        "SELECT id, at, actor, action, object, program_id, detail {condition} ORDER BY id DESC LIMIT $7 OFFSET $8"
    );
    let count = format!("SELECT COUNT(*) {condition}");
    let rows: Vec<Entry> = on_db!(db, pool => sqlx::query_as(&select)
        .bind(&actor).bind(&like).bind(filter.action).bind(filter.from).bind(filter.to).bind(&programs)
        .bind(i64::from(filter.limit)).bind(i64::from(filter.offset))
        .fetch_all(pool).await?);
    let total: i64 = on_db!(db, pool => sqlx::query_scalar(&count)
        .bind(&actor).bind(&like).bind(filter.action).bind(filter.from).bind(filter.to).bind(&programs)
        .fetch_one(pool).await?);
    Ok((rows, u32::try_from(total).unwrap_or(u32::MAX)))
}

/// Deletes the rows older than `before` (Unix seconds); how many.
pub async fn purge(db: &Db, before: i64) -> Result<u64> {
    let sql = "DELETE FROM audit_log WHERE at < $1";
    Ok(on_db!(db, pool => sqlx::query(sql).bind(before).execute(pool).await?.rows_affected()))
}
