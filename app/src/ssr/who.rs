//! Who may call: every server function starts with one of these, which finds the viewer of
//! the request, applies the core's access rule and refuses everyone else. Each returns the
//! state with the viewer, for the one call into the core that follows.

use kujenga_core::access;
use kujenga_types::{AppError, Role, Viewer};

use super::{AppState, session, state};

/// Anyone, signed in or not.
pub async fn anyone() -> Result<(AppState, Option<Viewer>), AppError> {
    Ok((state(), session::viewer().await?))
}

/// Any signed-in person.
pub async fn signed_in() -> Result<(AppState, Viewer), AppError> {
    let viewer = session::viewer().await?.ok_or(AppError::SignInRequired)?;
    Ok((state(), viewer))
}

/// A signed-in person with one of `roles`.
pub async fn one_of(roles: &[Role]) -> Result<(AppState, Viewer), AppError> {
    let (state, viewer) = signed_in().await?;
    access::one_of(&viewer, roles)?;
    Ok((state, viewer))
}

/// Admins, and the instructors of this cohort.
pub async fn cohort_staff(cohort: i64) -> Result<(AppState, Viewer), AppError> {
    let (state, viewer) = signed_in().await?;
    access::cohort_staff(&state.core.db, &viewer, cohort).await?;
    Ok((state, viewer))
}

/// The cohort's staff, and the managers of the programme it belongs to.
pub async fn cohort_viewer(cohort: i64) -> Result<(AppState, Viewer), AppError> {
    let (state, viewer) = signed_in().await?;
    access::cohort_viewer(&state.core.db, &viewer, cohort).await?;
    Ok((state, viewer))
}

/// Admins, and this programme's managers.
pub async fn program_viewer(program: i64) -> Result<(AppState, Viewer), AppError> {
    let (state, viewer) = signed_in().await?;
    access::program_viewer(&state.core.db, &viewer, program).await?;
    Ok((state, viewer))
}

/// Admins, and the instructors of a cohort this trainee is in.
pub async fn trainee_staff(trainee: i64) -> Result<(AppState, Viewer), AppError> {
    let (state, viewer) = signed_in().await?;
    access::trainee_staff(&state.core.db, &viewer, trainee).await?;
    Ok((state, viewer))
}
