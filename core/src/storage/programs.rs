//! Programmes and their managers, and what a programme's dashboard is computed from.

use kujenga_types::programs::ProgramRow;
use kujenga_types::{Msg, Role, Viewer};

use super::{Db, name_taken, now, on_db, or_taken};
use crate::Result;

pub async fn create(db: &Db, name: &str) -> Result<i64> {
    let name = name.trim();
    let sql = "INSERT INTO programs (name, created_at) VALUES ($1, $2) RETURNING id";
    on_db!(db, pool => sqlx::query_scalar(sql)
        .bind(name)
        .bind(now())
        .fetch_one(pool)
        .await
        .map_err(|e| or_taken(e, name_taken(Msg::InvalidProgrammeNameTaken, name))))
}

pub async fn add_manager(db: &Db, program_id: i64, user_id: i64) -> Result<()> {
    let sql = "INSERT INTO program_managers (program_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
    on_db!(db, pool => sqlx::query(sql).bind(program_id).bind(user_id).execute(pool).await?.rows_affected());
    Ok(())
}

/// Whether `user_id` managed the programme (and no longer does).
pub async fn remove_manager(db: &Db, program_id: i64, user_id: i64) -> Result<bool> {
    let sql = "DELETE FROM program_managers WHERE program_id = $1 AND user_id = $2";
    let done = on_db!(db, pool => sqlx::query(sql).bind(program_id).bind(user_id).execute(pool).await?.rows_affected());
    Ok(done > 0)
}

/// Whether the programme exists (and now has the name).
pub async fn rename(db: &Db, id: i64, name: &str) -> Result<bool> {
    let name = name.trim();
    let sql = "UPDATE programs SET name = $1 WHERE id = $2";
    let done = on_db!(db, pool => sqlx::query(sql)
        .bind(name)
        .bind(id)
        .execute(pool)
        .await
        .map_err(|e| or_taken(e, name_taken(Msg::InvalidProgrammeNameTaken, name)))?
        .rows_affected());
    Ok(done > 0)
}

pub async fn is_manager(db: &Db, program_id: i64, user_id: i64) -> Result<bool> {
    let sql = "SELECT EXISTS (SELECT 1 FROM program_managers WHERE program_id = $1 AND user_id = $2)";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(program_id).bind(user_id).fetch_one(pool).await?))
}

pub async fn name(db: &Db, id: i64) -> Result<Option<String>> {
    let sql = "SELECT name FROM programs WHERE id = $1";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(id).fetch_optional(pool).await?))
}

/// The programmes a person may see: all for an admin, their own for a manager, none otherwise.
pub async fn visible_to(db: &Db, viewer: &Viewer) -> Result<Vec<ProgramRow>> {
    let sql = "SELECT p.id, p.name,
                      (SELECT COUNT(*) FROM cohorts c WHERE c.program_id = p.id),
                      (SELECT COUNT(*) FROM cohorts c JOIN cohort_members m ON m.cohort_id = c.id
                       WHERE c.program_id = p.id AND m.role = 'trainee' AND m.withdrawn_at IS NULL),
                      (SELECT string_agg(u.display_name, ', ') FROM program_managers pm
                       JOIN users u ON u.id = pm.user_id WHERE pm.program_id = p.id)
               FROM programs p
               WHERE $1 OR EXISTS (SELECT 1 FROM program_managers pm WHERE pm.program_id = p.id AND pm.user_id = $2)
               ORDER BY p.name";
    let rows: Vec<(i64, String, i64, i64, Option<String>)> = on_db!(db, pool => sqlx::query_as(sql)
        .bind(viewer.role == Role::Admin)
        .bind(viewer.id)
        .fetch_all(pool)
        .await?);
    Ok(rows
        .into_iter()
        .map(|(id, name, cohorts, trainees, managers)| ProgramRow {
            id,
            name,
            cohorts,
            trainees,
            managers: managers.unwrap_or_default(),
        })
        .collect())
}

/// One learner of a programme, with what the dashboard groups by.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Learner {
    pub user_id: i64,
    pub cohort_id: i64,
    pub organisation: String,
    pub country: String,
    pub gender: String,
    pub last_active_at: Option<i64>,
}

/// The trainees of a programme (each once, in their first cohort of it).
pub async fn learners(db: &Db, program_id: i64) -> Result<Vec<Learner>> {
    let sql = "SELECT u.id AS user_id, MIN(c.id) AS cohort_id, u.organisation, u.country, u.gender, u.last_active_at
               FROM cohorts c
               JOIN cohort_members m ON m.cohort_id = c.id AND m.role = 'trainee' AND m.withdrawn_at IS NULL
               JOIN users u ON u.id = m.user_id
               WHERE c.program_id = $1
               GROUP BY u.id
               ORDER BY u.id";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(program_id).fetch_all(pool).await?))
}

/// Every completion of a programme's trainees: (user, item, completed at, lab score).
pub async fn completions(db: &Db, program_id: i64) -> Result<Vec<(i64, String, i64, Option<f64>)>> {
    let sql = "SELECT p.user_id, p.item_id, p.completed_at, p.score
               FROM progress p
               WHERE p.user_id IN (SELECT m.user_id FROM cohorts c JOIN cohort_members m ON m.cohort_id = c.id
                                   WHERE c.program_id = $1 AND m.role = 'trainee' AND m.withdrawn_at IS NULL)";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(program_id).fetch_all(pool).await?))
}

/// Archives a programme (read-only from now on, with all its cohorts) or brings it back.
pub async fn set_archived(db: &Db, program_id: i64, archived: bool) -> Result<bool> {
    let sql = "UPDATE programs SET archived_at = CASE WHEN $1 THEN $2 ELSE NULL END WHERE id = $3";
    let done = on_db!(db, pool => sqlx::query(sql).bind(archived).bind(now()).bind(program_id).execute(pool).await?.rows_affected());
    Ok(done == 1)
}

/// Whether a programme is archived (`None`: no such programme).
pub async fn archived(db: &Db, program_id: i64) -> Result<Option<bool>> {
    let sql = "SELECT archived_at IS NOT NULL FROM programs WHERE id = $1";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(program_id).fetch_optional(pool).await?))
}
