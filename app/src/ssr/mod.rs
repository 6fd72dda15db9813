//! Server-only glue between a Leptos request and the core: the state every request reaches,
//! who is asking (`session`, `who`), how a result becomes an answer (`respond`), and what a
//! page's response carries (`page`).

pub mod language;
pub mod page;
pub mod respond;
pub mod session;
pub mod who;

use std::ops::Deref;
use std::sync::Arc;

use std::net::IpAddr;

use axum::extract::FromRef;
use kujenga_core::Core;
use kujenga_core::limits::Network;
use leptos::prelude::LeptosOptions;

/// axum and Leptos clone the state for every request, so it is one shared pointer: a clone is
/// one counter increment, not one per field.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub core: Core,
    pub leptos_options: LeptosOptions,
    /// Proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed.
    pub trusted_proxies: Vec<Network>,
}

impl AppState {
    pub fn new(core: Core, leptos_options: LeptosOptions, trusted_proxies: Vec<Network>) -> Self {
        AppState(Arc::new(Shared { core, leptos_options, trusted_proxies }))
    }

    /// The client's address: the connection's, or what a trusted proxy says it forwarded.
    pub fn client_address(&self, peer: IpAddr, headers: &axum::http::HeaderMap) -> IpAddr {
        let forwarded = headers.get("x-forwarded-for").and_then(|v| v.to_str().ok());
        kujenga_core::limits::client_address(peer, forwarded, &self.trusted_proxies)
    }

    /// Whether the client reached a trusted proxy over HTTPS.
    pub fn behind_https(&self, peer: IpAddr, headers: &axum::http::HeaderMap) -> bool {
        let proto = headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok());
        self.trusted_proxies.iter().any(|n| n.contains(peer))
            && proto.is_some_and(|p| p.eq_ignore_ascii_case("https"))
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
    language::provide();
}

/// The state, inside a server function or a page rendered on the server.
fn state() -> AppState {
    leptos::prelude::expect_context::<AppState>()
}
