//! Reading the curriculum: the catalog, track, module, lesson and glossary pages, with the
//! viewer's progress, and marking a lesson complete. Every page is in the reader's language
//! where the curriculum is translated into it, and in English (the source) where it is not.

use std::collections::HashMap;
use std::sync::Arc;

use curriculum::Item;
use kujenga_types::content::ItemKind;
use kujenga_types::learn::{
    CatalogData, Completion, ExamState, ExamView, GlossaryData, GlossaryTerm, ItemData, ItemSummary, Link,
    ModuleData, ModuleSummary, TrackData, TrackSummary, Translation,
};
use kujenga_types::{AppError, Language, Msg, Text, Viewer};

use crate::learners::Learner;
use crate::storage::progress;
use crate::{Core, Result, access, exams, grading, schedule};

/// What the viewer has done (kept in memory); nothing for a visitor who is not signed in.
async fn learner(core: &Core, viewer: Option<&Viewer>) -> Result<Arc<Learner>> {
    match viewer {
        Some(v) => core.learners.get(&core.db, v.id).await,
        None => Ok(Arc::default()),
    }
}

fn completion<'a>(items: impl Iterator<Item = &'a Item>, done: &HashMap<String, i64>) -> Completion {
    let (mut finished, mut total) = (0, 0);
    for item in items {
        total += 1;
        finished += u32::from(done.contains_key(&item.id));
    }
    Completion { done: finished, total }
}

/// The catalog: the tracks of the learner's cohorts first, then the others.
pub async fn catalog(core: &Core, viewer: Option<&Viewer>, language: Language) -> Result<CatalogData> {
    let learner = learner(core, viewer).await?;
    let done = &learner.done;
    let in_cohort = |track: &curriculum::Track| {
        learner.enrolment.cohorts.iter().any(|plan| {
            !plan.content.is_empty()
                && plan.content.iter().any(|c| *c == track.id || track.modules.iter().any(|m| m.id == *c))
        })
    };
    let mut tracks: Vec<TrackSummary> = core
        .catalog
        .tracks()
        .iter()
        .map(|t| {
            let named = t.named(language);
            TrackSummary {
                id: t.id.clone(),
                title: named.title,
                summary: named.summary,
                modules: t.modules.len(),
                completion: completion(t.items(), done),
                in_cohort: in_cohort(t),
            }
        })
        .collect();
    // Stable: the curriculum's own order within each group.
    tracks.sort_by_key(|t| !t.in_cohort);
    // "Continue" follows the cohorts' curriculum when there is one.
    let selection: Vec<String> = learner.enrolment.cohorts.iter().flat_map(|p| p.content.clone()).collect();
    let sequence: Vec<_> = core.catalog.selection(&selection).map(|l| l.item).collect();
    let latest =
        sequence.iter().enumerate().filter_map(|(i, item)| done.get(&item.id).map(|at| (*at, i))).max();
    let from = latest.map_or(0, |(_, i)| i + 1);
    let continue_at = sequence[from..]
        .iter()
        .chain(sequence[..from].iter())
        .find(|item| !done.contains_key(&item.id))
        .filter(|_| viewer.is_some())
        .map(|item| Link::of(&item.id, item.title_in(language)));
    Ok(CatalogData { signed_in: viewer.is_some(), tracks, continue_at, starting: latest.is_none() })
}

pub async fn track(core: &Core, viewer: Option<&Viewer>, id: &str, language: Language) -> Result<TrackData> {
    let track = core
        .catalog
        .track(id)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingTrack).with("id", id)))?;
    let learner = learner(core, viewer).await?;
    let done = &learner.done;
    let named = track.named(language);
    Ok(TrackData {
        signed_in: viewer.is_some(),
        id: track.id.clone(),
        title: named.title,
        summary: named.summary,
        completion: completion(track.items(), done),
        modules: track
            .modules
            .iter()
            .map(|m| {
                let named = m.named(language);
                ModuleSummary {
                    id: m.id.clone(),
                    title: named.title,
                    summary: named.summary,
                    completion: completion(m.items.iter(), done),
                }
            })
            .collect(),
    })
}

pub async fn module(
    core: &Core,
    viewer: Option<&Viewer>,
    id: &str,
    language: Language,
) -> Result<ModuleData> {
    let (track, module) = core
        .catalog
        .module(id)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingModule).with("id", id)))?;
    let learner = learner(core, viewer).await?;
    let done = &learner.done;
    let lock = |item: &Item| {
        viewer.and_then(|v| schedule::lock(&core.catalog, &learner.done, &learner.enrolment, v, item))
    };
    let named = module.named(language);
    Ok(ModuleData {
        signed_in: viewer.is_some(),
        track: Link::of(&track.id, &track.named(language).title),
        id: module.id.clone(),
        title: named.title,
        summary: named.summary,
        completion: completion(module.items.iter(), done),
        items: module
            .items
            .iter()
            .map(|i| ItemSummary {
                id: i.id.clone(),
                title: i.title_in(language).to_string(),
                kind: i.kind,
                minutes: i.minutes,
                done: done.contains_key(&i.id),
                lock: lock(i),
            })
            .collect(),
        trainer_notes: module
            .notes_in(language)
            .map(str::to_string)
            .filter(|_| viewer.is_some_and(|v| access::one_of(v, access::STAFF).is_ok())),
    })
}

/// A lesson or lab page, with the viewer's answers and their own lab files, in `language` where
/// it is translated (the page says when it is not, or when its translation is out of date).
pub async fn item(core: &Core, viewer: Option<&Viewer>, id: &str, language: Language) -> Result<ItemData> {
    let found = core
        .catalog
        .item(id)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingLesson).with("id", id)))?;
    let item = found.item;
    let learner = learner(core, viewer).await?;
    let done = learner.done.contains_key(&item.id);
    let lock = viewer.and_then(|v| schedule::lock(&core.catalog, &learner.done, &learner.enrolment, v, item));
    let (previous, next) = core.catalog.neighbours(&item.id);
    let (mut questions, score) = grading::views(core, viewer, item, language).await?;
    let exam = exams::view(core, viewer, item).await?;
    if let (Some(v), Some(ExamView { state: ExamState::Over { .. }, .. })) = (viewer, &exam)
        && !done
    {
        grading::finish_exam(core, v.id, item).await?;
    }
    // An exam's questions and files are shown once its attempt has started.
    let started = match &exam {
        Some(e) => matches!(e.state, ExamState::Running { .. } | ExamState::Over { .. }),
        None => item.time_limit.is_none(),
    };
    if !started {
        questions.clear();
    }
    let artifacts = match viewer {
        Some(v) if started => grading::artifact_views(grading::variant(core, v.id, item).await?),
        _ => Vec::new(),
    };
    let text = item.text(language);
    let translation = match text {
        _ if language == Language::En => Translation::AsAsked,
        None => Translation::Missing(language),
        Some(t) if !t.current => Translation::OutOfDate,
        Some(_) => Translation::AsAsked,
    };
    Ok(ItemData {
        signed_in: viewer.is_some(),
        track: Link::of(&found.track.id, &found.track.named(language).title),
        module: Link::of(&found.module.id, &found.module.named(language).title),
        id: item.id.clone(),
        title: item.title_in(language).to_string(),
        kind: item.kind,
        minutes: item.minutes,
        objectives: text.map_or(&item.objectives, |t| &t.objectives).clone(),
        sources: text.map_or(&item.sources, |t| &t.sources).clone(),
        html: text.map_or(&item.html, |t| &t.html).clone(),
        language: if text.is_some() { language } else { Language::En },
        translation,
        previous: previous.map(|i| Link::of(&i.id, i.title_in(language))),
        next: next.map(|i| Link::of(&i.id, i.title_in(language))),
        done,
        questions,
        score,
        artifacts,
        lock,
        exam,
    })
}

pub fn glossary(core: &Core, track: &str, language: Language) -> Result<GlossaryData> {
    let found = core
        .catalog
        .track(track)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingTrack).with("id", track)))?;
    let mut terms: Vec<GlossaryTerm> = found
        .glossary
        .iter()
        .map(|t| {
            let text = t.text(language);
            GlossaryTerm {
                id: t.id.clone(),
                term: text.term,
                definition: text.definition,
                source: text.source,
            }
        })
        .collect();
    // Alphabetical in the reader's language (case aside; accents sort after their letter).
    terms.sort_by_key(|t| t.term.to_lowercase());
    Ok(GlossaryData { track: Link::of(&found.id, &found.named(language).title), terms })
}

/// Marks a lesson complete for the viewer (a lab is finished by answering its questions).
pub async fn complete(core: &Core, viewer: &Viewer, id: &str) -> Result<()> {
    let found = core
        .catalog
        .item(id)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingLesson).with("id", id)))?;
    if found.item.kind != ItemKind::Lesson {
        return Err(AppError::invalid(Msg::FieldId, Msg::InvalidLabCompletion).into());
    }
    let (done, enrolment) = core.learners.standing(&core.db, viewer.id).await?;
    if let Some(lock) = schedule::lock(&core.catalog, &done, &enrolment, viewer, found.item) {
        return Err(schedule::refusal(&lock).into());
    }
    let mut tx = core.db.begin().await?;
    progress::complete(&mut tx, viewer.id, id, None).await?;
    tx.commit().await?;
    core.learners.forget_work(viewer.id);
    crate::credentials::award(core, viewer.id).await
}
