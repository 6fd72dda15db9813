//! Reading the curriculum and recording progress.

use kujenga_types::AppError;
use kujenga_types::learn::{CatalogData, GlossaryData, ItemData, ModuleData, TrackData};
use leptos::prelude::*;

/// Who may call: anyone; progress is shown to a signed-in learner.
#[server(endpoint = "catalog")]
pub async fn catalog_page() -> Result<CatalogData, AppError> {
    use crate::ssr::{language, respond, who};
    respond::answer(async move {
        let (state, viewer) = who::anyone().await?;
        Ok(kujenga_core::learn::catalog(&state.core, viewer.as_ref(), language::current()).await?)
    })
    .await
}

/// Who may call: anyone; progress is shown to a signed-in learner.
#[server(endpoint = "track")]
pub async fn track_page(id: String) -> Result<TrackData, AppError> {
    use crate::ssr::{language, respond, who};
    respond::answer(async move {
        let (state, viewer) = who::anyone().await?;
        Ok(kujenga_core::learn::track(&state.core, viewer.as_ref(), &id, language::current()).await?)
    })
    .await
}

/// Who may call: anyone; progress is shown to a signed-in learner.
#[server(endpoint = "module")]
pub async fn module_page(id: String) -> Result<ModuleData, AppError> {
    use crate::ssr::{language, respond, who};
    respond::answer(async move {
        let (state, viewer) = who::anyone().await?;
        Ok(kujenga_core::learn::module(&state.core, viewer.as_ref(), &id, language::current()).await?)
    })
    .await
}

/// Who may call: anyone; a signed-in learner also sees their answers, files and progress.
#[server(endpoint = "item")]
pub async fn item_page(id: String) -> Result<ItemData, AppError> {
    use crate::ssr::{language, respond, who};
    respond::answer(async move {
        let (state, viewer) = who::anyone().await?;
        let mut data =
            kujenga_core::learn::item(&state.core, viewer.as_ref(), &id, language::current()).await?;
        data.questions.iter_mut().for_each(crate::i18n::fill_question);
        Ok(data)
    })
    .await
}

/// Who may call: anyone.
#[server(endpoint = "glossary")]
pub async fn glossary_page(track: String) -> Result<GlossaryData, AppError> {
    use crate::ssr::{language, respond, who};
    respond::answer(async move {
        let (state, _) = who::anyone().await?;
        Ok(kujenga_core::learn::glossary(&state.core, &track, language::current())?)
    })
    .await
}

/// Who may call: any signed-in person, for a lesson that exists.
#[server(endpoint = "complete")]
pub async fn complete_item(id: String) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/learn/{id}"), async {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::learn::complete(&state.core, &viewer, &id).await?)
    })
    .await
}
