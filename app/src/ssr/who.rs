//! Who may call: every server function starts with one of these, which finds the viewer of
//! the request, applies the core's access rule and refuses everyone else. Each returns the
//! state with the viewer, for the one call into the core that follows.

use kujenga_core::access;
use kujenga_core::storage::Db;
use kujenga_types::{AppError, Role, Viewer};

use super::{AppState, session, state};

/// Anyone at all, whatever their session says (signing in, joining): the state only.
pub fn state_of_anyone() -> AppState {
    state()
}

/// Anyone, signed in or not; a person whose password was reset must change it first.
pub async fn anyone() -> Result<(AppState, Option<Viewer>), AppError> {
    match session::caller().await? {
        Some(c) if c.must_change_password => Err(AppError::PasswordChangeRequired),
        caller => Ok((state(), caller.map(|c| c.viewer))),
    }
}

/// Any signed-in person, once their password is their own.
pub async fn signed_in() -> Result<(AppState, Viewer), AppError> {
    let (state, viewer) = anyone().await?;
    Ok((state, viewer.ok_or(AppError::SignInRequired)?))
}

/// Any signed-in person, even one who must change their password (for that change, and for
/// their account page).
pub async fn signed_in_even_with_reset_password() -> Result<(AppState, session::Caller), AppError> {
    let caller = session::caller().await?.ok_or(AppError::SignInRequired)?;
    Ok((state(), caller))
}

/// A signed-in person with one of `roles`.
pub async fn one_of(roles: &[Role]) -> Result<(AppState, Viewer), AppError> {
    let (state, viewer) = signed_in().await?;
    access::one_of(&viewer, roles)?;
    Ok((state, viewer))
}

/// A signed-in person who passes `rule`, one of the core's access rules.
async fn passing(
    rule: impl AsyncFnOnce(&Db, &Viewer) -> kujenga_core::Result<()>,
) -> Result<(AppState, Viewer), AppError> {
    let (state, viewer) = signed_in().await?;
    rule(&state.core.db, &viewer).await?;
    Ok((state, viewer))
}

/// Admins, and the instructors of this cohort.
pub async fn cohort_staff(cohort: i64) -> Result<(AppState, Viewer), AppError> {
    passing(async |db, viewer| access::cohort_staff(db, viewer, cohort).await).await
}

/// The cohort's staff, and the managers of the programme it belongs to.
pub async fn cohort_viewer(cohort: i64) -> Result<(AppState, Viewer), AppError> {
    passing(async |db, viewer| access::cohort_viewer(db, viewer, cohort).await).await
}

/// Admins, and this programme's managers.
pub async fn program_viewer(program: i64) -> Result<(AppState, Viewer), AppError> {
    passing(async |db, viewer| access::program_viewer(db, viewer, program).await).await
}

/// Admins, and the instructors of a cohort this trainee is in.
pub async fn trainee_staff(trainee: i64) -> Result<(AppState, Viewer), AppError> {
    passing(async |db, viewer| access::trainee_staff(db, viewer, trainee).await).await
}
