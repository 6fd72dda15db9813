//! Signing in and out, joining a cohort with an invite code, and what the page header shows.

use kujenga_types::AppError;
use kujenga_types::accounts::HeaderData;
use leptos::prelude::*;

/// Who may call: anyone (it describes the caller only, even one who must change a password).
#[server(endpoint = "header")]
pub async fn header_info() -> Result<HeaderData, AppError> {
    use crate::ssr::{language, respond, session};
    respond::answer(async move {
        let viewer = session::caller().await?.map(|c| c.viewer);
        let form_error = respond::form_error().map(|e| crate::i18n::error(&e));
        Ok(HeaderData { viewer, form_error, language: language::current() })
    })
    .await
}

/// Who may call: anyone. Failures are rate-limited per account and per address.
#[server(endpoint = "sign-in")]
pub async fn sign_in(username: String, password: String, next: String) -> Result<(), AppError> {
    use crate::ssr::{respond, session, who};
    respond::answer(async move {
        let state = who::state_of_anyone();
        let address = respond::client_ip().await;
        let user_id = kujenga_core::people::sign_in(&state.core, &username, password, address).await?;
        session::start(user_id).await?;
        if let Some(account) = state.core.viewers.get(&state.core.db, user_id).await? {
            crate::ssr::language::adopt_saved(&account.language);
        }
        respond::see_other(&kujenga_types::format::local_path(&next));
        Ok(())
    })
    .await
}

/// Who may call: anyone (signing out when signed out does nothing).
#[server(endpoint = "sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::ssr::{respond, session};
    respond::answer(async move {
        if session::caller().await?.is_some() {
            session::end().await?;
        }
        respond::see_other("/");
        Ok(())
    })
    .await
}

/// Who may call: anyone holding a valid invite code. Failed codes count against the
/// address's sign-in limit, so codes cannot be guessed.
#[server(endpoint = "join")]
#[allow(clippy::too_many_arguments)]
pub async fn join(
    code: String,
    username: String,
    display_name: String,
    password: String,
    #[server(default)] email: String,
    #[server(default)] organisation: String,
    #[server(default)] country: String,
    #[server(default)] job: String,
    #[server(default)] gender: String,
) -> Result<(), AppError> {
    use crate::ssr::{respond, session, who};
    use kujenga_core::accounts::AccountForm;
    use kujenga_types::{Profile, Role};
    respond::answer(async move {
        let state = who::state_of_anyone();
        let profile = Profile { email, organisation, country: country.trim().to_uppercase(), job, gender };
        let form = AccountForm {
            username: &username,
            display_name: &display_name,
            role: Role::Trainee,
            password: &password,
            profile,
        };
        let address = respond::client_ip().await;
        let user_id = kujenga_core::people::join(&state.core, &code, &form, address).await?;
        session::start(user_id).await?;
        respond::see_other("/");
        Ok(())
    })
    .await
}
