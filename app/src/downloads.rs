//! Lab files: each learner downloads their own variant, generated from their seed.

use axum::extract::{Path, State};
use axum::response::Response;
use tower_sessions::Session;

use crate::api::AppError;
use crate::auth::session;
use crate::grading;
use crate::state::AppState;
use crate::web;

/// `GET /labs/{item}/files/{name}`. Who may call: a signed-in learner, for their own variant.
pub async fn artifact(
    State(state): State<AppState>,
    session: Session,
    Path((item, name)): Path<(String, String)>,
) -> Response {
    match find(&state, &session, &item, &name).await {
        // `name` is one of the generator's own file names, so it needs no escaping.
        Ok((media_type, bytes)) => web::attachment(&name, media_type, bytes),
        Err(error) => web::error_response(&error),
    }
}

async fn find(
    state: &AppState,
    session: &Session,
    item: &str,
    name: &str,
) -> Result<(&'static str, Vec<u8>), AppError> {
    let viewer = session::viewer_of(session, state).await?.ok_or(AppError::SignInRequired)?;
    let found = state.catalog.item(item).ok_or_else(|| AppError::NotFound(format!("lab `{item}`")))?;
    let generated = grading::variant(state, viewer.id, found.item)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("files of `{item}`")))?;
    let artifact = generated
        .artifacts
        .into_iter()
        .find(|a| a.name == name)
        .ok_or_else(|| AppError::NotFound(format!("file `{name}`")))?;
    Ok((artifact.media_type, artifact.bytes))
}
