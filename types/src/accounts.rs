//! Accounts, invite codes and the page header.

use serde::{Deserialize, Serialize};

use crate::cohorts::CohortRow;
use crate::people::{Role, Viewer};

/// An account as the admin page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRow {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub disabled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteRow {
    pub code: String,
    pub cohort_id: i64,
    /// Unix seconds.
    pub expires_at: i64,
    pub max_uses: i64,
    pub uses: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitesData {
    pub cohorts: Vec<CohortRow>,
    pub invites: Vec<InviteRow>,
}

/// What every page's header needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeaderData {
    pub viewer: Option<Viewer>,
    /// The error of a form that was posted without JavaScript and sent back to this page.
    pub form_error: Option<String>,
}
