//! The access policy: every server function begins with one of these calls, which states who
//! may call it and refuses everyone else.

use sqlx::SqlitePool;

use crate::api::{AppError, Role, Viewer};
use crate::auth::session;
use crate::storage::{cohorts, programs};

pub const ADMINS: &[Role] = &[Role::Admin];
/// Those who run cohorts: instructors and admins.
pub const STAFF: &[Role] = &[Role::Instructor, Role::Admin];

/// Anyone, signed in or not.
pub async fn anyone() -> Result<Option<Viewer>, AppError> {
    session::viewer().await
}

/// Any signed-in person.
pub async fn signed_in() -> Result<Viewer, AppError> {
    session::viewer().await?.ok_or(AppError::SignInRequired)
}

/// A signed-in person with one of `roles`.
pub async fn one_of(roles: &[Role]) -> Result<Viewer, AppError> {
    let viewer = signed_in().await?;
    if roles.contains(&viewer.role) { Ok(viewer) } else { Err(AppError::Forbidden) }
}

/// Admins, and the instructors of this cohort.
pub async fn cohort_staff(cohort_id: i64) -> Result<Viewer, AppError> {
    let viewer = signed_in().await?;
    let db = crate::state::state().db.clone();
    if viewer.role == Role::Admin || cohorts::is_instructor(&db, cohort_id, viewer.id).await? {
        Ok(viewer)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The cohort's staff, and the managers of the programme it belongs to.
pub async fn cohort_viewer(cohort_id: i64) -> Result<Viewer, AppError> {
    let viewer = signed_in().await?;
    let db = crate::state::state().db.clone();
    let info = cohorts::info(&db, cohort_id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("cohort {cohort_id}")))?;
    let manages = match info.program_id {
        Some(p) => programs::is_manager(&db, p, viewer.id).await?,
        None => false,
    };
    if viewer.role == Role::Admin || manages || cohorts::is_instructor(&db, cohort_id, viewer.id).await? {
        Ok(viewer)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Admins, and this programme's managers.
pub async fn program_viewer(program_id: i64) -> Result<Viewer, AppError> {
    let viewer = signed_in().await?;
    may_view_program(&crate::state::state().db, &viewer, program_id).await?;
    Ok(viewer)
}

/// The rule behind [`program_viewer`], for handlers outside Leptos (CSV exports).
pub async fn may_view_program(db: &SqlitePool, viewer: &Viewer, program_id: i64) -> Result<(), AppError> {
    if viewer.role == Role::Admin || programs::is_manager(db, program_id, viewer.id).await? {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}
