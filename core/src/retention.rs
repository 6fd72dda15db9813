//! How long Kujenga keeps what it records: audit rows and submissions are purged after a
//! number of days an operator chooses (`kujenga purge`); a person is erased on request
//! (`people::erase`, or `kujenga user erase`). Progress and scores stay: programme figures and
//! credentials are made of them.

use kujenga_types::{AppError, Msg};

use crate::Result;
use crate::audit::{self, Action, Event};
use crate::storage::{Db, answers, audit as log, jobs, now};

/// What a purge deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    pub audit_rows: u64,
    pub submissions: u64,
}

/// Purges as [`purge`] does if no node has in the last day (the daily purge while serving).
pub async fn purge_if_due(db: &Db, days: u32) -> Result<Option<Purged>> {
    if days < 30 {
        return Err(AppError::invalid(Msg::FieldDays, Msg::InvalidRetentionDays).into());
    }
    // A little under a day, so that an hourly check never skips a day.
    if !jobs::claim(db, "retention-purge", now(), 23 * 3600).await? {
        return Ok(None);
    }
    purge(db, days).await.map(Some)
}

/// Deletes audit rows and submissions older than `days` days (at least 30: a training week's
/// records must outlive the week). The purge itself is written to the log.
pub async fn purge(db: &Db, days: u32) -> Result<Purged> {
    if days < 30 {
        return Err(AppError::invalid(Msg::FieldDays, Msg::InvalidRetentionDays).into());
    }
    let before = now() - i64::from(days) * 86_400;
    let audit_rows = log::purge(db, before).await?;
    let submissions = answers::purge_submissions(db, before).await?;
    let event = Event::new(Action::RecordsPurged, None, format!("records older than {days} days"))
        .detail(format!("{audit_rows} audit rows, {submissions} submissions"));
    audit::record(db, event).await?;
    Ok(Purged { audit_rows, submissions })
}
