//! The install secret, kept in the database so that every node has the same.

use super::{Db, on_db};
use crate::Result;

/// The install secret, or none before the first start.
pub async fn secret(db: &Db) -> Result<Option<Vec<u8>>> {
    let sql = "SELECT secret FROM install WHERE id = 1";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).fetch_optional(pool).await?))
}

/// Stores `secret` unless another node stored one first; returns the one that is kept.
pub async fn keep_secret(db: &Db, secret: &[u8; 32]) -> Result<Vec<u8>> {
    let sql = "INSERT INTO install (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING";
    on_db!(db, pool => sqlx::query(sql).bind(secret.as_slice()).execute(pool).await?.rows_affected());
    self::secret(db).await?.ok_or_else(|| crate::Error::Internal("the install secret was not stored".into()))
}
