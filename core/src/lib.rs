//! Kujenga's server-side core: storage (all SQL), accounts and access rules, grading, the
//! learner cache, the answer writer, dashboards, programme set-up and CSV import.
//!
//! No web framework is in it. Its functions take what they need as parameters (the database,
//! the catalog, the viewer), so they are called the same way by server functions, by the
//! command line and by this crate's own tests. The layers inside, from the bottom:
//! `error`, `spreadsheets`; `storage`, `clock`; `limits`; `accounts`, `access`, `audit`, `issuer`;
//! `learners`, `writer`, `analytics`; `state`; then the features: `schedule`, `credentials`,
//! `exams`, `grading`, `exercises`, `setup`, `import`, `invites`;
//! and those that use them: `learn`, `cohorts`, `people`, `retention`.
//! A module uses only modules below it (checked by `tests/layers.rs` in the server crate).

pub mod access;
pub mod accounts;
pub mod analytics;
pub mod audit;
pub mod clock;
pub mod cohorts;
pub mod credentials;
pub mod error;
pub mod exams;
pub mod exercises;
pub mod grading;
pub mod import;
pub mod invites;
pub mod issuer;
pub mod learn;
pub mod learners;
pub mod limits;
pub mod peers;
pub mod people;
pub mod retention;
pub mod schedule;
pub mod setup;
pub mod spreadsheets;
pub mod state;
pub mod storage;
pub mod writer;

pub use error::{Error, Result};
pub use state::Core;
