//! Setting up programmes and cohorts: the checks an admin's change must pass, then the change.
//! The caller has checked that the viewer is an admin.

use kujenga_types::programs::Choice;
use kujenga_types::{AppError, Role};

use crate::storage::cohorts::{self, CohortRole};
use crate::storage::{Db, programs, users};
use crate::{Core, Result};

/// A programme's or a cohort's name: 1 to 100 characters.
fn check_name(what: &str, name: &str) -> Result<(), AppError> {
    if name.trim().is_empty() || name.chars().count() > 100 {
        return Err(AppError::invalid("name", format!("give the {what} a name of 1 to 100 characters")));
    }
    Ok(())
}

/// Fails unless `user` is an account with `role`, naming the form `field`.
async fn require_role(db: &Db, user: i64, role: Role, field: &str) -> Result<()> {
    if users::viewer(db, user).await?.is_some_and(|v| v.role == role) {
        return Ok(());
    }
    let message = format!("choose an account with the {} role", role.label().to_lowercase());
    Err(AppError::invalid(field, message).into())
}

async fn require_program(db: &Db, program: i64) -> Result<()> {
    programs::name(db, program).await?.ok_or_else(|| AppError::not_found(format!("programme {program}")))?;
    Ok(())
}

/// Creates a programme and, unless `manager` is 0, names its first manager.
pub async fn new_program(db: &Db, name: &str, manager: i64) -> Result<()> {
    check_name("programme", name)?;
    let id = programs::create(db, name).await?;
    if manager != 0 {
        appoint_manager(db, id, manager).await?;
    }
    Ok(())
}

/// Makes a manager account a manager of a programme.
pub async fn appoint_manager(db: &Db, program: i64, manager: i64) -> Result<()> {
    require_role(db, manager, Role::Manager, "manager").await?;
    require_program(db, program).await?;
    programs::add_manager(db, program, manager).await
}

/// Takes a manager off a programme. The account stays, and so do the programme's figures.
pub async fn dismiss_manager(db: &Db, program: i64, manager: i64) -> Result<()> {
    require_program(db, program).await?;
    if !programs::remove_manager(db, program, manager).await? {
        return Err(AppError::invalid("manager", "that account does not manage this programme").into());
    }
    Ok(())
}

/// Gives a programme a new name; its dashboard shows it at once.
pub async fn retitle_program(core: &Core, program: i64, name: &str) -> Result<()> {
    check_name("programme", name)?;
    if !programs::rename(&core.db, program, name).await? {
        return Err(AppError::not_found(format!("programme {program}")).into());
    }
    core.analytics.forget(program);
    Ok(())
}

/// Adds an instructor to a cohort that exists already (one may have been named at its creation).
pub async fn assign_instructor(db: &Db, cohort: i64, instructor: i64) -> Result<()> {
    require_role(db, instructor, Role::Instructor, "instructor").await?;
    cohorts::info(db, cohort).await?.ok_or_else(|| AppError::not_found(format!("cohort {cohort}")))?;
    let mut tx = db.begin().await?;
    cohorts::add_member(&mut tx, cohort, instructor, CohortRole::Instructor).await?;
    tx.commit().await?;
    if !cohorts::is_instructor(db, cohort, instructor).await? {
        return Err(AppError::invalid("instructor", "this account is a trainee of the cohort").into());
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
    fn check(&self, catalog: &curriculum::Catalog) -> Result<(Option<String>, Option<String>), AppError> {
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
            let known = catalog.track(id).is_some() || catalog.module(id).is_some();
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

/// Opens a cohort in a programme, checking each field; `instructor` is 0 for none yet.
pub async fn open_cohort(core: &Core, form: &CohortForm<'_>, program: i64, instructor: i64) -> Result<i64> {
    let db = &core.db;
    let (starts, ends) = form.check(&core.catalog)?;
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
    let id = cohorts::create(db, &cohort).await?;
    if let Some(teacher) = teacher {
        let mut tx = db.begin().await?;
        cohorts::add_member(&mut tx, id, teacher, CohortRole::Instructor).await?;
        tx.commit().await?;
    }
    Ok(id)
}

/// Changes a cohort's name, dates and curriculum, checking each field as at its opening.
pub async fn revise_cohort(core: &Core, cohort: i64, form: &CohortForm<'_>) -> Result<()> {
    let (starts, ends) = form.check(&core.catalog)?;
    let dates = (starts.as_deref(), ends.as_deref());
    if !cohorts::update(&core.db, cohort, form.name, dates, form.content).await? {
        return Err(AppError::not_found(format!("cohort {cohort}")).into());
    }
    if let Some(program) = cohorts::info(&core.db, cohort).await?.and_then(|c| c.program_id) {
        core.analytics.forget(program);
    }
    Ok(())
}

/// The programmes page: the programmes this person may see and, for admins, the accounts,
/// cohorts and curriculum their set-up forms choose from.
pub async fn overview(
    core: &Core,
    viewer: &kujenga_types::Viewer,
) -> Result<kujenga_types::programs::ProgramsData> {
    let db = &core.db;
    let is_admin = viewer.role == Role::Admin;
    let choices = |rows: Vec<(i64, String, String)>| -> Vec<Choice> {
        rows.into_iter().map(|(id, name, user)| (id.to_string(), format!("{name} ({user})"))).collect()
    };
    let (managers, instructors, cohort_choices, content) = if is_admin {
        let cohort_choices =
            cohorts::visible_to(db, viewer).await?.into_iter().map(|c| (c.id.to_string(), c.name)).collect();
        (
            choices(users::with_role(db, Role::Manager).await?),
            choices(users::with_role(db, Role::Instructor).await?),
            cohort_choices,
            curriculum_choices(&core.catalog),
        )
    } else {
        Default::default()
    };
    Ok(kujenga_types::programs::ProgramsData {
        programs: programs::visible_to(db, viewer).await?,
        is_admin,
        managers,
        instructors,
        cohorts: cohort_choices,
        content,
    })
}
