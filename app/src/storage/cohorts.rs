use sqlx::SqlitePool;

use super::{db_error, name_taken_or_db_error, now, users};
use crate::api::admin::{CohortRow, InviteRow};
use crate::api::cohorts::{CohortInfo, TraineeRow};
use crate::api::{AppError, Role, Viewer};

/// A cohort to create.
#[derive(Debug, Clone, Default)]
pub struct NewCohort<'a> {
    pub name: &'a str,
    pub program_id: Option<i64>,
    pub starts_on: Option<&'a str>,
    pub ends_on: Option<&'a str>,
    /// Track or module ids; empty for the whole curriculum.
    pub content: &'a [String],
}

pub async fn create(db: &SqlitePool, name: &str) -> Result<i64, AppError> {
    create_cohort(db, &NewCohort { name, ..Default::default() }).await
}

pub async fn create_cohort(db: &SqlitePool, cohort: &NewCohort<'_>) -> Result<i64, AppError> {
    let name = cohort.name.trim();
    let mut tx = db.begin().await.map_err(db_error)?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO cohorts (name, created_at, program_id, starts_on, ends_on) VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(name)
    .bind(now())
    .bind(cohort.program_id)
    .bind(cohort.starts_on)
    .bind(cohort.ends_on)
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| name_taken_or_db_error(e, "cohort", name))?;
    add_content(&mut tx, id, cohort.content).await?;
    tx.commit().await.map_err(db_error)?;
    Ok(id)
}

/// Gives a cohort a new name, dates and curriculum; its programme and members stay. Whether
/// the cohort exists.
pub async fn update_cohort(
    db: &SqlitePool,
    id: i64,
    name: &str,
    (starts_on, ends_on): (Option<&str>, Option<&str>),
    content: &[String],
) -> Result<bool, AppError> {
    let name = name.trim();
    let mut tx = db.begin().await.map_err(db_error)?;
    let updated = sqlx::query("UPDATE cohorts SET name = ?, starts_on = ?, ends_on = ? WHERE id = ?")
        .bind(name)
        .bind(starts_on)
        .bind(ends_on)
        .bind(id)
        .execute(&mut *tx)
        .await
        .map_err(|e| name_taken_or_db_error(e, "cohort", name))?;
    if updated.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query("DELETE FROM cohort_content WHERE cohort_id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
    add_content(&mut tx, id, content).await?;
    tx.commit().await.map_err(db_error)?;
    Ok(true)
}

async fn add_content(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    cohort_id: i64,
    content: &[String],
) -> Result<(), AppError> {
    for content_id in content {
        sqlx::query(
            "INSERT INTO cohort_content (cohort_id, content_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(cohort_id)
        .bind(content_id)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    }
    Ok(())
}

pub async fn add_member(
    db: impl sqlx::SqliteExecutor<'_>,
    cohort_id: i64,
    user_id: i64,
    role: Role,
) -> Result<(), AppError> {
    let member_role = if role == Role::Instructor { "instructor" } else { "trainee" };
    sqlx::query(
        "INSERT INTO cohort_members (cohort_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
    )
    .bind(cohort_id)
    .bind(user_id)
    .bind(member_role)
    .execute(db)
    .await
    .map_err(db_error)?;
    Ok(())
}

pub async fn create_invite(
    db: &SqlitePool,
    cohort_id: i64,
    created_by: i64,
    code: &str,
    expires_at: i64,
    max_uses: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO invites (code, cohort_id, created_by, created_at, expires_at, max_uses)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(code)
    .bind(cohort_id)
    .bind(created_by)
    .bind(now())
    .bind(expires_at)
    .bind(max_uses)
    .execute(db)
    .await
    .map_err(db_error)?;
    Ok(())
}

/// Invites still usable, for the given cohorts.
pub async fn open_invites(db: &SqlitePool, cohort_ids: &[i64]) -> Result<Vec<InviteRow>, AppError> {
    let rows: Vec<(String, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT code, cohort_id, expires_at, max_uses, uses FROM invites
         WHERE expires_at > ? AND uses < max_uses ORDER BY created_at DESC",
    )
    .bind(now())
    .fetch_all(db)
    .await
    .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .filter(|r| cohort_ids.contains(&r.1))
        .map(|(code, cohort_id, expires_at, max_uses, uses)| InviteRow {
            code,
            cohort_id,
            expires_at,
            max_uses,
            uses,
        })
        .collect())
}

/// Uses one invite and creates the trainee in its cohort, all or nothing.
pub async fn join_with_invite(
    db: &SqlitePool,
    code: &str,
    user: &users::NewUser<'_>,
) -> Result<i64, AppError> {
    let mut tx = db.begin().await.map_err(db_error)?;
    let cohort_id: Option<i64> = sqlx::query_scalar(
        "UPDATE invites SET uses = uses + 1
         WHERE code = ? AND expires_at > ? AND uses < max_uses RETURNING cohort_id",
    )
    .bind(code.trim())
    .bind(now())
    .fetch_optional(&mut *tx)
    .await
    .map_err(db_error)?;
    let Some(cohort_id) = cohort_id else {
        return Err(AppError::invalid(
            "code",
            "this invite code is not valid, has expired or has been used up; ask your instructor for a new one",
        ));
    };
    let user_id = users::create(&mut *tx, user).await?;
    add_member(&mut *tx, cohort_id, user_id, Role::Trainee).await?;
    tx.commit().await.map_err(db_error)?;
    Ok(user_id)
}

pub async fn find(db: &SqlitePool, name: &str) -> Result<Option<i64>, AppError> {
    sqlx::query_scalar("SELECT id FROM cohorts WHERE name = ?")
        .bind(name)
        .fetch_optional(db)
        .await
        .map_err(db_error)
}

pub async fn is_instructor(db: &SqlitePool, cohort_id: i64, user_id: i64) -> Result<bool, AppError> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM cohort_members WHERE cohort_id = ? AND user_id = ? AND role = 'instructor')",
    )
    .bind(cohort_id)
    .bind(user_id)
    .fetch_one(db)
    .await
    .map_err(db_error)
}

/// Whether an instructor teaches a cohort that this trainee is in.
pub async fn teaches_trainee(db: &SqlitePool, instructor_id: i64, trainee_id: i64) -> Result<bool, AppError> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM cohort_members i JOIN cohort_members t ON t.cohort_id = i.cohort_id
                        WHERE i.user_id = ? AND i.role = 'instructor' AND t.user_id = ? AND t.role = 'trainee')",
    )
    .bind(instructor_id)
    .bind(trainee_id)
    .fetch_one(db)
    .await
    .map_err(db_error)
}

pub async fn info(db: &SqlitePool, id: i64) -> Result<Option<CohortInfo>, AppError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        name: String,
        program_id: Option<i64>,
        program: Option<String>,
        starts_on: Option<String>,
        ends_on: Option<String>,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT c.id, c.name, c.program_id, p.name AS program, c.starts_on, c.ends_on
         FROM cohorts c LEFT JOIN programs p ON p.id = c.program_id WHERE c.id = ?",
    )
    .bind(id)
    .fetch_optional(db)
    .await
    .map_err(db_error)?;
    let Some(row) = row else {
        return Ok(None);
    };
    let content: Vec<String> =
        sqlx::query_scalar("SELECT content_id FROM cohort_content WHERE cohort_id = ? ORDER BY content_id")
            .bind(id)
            .fetch_all(db)
            .await
            .map_err(db_error)?;
    let instructors: Vec<String> = sqlx::query_scalar(
        "SELECT u.display_name FROM cohort_members m JOIN users u ON u.id = m.user_id
         WHERE m.cohort_id = ? AND m.role = 'instructor' ORDER BY u.display_name",
    )
    .bind(id)
    .fetch_all(db)
    .await
    .map_err(db_error)?;
    Ok(Some(CohortInfo {
        id: row.id,
        name: row.name,
        program_id: row.program_id,
        program: row.program,
        starts_on: row.starts_on,
        ends_on: row.ends_on,
        content,
        instructors,
    }))
}

/// The cohorts a person may see: all for an admin, their own for an instructor, those of their
/// programmes for a manager.
pub async fn visible_to(db: &SqlitePool, viewer: &Viewer) -> Result<Vec<CohortRow>, AppError> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT c.id, c.name,
                (SELECT COUNT(*) FROM cohort_members t WHERE t.cohort_id = c.id AND t.role = 'trainee')
         FROM cohorts c
         WHERE ? OR EXISTS (SELECT 1 FROM cohort_members m
                            WHERE m.cohort_id = c.id AND m.user_id = ? AND m.role = 'instructor')
                OR EXISTS (SELECT 1 FROM program_managers pm WHERE pm.program_id = c.program_id AND pm.user_id = ?)
         ORDER BY c.name",
    )
    .bind(viewer.role == Role::Admin)
    .bind(viewer.id)
    .bind(viewer.id)
    .fetch_all(db)
    .await
    .map_err(db_error)?;
    Ok(rows.into_iter().map(|(id, name, trainees)| CohortRow { id, name, trainees }).collect())
}

/// A cohort's trainees, by name.
pub async fn trainees(db: &SqlitePool, cohort_id: i64) -> Result<Vec<TraineeRow>, AppError> {
    sqlx::query_as(
        "SELECT u.id, u.username, u.display_name, u.organisation, u.country, u.last_active_at
         FROM cohort_members m JOIN users u ON u.id = m.user_id
         WHERE m.cohort_id = ? AND m.role = 'trainee' ORDER BY u.display_name, u.id",
    )
    .bind(cohort_id)
    .fetch_all(db)
    .await
    .map_err(db_error)
}

/// Completions of a cohort's trainees: (user, item, lab score).
pub async fn completions(
    db: &SqlitePool,
    cohort_id: i64,
) -> Result<Vec<(i64, String, Option<f64>)>, AppError> {
    sqlx::query_as(
        "SELECT p.user_id, p.item_id, p.score FROM progress p
         JOIN cohort_members m ON m.user_id = p.user_id AND m.cohort_id = ? AND m.role = 'trainee'",
    )
    .bind(cohort_id)
    .fetch_all(db)
    .await
    .map_err(db_error)
}

/// A programme's cohorts: (id, name).
pub async fn in_program(db: &SqlitePool, program_id: i64) -> Result<Vec<(i64, String)>, AppError> {
    sqlx::query_as("SELECT id, name FROM cohorts WHERE program_id = ? ORDER BY name")
        .bind(program_id)
        .fetch_all(db)
        .await
        .map_err(db_error)
}
