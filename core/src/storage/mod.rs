//! All SQL lives here, one module per table group. Nothing else builds SQL.
//!
//! The SQL is written once, with numbered placeholders (`$1`), for every engine Kujenga runs
//! on. [`Db`] and [`Tx`] name the engine; the macros `on_db!` and `on_tx!` hand the engine's
//! own pool or connection to the same code, so each query is compiled once per engine with
//! its real types (no `sqlx::Any`). Reads take a [`Db`]; writes take a [`Tx`], so that several
//! of them can share one transaction.

pub mod answers;
pub mod audit;
pub mod bulk;
pub mod cohorts;
pub mod copy;
pub mod credentials;
pub mod exams;
pub mod exercises;
pub mod imports;
pub mod install;
pub mod jobs;
pub mod limits;
pub mod notices;
pub mod programs;
pub mod progress;
pub mod reviews;
pub mod users;

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, Postgres, Sqlite, SqlitePool, Transaction};

use crate::error::Result;
use kujenga_types::{AppError, Msg, Text};

/// The database: a pool of connections to one engine.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A transaction on a [`Db`]: every write in it is committed together, or none.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// `on_db!(db, pool => body)`: runs `body` with `pool` bound to the engine's own pool.
macro_rules! on_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::storage::Db::Sqlite($pool) => $body,
            $crate::storage::Db::Postgres($pool) => $body,
        }
    };
}

/// `on_tx!(tx, conn => body)`: runs `body` with `conn` bound to the transaction's connection
/// (write `&mut *conn` to use it more than once).
macro_rules! on_tx {
    ($tx:expr, $conn:ident => $body:expr) => {
        match $tx {
            $crate::storage::Tx::Sqlite(transaction) => {
                let $conn = &mut **transaction;
                $body
            }
            $crate::storage::Tx::Postgres(transaction) => {
                let $conn = &mut **transaction;
                $body
            }
        }
    };
}

pub(crate) use {on_db, on_tx};

impl Db {
    pub async fn begin(&self) -> Result<Tx> {
        Ok(match self {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin().await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// The engine's name, as a `DATABASE_URL` starts.
    pub fn engine(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// Closes every connection (for a clean exit).
    pub async fn close(&self) {
        on_db!(self, pool => pool.close().await)
    }
}

impl Tx {
    pub async fn commit(self) -> Result<()> {
        match self {
            Tx::Sqlite(transaction) => transaction.commit().await?,
            Tx::Postgres(transaction) => transaction.commit().await?,
        }
        Ok(())
    }
}

/// Opens the database `url` names (`sqlite://FILE`, created if needed, or `postgres://...`)
/// with the settings Kujenga relies on, and migrates it.
pub async fn open(url: &str) -> Result<Db> {
    let db = connect(url).await?;
    migrate(&db).await?;
    Ok(db)
}

/// Brings the schema up to date: each engine has its own migrations, with the same versions.
pub async fn migrate(db: &Db) -> Result<()> {
    match db {
        Db::Sqlite(pool) => sqlx::migrate!("./migrations/sqlite").run(pool).await?,
        Db::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await?,
    }
    Ok(())
}

/// Opens the database `url` names, without migrating it.
pub async fn connect(url: &str) -> Result<Db> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return open_postgres(url).await;
    }
    if !url.starts_with("sqlite:") {
        let scheme = url.split(':').next().unwrap_or_default();
        let message = Text::new(Msg::InvalidDatabaseUrl).with("name", scheme);
        return Err(AppError::invalid(Msg::FieldDatabaseUrl, message).into());
    }
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        // FULL: a commit is on disk before the response says it happened, even after power loss.
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    // Few connections: reads of signed-in pages come from memory, and one task writes answers.
    let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
    Ok(Db::Sqlite(pool))
}

async fn open_postgres(url: &str) -> Result<Db> {
    // synchronous_commit on (PostgreSQL's default, insisted on here): a commit is flushed to
    // disk before the server replies, so an acknowledged answer survives a crash of any node.
    let options =
        PgConnectOptions::from_str(url)?.application_name("kujenga").options([("synchronous_commit", "on")]);
    // More connections than SQLite: several nodes' pages read the database while the answer
    // writer of each node commits its batches.
    let pool = PgPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await?;
    Ok(Db::Postgres(pool))
}

/// Writes a consistent copy of the database to `file` while it stays in use (SQLite; a
/// PostgreSQL database is backed up with its own `pg_dump`).
pub async fn backup(db: &Db, file: &std::path::Path) -> Result<()> {
    let file = file.to_string_lossy().to_string();
    match db {
        Db::Sqlite(pool) => sqlx::query("VACUUM INTO $1").bind(file).execute(pool).await?,
        Db::Postgres(_) => {
            return Err(AppError::invalid(Msg::FieldBackup, Msg::InvalidBackupPostgres).into());
        }
    };
    Ok(())
}

/// Now, in Unix seconds.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// A UNIQUE failure becomes the form error `taken` says; any other error stays as it is.
fn or_taken(e: sqlx::Error, taken: impl FnOnce() -> AppError) -> crate::Error {
    match &e {
        sqlx::Error::Database(d) if d.is_unique_violation() => taken().into(),
        _ => e.into(),
    }
}

/// The form error for a name that another programme or cohort has.
fn name_taken(taken: Msg, name: &str) -> impl FnOnce() -> AppError {
    let message = Text::new(taken).with("name", name.trim());
    move || AppError::invalid(Msg::FieldName, message)
}

/// A stored name of a closed set (a role, a review state) read back; anything else is an error.
fn known<T>(what: &str, text: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T> {
    parse(text).ok_or_else(|| crate::Error::Internal(format!("unknown {what} `{text}` in the database")))
}

#[cfg(test)]
mod tests {
    /// The migrations of one engine: their file names (version and description).
    fn migrations(engine: &str) -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(engine);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn both_engines_have_the_same_migrations() {
        let (sqlite, postgres) = (migrations("sqlite"), migrations("postgres"));
        assert!(sqlite.len() >= 7, "{sqlite:?}");
        assert_eq!(sqlite, postgres, "each migration needs a file of the same name for each engine");
    }
}
