//! People's accounts: their own (password, profile, language, record), and the admins' and
//! instructors' actions on others (directory, resets, disabling, roles, erasure).

use kujenga_types::accounts::{AccountDetail, AccountSearch, AccountsPage, OwnAccount};
use kujenga_types::record::MyRecord;
use kujenga_types::{AppError, Msg, Text};
use leptos::prelude::*;

/// Who may call: any signed-in person, for their own account (also while they must change a
/// reset password).
#[server(endpoint = "account")]
pub async fn account_page() -> Result<OwnAccount, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let (state, caller) = who::signed_in_even_with_reset_password().await?;
        Ok(kujenga_core::people::own_account(&state.core, &caller.viewer).await?)
    })
    .await
}

/// Who may call: any signed-in person, for their own password (also a reset one). Their other
/// sessions end; this one goes on.
#[server(endpoint = "change-password")]
pub async fn change_password(current: String, new: String) -> Result<(), AppError> {
    use crate::ssr::{respond, session, who};
    respond::form("/account?saved=password", async move {
        let (state, caller) = who::signed_in_even_with_reset_password().await?;
        kujenga_core::people::change_password(&state.core, &caller.viewer, current, &new).await?;
        session::start(caller.viewer.id).await
    })
    .await
}

/// Who may call: any signed-in person, for their own name, profile and language.
#[server(endpoint = "update-profile")]
#[allow(clippy::too_many_arguments)]
pub async fn update_profile(
    display_name: String,
    #[server(default)] email: String,
    #[server(default)] organisation: String,
    #[server(default)] country: String,
    #[server(default)] job: String,
    #[server(default)] gender: String,
    #[server(default)] language: String,
) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::people::ProfileForm;
    use kujenga_types::Profile;
    respond::form("/account?saved=details", async move {
        let (state, viewer) = who::signed_in().await?;
        let profile = Profile { email, organisation, country, job, gender };
        let form = ProfileForm { display_name: &display_name, profile, language: &language };
        kujenga_core::people::update_profile(&state.core, &viewer, &form).await?;
        if let Some(chosen) = kujenga_types::Language::parse(&language) {
            crate::ssr::language::remember(chosen);
        }
        Ok(())
    })
    .await
}

/// Who may call: any signed-in person, for their own record.
#[server(endpoint = "record")]
pub async fn record_page() -> Result<MyRecord, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::people::record::of(&state.core, &viewer, crate::i18n::language()).await?)
    })
    .await
}

/// Who may call: admins.
#[server(endpoint = "admin/users")]
pub async fn account_directory(#[server(default)] search: AccountSearch) -> Result<AccountsPage, AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    respond::answer(async move {
        let (state, viewer) = who::one_of(ADMINS).await?;
        Ok(kujenga_core::people::directory(&state.core, &viewer, search).await?)
    })
    .await
}

/// Who may call: admins.
#[server(endpoint = "admin/account")]
pub async fn admin_account(id: i64) -> Result<AccountDetail, AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    respond::answer(async move {
        let (state, _) = who::one_of(ADMINS).await?;
        Ok(kujenga_core::people::account_detail(&state.core, id).await?)
    })
    .await
}

/// Who may call: admins (any account), and instructors (their own cohorts' trainees). The
/// temporary password is shown on the account's page; a plain form goes back to `back`.
#[server(endpoint = "reset-password")]
pub async fn reset_password(user: i64, #[server(default)] back: String) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    let back = kujenga_types::format::local_path(&back);
    respond::form(&back, async move {
        let (state, actor) = who::trainee_staff(user).await?;
        Ok(kujenga_core::people::reset_password(&state.core, &actor, user).await?)
    })
    .await
}

/// Who may call: admins. `enabled` is `true` or `false`.
#[server(endpoint = "set-account-enabled")]
pub async fn set_account_enabled(user: i64, enabled: bool) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    respond::form(&format!("/admin/accounts/{user}"), async move {
        let (state, actor) = who::one_of(ADMINS).await?;
        Ok(kujenga_core::people::set_enabled(&state.core, &actor, user, enabled).await?)
    })
    .await
}

/// Who may call: admins.
#[server(endpoint = "change-role")]
pub async fn change_role(user: i64, role: String) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    use kujenga_types::Role;
    respond::form(&format!("/admin/accounts/{user}"), async move {
        let (state, actor) = who::one_of(ADMINS).await?;
        let role = Role::parse(&role).ok_or_else(|| {
            AppError::invalid(Msg::FieldRole, Text::new(Msg::InvalidRole).with("name", &role))
        })?;
        Ok(kujenga_core::people::change_role(&state.core, &actor, user, role).await?)
    })
    .await
}

/// Who may call: admins. Erases the person; their programmes' figures stay. `confirm` is the
/// ticked box that says the person asked for it.
#[server(endpoint = "erase-account")]
pub async fn erase_account(user: i64, #[server(default)] confirm: String) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    respond::form("/admin", async move {
        let (state, actor) = who::one_of(ADMINS).await?;
        if confirm.is_empty() {
            return Err(AppError::invalid(Msg::FieldConfirm, Msg::InvalidEraseConfirm));
        }
        Ok(kujenga_core::people::erase(&state.core, &actor, user).await?)
    })
    .await
}
