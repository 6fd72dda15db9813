//! The core's error: a problem the person can act on (shown to them as it is), or a failure
//! of the server (logged, and shown only as "something went wrong").

use kujenga_types::AppError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// What the person sees: a field to fix, a refusal, something not found. Written out here
    /// in English (for the command line and logs); pages write it in the reader's language.
    #[error("{}", .0.text().write(kujenga_types::Language::En))]
    App(#[from] AppError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    /// A failure the person cannot act on, such as stored data that makes no sense.
    #[error("{0}")]
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The error as a person sees it; server failures are logged here, once, and never shown.
impl From<Error> for AppError {
    fn from(error: Error) -> AppError {
        match error {
            Error::App(shown) => shown,
            failure => {
                tracing::error!("{failure}");
                AppError::Internal
            }
        }
    }
}
