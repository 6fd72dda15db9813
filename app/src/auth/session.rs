//! The signed-in viewer, held in the tower-sessions session (stored in SQLite).

use std::sync::Arc;

use axum::http::request::Parts;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use leptos::prelude::use_context;
use sqlx::SqlitePool;
use tower_sessions::Session;

use crate::api::{AppError, Viewer};
use crate::state::{AppState, state};
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

/// Accounts by id, kept for [`VIEWER_TTL`] so that a signed-in page need not read the account
/// each time. A role change or a disabled account takes effect within that time.
#[derive(Default)]
pub struct ViewerCache(Mutex<HashMap<i64, (Option<Viewer>, Instant)>>);

pub const VIEWER_TTL: Duration = Duration::from_secs(30);

impl ViewerCache {
    async fn get(&self, db: &SqlitePool, id: i64) -> Result<Option<Viewer>, AppError> {
        let cached = self.0.lock().unwrap_or_else(|e| e.into_inner()).get(&id).cloned();
        if let Some((viewer, at)) = cached
            && at.elapsed() < VIEWER_TTL
        {
            return Ok(viewer);
        }
        let viewer = storage::users::viewer(db, id).await?;
        let mut entries = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() > 50_000 {
            entries.retain(|_, (_, at)| at.elapsed() < VIEWER_TTL);
        }
        entries.insert(id, (viewer.clone(), Instant::now()));
        Ok(viewer)
    }
}

/// The signed-in person, or `None`. A disabled or deleted account counts as signed out.
pub async fn viewer() -> Result<Option<Viewer>, AppError> {
    let cache = use_context::<RequestViewer>().unwrap_or_default();
    cache.0.get_or_try_init(|| async { viewer_of(&session()?, &state()).await }).await.cloned()
}

/// The person signed in to `session` (for handlers outside Leptos, such as downloads).
pub async fn viewer_of(session: &Session, state: &AppState) -> Result<Option<Viewer>, AppError> {
    let Some(id) = session.get::<i64>(USER_ID).await.map_err(session_error)? else {
        return Ok(None);
    };
    state.viewers.get(&state.db, id).await
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
