//! Server functions, grouped by what they serve. Each one is "who may call (`ssr::who`), one
//! call into the core, the answer (`ssr::respond`)": the rules themselves live in the core, and
//! the types they exchange with the browser in `kujenga-types`.

pub mod admin;
pub mod answers;
pub mod audit;
pub mod auth;
pub mod cohorts;
pub mod credentials;
pub mod exercises;
pub mod learn;
pub mod people;
pub mod programs;
pub mod reviews;
