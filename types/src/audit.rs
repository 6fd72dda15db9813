//! The audit log as admins and programme managers read it.

use serde::{Deserialize, Serialize};

/// What the audit page narrows to (a plain GET form); empty means any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditFilters {
    /// Text in the actor's username.
    pub actor: String,
    /// An action's name, such as `role-changed`.
    pub action: String,
    /// YYYY-MM-DD, from and to (both included).
    pub from: String,
    pub to: String,
    /// 1-based.
    pub page: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    /// UTC, YYYY-MM-DD HH:MM.
    pub at: String,
    pub actor: String,
    pub action: String,
    pub object: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub rows: Vec<AuditRow>,
    pub total: u32,
    pub page: u32,
    pub pages: u32,
    pub filters: AuditFilters,
    /// Every action's name, to filter by.
    pub actions: Vec<String>,
    /// A manager reads their programmes' part only; an admin reads everything.
    pub whole_log: bool,
}

impl AuditFilters {
    /// The filters as a query string, for the CSV link and the pages.
    pub fn query(&self) -> String {
        [("actor", &self.actor), ("action", &self.action), ("from", &self.from), ("to", &self.to)]
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}={}", crate::format::encode_query(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}
