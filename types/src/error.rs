//! The error a person sees. Its message is safe to show and says what to do: internal details
//! are logged on the server and never sent.

use std::fmt;

use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    SignInRequired,
    /// The password was reset: the person must choose a new one before anything else.
    PasswordChangeRequired,
    Forbidden,
    NotFound(String),
    /// A form field that needs fixing, and how.
    Invalid {
        field: String,
        message: String,
    },
    WrongCredentials,
    TooManyAttempts {
        retry_after_secs: u64,
    },
    /// The server has more of this work waiting than it takes on (password checks, say).
    Busy {
        retry_after_secs: u64,
    },
    Internal,
    /// The request itself could not be read (for example a missing form field).
    Request(String),
}

impl AppError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        AppError::Invalid { field: field.to_string(), message: message.into() }
    }

    pub fn not_found(what: impl Into<String>) -> Self {
        AppError::NotFound(what.into())
    }

    /// How long to wait before trying again, for the errors that have one.
    pub fn retry_after_secs(&self) -> Option<u64> {
        match self {
            AppError::TooManyAttempts { retry_after_secs } | AppError::Busy { retry_after_secs } => {
                Some(*retry_after_secs)
            }
            _ => None,
        }
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::SignInRequired => write!(f, "Please sign in first."),
            AppError::PasswordChangeRequired => {
                write!(f, "Your password was reset: choose a new one on your account page first.")
            }
            AppError::Forbidden => write!(f, "Your account may not do this."),
            AppError::NotFound(what) => write!(f, "Not found: {what}."),
            AppError::Invalid { field, message } => write!(f, "{field}: {message}"),
            AppError::WrongCredentials => write!(f, "Wrong username or password."),
            AppError::TooManyAttempts { retry_after_secs } => {
                write!(f, "Too many attempts. Try again in {retry_after_secs} s.")
            }
            AppError::Busy { retry_after_secs } => {
                write!(f, "The server is busy. Please try again in {retry_after_secs} s.")
            }
            AppError::Internal => write!(f, "Something went wrong on the server. Please try again."),
            AppError::Request(message) => write!(f, "The form could not be read: {message}"),
        }
    }
}

impl std::error::Error for AppError {}

/// How a server function's error travels: as JSON, in both directions.
impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(m) | ServerFnErrorErr::Deserialization(m) => AppError::Request(m),
            other => AppError::Request(other.to_string()),
        }
    }
}
