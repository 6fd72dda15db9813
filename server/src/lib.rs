//! The Kujenga process: settings, start-up, the axum router and its layers, file downloads and
//! CSV exports, and the command-line commands. `main.rs` only dispatches; tests drive
//! [`router`] directly.

pub mod admission;
pub mod commands;
pub mod compress;
pub mod config;
pub mod credentials;
pub mod demo;
pub mod downloads;
pub mod exports;
pub mod router;
pub mod security;
pub mod seed;
pub mod sessions;
pub mod startup;

pub use router::{MAX_BODY_BYTES, router};
pub use startup::build_state;
