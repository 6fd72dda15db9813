//! Setting up programmes and cohorts (admins).

use sqlx::SqlitePool;

use crate::api::{AppError, Role};
use crate::state::AppState;
use crate::storage::{cohorts, programs, users};

/// Makes a manager account a manager of a programme.
pub async fn add_manager(db: &SqlitePool, program: i64, manager: i64) -> Result<(), AppError> {
    let is_manager = users::viewer(db, manager).await?.is_some_and(|v| v.role == Role::Manager);
    if !is_manager {
        return Err(AppError::invalid("manager", "choose an account with the program manager role"));
    }
    programs::name(db, program).await?.ok_or_else(|| AppError::NotFound(format!("programme {program}")))?;
    programs::add_manager(db, program, manager).await
}

/// Creates a cohort in a programme, checking each field.
pub async fn create_cohort(
    state: &AppState,
    name: &str,
    program: i64,
    starts_on: &str,
    ends_on: &str,
    instructor: i64,
    content: &[String],
) -> Result<i64, AppError> {
    let db = &state.db;
    if name.trim().is_empty() || name.chars().count() > 100 {
        return Err(AppError::invalid("name", "give the cohort a name of 1 to 100 characters"));
    }
    programs::name(db, program)
        .await?
        .ok_or_else(|| AppError::invalid("program", "choose an existing programme"))?;
    let date = |field: &str, text: &str| -> Result<Option<String>, AppError> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        curriculum::answers::date(text).map(|d| Some(d.to_string())).map_err(|m| AppError::invalid(field, m))
    };
    let (starts, ends) = (date("starts on", starts_on)?, date("ends on", ends_on)?);
    if let (Some(s), Some(e)) = (&starts, &ends)
        && e < s
    {
        return Err(AppError::invalid("ends on", "the cohort must end on or after the day it starts"));
    }
    for id in content {
        let known = state.catalog.track(id).is_some() || state.catalog.module(id).is_some();
        if !known {
            return Err(AppError::invalid(
                "content",
                format!("`{id}` is not a track or module of the curriculum"),
            ));
        }
    }
    let teacher = if instructor == 0 {
        None
    } else {
        let is_instructor = users::viewer(db, instructor).await?.is_some_and(|v| v.role == Role::Instructor);
        if !is_instructor {
            return Err(AppError::invalid("instructor", "choose an account with the instructor role"));
        }
        Some(instructor)
    };
    let cohort = cohorts::NewCohort {
        name,
        program_id: Some(program),
        starts_on: starts.as_deref(),
        ends_on: ends.as_deref(),
        content,
    };
    let id = cohorts::create_cohort(db, &cohort).await?;
    if let Some(teacher) = teacher {
        cohorts::add_member(db, id, teacher, Role::Instructor).await?;
    }
    Ok(id)
}
