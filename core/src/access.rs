//! Who may do what: the rules every server function applies to its caller before it does
//! anything. Each takes the signed-in viewer and refuses with `Forbidden`.

use kujenga_types::{AppError, Msg, Role, Text, Viewer};

use crate::Result;
use crate::storage::{Db, cohorts, programs};

pub const ADMINS: &[Role] = &[Role::Admin];
/// Those who run cohorts: instructors and admins.
pub const STAFF: &[Role] = &[Role::Instructor, Role::Admin];
/// Those who follow cohorts: their staff, and programme managers.
pub const COHORT_FOLLOWERS: &[Role] = &[Role::Instructor, Role::Manager, Role::Admin];
/// Those who read programmes: managers and admins.
pub const PROGRAM_READERS: &[Role] = &[Role::Manager, Role::Admin];

fn allow(allowed: bool) -> Result<()> {
    if allowed { Ok(()) } else { Err(AppError::Forbidden.into()) }
}

/// A viewer with one of `roles`.
pub fn one_of(viewer: &Viewer, roles: &[Role]) -> Result<()> {
    allow(roles.contains(&viewer.role))
}

/// Admins, and the instructors of this cohort.
pub async fn cohort_staff(db: &Db, viewer: &Viewer, cohort_id: i64) -> Result<()> {
    allow(viewer.role == Role::Admin || cohorts::is_instructor(db, cohort_id, viewer.id).await?)
}

/// The cohort's staff, and the managers of the programme it belongs to.
pub async fn cohort_viewer(db: &Db, viewer: &Viewer, cohort_id: i64) -> Result<()> {
    let info = cohorts::info(db, cohort_id)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCohort).with("id", cohort_id)))?;
    let manages = match info.program_id {
        Some(p) => programs::is_manager(db, p, viewer.id).await?,
        None => false,
    };
    allow(viewer.role == Role::Admin || manages || cohorts::is_instructor(db, cohort_id, viewer.id).await?)
}

/// Admins, and this programme's managers.
pub async fn program_viewer(db: &Db, viewer: &Viewer, program_id: i64) -> Result<()> {
    allow(viewer.role == Role::Admin || programs::is_manager(db, program_id, viewer.id).await?)
}

/// Admins, and the instructors of a cohort this trainee is in.
pub async fn trainee_staff(db: &Db, viewer: &Viewer, trainee_id: i64) -> Result<()> {
    one_of(viewer, STAFF)?;
    allow(viewer.role == Role::Admin || cohorts::teaches_trainee(db, viewer.id, trainee_id).await?)
}

/// An archived cohort (or one of an archived programme) is read-only: nothing about it changes.
pub fn writable(cohort: &kujenga_types::cohorts::CohortInfo) -> Result<()> {
    if cohort.archived {
        return Err(AppError::invalid(Msg::FieldCohort, Msg::InvalidCohortArchived).into());
    }
    Ok(())
}
