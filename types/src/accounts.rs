//! Accounts, invite codes and the page header.

use serde::{Deserialize, Serialize};

use crate::cohorts::CohortRow;
use crate::people::{Profile, Role, Viewer};
use crate::programs::Choice;

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
    /// The reader's language.
    pub language: kujenga_words::Language,
}

/// What the accounts page narrows to (a plain GET form); empty means any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountSearch {
    /// Text in the name, username or organisation.
    pub text: String,
    /// A role's name, or empty.
    pub role: String,
    /// A cohort id, or empty.
    pub cohort: String,
    /// 1-based.
    pub page: u32,
}

/// An account in the admins' directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub disabled: bool,
    pub organisation: String,
    /// The day of their last answer or completion.
    pub last_active: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountsPage {
    pub accounts: Vec<AccountSummary>,
    /// Accounts matching the search.
    pub total: u32,
    pub page: u32,
    pub pages: u32,
    pub search: AccountSearch,
    /// The cohorts to filter by.
    pub cohorts: Vec<Choice>,
}

/// One account as an admin sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountDetail {
    pub summary: AccountSummary,
    pub profile: Profile,
    pub created: String,
    pub must_change_password: bool,
    /// The temporary password of a reset, while it is unused and for a day after the reset.
    pub temporary_password: Option<String>,
    /// The cohorts the account follows as a trainee.
    pub cohorts: Vec<String>,
}

/// A person's own account, for their account page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnAccount {
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub profile: Profile,
    /// The interface language they chose (empty: the browser's).
    pub language: String,
    pub must_change_password: bool,
}
