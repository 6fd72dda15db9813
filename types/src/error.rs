//! The error a person sees. Its message is safe to show and says what to do: internal details
//! are logged on the server and never sent. Messages travel as [`Text`] (names and values) and
//! the server writes them in the reader's language; the browser receives them written
//! ([`AppError::Shown`]), so the WebAssembly needs no translations.

use std::fmt;

use kujenga_words::{Msg, Text};
use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    SignInRequired,
    /// The password was reset: the person must choose a new one before anything else.
    PasswordChangeRequired,
    Forbidden,
    /// What was not found (`missing-*` messages).
    NotFound(Text),
    /// A form field that needs fixing (`field-*`), and how.
    Invalid {
        field: Msg,
        message: Text,
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
    /// The request itself could not be read (for example a missing form field); the framework
    /// words the detail, in English.
    Request(String),
    /// An error already written in the reader's language: what an island's call receives.
    Shown(String),
}

impl AppError {
    pub fn invalid(field: Msg, message: impl Into<Text>) -> Self {
        AppError::Invalid { field, message: message.into() }
    }

    pub fn not_found(what: impl Into<Text>) -> Self {
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

    /// The error's message, to be written in a language.
    pub fn text(&self) -> Text {
        match self {
            AppError::SignInRequired => Msg::ErrorSignInRequired.into(),
            AppError::PasswordChangeRequired => Msg::ErrorPasswordChangeRequired.into(),
            AppError::Forbidden => Msg::ErrorForbidden.into(),
            AppError::NotFound(what) => Text::new(Msg::ErrorNotFound).with("what", what.clone()),
            AppError::Invalid { field, message } => {
                Text::new(Msg::ErrorInvalid).with("field", *field).with("message", message.clone())
            }
            AppError::WrongCredentials => Msg::ErrorWrongCredentials.into(),
            AppError::TooManyAttempts { retry_after_secs } => {
                Text::new(Msg::ErrorTooManyAttempts).with("count", *retry_after_secs)
            }
            AppError::Busy { retry_after_secs } => Text::new(Msg::ErrorBusy).with("count", *retry_after_secs),
            AppError::Internal => Msg::ErrorInternal.into(),
            AppError::Request(detail) => Text::new(Msg::ErrorRequest).with("message", detail.as_str()),
            AppError::Shown(words) => Text::new(Msg::ErrorShown).with("message", words.as_str()),
        }
    }
}

/// What the browser shows: the words the server wrote. On the server, where errors are
/// written with [`AppError::text`], this is for logs: the message's names, not its words.
impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Shown(words) => f.write_str(words),
            other => write!(f, "{:?}", other.text()),
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
