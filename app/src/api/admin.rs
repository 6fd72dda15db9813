//! Accounts and invite codes: what admins and instructors manage.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::{AppError, Role};

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
pub struct CohortRow {
    pub id: i64,
    pub name: String,
    pub trainees: i64,
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

/// Who may call: admins.
#[server(endpoint = "admin/users")]
pub async fn list_users() -> Result<Vec<UserRow>, AppError> {
    use crate::auth::policy;
    crate::web::respond(async move {
        policy::one_of(policy::ADMINS).await?;
        crate::storage::users::list(&crate::state::state().db).await
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
    use crate::auth::accounts::{self, AccountForm};
    use crate::auth::policy;
    crate::web::respond(async move {
        policy::one_of(policy::ADMINS).await?;
        let role = Role::parse(&role)
            .ok_or_else(|| AppError::invalid("role", "choose trainee, instructor, manager or admin"))?;
        let form = AccountForm {
            username: &username,
            display_name: &display_name,
            role,
            password: &password,
            profile: Default::default(),
        };
        accounts::create(&crate::state::state().db, &form).await?;
        crate::web::redirect_plain_form("/admin");
        Ok(())
    })
    .await
}

/// Who may call: instructors (their own cohorts) and admins (all cohorts).
#[server(endpoint = "invites")]
pub async fn invites_page() -> Result<InvitesData, AppError> {
    use crate::auth::policy;
    use crate::storage::cohorts;
    crate::web::respond(async move {
        let viewer = policy::one_of(policy::STAFF).await?;
        let db = crate::state::state().db.clone();
        let cohorts = cohorts::visible_to(&db, &viewer).await?;
        let ids: Vec<i64> = cohorts.iter().map(|c| c.id).collect();
        let invites = cohorts::open_invites(&db, &ids).await?;
        Ok(InvitesData { cohorts, invites })
    })
    .await
}

/// Who may call: instructors of the cohort, and admins. Returns the new code.
#[server(endpoint = "create-invite")]
pub async fn create_invite(cohort_id: i64, days: i64, max_uses: i64) -> Result<String, AppError> {
    use crate::auth::policy;
    use crate::storage::{cohorts, now};
    crate::web::respond(async move {
        let viewer = policy::one_of(policy::STAFF).await?;
        let db = crate::state::state().db.clone();
        if !cohorts::visible_to(&db, &viewer).await?.iter().any(|c| c.id == cohort_id) {
            return Err(AppError::Forbidden);
        }
        if !(1..=365).contains(&days) {
            return Err(AppError::invalid("days", "an invite is valid for 1 to 365 days"));
        }
        if !(1..=1000).contains(&max_uses) {
            return Err(AppError::invalid("max uses", "allow 1 to 1000 uses"));
        }
        let code = crate::auth::tokens::invite_code();
        cohorts::create_invite(&db, cohort_id, viewer.id, &code, now() + days * 86_400, max_uses).await?;
        crate::web::redirect_plain_form("/invites");
        Ok(code)
    })
    .await
}
