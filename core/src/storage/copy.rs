//! Moves a pilot's SQLite database onto PostgreSQL: every table, row for row, in one
//! transaction, then counted and checksummed on both sides. Sessions are not copied (people sign
//! in again), nor are rate-limit hits.

use kujenga_types::{Msg, Text};
use sha2::{Digest, Sha256};
use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;
use sqlx::{PgPool, QueryBuilder, Row, SqlitePool, TypeInfo, ValueRef};

use super::Db;
use crate::{Error, Result};

/// Every table, parents before the tables that refer to them.
pub const TABLES: [&str; 27] = [
    "users",
    "programs",
    "program_managers",
    "cohorts",
    "cohort_members",
    "cohort_content",
    "invites",
    "progress",
    "lab_seeds",
    "question_states",
    "submissions",
    "import_drafts",
    "cohort_schedule",
    "prerequisite_overrides",
    "audit_log",
    "install",
    "job_runs",
    "issuer_key",
    "credentials",
    "exercise_runs",
    "exercise_teams",
    "exercise_members",
    "exercise_releases",
    "exercise_answers",
    "exercise_notes",
    "exam_windows",
    "exam_attempts",
];

/// Tables whose `id` PostgreSQL numbers itself: its counter must go on after the copied ids.
const NUMBERED: [&str; 9] = [
    "users",
    "programs",
    "cohorts",
    "submissions",
    "audit_log",
    "exercise_runs",
    "exercise_teams",
    "exercise_answers",
    "exercise_notes",
];

/// Rows inserted by one statement at most (PostgreSQL takes 65,535 values in one).
const ROWS_PER_INSERT: usize = 1000;

/// One table as copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub table: &'static str,
    pub source_rows: usize,
    pub target_rows: usize,
    /// SHA-256 of the table's rows in a form both engines give alike, sorted (hex, 16 digits).
    pub source_checksum: String,
    pub target_checksum: String,
}

impl Copied {
    pub fn matches(&self) -> bool {
        self.source_rows == self.target_rows && self.source_checksum == self.target_checksum
    }
}

/// A stored value, as both engines can give it.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Bytes(Vec<u8>),
}

impl Value {
    fn canonical(&self) -> String {
        match self {
            Value::Null => "\\N".into(),
            Value::Integer(i) => i.to_string(),
            Value::Real(r) => format!("{r:?}"),
            Value::Text(t) => format!("{t:?}"),
            Value::Bytes(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
        }
    }
}

/// Copies every table of `from` (SQLite) into `to` (PostgreSQL), which must be empty.
pub async fn sqlite_to_postgres(from: &Db, to: &Db) -> Result<Vec<Copied>> {
    let (Db::Sqlite(source), Db::Postgres(target)) = (from, to) else {
        return Err(refused(Msg::InvalidCopyEngines.into()));
    };
    for table in TABLES {
        let count: i64 =
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(target).await?;
        if count > 0 {
            return Err(refused(
                Text::new(Msg::InvalidCopyTargetNotEmpty).with("name", table).with("count", count),
            ));
        }
    }
    let mut read = Vec::with_capacity(TABLES.len());
    let mut tx = target.begin().await?;
    for table in TABLES {
        let (columns, rows) = read_sqlite(source, table).await?;
        let types = target_types(target, table, &columns).await?;
        for chunk in rows.chunks(ROWS_PER_INSERT) {
            let mut insert = QueryBuilder::new(format!("INSERT INTO {table} ({}) ", columns.join(", ")));
            let mut bad = None;
            insert.push_values(chunk, |mut values, row| {
                for ((value, kind), column) in row.iter().zip(&types).zip(&columns) {
                    match bind(&mut values, value, kind) {
                        Ok(()) => {}
                        Err(()) => bad = Some(format!("{table}.{column}: {value:?} does not fit {kind}")),
                    }
                }
            });
            if let Some(why) = bad {
                return Err(Error::Internal(why));
            }
            insert.build().execute(&mut *tx).await?;
        }
        read.push((table, columns, rows));
    }
    for table in NUMBERED {
        let sql = format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table}"
        );
        sqlx::query(&sql).execute(&mut *tx).await?;
    }
    tx.commit().await?;

    let mut copied = Vec::with_capacity(TABLES.len());
    for (table, columns, rows) in read {
        let stored = read_postgres(target, table, &columns).await?;
        copied.push(Copied {
            table,
            source_rows: rows.len(),
            target_rows: stored.len(),
            source_checksum: checksum(&rows),
            target_checksum: checksum(&stored),
        });
    }
    Ok(copied)
}

fn refused(why: Text) -> Error {
    kujenga_types::AppError::invalid(Msg::FieldCopyDb, why).into()
}

/// A table's rows, order aside: the same on both engines for the same data.
fn checksum(rows: &[Vec<Value>]) -> String {
    let mut lines: Vec<String> =
        rows.iter().map(|row| row.iter().map(Value::canonical).collect::<Vec<_>>().join("\t")).collect();
    lines.sort_unstable();
    let mut hash = Sha256::new();
    for line in &lines {
        hash.update(line.as_bytes());
        hash.update(b"\n");
    }
    hash.finalize()[..8].iter().map(|b| format!("{b:02x}")).collect()
}

async fn read_sqlite(pool: &SqlitePool, table: &str) -> Result<(Vec<String>, Vec<Vec<Value>>)> {
    let columns: Vec<String> =
        sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid"))
            .fetch_all(pool)
            .await?;
    let rows = sqlx::query(&format!("SELECT {} FROM {table}", columns.join(", "))).fetch_all(pool).await?;
    let values = rows.iter().map(sqlite_values).collect::<Result<_>>()?;
    Ok((columns, values))
}

fn sqlite_values(row: &SqliteRow) -> Result<Vec<Value>> {
    (0..row.columns().len())
        .map(|i| {
            let raw = row.try_get_raw(i)?;
            if raw.is_null() {
                return Ok(Value::Null);
            }
            let kind = raw.type_info().name().to_string();
            Ok(match kind.as_str() {
                "INTEGER" | "BOOLEAN" => Value::Integer(row.try_get(i)?),
                "REAL" => Value::Real(row.try_get(i)?),
                "BLOB" => Value::Bytes(row.try_get(i)?),
                _ => Value::Text(row.try_get(i)?),
            })
        })
        .collect()
}

/// The PostgreSQL type of each of `columns`; the table must have exactly those.
async fn target_types(pool: &PgPool, table: &str, columns: &[String]) -> Result<Vec<String>> {
    let sql = "SELECT column_name::text, data_type::text FROM information_schema.columns
               WHERE table_schema = current_schema() AND table_name = $1";
    let found: Vec<(String, String)> = sqlx::query_as(sql).bind(table).fetch_all(pool).await?;
    if found.len() != columns.len() {
        return Err(Error::Internal(format!(
            "{table} has {} columns in SQLite and {} in PostgreSQL: are both at the same version?",
            columns.len(),
            found.len()
        )));
    }
    columns
        .iter()
        .map(|c| {
            found
                .iter()
                .find(|(name, _)| name == c)
                .map(|(_, kind)| kind.clone())
                .ok_or_else(|| Error::Internal(format!("{table}.{c} is not in the PostgreSQL schema")))
        })
        .collect()
}

fn bind(
    values: &mut sqlx::query_builder::Separated<'_, '_, sqlx::Postgres, &'static str>,
    value: &Value,
    kind: &str,
) -> std::result::Result<(), ()> {
    match (kind, value) {
        ("bigint", Value::Integer(i)) => values.push_bind(*i),
        ("bigint", Value::Null) => values.push_bind(None::<i64>),
        ("boolean", Value::Integer(i)) => values.push_bind(*i != 0),
        ("boolean", Value::Null) => values.push_bind(None::<bool>),
        ("double precision", Value::Real(r)) => values.push_bind(*r),
        ("double precision", Value::Integer(i)) => values.push_bind(*i as f64),
        ("double precision", Value::Null) => values.push_bind(None::<f64>),
        ("text", Value::Text(t)) => values.push_bind(t.clone()),
        ("text", Value::Null) => values.push_bind(None::<String>),
        ("bytea", Value::Bytes(b)) => values.push_bind(b.clone()),
        ("bytea", Value::Null) => values.push_bind(None::<Vec<u8>>),
        _ => return Err(()),
    };
    Ok(())
}

/// The rows of `table`, with `columns` in the order SQLite gave them.
async fn read_postgres(pool: &PgPool, table: &str, columns: &[String]) -> Result<Vec<Vec<Value>>> {
    let rows = sqlx::query(&format!("SELECT {} FROM {table}", columns.join(", "))).fetch_all(pool).await?;
    rows.iter().map(postgres_values).collect()
}

/// A row as SQLite would give it: flags as 0 and 1, as SQLite stores them.
fn postgres_values(row: &PgRow) -> Result<Vec<Value>> {
    (0..row.columns().len())
        .map(|i| {
            let raw = row.try_get_raw(i)?;
            if raw.is_null() {
                return Ok(Value::Null);
            }
            let kind = raw.type_info().name().to_string();
            Ok(match kind.as_str() {
                "INT8" | "INT4" => Value::Integer(row.try_get(i)?),
                "BOOL" => Value::Integer(i64::from(row.try_get::<bool, _>(i)?)),
                "FLOAT8" => Value::Real(row.try_get(i)?),
                "BYTEA" => Value::Bytes(row.try_get(i)?),
                _ => Value::Text(row.try_get(i)?),
            })
        })
        .collect()
}
