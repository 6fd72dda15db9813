use sqlx::SqlitePool;

use super::{db_error, now, users};
use crate::api::admin::{CohortRow, InviteRow};
use crate::api::{AppError, Role, Viewer};

pub async fn create(db: &SqlitePool, name: &str) -> Result<i64, AppError> {
    sqlx::query_scalar("INSERT INTO cohorts (name, created_at) VALUES (?, ?) RETURNING id")
        .bind(name)
        .bind(now())
        .fetch_one(db)
        .await
        .map_err(|e| {
            if super::is_unique_violation(&e) {
                AppError::invalid("name", format!("a cohort named `{name}` exists already"))
            } else {
                db_error(e)
            }
        })
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

/// The cohorts a staff member runs: all of them for an admin, their own for an instructor.
pub async fn run_by(db: &SqlitePool, viewer: &Viewer) -> Result<Vec<CohortRow>, AppError> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT c.id, c.name,
                (SELECT COUNT(*) FROM cohort_members t WHERE t.cohort_id = c.id AND t.role = 'trainee')
         FROM cohorts c
         WHERE ? OR EXISTS (SELECT 1 FROM cohort_members m
                            WHERE m.cohort_id = c.id AND m.user_id = ? AND m.role = 'instructor')
         ORDER BY c.name",
    )
    .bind(viewer.role == Role::Admin)
    .bind(viewer.id)
    .fetch_all(db)
    .await
    .map_err(db_error)?;
    Ok(rows.into_iter().map(|(id, name, trainees)| CohortRow { id, name, trainees }).collect())
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
