//! The signed-in viewer, held in the tower-sessions session (stored in SQLite).

use std::sync::Arc;

use axum::http::request::Parts;
use leptos::prelude::use_context;
use sqlx::SqlitePool;
use tower_sessions::Session;

use crate::api::{AppError, Viewer};
use crate::state::state;
use crate::storage;

const USER_ID: &str = "user_id";

/// The viewer, looked up at most once per request.
#[derive(Clone, Default)]
pub struct RequestViewer(Arc<tokio::sync::OnceCell<Option<Viewer>>>);

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
pub async fn viewer() -> Result<Option<Viewer>, AppError> {
    let cache = use_context::<RequestViewer>().unwrap_or_default();
    cache.0.get_or_try_init(|| async { viewer_of(&session()?, &state().db).await }).await.cloned()
}

/// The person signed in to `session` (for handlers outside Leptos, such as downloads).
pub async fn viewer_of(session: &Session, db: &SqlitePool) -> Result<Option<Viewer>, AppError> {
    let Some(id) = session.get::<i64>(USER_ID).await.map_err(session_error)? else {
        return Ok(None);
    };
    storage::users::viewer(db, id).await
}

/// Starts a signed-in session under a new id, so an id planted before sign-in is useless.
pub async fn start(user_id: i64) -> Result<(), AppError> {
    let session = session()?;
    session.cycle_id().await.map_err(session_error)?;
    session.insert(USER_ID, user_id).await.map_err(session_error)
}

/// Keeps a value in the session (for what a plain form post must show on the next page).
pub async fn keep<T: serde::Serialize>(key: &str, value: &T) -> Result<(), AppError> {
    session()?.insert(key, value).await.map_err(session_error)
}

pub async fn peek<T: serde::de::DeserializeOwned>(key: &str) -> Result<Option<T>, AppError> {
    session()?.get(key).await.map_err(session_error)
}

/// Removes a value from the session and returns it.
pub async fn take<T: serde::de::DeserializeOwned>(key: &str) -> Result<Option<T>, AppError> {
    session()?.remove(key).await.map_err(session_error)
}

/// Ends the session and deletes it from the store.
pub async fn end() -> Result<(), AppError> {
    session()?.flush().await.map_err(session_error)
}
