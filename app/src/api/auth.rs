//! Signing in and out, joining a cohort with an invite code, and what the page header shows.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::{AppError, Viewer};

/// What every page's header needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeaderData {
    pub viewer: Option<Viewer>,
    /// The error of a form that was posted without JavaScript and sent back to this page.
    pub form_error: Option<String>,
}

/// Who may call: anyone (it describes the caller only).
#[server(endpoint = "header")]
pub async fn header_info() -> Result<HeaderData, AppError> {
    use crate::auth::policy;
    crate::web::respond(async move {
        let viewer = policy::anyone().await?;
        Ok(HeaderData { viewer, form_error: crate::web::form_error().map(|e| e.to_string()) })
    })
    .await
}

/// Who may call: anyone. Failures are rate-limited per account and per address.
#[server(endpoint = "sign-in")]
pub async fn sign_in(username: String, password: String, next: String) -> Result<(), AppError> {
    use crate::auth::rate_limit::retry_secs;
    use crate::auth::{password as pw, policy, session};
    use crate::state::state;
    crate::web::respond(async move {
        policy::anyone().await?;
        let state = state();
        let account = username.trim().to_lowercase();
        let address = crate::web::client_ip().await.map(|ip| ip.to_string()).unwrap_or_default();
        let limits = [(&state.limits.sign_in_account, &account), (&state.limits.sign_in_address, &address)];
        for (limiter, key) in limits {
            limiter
                .check(key)
                .map_err(|wait| AppError::TooManyAttempts { retry_after_secs: retry_secs(wait) })?;
        }
        let found = crate::storage::users::credentials(&state.db, username.trim()).await?;
        let (user_id, hash) = found.map_or((None, None), |(id, hash)| (Some(id), Some(hash)));
        let verified = pw::verify(password, hash).await;
        let user_id = match user_id {
            Some(id) if verified => id,
            _ => {
                for (limiter, key) in limits {
                    limiter.hit(key);
                }
                tracing::info!(%address, "sign-in refused");
                return Err(AppError::WrongCredentials);
            }
        };
        state.limits.sign_in_account.clear(&account);
        session::start(user_id).await?;
        crate::web::see_other(&crate::web::local_path(&next));
        Ok(())
    })
    .await
}

/// Who may call: anyone (signing out when signed out does nothing).
#[server(endpoint = "sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::auth::{policy, session};
    crate::web::respond(async move {
        if policy::anyone().await?.is_some() {
            session::end().await?;
        }
        crate::web::see_other("/");
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
    use crate::api::{Profile, Role};
    use crate::auth::accounts::AccountForm;
    use crate::auth::rate_limit::retry_secs;
    use crate::auth::{policy, session};
    use crate::state::state;
    crate::web::respond(async move {
        policy::anyone().await?;
        let state = state();
        let address = crate::web::client_ip().await.map(|ip| ip.to_string()).unwrap_or_default();
        let limiter = &state.limits.sign_in_address;
        limiter
            .check(&address)
            .map_err(|wait| AppError::TooManyAttempts { retry_after_secs: retry_secs(wait) })?;
        let profile = Profile { email, organisation, country: country.trim().to_uppercase(), job, gender };
        let form = AccountForm {
            username: &username,
            display_name: &display_name,
            role: Role::Trainee,
            password: &password,
            profile,
        };
        let hash = form.hash().await?;
        let result = crate::storage::cohorts::join_with_invite(&state.db, &code, &form.new_user(&hash)).await;
        if matches!(&result, Err(AppError::Invalid { field, .. }) if field == "code") {
            limiter.hit(&address);
        }
        session::start(result?).await?;
        crate::web::see_other("/");
        Ok(())
    })
    .await
}
