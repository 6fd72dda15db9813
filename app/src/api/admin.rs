//! Accounts and invite codes: what admins and instructors manage.

use kujenga_types::accounts::InvitesData;
use kujenga_types::{AppError, Msg};
use leptos::prelude::*;

/// Who may call: admins.
#[server(endpoint = "admin/create-user")]
pub async fn create_user(
    username: String,
    display_name: String,
    role: String,
    password: String,
) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    use kujenga_core::accounts::AccountForm;
    use kujenga_types::Role;
    respond::form("/admin", async {
        let (state, actor) = who::one_of(ADMINS).await?;
        let role =
            Role::parse(&role).ok_or_else(|| AppError::invalid(Msg::FieldRole, Msg::InvalidChooseRole))?;
        let form = AccountForm {
            username: &username,
            display_name: &display_name,
            role,
            password: &password,
            profile: Default::default(),
        };
        kujenga_core::people::create(&state.core, &actor, &form).await?;
        Ok(())
    })
    .await
}

/// Who may call: instructors (their own cohorts) and admins (all cohorts).
#[server(endpoint = "invites")]
pub async fn invites_page() -> Result<InvitesData, AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::STAFF;
    respond::answer(async move {
        let (state, viewer) = who::one_of(STAFF).await?;
        Ok(kujenga_core::invites::overview(&state.core.db, &viewer).await?)
    })
    .await
}

/// Who may call: instructors of the cohort, and admins. Returns the new code.
#[server(endpoint = "create-invite")]
pub async fn create_invite(cohort_id: i64, days: i64, max_uses: i64) -> Result<String, AppError> {
    use crate::ssr::{respond, who};
    respond::form("/invites", async {
        let (state, viewer) = who::cohort_staff(cohort_id).await?;
        Ok(kujenga_core::invites::create(&state.core.db, &viewer, cohort_id, days, max_uses).await?)
    })
    .await
}

/// Who may call: instructors of the code's cohort, and admins.
#[server(endpoint = "revoke-invite")]
pub async fn revoke_invite(code: String) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::{self, STAFF};
    respond::form("/invites", async move {
        // Staff only, before the code is looked up: nobody else learns whether a code exists.
        let (state, viewer) = who::one_of(STAFF).await?;
        let cohort = kujenga_core::invites::cohort_of(&state.core.db, &code).await?;
        access::cohort_staff(&state.core.db, &viewer, cohort).await?;
        Ok(kujenga_core::invites::revoke(&state.core.db, &viewer, &code).await?)
    })
    .await
}
