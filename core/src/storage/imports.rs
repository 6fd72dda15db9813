//! CSV files of trainees that an instructor has checked but not yet imported, one per cohort
//! and instructor. Only the file is kept: no password is ever stored with it.

use super::{Db, now, on_db};
use crate::Result;

/// Keeps `csv` as this person's draft import into the cohort, in place of any earlier one.
pub async fn keep(db: &Db, cohort_id: i64, user_id: i64, csv: &str) -> Result<()> {
    let sql = "INSERT INTO import_drafts (cohort_id, user_id, csv, created_at) VALUES ($1, $2, $3, $4)
               ON CONFLICT (cohort_id, user_id) DO UPDATE SET csv = excluded.csv, created_at = excluded.created_at";
    on_db!(db, pool => sqlx::query(sql).bind(cohort_id).bind(user_id).bind(csv).bind(now()).execute(pool).await?.rows_affected());
    Ok(())
}

pub async fn draft(db: &Db, cohort_id: i64, user_id: i64) -> Result<Option<String>> {
    let sql = "SELECT csv FROM import_drafts WHERE cohort_id = $1 AND user_id = $2";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(cohort_id).bind(user_id).fetch_optional(pool).await?))
}

pub async fn forget(db: &Db, cohort_id: i64, user_id: i64) -> Result<()> {
    let sql = "DELETE FROM import_drafts WHERE cohort_id = $1 AND user_id = $2";
    on_db!(db, pool => sqlx::query(sql).bind(cohort_id).bind(user_id).execute(pool).await?.rows_affected());
    Ok(())
}
