//! Accounts and invite codes: what admins and instructors manage.

use kujenga_types::AppError;
use kujenga_types::accounts::{InvitesData, UserRow};
use leptos::prelude::*;

/// Who may call: admins.
#[server(endpoint = "admin/users")]
pub async fn list_users() -> Result<Vec<UserRow>, AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    respond::answer(async move {
        let (state, _) = who::one_of(ADMINS).await?;
        Ok(kujenga_core::storage::users::list(&state.core.db).await?)
    })
    .await
}

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
    use kujenga_core::accounts::{self, AccountForm};
    use kujenga_types::Role;
    respond::form("/admin", async {
        let (state, _) = who::one_of(ADMINS).await?;
        let role = Role::parse(&role)
            .ok_or_else(|| AppError::invalid("role", "choose trainee, instructor, manager or admin"))?;
        let form = AccountForm {
            username: &username,
            display_name: &display_name,
            role,
            password: &password,
            profile: Default::default(),
        };
        accounts::create(&state.core.db, &form).await?;
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
