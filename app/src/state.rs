//! What every request can reach on the server: settings, database, curriculum, limits.

use std::ops::Deref;
use std::sync::Arc;

use axum::extract::FromRef;
use curriculum::Catalog;
use leptos::prelude::LeptosOptions;
use sqlx::SqlitePool;

use crate::analytics::Analytics;
use crate::auth::rate_limit::Limits;

/// axum and Leptos clone the state for every request, so it is one shared pointer: a clone is
/// one counter increment, not one per field.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl AppState {
    pub fn new(shared: Shared) -> Self {
        AppState(Arc::new(shared))
    }
}

impl Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

pub struct Shared {
    pub leptos_options: LeptosOptions,
    pub db: SqlitePool,
    pub catalog: Arc<Catalog>,
    /// The install secret: learners' lab seeds derive from it. Never sent or logged.
    pub secret: Arc<[u8; 32]>,
    pub limits: Arc<Limits>,
    /// Programme dashboards' snapshots.
    pub analytics: Arc<Analytics>,
    pub viewers: Arc<crate::auth::session::ViewerCache>,
    pub learners: Arc<crate::learners::Learners>,
    /// Records answers with group commit.
    pub answers: Arc<crate::writer::AnswerWriter>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// Called for every request, before its page or server function runs.
pub fn provide_request_context(state: &AppState) {
    leptos::prelude::provide_context(state.clone());
    leptos::prelude::provide_context(state.leptos_options.clone());
    leptos::prelude::provide_context(crate::auth::session::RequestViewer::default());
}

/// The state, inside a server function or a page rendered on the server.
pub fn state() -> AppState {
    leptos::prelude::expect_context::<AppState>()
}
