//! What the browser and the server exchange: who a person is, what a page shows, and the error
//! a person sees. Compiled for WebAssembly (islands) and for the server alike, so nothing here
//! reads a database, a session or a file.

pub mod accounts;
pub mod answers;
pub mod audit;
pub mod cohorts;
pub mod content;
pub mod credentials;
pub mod error;
pub mod exercises;
pub mod format;
pub mod learn;
pub mod people;
pub mod programs;
pub mod record;
pub mod reviews;

pub use error::AppError;
pub use kujenga_words::{Arg, Language, Msg, Text};
pub use people::{Profile, Role, Viewer};
