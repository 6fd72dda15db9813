//! Invite codes: instructors and admins make them for a cohort, and a trainee types one to
//! create their own account in it (see `accounts::join`).

use kujenga_types::accounts::InvitesData;
use kujenga_types::{AppError, Msg, Text, Viewer};

use crate::accounts::tokens;
use crate::audit::{self, Action, Event};
use crate::storage::cohorts::{self, NewInvite};
use crate::storage::{Db, now};
use crate::{Result, access};

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
    let info = cohorts::info(db, cohort_id)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCohort).with("id", cohort_id)))?;
    access::writable(&info)?;
    if !(1..=365).contains(&days) {
        return Err(AppError::invalid(Msg::FieldDays, Msg::InvalidInviteDays).into());
    }
    if !(1..=1000).contains(&max_uses) {
        return Err(AppError::invalid(Msg::FieldMaxUses, Msg::InvalidInviteUses).into());
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
    // The code itself is a secret until it is handed out: the log names its cohort only.
    let event = Event::new(Action::InviteCreated, Some(viewer), audit::cohort(cohort_id, &info.name))
        .in_program(info.program_id)
        .detail(format!("{max_uses} uses, {days} days"));
    audit::record(db, event).await?;
    Ok(code)
}

/// The cohort an invite code is for (to check who may revoke it).
pub async fn cohort_of(db: &Db, code: &str) -> Result<i64> {
    cohorts::invite_cohort(db, code)
        .await?
        .ok_or_else(|| AppError::invalid(Msg::FieldCode, Msg::InvalidNoSuchInvite).into())
}

/// Revokes an invite code: nobody can join with it any more. The caller has checked that the
/// viewer is on the staff of its cohort.
pub async fn revoke(db: &Db, viewer: &Viewer, code: &str) -> Result<()> {
    let Some(cohort_id) = cohorts::revoke_invite(db, code).await? else {
        return Err(AppError::invalid(Msg::FieldCode, Msg::InvalidInviteRevoked).into());
    };
    let name = cohorts::info(db, cohort_id).await?.map(|i| (i.name, i.program_id));
    let (cohort_name, program) = name.unwrap_or_default();
    let event = Event::new(Action::InviteRevoked, Some(viewer), audit::cohort(cohort_id, &cohort_name))
        .in_program(program);
    audit::record(db, event).await
}
