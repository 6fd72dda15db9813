//! Bulk writes for synthetic data (`kujenga seed`): many rows per statement, in one transaction.

use kujenga_types::Profile;
use sqlx::QueryBuilder;

use super::{Tx, now, on_tx};
use crate::Result;

/// Rows per INSERT statement (SQLite allows 32766 bound values per statement).
const BATCH: usize = 1000;

/// Creates trainees that share one password hash; returns their ids in order.
pub async fn trainees(
    tx: &mut Tx,
    people: &[(String, String, Profile)],
    password_hash: &str,
) -> Result<Vec<i64>> {
    let mut ids = Vec::with_capacity(people.len());
    for chunk in people.chunks(BATCH) {
        let mut batch: Vec<i64> = on_tx!(tx, conn => {
            let mut q = QueryBuilder::new(
                "INSERT INTO users (username, display_name, email, role, password_hash, created_at, organisation, country, job, gender) ",
            );
            q.push_values(chunk, |mut row, (username, name, p)| {
                row.push_bind(username)
                    .push_bind(name)
                    .push_bind(&p.email)
                    .push_bind("trainee")
                    .push_bind(password_hash)
                    .push_bind(now())
                    .push_bind(&p.organisation)
                    .push_bind(&p.country)
                    .push_bind(&p.job)
                    .push_bind(&p.gender);
            });
            q.push(" RETURNING id");
            q.build_query_scalar().fetch_all(conn).await?
        });
        ids.append(&mut batch);
    }
    Ok(ids)
}

/// Enrols trainees in cohorts: (cohort, user).
pub async fn members(tx: &mut Tx, pairs: &[(i64, i64)]) -> Result<()> {
    for chunk in pairs.chunks(BATCH) {
        on_tx!(tx, conn => {
            let mut q = QueryBuilder::new("INSERT INTO cohort_members (cohort_id, user_id, role) ");
            q.push_values(chunk, |mut row, (cohort, user)| {
                row.push_bind(cohort).push_bind(user).push_bind("trainee");
            });
            q.build().execute(conn).await?.rows_affected()
        });
    }
    Ok(())
}

/// Completions: (user, item, completed at, lab score). Also marks each learner's last activity.
pub async fn progress(tx: &mut Tx, rows: &[(i64, String, i64, Option<f64>)]) -> Result<()> {
    for chunk in rows.chunks(BATCH) {
        on_tx!(tx, conn => {
            let mut q = QueryBuilder::new("INSERT INTO progress (user_id, item_id, completed_at, score) ");
            q.push_values(chunk, |mut row, (user, item, at, score)| {
                row.push_bind(user).push_bind(item).push_bind(at).push_bind(score);
            });
            q.build().execute(conn).await?.rows_affected()
        });
    }
    let sql = "UPDATE users SET last_active_at = (SELECT MAX(completed_at) FROM progress p WHERE p.user_id = users.id)
               WHERE role = 'trainee' AND last_active_at IS NULL";
    on_tx!(tx, conn => sqlx::query(sql).execute(conn).await?.rows_affected());
    Ok(())
}
