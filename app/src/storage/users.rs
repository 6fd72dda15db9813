use sqlx::SqlitePool;

use super::{db_error, is_unique_violation, now};
use crate::api::admin::UserRow;
use crate::api::{AppError, Profile, Role, Viewer};

/// An account to create; the password is already hashed.
pub struct NewUser<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub password_hash: &'a str,
    pub profile: &'a Profile,
}

fn role_of(text: &str) -> Role {
    Role::parse(text).unwrap_or(Role::Trainee)
}

pub async fn create(db: impl sqlx::SqliteExecutor<'_>, user: &NewUser<'_>) -> Result<i64, AppError> {
    sqlx::query_scalar(
        "INSERT INTO users (username, display_name, email, role, password_hash, created_at,
                            organisation, country, job, gender)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(user.username)
    .bind(user.display_name)
    .bind(Some(user.profile.email.as_str()).filter(|e| !e.is_empty()))
    .bind(user.role.as_str())
    .bind(user.password_hash)
    .bind(now())
    .bind(&user.profile.organisation)
    .bind(&user.profile.country)
    .bind(&user.profile.job)
    .bind(&user.profile.gender)
    .fetch_one(db)
    .await
    .map_err(|e| {
        if is_unique_violation(&e) {
            AppError::invalid("username", format!("`{}` is taken; choose another", user.username))
        } else {
            db_error(e)
        }
    })
}

/// The id and password hash of an active account.
pub async fn credentials(db: &SqlitePool, username: &str) -> Result<Option<(i64, String)>, AppError> {
    sqlx::query_as("SELECT id, password_hash FROM users WHERE username = ? AND disabled = 0")
        .bind(username)
        .fetch_optional(db)
        .await
        .map_err(db_error)
}

/// The viewer for an active account.
pub async fn viewer(db: &SqlitePool, id: i64) -> Result<Option<Viewer>, AppError> {
    let row: Option<(i64, String, String, String)> =
        sqlx::query_as("SELECT id, username, display_name, role FROM users WHERE id = ? AND disabled = 0")
            .bind(id)
            .fetch_optional(db)
            .await
            .map_err(db_error)?;
    Ok(row.map(|(id, username, display_name, role)| Viewer {
        id,
        username,
        display_name,
        role: role_of(&role),
    }))
}

pub async fn list(db: &SqlitePool) -> Result<Vec<UserRow>, AppError> {
    let rows: Vec<(i64, String, String, String, bool)> = sqlx::query_as(
        "SELECT id, username, display_name, role, disabled FROM users ORDER BY role, username",
    )
    .fetch_all(db)
    .await
    .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|(id, username, display_name, role, disabled)| UserRow {
            id,
            username,
            display_name,
            role: role_of(&role),
            disabled,
        })
        .collect())
}

pub async fn count(db: &SqlitePool) -> Result<i64, AppError> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(db).await.map_err(db_error)
}

/// A person's profile; only for those who need it (their instructors and admins).
pub async fn profile(db: &SqlitePool, id: i64) -> Result<Option<Profile>, AppError> {
    let row: Option<(Option<String>, String, String, String, String)> =
        sqlx::query_as("SELECT email, organisation, country, job, gender FROM users WHERE id = ?")
            .bind(id)
            .fetch_optional(db)
            .await
            .map_err(db_error)?;
    Ok(row.map(|(email, organisation, country, job, gender)| Profile {
        email: email.unwrap_or_default(),
        organisation,
        country,
        job,
        gender,
    }))
}

/// Notes that a learner did something (for "active in the last 14 days").
pub async fn touch(db: impl sqlx::SqliteExecutor<'_>, id: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE users SET last_active_at = ? WHERE id = ?")
        .bind(now())
        .bind(id)
        .execute(db)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// Accounts with a given role, for the forms that pick one: (id, display name, username).
pub async fn with_role(db: &SqlitePool, role: Role) -> Result<Vec<(i64, String, String)>, AppError> {
    sqlx::query_as(
        "SELECT id, display_name, username FROM users WHERE role = ? AND disabled = 0 ORDER BY display_name",
    )
    .bind(role.as_str())
    .fetch_all(db)
    .await
    .map_err(db_error)
}

pub async fn exists(db: &SqlitePool, username: &str) -> Result<bool, AppError> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM users WHERE username = ?)")
        .bind(username)
        .fetch_one(db)
        .await
        .map_err(db_error)
}
