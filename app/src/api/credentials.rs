//! Credentials: a person's own, their printable certificate, issuing and revoking by hand,
//! and checking one on the public verification page.

use kujenga_types::AppError;
use kujenga_types::credentials::{Certificate, Checked};
use leptos::prelude::*;

/// Who may call: the credential's holder, the instructors of a cohort they are in, and admins.
#[server(endpoint = "certificate")]
pub async fn certificate_of(id: String) -> Result<Certificate, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::credentials::certificate(&state.core, &viewer, &id, crate::i18n::language()).await?)
    })
    .await
}

/// Who may call: the instructors of a cohort the trainee is in, and admins. `reason` is
/// written in the audit log.
#[server(endpoint = "credentials/issue")]
pub async fn issue_credential(
    cohort: i64,
    trainee: i64,
    track: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/cohorts/{cohort}/trainees/{trainee}"), async {
        let (state, viewer) = who::trainee_staff(trainee).await?;
        Ok(kujenga_core::credentials::issue_by_hand(&state.core, &viewer, trainee, &track, &reason).await?)
    })
    .await
}

/// Who may call: the instructors of a cohort the holder is in, and admins. `reason` is
/// written in the audit log and in the list of revocations.
#[server(endpoint = "credentials/revoke")]
pub async fn revoke_credential(
    cohort: i64,
    trainee: i64,
    id: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/cohorts/{cohort}/trainees/{trainee}"), async {
        let (state, viewer) = who::trainee_staff(trainee).await?;
        Ok(kujenga_core::credentials::revoke(&state.core, &viewer, &id, &reason).await?)
    })
    .await
}

/// Who may call: anyone. With `id`, what this issuer holds of that credential; with a sealed
/// `result` (left by a check of a pasted or uploaded credential), that result; else nothing.
#[server(endpoint = "verify")]
pub async fn verification(
    #[server(default)] id: String,
    #[server(default)] result: String,
    #[server(default)] seal: String,
) -> Result<Option<Checked>, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let state = who::state_of_anyone();
        if !id.trim().is_empty() {
            return Ok(Some(
                kujenga_core::credentials::check_id(&state.core, &id, crate::i18n::language()).await?,
            ));
        }
        Ok(kujenga_core::credentials::open_checked(&state.core.secret, &result, &seal))
    })
    .await
}
