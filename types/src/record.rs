//! A trainee's own record, as they see it and download it.

use serde::{Deserialize, Serialize};

use crate::answers::ReviewState;
use crate::cohorts::{ItemProgress, Submission};
use crate::people::Profile;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyRecord {
    pub username: String,
    pub display_name: String,
    pub profile: Profile,
    /// The cohorts they follow now.
    pub cohorts: Vec<String>,
    /// Every lesson and lab, finished or not.
    pub items: Vec<ItemProgress>,
    /// Every answer they sent, newest first.
    pub submissions: Vec<Submission>,
    /// Their free-text answers and what their instructors decided.
    pub reviews: Vec<ReviewOutcome>,
    pub credentials: Vec<crate::credentials::CredentialRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewOutcome {
    pub item: String,
    pub question: String,
    pub state: ReviewState,
    pub comment: String,
}
