//! The Kujenga web app: pages, components and server functions (Leptos, in islands mode:
//! pages are plain server-rendered HTML, and only the interactive parts ship WebAssembly).

pub mod api;
pub mod app;
pub mod components;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod analytics;
#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod cohorts;
#[cfg(feature = "ssr")]
pub mod downloads;
#[cfg(feature = "ssr")]
pub mod exports;
#[cfg(feature = "ssr")]
pub mod grading;
#[cfg(feature = "ssr")]
pub mod learners;
#[cfg(feature = "ssr")]
pub mod programs;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod storage;
#[cfg(feature = "ssr")]
pub mod web;
#[cfg(feature = "ssr")]
pub mod writer;

/// Where server functions are mounted.
pub const API_PREFIX: &str = "/api/";

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
