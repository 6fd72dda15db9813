//! All SQL lives here, one module per resource. Nothing else builds SQL.

pub mod answers;
pub mod bulk;
pub mod cohorts;
pub mod programs;
pub mod progress;
pub mod reviews;
pub mod users;

use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::api::AppError;

/// Opens (creating if needed) the database with the settings Kujenga relies on, and migrates it.
pub async fn open(url: &str) -> Result<SqlitePool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        // FULL: a commit is on disk before the response says it happened, even after power loss.
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    // Few connections: reads of signed-in pages come from memory, and one task writes answers.
    let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    Ok(pool)
}

/// Logs a database error and hides its details from the caller.
pub fn db_error(e: sqlx::Error) -> AppError {
    tracing::error!("database: {e}");
    AppError::Internal
}

/// Now, in Unix seconds.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// A UNIQUE failure on a name, as the form error that says so; any other error is logged.
fn name_taken_or_db_error(e: sqlx::Error, what: &str, name: &str) -> AppError {
    if is_unique_violation(&e) {
        AppError::invalid("name", format!("a {what} named `{}` exists already", name.trim()))
    } else {
        db_error(e)
    }
}

/// True when `e` is a UNIQUE constraint failure.
fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

/// Writes a consistent copy of the database to `file` while it stays in use.
pub async fn backup(db: &SqlitePool, file: &std::path::Path) -> Result<(), sqlx::Error> {
    sqlx::query("VACUUM INTO ?").bind(file.to_string_lossy().to_string()).execute(db).await?;
    Ok(())
}
