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
pub mod imports;
pub mod programs;
pub mod progress;
pub mod reviews;
pub mod users;

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

use crate::error::Result;
use kujenga_types::AppError;

/// The database: a pool of connections to one engine.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
}

/// A transaction on a [`Db`]: every write in it is committed together, or none.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
}

/// `on_db!(db, pool => body)`: runs `body` with `pool` bound to the engine's own pool.
macro_rules! on_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::storage::Db::Sqlite($pool) => $body,
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
        }
    };
}

pub(crate) use {on_db, on_tx};

impl Db {
    pub async fn begin(&self) -> Result<Tx> {
        Ok(on_db!(self, pool => Tx::Sqlite(pool.begin().await?)))
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
        }
        Ok(())
    }
}

/// Opens (creating if needed) the database with the settings Kujenga relies on, and migrates it.
pub async fn open(url: &str) -> Result<Db> {
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
    Ok(Db::Sqlite(pool))
}

/// Writes a consistent copy of the database to `file` while it stays in use.
pub async fn backup(db: &Db, file: &std::path::Path) -> Result<()> {
    let file = file.to_string_lossy().to_string();
    on_db!(db, pool => sqlx::query("VACUUM INTO $1").bind(file).execute(pool).await?);
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
fn name_taken(what: &str, name: &str) -> impl FnOnce() -> AppError {
    let message = format!("a {what} named `{}` exists already", name.trim());
    move || AppError::invalid("name", message)
}

/// A stored name of a closed set (a role, a review state) read back; anything else is an error.
fn known<T>(what: &str, text: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T> {
    parse(text).ok_or_else(|| crate::Error::Internal(format!("unknown {what} `{text}` in the database")))
}
