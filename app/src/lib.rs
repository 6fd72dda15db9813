//! The Kujenga web app: pages, components and server functions (Leptos, in islands mode:
//! pages are plain server-rendered HTML, and only the interactive parts ship WebAssembly).
//!
//! Layers, from the bottom: `ssr` (server only: the request's state, session and answer),
//! `api` (server functions) and `i18n` (the interface's words), `components`, `pages`, then
//! `app` (the shell and the routes).
//! A module uses only the layers below it. What the server functions do is in `kujenga-core`;
//! what they exchange with the browser is in `kujenga-types`.

pub mod api;
pub mod app;
pub mod components;
pub mod i18n;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod ssr;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
