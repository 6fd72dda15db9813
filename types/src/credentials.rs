//! Credentials as pages show them: a person's list, a printable certificate, and what
//! checking one found.

use serde::{Deserialize, Serialize};

/// One of a person's credentials.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CredentialRow {
    pub id: String,
    pub track_id: String,
    pub track: String,
    /// `YYYY-MM-DD`.
    pub issued_on: String,
    /// Why it was revoked, if it was.
    pub revoked: Option<String>,
}

/// A certificate as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    pub id: String,
    pub name: String,
    pub track: String,
    pub programme: Option<String>,
    /// `YYYY-MM-DD`.
    pub issued_on: String,
    pub issuer: String,
    pub fingerprint: String,
    pub verify_url: String,
    /// The QR code of `verify_url`, as an SVG drawn on the server.
    pub qr_svg: String,
    pub revoked: Option<String>,
}

/// What checking a credential found, as the verification page says it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Checked {
    Valid {
        name: String,
        track: String,
        issuer: String,
        issued_on: String,
    },
    Revoked {
        name: String,
        track: String,
        on: String,
        reason: String,
    },
    Expired {
        track: String,
        on: String,
    },
    NotYetValid {
        on: String,
    },
    /// Not this issuer's, or changed since it was signed: why.
    Forged(kujenga_words::Text),
    /// No credential has this id.
    Unknown,
}
