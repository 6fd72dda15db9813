//! What instructors see of a cohort: the progress grid and one trainee's record.

pub mod import;

use std::collections::HashMap;

use crate::api::cohorts::{
    Cell, CohortGridData, GridColumn, GridRow, ItemProgress, PAGE_SIZE, Submission, TraineeRecord,
};
use crate::api::{AppError, Role, Viewer, date};
use crate::state::AppState;
use crate::storage::{answers, cohorts, progress, users};

/// A lab score (0 to 1) in whole percent.
pub fn percent(score: f64) -> u32 {
    (score.clamp(0.0, 1.0) * 100.0).round() as u32
}

pub async fn grid(
    state: &AppState,
    viewer: &Viewer,
    cohort_id: i64,
    page: u32,
    sort: &str,
    filter: &str,
) -> Result<CohortGridData, AppError> {
    let db = &state.db;
    let cohort = cohorts::info(db, cohort_id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("cohort {cohort_id}")))?;
    let can_teach = viewer.role == Role::Admin || cohorts::is_instructor(db, cohort_id, viewer.id).await?;
    let columns: Vec<GridColumn> = state
        .catalog
        .selection(&cohort.content)
        .map(|l| GridColumn {
            id: l.item.id.clone(),
            title: l.item.title.clone(),
            kind: l.item.kind.into(),
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
    let (import, imported) = if can_teach {
        (import::kept_preview(db, cohort_id).await?, import::take_imported(cohort_id).await?)
    } else {
        (None, Vec::new())
    };
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
        imported,
        curriculum: (viewer.role == Role::Admin).then(|| crate::programs::curriculum_choices(&state.catalog)),
    })
}

pub async fn trainee_detail(
    state: &AppState,
    cohort_id: i64,
    trainee_id: i64,
) -> Result<TraineeRecord, AppError> {
    let db = &state.db;
    let cohort = cohorts::info(db, cohort_id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("cohort {cohort_id}")))?;
    let trainee = cohorts::trainees(db, cohort_id)
        .await?
        .into_iter()
        .find(|t| t.id == trainee_id)
        .ok_or_else(|| AppError::NotFound(format!("trainee {trainee_id} in this cohort")))?;
    let profile = users::profile(db, trainee_id).await?.unwrap_or_default();
    let completed = progress::completed_with_scores(db, trainee_id).await?;
    let items = state
        .catalog
        .selection(&cohort.content)
        .map(|l| {
            let done = completed.get(&l.item.id);
            ItemProgress {
                id: l.item.id.clone(),
                title: l.item.title.clone(),
                kind: l.item.kind.into(),
                completed_on: done.map(|(at, _)| date(*at)),
                score: done.and_then(|(_, s)| s.map(percent)),
            }
        })
        .collect();
    let titles: HashMap<&str, &str> =
        state.catalog.items().map(|l| (l.item.id.as_str(), l.item.title.as_str())).collect();
    let submissions = answers::all_submissions(db, trainee_id)
        .await?
        .into_iter()
        .map(|(item, question, answer, verdict, at)| Submission {
            item: titles.get(item.as_str()).map_or(item.clone(), |t| t.to_string()),
            question,
            answer,
            verdict,
            at: crate::api::date_time(at),
        })
        .collect();
    Ok(TraineeRecord { cohort, trainee, profile, items, submissions })
}
