//! CSV import of trainees into a cohort: every bad row is listed with its line number and the
//! reason before anything is written, and then all rows are written or none.

use std::collections::HashSet;

use sqlx::SqlitePool;

use crate::api::cohorts::{ImportCheck, ImportRow, Imported};
use crate::api::{AppError, GENDERS, JOBS, Profile, Role};
use crate::auth::accounts::{AccountForm, check_profile};
use crate::auth::{password, session, tokens};
use crate::state::AppState;
use crate::storage::{self, cohorts, db_error, users};

/// The columns an import file may have, in any order; `name` and one of `username` or `email`
/// are required.
pub const COLUMNS: [&str; 7] = ["name", "username", "email", "organisation", "country", "role", "gender"];
/// The most rows one import takes.
const MAX_ROWS: usize = 2000;

/// Splits CSV text into records of fields (RFC 4180: quotes, doubled quotes, commas and new
/// lines inside quotes), each with the line it starts on.
pub fn parse_csv(text: &str) -> Result<Vec<(u32, Vec<String>)>, String> {
    let mut records = Vec::new();
    let (mut field, mut record) = (String::new(), Vec::new());
    let (mut line, mut start, mut quoted) = (1u32, 1u32, false);
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                if record.iter().any(|f| !f.trim().is_empty()) {
                    records.push((start, std::mem::take(&mut record)));
                }
                record.clear();
                line += 1;
                start = line;
            }
            (_, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
        }
    }
    if quoted {
        return Err(format!("line {start}: a quoted field is never closed; add the closing \""));
    }
    record.push(field);
    if record.iter().any(|f| !f.trim().is_empty()) {
        records.push((start, record));
    }
    Ok(records)
}

/// A username from an e-mail address or a name: `a.mensah@x.test` gives `a.mensah`.
fn derive_username(email: &str, name: &str) -> String {
    let base = if email.contains('@') {
        email.split('@').next().unwrap_or_default().to_string()
    } else {
        name.replace(' ', ".")
    };
    base.to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        .collect()
}

/// Reads and checks an import file against the accounts that exist.
pub async fn preview(db: &SqlitePool, csv: &str) -> Result<ImportCheck, AppError> {
    let records = parse_csv(csv).map_err(|m| AppError::invalid("csv", m))?;
    let Some(((_, header), rows)) = records.split_first() else {
        return Err(AppError::invalid(
            "csv",
            format!("the file is empty; its first line names the columns: {}", COLUMNS.join(",")),
        ));
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let mut problems = Vec::new();
    for h in &header {
        if !COLUMNS.contains(&h.as_str()) {
            problems.push(format!("line 1: unknown column `{h}`; the columns are: {}", COLUMNS.join(", ")));
        }
    }
    if !header.iter().any(|h| h == "name") || !header.iter().any(|h| h == "username" || h == "email") {
        problems.push("line 1: the columns must include `name`, and `username` or `email`".to_string());
    }
    if rows.len() > MAX_ROWS {
        problems.push(format!("the file has {} rows; import at most {MAX_ROWS} at a time", rows.len()));
    }
    if !problems.is_empty() {
        return Ok(ImportCheck { rows: Vec::new(), problems });
    }
    let column = |fields: &[String], name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .and_then(|i| fields.get(i))
            .map(|f| f.trim().to_string())
            .unwrap_or_default()
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (line, fields) in rows {
        if fields.len() != header.len() {
            problems.push(format!(
                "line {line}: {} fields, but the first line names {} columns",
                fields.len(),
                header.len()
            ));
            continue;
        }
        let name = column(fields, "name");
        let email = column(fields, "email");
        let mut username = column(fields, "username").to_lowercase();
        if username.is_empty() {
            username = derive_username(&email, &name);
        }
        let job = column(fields, "role");
        let gender = column(fields, "gender").to_lowercase();
        let profile = Profile {
            email,
            organisation: column(fields, "organisation"),
            country: column(fields, "country").to_uppercase(),
            job: JOBS.iter().find(|j| j.eq_ignore_ascii_case(&job)).map_or(job, |j| j.to_string()),
            gender: GENDERS.iter().find(|g| **g == gender).map_or(gender, |g| g.to_string()),
        };
        let form = AccountForm {
            username: &username,
            display_name: &name,
            role: Role::Trainee,
            password: "not checked here",
            profile,
        };
        let check = if name.is_empty() {
            Err(AppError::invalid("name", "is empty"))
        } else {
            form.validate_identity().and_then(|()| check_profile(&form.profile))
        };
        if let Err(AppError::Invalid { field, message }) = check {
            problems.push(format!("line {line}: {field}: {message}"));
            continue;
        }
        if !seen.insert(username.clone()) {
            problems.push(format!("line {line}: username `{username}` appears twice in the file"));
            continue;
        }
        if users::exists(db, &username).await? {
            problems.push(format!(
                "line {line}: username `{username}` is taken; give this person another in a `username` column"
            ));
            continue;
        }
        let profile = form.profile;
        out.push(ImportRow { line: *line, username, name, profile });
    }
    Ok(ImportCheck { rows: out, problems })
}

fn key(cohort: i64) -> String {
    format!("import:{cohort}")
}

fn result_key(cohort: i64) -> String {
    format!("imported:{cohort}")
}

/// Keeps a checked file in the session until it is imported or cancelled.
pub async fn keep(cohort: i64, csv: &str) -> Result<(), AppError> {
    session::keep(&key(cohort), &csv).await
}

pub async fn forget(cohort: i64) -> Result<(), AppError> {
    session::take::<String>(&key(cohort)).await?;
    Ok(())
}

/// The kept file's preview, if there is one.
pub async fn kept_preview(db: &SqlitePool, cohort: i64) -> Result<Option<ImportCheck>, AppError> {
    match session::peek::<String>(&key(cohort)).await? {
        Some(csv) => preview(db, &csv).await.map(Some),
        None => Ok(None),
    }
}

/// The accounts of the last import with their first passwords: shown once, then forgotten.
pub async fn take_imported(cohort: i64) -> Result<Vec<(String, String)>, AppError> {
    Ok(session::take(&result_key(cohort)).await?.unwrap_or_default())
}

/// Writes the kept file: every account and enrolment, or nothing.
pub async fn commit(state: &AppState, cohort: i64) -> Result<Imported, AppError> {
    let csv: String = session::peek(&key(cohort)).await?.ok_or_else(|| {
        AppError::invalid("csv", "there is nothing to import; paste the file and preview it first")
    })?;
    let checked = preview(&state.db, &csv).await?;
    if !checked.problems.is_empty() {
        return Err(AppError::invalid(
            "csv",
            format!(
                "{} problem(s) remain; fix them and preview again. Nothing was imported.",
                checked.problems.len()
            ),
        ));
    }
    let mut accounts = Vec::new();
    let mut hashes = Vec::new();
    for row in &checked.rows {
        let password = tokens::random_code(12);
        hashes.push(password::hash(password.clone()).await?);
        accounts.push((row.username.clone(), password));
    }
    let mut tx = state.db.begin().await.map_err(db_error)?;
    for (row, hash) in checked.rows.iter().zip(&hashes) {
        let new = storage::users::NewUser {
            username: &row.username,
            display_name: &row.name,
            role: Role::Trainee,
            password_hash: hash,
            profile: &row.profile,
        };
        let id = users::create(&mut *tx, &new).await?;
        cohorts::add_member(&mut *tx, cohort, id, Role::Trainee).await?;
    }
    tx.commit().await.map_err(db_error)?;
    forget(cohort).await?;
    session::keep(&result_key(cohort), &accounts).await?;
    Ok(Imported { accounts })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_with_quotes_commas_and_new_lines() {
        let records = parse_csv(
            "name,organisation\n\"Mensah, Ama\",\"Ghana \"\"CERT\"\"\"\nKofi,\"Line\nbreak\"\n\nYaw,X",
        )
        .unwrap();
        assert_eq!(records[1], (2, vec!["Mensah, Ama".into(), "Ghana \"CERT\"".into()]));
        assert_eq!(records[2], (3, vec!["Kofi".into(), "Line\nbreak".into()]));
        assert_eq!(
            records[3],
            (6, vec!["Yaw".into(), "X".into()]),
            "line numbers count the lines inside quotes"
        );
        assert!(parse_csv("a\n\"open").unwrap_err().contains("line 2"));
    }

    #[test]
    fn usernames_come_from_emails_or_names() {
        assert_eq!(derive_username("A.Mensah@cert.test", "Ama Mensah"), "a.mensah");
        assert_eq!(derive_username("", "Ama Mensah"), "ama.mensah");
    }
}
