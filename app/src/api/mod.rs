//! Server functions, grouped by resource, and the types they exchange with the views.
//! Each server function starts by stating who may call it (see `crate::auth::policy`).

pub mod admin;
pub mod answers;
pub mod auth;
pub mod cohorts;
pub mod learn;
pub mod programs;
pub mod reviews;

use std::fmt;

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// Percent-encodes a value for a query string (`/` is kept, for paths).
pub fn encode_query(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A Unix time as UTC `YYYY-MM-DD HH:MM`.
pub fn date_time(unix_seconds: i64) -> String {
    let seconds = unix_seconds.rem_euclid(86_400);
    format!("{} {:02}:{:02}", date(unix_seconds), seconds / 3600, seconds / 60 % 60)
}

/// The shortest password Kujenga accepts.
pub const MIN_PASSWORD: usize = 10;

/// A Unix time as a UTC calendar date, `YYYY-MM-DD`.
pub fn date(unix_seconds: i64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = unix_seconds.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// What a person may do in Kujenga. Stored as lowercase text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Trainee,
    Instructor,
    Manager,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Trainee, Role::Instructor, Role::Manager, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Trainee => "trainee",
            Role::Instructor => "instructor",
            Role::Manager => "manager",
            Role::Admin => "admin",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Trainee => "Trainee",
            Role::Instructor => "Instructor",
            Role::Manager => "Program manager",
            Role::Admin => "Administrator",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text.trim().to_ascii_lowercase())
    }
}

/// What trainees do at work, as programmes report it.
pub const JOBS: [&str; 7] = [
    "CERT/CSIRT analyst",
    "Police investigator",
    "Prosecutor",
    "Judge",
    "Forensic analyst",
    "Policy officer",
    "Other",
];

/// Gender is optional: the empty value means "not given".
pub const GENDERS: [&str; 4] = ["", "female", "male", "other"];

/// A trainee's profile. Empty text means "not given". Shown only to their instructors and admins.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub email: String,
    pub organisation: String,
    /// ISO 3166-1 alpha-2 code, such as KE.
    pub country: String,
    pub job: String,
    pub gender: String,
}

/// The signed-in person, as pages need to know them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
}

/// Every error a server function can return. The message is safe to show: internal details
/// are logged on the server and never sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    SignInRequired,
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
    Internal,
    /// The request itself could not be read (for example a missing form field).
    Request(String),
}

impl AppError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        AppError::Invalid { field: field.to_string(), message: message.into() }
    }

    pub fn status(&self) -> u16 {
        match self {
            AppError::SignInRequired => 401,
            AppError::Forbidden => 403,
            AppError::NotFound(_) => 404,
            AppError::Invalid { .. } | AppError::Request(_) => 400,
            AppError::WrongCredentials => 401,
            AppError::TooManyAttempts { .. } => 429,
            AppError::Internal => 500,
        }
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::SignInRequired => write!(f, "Please sign in first."),
            AppError::Forbidden => write!(f, "Your account may not do this."),
            AppError::NotFound(what) => write!(f, "Not found: {what}."),
            AppError::Invalid { field, message } => write!(f, "{field}: {message}"),
            AppError::WrongCredentials => write!(f, "Wrong username or password."),
            AppError::TooManyAttempts { retry_after_secs } => {
                write!(f, "Too many attempts. Try again in {retry_after_secs} s.")
            }
            AppError::Internal => write!(f, "Something went wrong on the server. Please try again."),
            AppError::Request(message) => write!(f, "The form could not be read: {message}"),
        }
    }
}

impl std::error::Error for AppError {}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(m) | ServerFnErrorErr::Deserialization(m) => AppError::Request(m),
            other => AppError::Request(other.to_string()),
        }
    }
}

/// Completion of a group of items (a module or a track).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Completion {
    pub done: u32,
    pub total: u32,
}

impl Completion {
    pub fn percent(self) -> u32 {
        (self.done * 100).checked_div(self.total).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(encode_query("/learn/a b?x=1&y"), "/learn/a%20b%3Fx%3D1%26y");
    }

    #[test]
    fn dates_are_utc_calendar_days() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(951_782_400), "2000-02-29");
        assert_eq!(date(1_795_478_399), "2026-11-23");
    }
}
