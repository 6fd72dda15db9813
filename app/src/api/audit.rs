//! The audit log, for admins (all of it) and programme managers (their programmes' part).

use kujenga_types::AppError;
use kujenga_types::audit::{AuditFilters, AuditPage};
use leptos::prelude::*;

/// Who may call: admins and programme managers.
#[server(endpoint = "audit")]
pub async fn audit_log(#[server(default)] filters: AuditFilters) -> Result<AuditPage, AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::PROGRAM_READERS;
    respond::answer(async move {
        let (state, viewer) = who::one_of(PROGRAM_READERS).await?;
        Ok(kujenga_core::audit::read(&state.core.db, &viewer, filters, false).await?)
    })
    .await
}
