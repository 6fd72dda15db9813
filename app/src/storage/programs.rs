use sqlx::SqlitePool;

use super::{db_error, name_taken_or_db_error, now};
use crate::api::programs::ProgramRow;
use crate::api::{AppError, Role, Viewer};

pub async fn create(db: &SqlitePool, name: &str) -> Result<i64, AppError> {
    sqlx::query_scalar("INSERT INTO programs (name, created_at) VALUES (?, ?) RETURNING id")
        .bind(name.trim())
        .bind(now())
        .fetch_one(db)
        .await
        .map_err(|e| name_taken_or_db_error(e, "programme", name))
}

pub async fn add_manager(db: &SqlitePool, program_id: i64, user_id: i64) -> Result<(), AppError> {
    sqlx::query("INSERT INTO program_managers (program_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
        .bind(program_id)
        .bind(user_id)
        .execute(db)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// Whether `user_id` managed the programme (and no longer does).
pub async fn remove_manager(db: &SqlitePool, program_id: i64, user_id: i64) -> Result<bool, AppError> {
    let done = sqlx::query("DELETE FROM program_managers WHERE program_id = ? AND user_id = ?")
        .bind(program_id)
        .bind(user_id)
        .execute(db)
        .await
        .map_err(db_error)?;
    Ok(done.rows_affected() > 0)
}

/// Whether the programme exists (and now has the name).
pub async fn rename(db: &SqlitePool, id: i64, name: &str) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE programs SET name = ? WHERE id = ?")
        .bind(name.trim())
        .bind(id)
        .execute(db)
        .await
        .map_err(|e| name_taken_or_db_error(e, "programme", name))?;
    Ok(done.rows_affected() > 0)
}

pub async fn is_manager(db: &SqlitePool, program_id: i64, user_id: i64) -> Result<bool, AppError> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM program_managers WHERE program_id = ? AND user_id = ?)")
        .bind(program_id)
        .bind(user_id)
        .fetch_one(db)
        .await
        .map_err(db_error)
}

pub async fn name(db: &SqlitePool, id: i64) -> Result<Option<String>, AppError> {
    sqlx::query_scalar("SELECT name FROM programs WHERE id = ?")
        .bind(id)
        .fetch_optional(db)
        .await
        .map_err(db_error)
}

/// The programmes a person may see: all for an admin, their own for a manager, none otherwise.
pub async fn visible_to(db: &SqlitePool, viewer: &Viewer) -> Result<Vec<ProgramRow>, AppError> {
    let rows: Vec<(i64, String, i64, i64, Option<String>)> = sqlx::query_as(
        "SELECT p.id, p.name,
                (SELECT COUNT(*) FROM cohorts c WHERE c.program_id = p.id),
                (SELECT COUNT(*) FROM cohorts c JOIN cohort_members m ON m.cohort_id = c.id
                 WHERE c.program_id = p.id AND m.role = 'trainee'),
                (SELECT group_concat(u.display_name, ', ') FROM program_managers pm JOIN users u ON u.id = pm.user_id
                 WHERE pm.program_id = p.id)
         FROM programs p
         WHERE ? OR EXISTS (SELECT 1 FROM program_managers pm WHERE pm.program_id = p.id AND pm.user_id = ?)
         ORDER BY p.name",
    )
    .bind(viewer.role == Role::Admin)
    .bind(viewer.id)
    .fetch_all(db)
    .await
    .map_err(db_error)?;
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
pub async fn learners(db: &SqlitePool, program_id: i64) -> Result<Vec<Learner>, AppError> {
    sqlx::query_as(
        "SELECT u.id AS user_id, MIN(c.id) AS cohort_id, u.organisation, u.country, u.gender, u.last_active_at
         FROM cohorts c
         JOIN cohort_members m ON m.cohort_id = c.id AND m.role = 'trainee'
         JOIN users u ON u.id = m.user_id
         WHERE c.program_id = ?
         GROUP BY u.id
         ORDER BY u.id",
    )
    .bind(program_id)
    .fetch_all(db)
    .await
    .map_err(db_error)
}

/// Every completion of a programme's trainees: (user, item, completed at, lab score).
pub async fn completions(
    db: &SqlitePool,
    program_id: i64,
) -> Result<Vec<(i64, String, i64, Option<f64>)>, AppError> {
    sqlx::query_as(
        "SELECT p.user_id, p.item_id, p.completed_at, p.score
         FROM progress p
         WHERE p.user_id IN (SELECT m.user_id FROM cohorts c JOIN cohort_members m ON m.cohort_id = c.id
                             WHERE c.program_id = ? AND m.role = 'trainee')",
    )
    .bind(program_id)
    .fetch_all(db)
    .await
    .map_err(db_error)
}
