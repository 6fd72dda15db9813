//! Setting up programmes and cohorts: the checks an admin's change must pass, then the change,
//! written to the audit log. The caller has checked that the actor is an admin.

use kujenga_types::programs::Choice;
use kujenga_types::{AppError, Msg, Role, Text, Viewer};

use crate::audit::{self, Action, Event};
use crate::storage::cohorts::{self, CohortRole};
use crate::storage::{Db, programs, users};
use crate::{Core, Result, access};

/// A programme's or a cohort's name: 1 to 100 characters.
fn check_name(wrong: Msg, name: &str) -> Result<(), AppError> {
    if name.trim().is_empty() || name.chars().count() > 100 {
        return Err(AppError::invalid(Msg::FieldName, wrong));
    }
    Ok(())
}

/// Fails unless `user` is an account with `role`, naming the form `field`.
async fn require_role(db: &Db, user: i64, role: Role, field: Msg) -> Result<()> {
    if users::viewer(db, user).await?.is_some_and(|v| v.role == role) {
        return Ok(());
    }
    let message = Text::new(Msg::InvalidNeedsRole).with("role", role.title());
    Err(AppError::invalid(field, message).into())
}

/// The programme's name; refused when it does not exist, or (with `writable`) is archived.
async fn require_program(db: &Db, program: i64, writable: bool) -> Result<String> {
    let name = programs::name(db, program)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingProgramme).with("id", program)))?;
    if writable && programs::archived(db, program).await? == Some(true) {
        return Err(AppError::invalid(Msg::FieldProgram, Msg::InvalidProgrammeArchived).into());
    }
    Ok(name)
}

async fn username(db: &Db, id: i64) -> Result<String> {
    Ok(users::account(db, id).await?.map(|a| a.username).unwrap_or_default())
}

/// Creates a programme and, unless `manager` is 0, names its first manager.
pub async fn new_program(core: &Core, actor: &Viewer, name: &str, manager: i64) -> Result<()> {
    check_name(Msg::InvalidProgrammeName, name)?;
    let id = programs::create(&core.db, name).await?;
    let event =
        Event::new(Action::ProgramCreated, Some(actor), audit::program(id, name.trim())).in_program(Some(id));
    audit::record(&core.db, event).await?;
    if manager != 0 {
        appoint_manager(core, actor, id, manager).await?;
    }
    Ok(())
}

/// Makes a manager account a manager of a programme.
pub async fn appoint_manager(core: &Core, actor: &Viewer, program: i64, manager: i64) -> Result<()> {
    let db = &core.db;
    require_role(db, manager, Role::Manager, Msg::FieldManager).await?;
    let name = require_program(db, program, true).await?;
    programs::add_manager(db, program, manager).await?;
    let event =
        Event::new(Action::ManagerAdded, Some(actor), audit::account(manager, &username(db, manager).await?))
            .in_program(Some(program))
            .detail(format!("to {}", audit::program(program, &name)));
    audit::record(db, event).await
}

/// Takes a manager off a programme. The account stays, and so do the programme's figures.
pub async fn dismiss_manager(core: &Core, actor: &Viewer, program: i64, manager: i64) -> Result<()> {
    let db = &core.db;
    let name = require_program(db, program, true).await?;
    if !programs::remove_manager(db, program, manager).await? {
        return Err(AppError::invalid(Msg::FieldManager, Msg::InvalidNotManager).into());
    }
    let event = Event::new(
        Action::ManagerRemoved,
        Some(actor),
        audit::account(manager, &username(db, manager).await?),
    )
    .in_program(Some(program))
    .detail(format!("from {}", audit::program(program, &name)));
    audit::record(db, event).await
}

/// Gives a programme a new name; its dashboard shows it at once.
pub async fn retitle_program(core: &Core, actor: &Viewer, program: i64, name: &str) -> Result<()> {
    check_name(Msg::InvalidProgrammeName, name)?;
    let old = require_program(&core.db, program, true).await?;
    if !programs::rename(&core.db, program, name).await? {
        return Err(AppError::not_found(Text::new(Msg::MissingProgramme).with("id", program)).into());
    }
    core.analytics.forget(program);
    let event = Event::new(Action::ProgramRenamed, Some(actor), audit::program(program, name.trim()))
        .in_program(Some(program))
        .detail(format!("was `{old}`"));
    audit::record(&core.db, event).await
}

/// Archives a programme (read-only afterwards, still counted in dashboards) or brings it back.
pub async fn archive_program(core: &Core, actor: &Viewer, program: i64, archived: bool) -> Result<()> {
    let name = require_program(&core.db, program, false).await?;
    programs::set_archived(&core.db, program, archived).await?;
    let action = if archived { Action::ProgramArchived } else { Action::ProgramRestored };
    let event = Event::new(action, Some(actor), audit::program(program, &name)).in_program(Some(program));
    audit::record(&core.db, event).await
}

/// Archives a cohort (read-only afterwards, still counted in dashboards) or brings it back.
pub async fn archive_cohort(core: &Core, actor: &Viewer, cohort: i64, archived: bool) -> Result<()> {
    let info = cohorts::info(&core.db, cohort)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCohort).with("id", cohort)))?;
    cohorts::set_archived(&core.db, cohort, archived).await?;
    let action = if archived { Action::CohortArchived } else { Action::CohortRestored };
    let event =
        Event::new(action, Some(actor), audit::cohort(cohort, &info.name)).in_program(info.program_id);
    audit::record(&core.db, event).await
}

/// Adds an instructor to a cohort that exists already (one may have been named at its creation).
pub async fn assign_instructor(core: &Core, actor: &Viewer, cohort: i64, instructor: i64) -> Result<()> {
    let db = &core.db;
    require_role(db, instructor, Role::Instructor, Msg::FieldInstructor).await?;
    let info = cohorts::info(db, cohort)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCohort).with("id", cohort)))?;
    access::writable(&info)?;
    let mut tx = db.begin().await?;
    cohorts::add_member(&mut tx, cohort, instructor, CohortRole::Instructor).await?;
    tx.commit().await?;
    if !cohorts::is_instructor(db, cohort, instructor).await? {
        return Err(AppError::invalid(Msg::FieldInstructor, Msg::InvalidTraineeOfCohort).into());
    }
    let event = Event::new(
        Action::InstructorAdded,
        Some(actor),
        audit::account(instructor, &username(db, instructor).await?),
    )
    .in_program(info.program_id)
    .detail(format!("to {}", audit::cohort(cohort, &info.name)));
    audit::record(db, event).await
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
        check_name(Msg::InvalidCohortName, self.name)?;
        let date = |field: Msg, text: &str| -> Result<Option<String>, AppError> {
            if text.trim().is_empty() {
                return Ok(None);
            }
            curriculum::answers::date(text)
                .map(|d| Some(d.to_string()))
                .map_err(|m| AppError::invalid(field, m))
        };
        let (starts, ends) =
            (date(Msg::FieldStartsOn, self.starts_on)?, date(Msg::FieldEndsOn, self.ends_on)?);
        if let (Some(s), Some(e)) = (&starts, &ends)
            && e < s
        {
            return Err(AppError::invalid(Msg::FieldEndsOn, Msg::InvalidCohortDates));
        }
        for id in self.content {
            let known = catalog.track(id).is_some() || catalog.module(id).is_some();
            if !known {
                return Err(AppError::invalid(
                    Msg::FieldContent,
                    Text::new(Msg::InvalidNotContent).with("id", id),
                ));
            }
        }
        Ok((starts, ends))
    }
}

/// Opens a cohort in a programme, checking each field; `instructor` is 0 for none yet.
pub async fn open_cohort(
    core: &Core,
    actor: &Viewer,
    form: &CohortForm<'_>,
    program: i64,
    instructor: i64,
) -> Result<i64> {
    let db = &core.db;
    let (starts, ends) = form.check(&core.catalog)?;
    programs::name(db, program)
        .await?
        .ok_or_else(|| AppError::invalid(Msg::FieldProgram, Msg::InvalidChooseProgramme))?;
    require_program(db, program, true).await?;
    let teacher = if instructor == 0 {
        None
    } else {
        require_role(db, instructor, Role::Instructor, Msg::FieldInstructor).await?;
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
    let event = Event::new(Action::CohortCreated, Some(actor), audit::cohort(id, form.name.trim()))
        .in_program(Some(program));
    audit::record(db, event).await?;
    Ok(id)
}

/// Changes a cohort's name, dates and curriculum, checking each field as at its opening.
pub async fn revise_cohort(core: &Core, actor: &Viewer, cohort: i64, form: &CohortForm<'_>) -> Result<()> {
    let before = cohorts::info(&core.db, cohort)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCohort).with("id", cohort)))?;
    access::writable(&before)?;
    let (starts, ends) = form.check(&core.catalog)?;
    let dates = (starts.as_deref(), ends.as_deref());
    if !cohorts::update(&core.db, cohort, form.name, dates, form.content).await? {
        return Err(AppError::not_found(Text::new(Msg::MissingCohort).with("id", cohort)).into());
    }
    if let Some(program) = before.program_id {
        core.analytics.forget(program);
    }
    core.learners.forget_all();
    let detail = format!(
        "name `{}`, from {} to {}, curriculum {}",
        form.name.trim(),
        starts.as_deref().unwrap_or("-"),
        ends.as_deref().unwrap_or("-"),
        if form.content.is_empty() { "all".to_string() } else { form.content.join(" ") }
    );
    let event = Event::new(Action::CohortChanged, Some(actor), audit::cohort(cohort, &before.name))
        .in_program(before.program_id)
        .detail(detail);
    audit::record(&core.db, event).await
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
