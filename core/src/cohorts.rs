//! What instructors and managers see of a cohort: the progress grid and one trainee's record.

use std::collections::HashMap;

use kujenga_types::cohorts::{
    Cell, CohortGridData, GridColumn, GridRow, ItemProgress, PAGE_SIZE, Submission, TraineeRecord,
};
use kujenga_types::format::{date, date_time};
use kujenga_types::{AppError, Role, Viewer};

use crate::storage::{answers, cohorts, progress, users};
use crate::{Core, Result, import, setup};

/// A lab score (0 to 1) in whole percent.
pub fn percent(score: f64) -> u32 {
    (score.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// Which page of the grid, in which order, narrowed to which trainees.
pub struct GridQuery<'a> {
    pub page: u32,
    /// `name` (the default), `progress` or `active`.
    pub sort: &'a str,
    /// Text to find in a trainee's name, username, organisation or country.
    pub filter: &'a str,
}

/// The cohort's trainees by lesson and lab. The caller has checked that the viewer follows
/// the cohort.
pub async fn grid(
    core: &Core,
    viewer: &Viewer,
    cohort_id: i64,
    query: &GridQuery<'_>,
) -> Result<CohortGridData> {
    let GridQuery { page, sort, filter } = *query;
    let db = &core.db;
    let cohort = cohorts::info(db, cohort_id)
        .await?
        .ok_or_else(|| AppError::not_found(format!("cohort {cohort_id}")))?;
    let can_teach = viewer.role == Role::Admin || cohorts::is_instructor(db, cohort_id, viewer.id).await?;
    let columns: Vec<GridColumn> = core
        .catalog
        .selection(&cohort.content)
        .map(|l| GridColumn {
            id: l.item.id.clone(),
            title: l.item.title.clone(),
            kind: l.item.kind,
            module: l.module.title.clone(),
        })
        .collect();

    let mut done: HashMap<i64, HashMap<String, Option<f64>>> = HashMap::new();
    for (user, item, score) in cohorts::completions(db, cohort_id).await? {
        done.entry(user).or_default().insert(item, score);
    }
    let needle = filter.trim().to_lowercase();
    let mut trainees: Vec<_> = cohorts::trainees(db, cohort_id)
        .await?
        .into_iter()
        .filter(|t| {
            needle.is_empty()
                || [&t.display_name, &t.username, &t.organisation, &t.country]
                    .iter()
                    .any(|f| f.to_lowercase().contains(&needle))
        })
        .collect();
    let done_count =
        |id: i64| done.get(&id).map_or(0, |d| columns.iter().filter(|c| d.contains_key(&c.id)).count());
    match sort {
        "progress" => trainees.sort_by_key(|t| std::cmp::Reverse(done_count(t.id))),
        "active" => trainees.sort_by_key(|t| std::cmp::Reverse(t.last_active_at)),
        _ => {}
    }
    let matching = trainees.len() as u32;
    let pages = matching.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let rows = trainees
        .into_iter()
        .skip(((page - 1) * PAGE_SIZE) as usize)
        .take(PAGE_SIZE as usize)
        .map(|trainee| {
            let mine = done.get(&trainee.id);
            let cells: Vec<Cell> = columns
                .iter()
                .map(|c| match mine.and_then(|d| d.get(&c.id)) {
                    None => Cell::Open,
                    Some(Some(score)) => Cell::Scored(percent(*score)),
                    Some(None) => Cell::Done,
                })
                .collect();
            let done = cells.iter().filter(|c| **c != Cell::Open).count() as u32;
            GridRow { trainee, cells, done }
        })
        .collect();
    let import = if can_teach { import::draft_check(db, cohort_id, viewer.id).await? } else { None };
    Ok(CohortGridData {
        cohort,
        can_teach,
        columns,
        rows,
        page,
        pages,
        matching,
        sort: sort.to_string(),
        filter: filter.to_string(),
        import,
        curriculum: (viewer.role == Role::Admin).then(|| setup::curriculum_choices(&core.catalog)),
    })
}

/// One trainee's record in a cohort: profile, progress by item, and every submission. The
/// caller has checked that the viewer is on the cohort's staff.
pub async fn trainee_record(core: &Core, cohort_id: i64, trainee_id: i64) -> Result<TraineeRecord> {
    let db = &core.db;
    let cohort = cohorts::info(db, cohort_id)
        .await?
        .ok_or_else(|| AppError::not_found(format!("cohort {cohort_id}")))?;
    let trainee = cohorts::trainees(db, cohort_id)
        .await?
        .into_iter()
        .find(|t| t.id == trainee_id)
        .ok_or_else(|| AppError::not_found(format!("trainee {trainee_id} in this cohort")))?;
    let profile = users::profile(db, trainee_id).await?.unwrap_or_default();
    let completed = progress::completed_with_scores(db, trainee_id).await?;
    let items = core
        .catalog
        .selection(&cohort.content)
        .map(|l| {
            let done = completed.get(&l.item.id);
            ItemProgress {
                id: l.item.id.clone(),
                title: l.item.title.clone(),
                kind: l.item.kind,
                completed_on: done.map(|(at, _)| date(*at)),
                score: done.and_then(|(_, s)| s.map(percent)),
            }
        })
        .collect();
    // Only this cohort's part of the curriculum: the trainee's work for other cohorts is not
    // this cohort's staff's to see.
    let titles: HashMap<&str, &str> = core
        .catalog
        .selection(&cohort.content)
        .map(|l| (l.item.id.as_str(), l.item.title.as_str()))
        .collect();
    let submissions = answers::submissions(db, trainee_id)
        .await?
        .into_iter()
        .filter(|s| titles.contains_key(s.item_id.as_str()))
        .map(|s| Submission {
            item: titles.get(s.item_id.as_str()).map_or(s.item_id.clone(), |t| t.to_string()),
            question: s.question_id,
            answer: s.answer,
            verdict: s.verdict,
            at: date_time(s.submitted_at),
        })
        .collect();
    Ok(TraineeRecord { cohort, trainee, profile, items, submissions })
}
