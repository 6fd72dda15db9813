//! The signed-in viewer, held in the tower-sessions session.

use std::sync::Arc;

use axum::http::request::Parts;
use kujenga_types::{AppError, Viewer};
use leptos::prelude::use_context;
use tower_sessions::Session;

use super::AppState;

const USER_ID: &str = "user_id";
/// The account's session generation when the session was made (see `accounts::end_sessions`).
const GENERATION: &str = "generation";

/// The signed-in person of a request, and what their account says about the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub viewer: Viewer,
    /// Their password was reset: they must choose a new one before anything else.
    pub must_change_password: bool,
    /// The interface language they chose (empty: none).
    pub language: String,
}

/// The caller, looked up at most once per request.
#[derive(Clone, Default)]
pub struct RequestViewer(Arc<tokio::sync::OnceCell<Option<Caller>>>);

fn session() -> Result<Session, AppError> {
    use_context::<Parts>().and_then(|p| p.extensions.get::<Session>().cloned()).ok_or_else(|| {
        tracing::error!("no session layer on this request");
        AppError::Internal
    })
}

fn session_error(e: tower_sessions::session::Error) -> AppError {
    tracing::error!("session store: {e}");
    AppError::Internal
}

/// The signed-in person, or `None`. A disabled or deleted account counts as signed out.
pub async fn caller() -> Result<Option<Caller>, AppError> {
    let cache = use_context::<RequestViewer>().unwrap_or_default();
    cache.0.get_or_try_init(|| async { caller_of(&session()?, &super::state()).await }).await.cloned()
}

/// The person signed in to `session`. A session made before its account's sessions were ended
/// signs no one in.
async fn caller_of(session: &Session, state: &AppState) -> Result<Option<Caller>, AppError> {
    let Some(id) = session.get::<i64>(USER_ID).await.map_err(session_error)? else {
        return Ok(None);
    };
    let generation = session.get::<i64>(GENERATION).await.map_err(session_error)?.unwrap_or(0);
    let active = state.core.viewers.get(&state.core.db, id).await?;
    Ok(active.filter(|a| a.session_generation == generation).map(|a| Caller {
        viewer: a.viewer,
        must_change_password: a.must_change_password,
        language: a.language,
    }))
}

/// The person signed in to `session`, for handlers outside Leptos (downloads): refused while
/// their password must be changed.
pub async fn viewer_of(session: &Session, state: &AppState) -> Result<Option<Viewer>, AppError> {
    match caller_of(session, state).await? {
        Some(c) if c.must_change_password => Err(AppError::PasswordChangeRequired),
        other => Ok(other.map(|c| c.viewer)),
    }
}

/// Starts a signed-in session under a new id, so an id planted before sign-in is useless.
pub async fn start(user_id: i64) -> Result<(), AppError> {
    let state = super::state();
    let generation =
        state.core.viewers.get(&state.core.db, user_id).await?.map_or(0, |a| a.session_generation);
    let session = session()?;
    session.cycle_id().await.map_err(session_error)?;
    session.insert(USER_ID, user_id).await.map_err(session_error)?;
    session.insert(GENERATION, generation).await.map_err(session_error)
}

/// Ends the session and deletes it from the store.
pub async fn end() -> Result<(), AppError> {
    session()?.flush().await.map_err(session_error)
}
