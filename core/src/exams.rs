//! Timed practical exams: a lab with a time limit, opened to a cohort for a window. Starting
//! fixes the attempt's deadline on the server (the time limit later, or the window's end if
//! that comes first); an answer after it is refused; nothing pauses or restarts it; the
//! explanations wait until the window has closed. Each trainee's files are their own variant,
//! as in any lab, and the score counts towards the track's credential like a lab's.

use curriculum::Item;
use kujenga_types::exercises::ExamWindow;
use kujenga_types::format::date_time;
use kujenga_types::learn::{ExamState, ExamView};
use kujenga_types::{AppError, Language, Msg, Role, Text, Viewer};

use crate::storage::cohorts;
use crate::storage::exams::{self as store, Attempt};
use crate::{Core, Result, access};

/// The timed exams of the curriculum.
pub fn all(core: &Core) -> impl Iterator<Item = &Item> {
    core.catalog.items().map(|l| l.item).filter(|i| i.time_limit.is_some())
}

fn exam<'a>(core: &'a Core, item_id: &str) -> Result<(&'a Item, u32)> {
    core.catalog
        .item(item_id)
        .and_then(|l| l.item.time_limit.map(|limit| (l.item, limit)))
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingExam).with("id", item_id)).into())
}

/// The window open at `now` for this trainee, and the next one to open.
async fn windows(core: &Core, user_id: i64, item_id: &str, now: i64) -> Result<(Option<i64>, Option<i64>)> {
    let windows = store::windows_for(&core.db, user_id, item_id).await?;
    let open = windows.iter().filter(|(opens, closes)| *opens <= now && now < *closes).map(|w| w.1).max();
    let next = windows.iter().filter(|(opens, _)| *opens > now).map(|w| w.0).min();
    Ok((open, next))
}

/// Where the viewer stands with an exam; `None` for an item that is not one, or a visitor.
pub async fn view(core: &Core, viewer: Option<&Viewer>, item: &Item) -> Result<Option<ExamView>> {
    let (Some(viewer), Some(time_limit)) = (viewer, item.time_limit) else { return Ok(None) };
    let now = core.clock.now();
    let state = match store::attempt(&core.db, viewer.id, &item.id).await? {
        Some(a) if now <= a.deadline => {
            ExamState::Running { deadline: date_time(a.deadline), seconds_left: a.deadline - now }
        }
        Some(a) => ExamState::Over { deadline: date_time(a.deadline) },
        // Staff try every exam, at any time.
        None if viewer.role != Role::Trainee => ExamState::Open { closes: String::new() },
        None => match windows(core, viewer.id, &item.id, now).await? {
            (Some(closes), _) => ExamState::Open { closes: date_time(closes) },
            (None, next) => ExamState::NotOpen(next.map(date_time)),
        },
    };
    Ok(Some(ExamView { time_limit, state }))
}

/// Starts the viewer's one attempt; starting again changes nothing.
pub async fn start(core: &Core, viewer: &Viewer, item_id: &str) -> Result<()> {
    let (item, limit) = exam(core, item_id)?;
    let (done, enrolment) = core.learners.standing(&core.db, viewer.id).await?;
    if let Some(lock) = crate::schedule::lock(&core.catalog, &done, &enrolment, viewer, item) {
        return Err(crate::schedule::refusal(&lock).into());
    }
    if store::attempt(&core.db, viewer.id, item_id).await?.is_some() {
        return Ok(());
    }
    let now = core.clock.now();
    let full = now + i64::from(limit) * 60;
    let closes = if viewer.role == Role::Trainee {
        match windows(core, viewer.id, item_id, now).await? {
            (Some(closes), _) => closes,
            (None, _) => return Err(AppError::invalid(Msg::FieldExam, Msg::InvalidExamNotOpen).into()),
        }
    } else {
        full
    };
    let attempt = Attempt { started_at: now, deadline: full.min(closes), closes_at: closes };
    store::start(&core.db, viewer.id, item_id, attempt).await?;
    Ok(())
}

/// Refuses an answer to an exam that is not started, or whose deadline has passed.
pub async fn admit(core: &Core, viewer: &Viewer, item: &Item) -> Result<()> {
    if item.time_limit.is_none() {
        return Ok(());
    }
    match store::attempt(&core.db, viewer.id, &item.id).await? {
        None => Err(AppError::invalid(Msg::FieldAnswer, Msg::InvalidExamNotStarted).into()),
        Some(a) if core.clock.now() > a.deadline => {
            let message = Text::new(Msg::InvalidExamOver).with("time", date_time(a.deadline));
            Err(AppError::invalid(Msg::FieldAnswer, message).into())
        }
        Some(_) => Ok(()),
    }
}

/// Whether the viewer may see the exam's questions and files: once their attempt has started.
pub async fn started(core: &Core, user_id: i64, item: &Item) -> Result<bool> {
    Ok(item.time_limit.is_none() || store::attempt(&core.db, user_id, &item.id).await?.is_some())
}

/// Whether an exam's explanations may be shown: once the window of the attempt has closed.
pub async fn explained(core: &Core, user_id: i64, item: &Item) -> Result<bool> {
    if item.time_limit.is_none() {
        return Ok(true);
    }
    let attempt = store::attempt(&core.db, user_id, &item.id).await?;
    Ok(attempt.is_some_and(|a| core.clock.now() >= a.closes_at))
}

/// Reads `2026-05-13T09:00` (a form's date and time, UTC) as Unix seconds.
fn moment(field: Msg, text: &str) -> Result<i64> {
    let with_seconds = if text.matches(':').count() == 1 { format!("{text}:00") } else { text.to_string() };
    curriculum::answers::timestamp(&with_seconds)
        .map(|t| t.assume_utc().unix_timestamp())
        .map_err(|message| AppError::invalid(field, message).into())
}

/// Opens an exam to a cohort for a window. Who may: the cohort's staff.
pub async fn set_window(
    core: &Core,
    viewer: &Viewer,
    cohort_id: i64,
    item_id: &str,
    opens: &str,
    closes: &str,
) -> Result<()> {
    access::cohort_staff(&core.db, viewer, cohort_id).await?;
    let cohort = cohorts::info(&core.db, cohort_id)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCohort).with("id", cohort_id)))?;
    access::writable(&cohort)?;
    exam(core, item_id)?;
    let (opens_at, closes_at) = (moment(Msg::FieldOpens, opens)?, moment(Msg::FieldCloses, closes)?);
    if closes_at <= opens_at {
        return Err(AppError::invalid(Msg::FieldCloses, Msg::InvalidWindowOrder).into());
    }
    store::set_window(&core.db, cohort_id, item_id, opens_at, closes_at).await
}

/// Every exam with its window for a cohort, in curriculum order.
pub async fn of_cohort(core: &Core, cohort_id: i64, language: Language) -> Result<Vec<ExamWindow>> {
    let windows = store::windows(&core.db, cohort_id).await?;
    Ok(all(core)
        .map(|item| ExamWindow {
            item_id: item.id.clone(),
            title: item.title_in(language).to_string(),
            time_limit: item.time_limit.unwrap_or_default(),
            window: windows
                .iter()
                .find(|(id, _, _)| *id == item.id)
                .map(|(_, opens, closes)| (date_time(*opens), date_time(*closes))),
        })
        .collect())
}
