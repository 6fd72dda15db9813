//! Credentials as issued and revoked, and the issuer's signing key.

use super::{Db, on_db};
use crate::Result;

/// The issuer's private key (PKCS#8 PEM), or none before the first start.
pub async fn issuer_key(db: &Db) -> Result<Option<String>> {
    let sql = "SELECT private_pem FROM issuer_key WHERE id = 1";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).fetch_optional(pool).await?))
}

/// Stores `pem` unless another node stored a key first; returns the one that is kept.
pub async fn keep_issuer_key(db: &Db, pem: &str) -> Result<String> {
    let sql =
        "INSERT INTO issuer_key (id, private_pem, created_at) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING";
    on_db!(db, pool => sqlx::query(sql).bind(pem).bind(super::now()).execute(pool).await?.rows_affected());
    issuer_key(db).await?.ok_or_else(|| crate::Error::Internal("the issuer key was not stored".into()))
}

/// A credential as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Stored {
    pub id: String,
    pub user_id: i64,
    pub track_id: String,
    pub program_id: Option<i64>,
    pub cohort_id: Option<i64>,
    pub issued_at: i64,
    /// Who issued it by hand; none when it was earned.
    pub issued_by: Option<i64>,
    pub issue_reason: String,
    pub revoked_at: Option<i64>,
    pub revoked_by: Option<i64>,
    pub revoke_reason: String,
    /// The credential as signed and handed out (VC-JWT).
    pub jwt: String,
}

const COLUMNS: &str = "id, user_id, track_id, program_id, cohort_id, issued_at, issued_by, issue_reason,
                       revoked_at, revoked_by, revoke_reason, jwt";

/// Stores a new credential unless the person has one for the track already (any number of
/// requests at once store one); `false` when they had.
pub async fn insert(db: &Db, c: &Stored) -> Result<bool> {
    let sql = format!(
        "INSERT INTO credentials ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (user_id, track_id) DO NOTHING"
    );
    let stored = on_db!(db, pool => sqlx::query(&sql)
        .bind(&c.id)
        .bind(c.user_id)
        .bind(&c.track_id)
        .bind(c.program_id)
        .bind(c.cohort_id)
        .bind(c.issued_at)
        .bind(c.issued_by)
        .bind(&c.issue_reason)
        .bind(c.revoked_at)
        .bind(c.revoked_by)
        .bind(&c.revoke_reason)
        .bind(&c.jwt)
        .execute(pool).await?.rows_affected());
    Ok(stored == 1)
}

pub async fn by_id(db: &Db, id: &str) -> Result<Option<Stored>> {
    let sql = format!("SELECT {COLUMNS} FROM credentials WHERE id = $1");
    Ok(on_db!(db, pool => sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?))
}

/// A person's credentials, in the order they were issued.
pub async fn of_user(db: &Db, user_id: i64) -> Result<Vec<Stored>> {
    let sql = format!("SELECT {COLUMNS} FROM credentials WHERE user_id = $1 ORDER BY issued_at, id");
    Ok(on_db!(db, pool => sqlx::query_as(&sql).bind(user_id).fetch_all(pool).await?))
}

/// Revokes a credential not revoked yet; `false` when it was.
pub async fn revoke(db: &Db, id: &str, by: i64, reason: &str) -> Result<bool> {
    let sql = "UPDATE credentials SET revoked_at = $1, revoked_by = $2, revoke_reason = $3
               WHERE id = $4 AND revoked_at IS NULL";
    let done = on_db!(db, pool => sqlx::query(sql)
        .bind(super::now())
        .bind(by)
        .bind(reason)
        .bind(id)
        .execute(pool).await?.rows_affected());
    Ok(done == 1)
}

/// Every revoked credential: id, when (Unix seconds) and why.
pub async fn revoked(db: &Db) -> Result<Vec<(String, i64, String)>> {
    let sql =
        "SELECT id, revoked_at, revoke_reason FROM credentials WHERE revoked_at IS NOT NULL ORDER BY id";
    Ok(on_db!(db, pool => sqlx::query_as(sql).fetch_all(pool).await?))
}

/// Valid (unrevoked) credentials per learner of a programme's cohorts.
pub async fn held_in_program(db: &Db, program: i64) -> Result<Vec<(i64, i64)>> {
    let sql = "SELECT user_id, COUNT(*) FROM credentials
               WHERE program_id = $1 AND revoked_at IS NULL GROUP BY user_id";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(program).fetch_all(pool).await?))
}

/// Whether any of the person's answers to the items `items` is waiting for review or was
/// returned.
pub async fn reviews_unsettled(db: &Db, user_id: i64, items: &[&str]) -> Result<bool> {
    if items.is_empty() {
        return Ok(false);
    }
    let places: Vec<String> = (0..items.len()).map(|i| format!("${}", i + 2)).collect();
    let sql = format!(
        "SELECT COUNT(*) FROM question_states
         WHERE user_id = $1 AND review IN ('pending', 'returned') AND item_id IN ({})",
        places.join(", ")
    );
    let count: i64 = on_db!(db, pool => {
        let mut query = sqlx::query_scalar(&sql).bind(user_id);
        for item in items {
            query = query.bind(*item);
        }
        query.fetch_one(pool).await?
    });
    Ok(count > 0)
}
