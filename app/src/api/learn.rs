//! Reading the curriculum and recording progress.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::answers::{QuestionView, Score};
use super::{AppError, Completion};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub modules: usize,
    pub completion: Completion,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogData {
    pub signed_in: bool,
    pub tracks: Vec<TrackSummary>,
    /// Where the learner goes next: the first unfinished item after their latest completion.
    pub continue_at: Option<Link>,
    /// True when the learner has finished nothing yet (the link then says "Start").
    pub starting: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub completion: Completion,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackData {
    pub signed_in: bool,
    pub id: String,
    pub title: String,
    pub summary: String,
    pub completion: Completion,
    pub modules: Vec<ModuleSummary>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    Lesson,
    Lab,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemSummary {
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub minutes: u32,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleData {
    pub signed_in: bool,
    pub track: Link,
    pub id: String,
    pub title: String,
    pub summary: String,
    pub completion: Completion,
    pub items: Vec<ItemSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemData {
    pub signed_in: bool,
    pub track: Link,
    pub module: Link,
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub minutes: u32,
    pub objectives: Vec<String>,
    pub sources: Vec<String>,
    /// Rendered and sanitised when the curriculum was loaded.
    pub html: String,
    pub previous: Option<Link>,
    pub next: Option<Link>,
    pub done: bool,
    /// The knowledge check of a lesson, or the questions of a lab.
    pub questions: Vec<QuestionView>,
    pub score: Score,
    /// A lab's files for this learner (empty for a visitor).
    pub artifacts: Vec<ArtifactView>,
}

/// A lab file as its page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArtifactView {
    pub name: String,
    pub bytes: usize,
    pub sha256: String,
}

#[cfg(feature = "ssr")]
mod progress {
    use std::collections::HashMap;
    use std::sync::Arc;

    use curriculum::Item;

    use crate::api::{AppError, Completion, Viewer};
    use crate::learners::Learner;
    use crate::state::state;

    /// What the viewer has done (kept in memory); nothing for a visitor who is not signed in.
    pub async fn learner(viewer: &Option<Viewer>) -> Result<Arc<Learner>, AppError> {
        match viewer {
            Some(v) => {
                let state = state();
                state.learners.get(&state.db, v.id).await
            }
            None => Ok(Arc::default()),
        }
    }

    pub fn completion<'a>(items: impl Iterator<Item = &'a Item>, done: &HashMap<String, i64>) -> Completion {
        let (mut c, mut total) = (0, 0);
        for item in items {
            total += 1;
            c += u32::from(done.contains_key(&item.id));
        }
        Completion { done: c, total }
    }
}

impl Link {
    #[cfg(feature = "ssr")]
    fn of(id: &str, title: &str) -> Link {
        Link { id: id.to_string(), title: title.to_string() }
    }
}

#[cfg(feature = "ssr")]
impl From<curriculum::ItemKind> for Kind {
    fn from(kind: curriculum::ItemKind) -> Kind {
        match kind {
            curriculum::ItemKind::Lesson => Kind::Lesson,
            curriculum::ItemKind::Lab => Kind::Lab,
        }
    }
}

/// Who may call: anyone; progress is shown to a signed-in learner.
#[server(endpoint = "catalog")]
pub async fn catalog_page() -> Result<CatalogData, AppError> {
    use crate::auth::policy;
    crate::web::respond(async move {
        let viewer = policy::anyone().await?;
        let learner = progress::learner(&viewer).await?;
        let done = &learner.done;
        let catalog = crate::state::state().catalog.clone();
        let tracks = catalog
            .tracks()
            .iter()
            .map(|t| TrackSummary {
                id: t.id.clone(),
                title: t.title.clone(),
                summary: t.summary.clone(),
                modules: t.modules.len(),
                completion: progress::completion(t.items(), done),
            })
            .collect();
        let sequence: Vec<_> = catalog.items().map(|l| l.item).collect();
        let latest =
            sequence.iter().enumerate().filter_map(|(i, item)| done.get(&item.id).map(|at| (*at, i))).max();
        let from = latest.map_or(0, |(_, i)| i + 1);
        let continue_at = sequence[from..]
            .iter()
            .chain(sequence[..from].iter())
            .find(|item| !done.contains_key(&item.id))
            .filter(|_| viewer.is_some())
            .map(|item| Link::of(&item.id, &item.title));
        Ok(CatalogData { signed_in: viewer.is_some(), tracks, continue_at, starting: latest.is_none() })
    })
    .await
}

/// Who may call: anyone; progress is shown to a signed-in learner.
#[server(endpoint = "track")]
pub async fn track_page(id: String) -> Result<TrackData, AppError> {
    use crate::auth::policy;
    crate::web::respond(async move {
        let viewer = policy::anyone().await?;
        let catalog = crate::state::state().catalog.clone();
        let track = catalog.track(&id).ok_or_else(|| AppError::NotFound(format!("track `{id}`")))?;
        let learner = progress::learner(&viewer).await?;
        let done = &learner.done;
        Ok(TrackData {
            signed_in: viewer.is_some(),
            id: track.id.clone(),
            title: track.title.clone(),
            summary: track.summary.clone(),
            completion: progress::completion(track.items(), done),
            modules: track
                .modules
                .iter()
                .map(|m| ModuleSummary {
                    id: m.id.clone(),
                    title: m.title.clone(),
                    summary: m.summary.clone(),
                    completion: progress::completion(m.items.iter(), done),
                })
                .collect(),
        })
    })
    .await
}

/// Who may call: anyone; progress is shown to a signed-in learner.
#[server(endpoint = "module")]
pub async fn module_page(id: String) -> Result<ModuleData, AppError> {
    use crate::auth::policy;
    crate::web::respond(async move {
        let viewer = policy::anyone().await?;
        let catalog = crate::state::state().catalog.clone();
        let (track, module) =
            catalog.module(&id).ok_or_else(|| AppError::NotFound(format!("module `{id}`")))?;
        let learner = progress::learner(&viewer).await?;
        let done = &learner.done;
        Ok(ModuleData {
            signed_in: viewer.is_some(),
            track: Link::of(&track.id, &track.title),
            id: module.id.clone(),
            title: module.title.clone(),
            summary: module.summary.clone(),
            completion: progress::completion(module.items.iter(), done),
            items: module
                .items
                .iter()
                .map(|i| ItemSummary {
                    id: i.id.clone(),
                    title: i.title.clone(),
                    kind: i.kind.into(),
                    minutes: i.minutes,
                    done: done.contains_key(&i.id),
                })
                .collect(),
        })
    })
    .await
}

/// Who may call: anyone; a signed-in learner also sees whether they finished it.
#[server(endpoint = "item")]
pub async fn item_page(id: String) -> Result<ItemData, AppError> {
    use crate::auth::policy;
    use crate::state::state;
    crate::web::respond(async move {
        let viewer = policy::anyone().await?;
        let catalog = state().catalog.clone();
        let found = catalog.item(&id).ok_or_else(|| AppError::NotFound(format!("lesson `{id}`")))?;
        let item = found.item;
        let done = progress::learner(&viewer).await?.done.contains_key(&item.id);
        let (previous, next) = catalog.neighbours(&item.id);
        let state = state();
        let (questions, score) = crate::grading::views(&state, viewer.as_ref(), item).await?;
        let artifacts = match &viewer {
            Some(v) => {
                crate::grading::variant(&state, v.id, item).await?.map(|g| g.artifacts).unwrap_or_default()
            }
            None => Vec::new(),
        };
        Ok(ItemData {
            signed_in: viewer.is_some(),
            track: Link::of(&found.track.id, &found.track.title),
            module: Link::of(&found.module.id, &found.module.title),
            id: item.id.clone(),
            title: item.title.clone(),
            kind: item.kind.into(),
            minutes: item.minutes,
            objectives: item.objectives.clone(),
            sources: item.sources.clone(),
            html: item.html.clone(),
            previous: previous.map(|i| Link::of(&i.id, &i.title)),
            next: next.map(|i| Link::of(&i.id, &i.title)),
            done,
            questions,
            score,
            artifacts: artifacts
                .iter()
                .map(|a| ArtifactView {
                    name: a.name.clone(),
                    bytes: a.bytes.len(),
                    sha256: curriculum::labs::sha256_hex(&a.bytes),
                })
                .collect(),
        })
    })
    .await
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryTerm {
    pub id: String,
    pub term: String,
    pub definition: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryData {
    pub track: Link,
    pub terms: Vec<GlossaryTerm>,
}

/// Who may call: anyone.
#[server(endpoint = "glossary")]
pub async fn glossary_page(track: String) -> Result<GlossaryData, AppError> {
    use crate::auth::policy;
    crate::web::respond(async move {
        policy::anyone().await?;
        let catalog = crate::state::state().catalog.clone();
        let found = catalog.track(&track).ok_or_else(|| AppError::NotFound(format!("track `{track}`")))?;
        Ok(GlossaryData {
            track: Link::of(&found.id, &found.title),
            terms: found
                .glossary
                .iter()
                .map(|t| GlossaryTerm {
                    id: t.id.clone(),
                    term: t.term.clone(),
                    definition: t.definition.clone(),
                    source: t.source.clone(),
                })
                .collect(),
        })
    })
    .await
}

/// Who may call: any signed-in person, for a lesson that exists.
#[server(endpoint = "complete")]
pub async fn complete_item(id: String) -> Result<(), AppError> {
    use crate::auth::policy;
    use crate::state::state;
    crate::web::respond(async move {
        let viewer = policy::signed_in().await?;
        let catalog = state().catalog.clone();
        let found = catalog.item(&id).ok_or_else(|| AppError::NotFound(format!("lesson `{id}`")))?;
        if found.item.kind != curriculum::ItemKind::Lesson {
            return Err(AppError::invalid("id", "a lab is finished by answering its questions"));
        }
        let state = state();
        crate::storage::progress::complete(&state.db, viewer.id, &id, None).await?;
        state.learners.forget(viewer.id);
        crate::web::redirect_plain_form(&format!("/learn/{id}"));
        Ok(())
    })
    .await
}
