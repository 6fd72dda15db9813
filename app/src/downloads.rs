//! Lab files: each learner downloads their own variant, generated from their seed.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use crate::api::AppError;
use crate::auth::session;
use crate::grading;
use crate::state::AppState;

/// `GET /labs/{item}/files/{name}`. Who may call: a signed-in learner, for their own variant.
pub async fn artifact(
    State(state): State<AppState>,
    session: Session,
    Path((item, name)): Path<(String, String)>,
) -> Response {
    match find(&state, &session, &item, &name).await {
        Ok((media_type, bytes)) => {
            // `name` is one of the generator's own file names, so it needs no escaping.
            let disposition = format!("attachment; filename=\"{name}\"");
            let mut response = bytes.into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
            if let Ok(value) = HeaderValue::from_str(&disposition) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
            response
        }
        Err(error) => {
            let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, error.to_string()).into_response()
        }
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
