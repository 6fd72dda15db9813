//! Server-only glue between a Leptos request and the core: the state every request reaches,
//! who is asking (`session`, `who`), how a result becomes an answer (`respond`), and what a
//! page's response carries (`page`).

pub mod page;
pub mod respond;
pub mod session;
pub mod who;

use std::ops::Deref;
use std::sync::Arc;

use axum::extract::FromRef;
use kujenga_core::Core;
use leptos::prelude::LeptosOptions;

/// axum and Leptos clone the state for every request, so it is one shared pointer: a clone is
/// one counter increment, not one per field.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub core: Core,
    pub leptos_options: LeptosOptions,
}

impl AppState {
    pub fn new(core: Core, leptos_options: LeptosOptions) -> Self {
        AppState(Arc::new(Shared { core, leptos_options }))
    }
}

impl Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
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
    leptos::prelude::provide_context(session::RequestViewer::default());
}

/// The state, inside a server function or a page rendered on the server.
fn state() -> AppState {
    leptos::prelude::expect_context::<AppState>()
}
