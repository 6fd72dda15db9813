//! The access policy: every server function begins with one of these calls, which states who
//! may call it and refuses everyone else.

use crate::api::{AppError, Role, Viewer};
use crate::auth::session;

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
