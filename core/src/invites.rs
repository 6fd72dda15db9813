//! Invite codes: instructors and admins make them for a cohort, and a trainee types one to
//! create their own account in it (see `accounts::join`).

use kujenga_types::accounts::InvitesData;
use kujenga_types::{AppError, Viewer};

use crate::Result;
use crate::accounts::tokens;
use crate::storage::cohorts::{self, NewInvite};
use crate::storage::{Db, now};

/// The cohorts this person may invite to, with their open invite codes.
pub async fn overview(db: &Db, viewer: &Viewer) -> Result<InvitesData> {
    let cohorts = cohorts::visible_to(db, viewer).await?;
    let ids: Vec<i64> = cohorts.iter().map(|c| c.id).collect();
    let invites = cohorts::open_invites(db, &ids).await?;
    Ok(InvitesData { cohorts, invites })
}

/// A new code for a cohort, valid for `days` and `max_uses`, made by `viewer`; returns it.
/// The caller has checked that the viewer is on the cohort's staff.
pub async fn create(db: &Db, viewer: &Viewer, cohort_id: i64, days: i64, max_uses: i64) -> Result<String> {
    cohorts::info(db, cohort_id).await?.ok_or_else(|| AppError::not_found(format!("cohort {cohort_id}")))?;
    if !(1..=365).contains(&days) {
        return Err(AppError::invalid("days", "an invite is valid for 1 to 365 days").into());
    }
    if !(1..=1000).contains(&max_uses) {
        return Err(AppError::invalid("max uses", "allow 1 to 1000 uses").into());
    }
    let code = tokens::invite_code();
    let invite = NewInvite {
        cohort_id,
        created_by: viewer.id,
        code: &code,
        expires_at: now() + days * 86_400,
        max_uses,
    };
    cohorts::create_invite(db, &invite).await?;
    Ok(code)
}
