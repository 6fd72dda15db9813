//! CSV import of trainees into a cohort: every bad row is listed with its line number and the
//! reason before anything is written, and then all rows are written or none. The checked file
//! waits as a draft (one per cohort and instructor) until it is imported or cancelled.

use std::collections::HashSet;

use kujenga_types::cohorts::{ImportCheck, ImportRow, Imported};
use kujenga_types::people::{GENDERS, JOBS};
use kujenga_types::{AppError, Msg, Profile, Role, Text, Viewer};

use crate::accounts::{AccountForm, check_profile, password, tokens, username_key};
use crate::audit::{self, Action, Event};
use crate::storage::cohorts::{self, CohortRole};
use crate::storage::{Db, imports, users};
use crate::{Result, access};

/// The columns an import file may have, in any order; `name` and one of `username` or `email`
/// are required.
pub const COLUMNS: [&str; 7] = ["name", "username", "email", "organisation", "country", "role", "gender"];
/// The most rows one import takes.
const MAX_ROWS: usize = 2000;

/// Splits CSV text into records of fields (RFC 4180: quotes, doubled quotes, commas and new
/// lines inside quotes), each with the line it starts on.
pub fn parse_csv(text: &str) -> Result<Vec<(u32, Vec<String>)>, Text> {
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
        return Err(Text::new(Msg::InvalidCsvQuote).with("line", start));
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
pub async fn check(db: &Db, csv: &str) -> Result<ImportCheck> {
    let records = parse_csv(csv).map_err(|m| AppError::invalid(Msg::FieldCsv, m))?;
    let Some(((_, header), rows)) = records.split_first() else {
        let message = Text::new(Msg::InvalidCsvEmpty).with("list", COLUMNS.join(","));
        return Err(AppError::invalid(Msg::FieldCsv, message).into());
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let mut problems = Vec::new();
    for h in &header {
        if !COLUMNS.contains(&h.as_str()) {
            problems
                .push(Text::new(Msg::ImportUnknownColumn).with("name", h).with("list", COLUMNS.join(", ")));
        }
    }
    if !header.iter().any(|h| h == "name") || !header.iter().any(|h| h == "username" || h == "email") {
        problems.push(Msg::ImportNeedsColumns.into());
    }
    if rows.len() > MAX_ROWS {
        problems.push(Text::new(Msg::ImportTooManyRows).with("count", rows.len()).with("max", MAX_ROWS));
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
            problems.push(
                Text::new(Msg::ImportFieldCount)
                    .with("line", *line)
                    .with("count", fields.len())
                    .with("columns", header.len()),
            );
            continue;
        }
        let name = column(fields, "name");
        let email = column(fields, "email");
        let mut username = username_key(&column(fields, "username"));
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
        let identity = if name.is_empty() {
            Err(AppError::invalid(Msg::FieldName, Msg::InvalidEmpty))
        } else {
            form.validate_identity().and_then(|()| check_profile(&form.profile))
        };
        if let Err(AppError::Invalid { field, message }) = identity {
            problems.push(
                Text::new(Msg::ImportLineField)
                    .with("line", *line)
                    .with("field", field)
                    .with("message", message),
            );
            continue;
        }
        if !seen.insert(username.clone()) {
            problems.push(Text::new(Msg::ImportUsernameTwice).with("line", *line).with("name", &username));
            continue;
        }
        if users::exists(db, &username).await? {
            problems.push(Text::new(Msg::ImportUsernameTaken).with("line", *line).with("name", &username));
            continue;
        }
        let profile = form.profile;
        out.push(ImportRow { line: *line, username, name, profile });
    }
    Ok(ImportCheck { rows: out, problems })
}

/// Checks `csv` and keeps it as `user`'s draft import into the cohort.
pub async fn keep(db: &Db, cohort: i64, user: i64, csv: &str) -> Result<ImportCheck> {
    let info = cohorts::info(db, cohort)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCohort).with("id", cohort)))?;
    access::writable(&info)?;
    let checked = check(db, csv).await?;
    imports::keep(db, cohort, user, csv).await?;
    Ok(checked)
}

/// The check of `user`'s draft import into the cohort, if there is one (checked again: accounts
/// may have been created since).
pub async fn draft_check(db: &Db, cohort: i64, user: i64) -> Result<Option<ImportCheck>> {
    match imports::draft(db, cohort, user).await? {
        Some(csv) => check(db, &csv).await.map(Some),
        None => Ok(None),
    }
}

pub async fn cancel(db: &Db, cohort: i64, user: i64) -> Result<()> {
    imports::forget(db, cohort, user).await
}

/// Writes the actor's draft: every account and enrolment, or nothing. The accounts' first
/// passwords are returned, once, and not kept; each must be changed at its first sign-in.
pub async fn commit(db: &Db, actor: &Viewer, cohort: i64) -> Result<Imported> {
    let info = cohorts::info(db, cohort)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCohort).with("id", cohort)))?;
    access::writable(&info)?;
    let user = actor.id;
    let csv = imports::draft(db, cohort, user)
        .await?
        .ok_or_else(|| AppError::invalid(Msg::FieldCsv, Msg::InvalidCsvNothing))?;
    let checked = check(db, &csv).await?;
    if !checked.problems.is_empty() {
        let message = Text::new(Msg::InvalidCsvProblems).with("count", checked.problems.len());
        return Err(AppError::invalid(Msg::FieldCsv, message).into());
    }
    let mut accounts = Vec::new();
    let mut hashes = Vec::new();
    for row in &checked.rows {
        let first_password = tokens::random_code(12);
        hashes.push(password::hash(first_password.clone()).await?);
        accounts.push((row.username.clone(), first_password));
    }
    let mut tx = db.begin().await?;
    for (row, hash) in checked.rows.iter().zip(&hashes) {
        let new = users::NewUser {
            username: &row.username,
            display_name: &row.name,
            role: Role::Trainee,
            password_hash: hash,
            profile: &row.profile,
        };
        let id = users::insert(&mut tx, &new).await?;
        users::mark_temporary(&mut tx, id).await?;
        cohorts::add_member(&mut tx, cohort, id, CohortRole::Trainee).await?;
    }
    tx.commit().await?;
    imports::forget(db, cohort, user).await?;
    let names: Vec<&str> = accounts.iter().map(|(u, _)| u.as_str()).collect();
    let event = Event::new(Action::TraineesImported, Some(actor), audit::cohort(cohort, &info.name))
        .in_program(info.program_id)
        .detail(format!("{} accounts: {}", names.len(), names.join(", ")));
    audit::record(db, event).await?;
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
        assert!(parse_csv("a\n\"open").unwrap_err().write(kujenga_types::Language::En).contains("line 2"));
    }

    #[test]
    fn usernames_come_from_emails_or_names() {
        assert_eq!(derive_username("A.Mensah@cert.test", "Ama Mensah"), "a.mensah");
        assert_eq!(derive_username("", "Ama Mensah"), "ama.mensah");
    }
}
