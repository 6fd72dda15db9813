use sqlx::SqlitePool;

use super::{db_error, is_unique_violation, now};
use crate::api::admin::UserRow;
use crate::api::{AppError, Role, Viewer};

/// An account to create; the password is already hashed.
pub struct NewUser<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub email: Option<&'a str>,
    pub role: Role,
    pub password_hash: &'a str,
}

fn role_of(text: &str) -> Role {
    Role::parse(text).unwrap_or(Role::Trainee)
}

pub async fn create(db: impl sqlx::SqliteExecutor<'_>, user: &NewUser<'_>) -> Result<i64, AppError> {
    sqlx::query_scalar(
        "INSERT INTO users (username, display_name, email, role, password_hash, created_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(user.username)
    .bind(user.display_name)
    .bind(user.email)
    .bind(user.role.as_str())
    .bind(user.password_hash)
    .bind(now())
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
