//! Accounts: who may sign in, their role and their profile.

use kujenga_types::accounts::UserRow;
use kujenga_types::{AppError, Profile, Role, Viewer};

use super::{Db, Tx, known, now, on_db, on_tx, or_taken};
use crate::Result;

/// An account to create; the password is already hashed.
pub struct NewUser<'a> {
    /// Lowercase: usernames are matched without regard to case.
    pub username: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub password_hash: &'a str,
    pub profile: &'a Profile,
}

fn role(text: &str) -> Result<Role> {
    known("role", text, Role::parse)
}

pub async fn insert(tx: &mut Tx, user: &NewUser<'_>) -> Result<i64> {
    let taken = || AppError::invalid("username", format!("`{}` is taken; choose another", user.username));
    on_tx!(tx, conn => sqlx::query_scalar(
        "INSERT INTO users (username, display_name, email, role, password_hash, created_at,
                            organisation, country, job, gender)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
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
    .fetch_one(conn)
    .await
    .map_err(|e| or_taken(e, taken)))
}

/// The id and password hash of an active account (`username` in lowercase).
pub async fn credentials(db: &Db, username: &str) -> Result<Option<(i64, String)>> {
    let sql = "SELECT id, password_hash FROM users WHERE username = $1 AND NOT disabled";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(username).fetch_optional(pool).await?))
}

/// An account that may sign in, as a session sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Active {
    pub viewer: Viewer,
    /// Sessions made under an older generation are signed out.
    pub session_generation: i64,
}

/// An active account, by id.
pub async fn active(db: &Db, id: i64) -> Result<Option<Active>> {
    let sql = "SELECT id, username, display_name, role, session_generation FROM users WHERE id = $1 AND NOT disabled";
    let row: Option<(i64, String, String, String, i64)> =
        on_db!(db, pool => sqlx::query_as(sql).bind(id).fetch_optional(pool).await?);
    row.map(|(id, username, display_name, text, session_generation)| {
        Ok(Active { viewer: Viewer { id, username, display_name, role: role(&text)? }, session_generation })
    })
    .transpose()
}

/// The viewer for an active account.
pub async fn viewer(db: &Db, id: i64) -> Result<Option<Viewer>> {
    Ok(active(db, id).await?.map(|a| a.viewer))
}

/// Starts a new session generation for an account: its sessions so far are signed out.
pub async fn renew_session_generation(db: &Db, id: i64) -> Result<()> {
    let sql = "UPDATE users SET session_generation = session_generation + 1 WHERE id = $1";
    on_db!(db, pool => sqlx::query(sql).bind(id).execute(pool).await?);
    Ok(())
}

pub async fn list(db: &Db) -> Result<Vec<UserRow>> {
    let sql = "SELECT id, username, display_name, role, disabled FROM users ORDER BY role, username";
    let rows: Vec<(i64, String, String, String, bool)> =
        on_db!(db, pool => sqlx::query_as(sql).fetch_all(pool).await?);
    rows.into_iter()
        .map(|(id, username, display_name, text, disabled)| {
            Ok(UserRow { id, username, display_name, role: role(&text)?, disabled })
        })
        .collect()
}

pub async fn count(db: &Db) -> Result<i64> {
    Ok(on_db!(db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(pool).await?))
}

/// A person's profile; only for those who need it (their instructors and admins).
pub async fn profile(db: &Db, id: i64) -> Result<Option<Profile>> {
    let sql = "SELECT email, organisation, country, job, gender FROM users WHERE id = $1";
    let row: Option<(Option<String>, String, String, String, String)> =
        on_db!(db, pool => sqlx::query_as(sql).bind(id).fetch_optional(pool).await?);
    Ok(row.map(|(email, organisation, country, job, gender)| Profile {
        email: email.unwrap_or_default(),
        organisation,
        country,
        job,
        gender,
    }))
}

/// Notes that a learner did something (for "active in the last 14 days").
pub async fn touch(tx: &mut Tx, id: i64) -> Result<()> {
    let sql = "UPDATE users SET last_active_at = $1 WHERE id = $2";
    on_tx!(tx, conn => sqlx::query(sql).bind(now()).bind(id).execute(conn).await?);
    Ok(())
}

/// Active accounts with a given role, for the forms that pick one: (id, display name, username).
pub async fn with_role(db: &Db, role: Role) -> Result<Vec<(i64, String, String)>> {
    let sql =
        "SELECT id, display_name, username FROM users WHERE role = $1 AND NOT disabled ORDER BY display_name";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(role.as_str()).fetch_all(pool).await?))
}

/// Whether an account has this (lowercase) username.
pub async fn exists(db: &Db, username: &str) -> Result<bool> {
    let sql = "SELECT EXISTS (SELECT 1 FROM users WHERE username = $1)";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(username).fetch_one(pool).await?))
}
