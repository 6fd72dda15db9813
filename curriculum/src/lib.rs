//! Kujenga's curriculum: the content format, its loader and validation, and Markdown rendering,
//! question checking and the lab generators.
//! Pure: no database and no HTTP, so the server, the `check` command and tests share it.

pub mod answers;
pub mod catalog;
pub mod error;
pub mod exercises;
pub mod labs;
pub mod load;
pub mod markdown;
pub mod questions;
pub mod translations;

pub use catalog::{Catalog, Coverage, Item, Located, Module, Term, Track};
pub use error::{ContentError, ContentErrors};
pub use exercises::{Exercise, ExerciseRole, Inject};
pub use kujenga_types::content::{ItemKind, QuestionKind};
pub use load::load;
pub use questions::{AnswerSource, Checked, Expected, Question};
