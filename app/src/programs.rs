//! Setting up programmes and cohorts (admins).

use sqlx::SqlitePool;

use crate::api::programs::Choice;
use crate::api::{AppError, Role};
use crate::state::AppState;
use crate::storage::{cohorts, programs, users};

/// Runs an admin's set-up change, as every set-up server function does: anyone else is
/// refused before `change` starts (a future does nothing until it is awaited), and a form
/// posted without JavaScript goes back to `back`.
pub async fn as_admin<T>(
    back: &str,
    change: impl Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
    crate::web::respond(async move {
        crate::auth::policy::one_of(crate::auth::policy::ADMINS).await?;
        let done = change.await?;
        crate::web::redirect_plain_form(back);
        Ok(done)
    })
    .await
}

/// A programme's or a cohort's name: 1 to 100 characters.
fn check_name(what: &str, name: &str) -> Result<(), AppError> {
    if name.trim().is_empty() || name.chars().count() > 100 {
        return Err(AppError::invalid("name", format!("give the {what} a name of 1 to 100 characters")));
    }
    Ok(())
}

/// Fails unless `user` is an account with `role`, naming the form `field`.
async fn require_role(db: &SqlitePool, user: i64, role: Role, field: &str) -> Result<(), AppError> {
    if users::viewer(db, user).await?.is_some_and(|v| v.role == role) {
        return Ok(());
    }
    Err(AppError::invalid(field, format!("choose an account with the {} role", role.label().to_lowercase())))
}

async fn require_program(db: &SqlitePool, program: i64) -> Result<(), AppError> {
    programs::name(db, program).await?.ok_or_else(|| AppError::NotFound(format!("programme {program}")))?;
    Ok(())
}

/// Creates a programme and, unless `manager` is 0, names its first manager.
pub async fn create_program(db: &SqlitePool, name: &str, manager: i64) -> Result<(), AppError> {
    check_name("programme", name)?;
    let id = programs::create(db, name).await?;
    if manager != 0 {
        add_manager(db, id, manager).await?;
    }
    Ok(())
}

/// Makes a manager account a manager of a programme.
pub async fn add_manager(db: &SqlitePool, program: i64, manager: i64) -> Result<(), AppError> {
    require_role(db, manager, Role::Manager, "manager").await?;
    require_program(db, program).await?;
    programs::add_manager(db, program, manager).await
}

/// Takes a manager off a programme. The account stays, and so do the programme's figures.
pub async fn remove_manager(db: &SqlitePool, program: i64, manager: i64) -> Result<(), AppError> {
    require_program(db, program).await?;
    if !programs::remove_manager(db, program, manager).await? {
        return Err(AppError::invalid("manager", "that account does not manage this programme"));
    }
    Ok(())
}

pub async fn rename_program(state: &AppState, program: i64, name: &str) -> Result<(), AppError> {
    check_name("programme", name)?;
    if !programs::rename(&state.db, program, name).await? {
        return Err(AppError::NotFound(format!("programme {program}")));
    }
    state.analytics.forget(program);
    Ok(())
}

/// Adds an instructor to a cohort that exists already (one may have been named at its creation).
pub async fn add_instructor(db: &SqlitePool, cohort: i64, instructor: i64) -> Result<(), AppError> {
    require_role(db, instructor, Role::Instructor, "instructor").await?;
    cohorts::info(db, cohort).await?.ok_or_else(|| AppError::NotFound(format!("cohort {cohort}")))?;
    cohorts::add_member(db, cohort, instructor, Role::Instructor).await?;
    if !cohorts::is_instructor(db, cohort, instructor).await? {
        return Err(AppError::invalid("instructor", "this account is a trainee of the cohort"));
    }
    Ok(())
}

/// The tracks and modules a cohort may follow, as form choices.
pub fn curriculum_choices(catalog: &curriculum::Catalog) -> Vec<Choice> {
    catalog
        .tracks()
        .iter()
        .flat_map(|t| {
            std::iter::once((t.id.clone(), format!("Track: {}", t.title)))
                .chain(t.modules.iter().map(|m| (m.id.clone(), format!("— {}", m.title))))
        })
        .collect()
}

/// A cohort's name, dates and curriculum as typed in a form.
pub struct CohortForm<'a> {
    pub name: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
    /// Track or module ids; none for the whole curriculum.
    pub content: &'a [String],
}

impl<'a> CohortForm<'a> {
    /// Checks each field; the dates come back in ISO form (or none when left empty).
    fn check(&self, state: &AppState) -> Result<(Option<String>, Option<String>), AppError> {
        check_name("cohort", self.name)?;
        let date = |field: &str, text: &str| -> Result<Option<String>, AppError> {
            if text.trim().is_empty() {
                return Ok(None);
            }
            curriculum::answers::date(text)
                .map(|d| Some(d.to_string()))
                .map_err(|m| AppError::invalid(field, m))
        };
        let (starts, ends) = (date("starts on", self.starts_on)?, date("ends on", self.ends_on)?);
        if let (Some(s), Some(e)) = (&starts, &ends)
            && e < s
        {
            return Err(AppError::invalid("ends on", "the cohort must end on or after the day it starts"));
        }
        for id in self.content {
            let known = state.catalog.track(id).is_some() || state.catalog.module(id).is_some();
            if !known {
                return Err(AppError::invalid(
                    "content",
                    format!("`{id}` is not a track or module of the curriculum"),
                ));
            }
        }
        Ok((starts, ends))
    }
}

/// Creates a cohort in a programme, checking each field.
pub async fn create_cohort(
    state: &AppState,
    form: &CohortForm<'_>,
    program: i64,
    instructor: i64,
) -> Result<i64, AppError> {
    let db = &state.db;
    let (starts, ends) = form.check(state)?;
    programs::name(db, program)
        .await?
        .ok_or_else(|| AppError::invalid("program", "choose an existing programme"))?;
    let teacher = if instructor == 0 {
        None
    } else {
        require_role(db, instructor, Role::Instructor, "instructor").await?;
        Some(instructor)
    };
    let cohort = cohorts::NewCohort {
        name: form.name,
        program_id: Some(program),
        starts_on: starts.as_deref(),
        ends_on: ends.as_deref(),
        content: form.content,
    };
    let id = cohorts::create_cohort(db, &cohort).await?;
    if let Some(teacher) = teacher {
        cohorts::add_member(db, id, teacher, Role::Instructor).await?;
    }
    Ok(id)
}

/// Changes a cohort's name, dates and curriculum, checking each field as at its creation.
pub async fn update_cohort(state: &AppState, cohort: i64, form: &CohortForm<'_>) -> Result<(), AppError> {
    let (starts, ends) = form.check(state)?;
    let dates = (starts.as_deref(), ends.as_deref());
    if !cohorts::update_cohort(&state.db, cohort, form.name, dates, form.content).await? {
        return Err(AppError::NotFound(format!("cohort {cohort}")));
    }
    if let Some(program) = cohorts::info(&state.db, cohort).await?.and_then(|c| c.program_id) {
        state.analytics.forget(program);
    }
    Ok(())
}
