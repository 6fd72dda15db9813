//! Cohorts for instructors and managers: the progress grid, a trainee's record, CSV import of
//! trainees.

use kujenga_types::AppError;
use kujenga_types::cohorts::{CohortGridData, CohortRow, ImportCheck, Imported, TraineeRecord};
use leptos::prelude::*;

/// Who may call: instructors (their cohorts), managers (their programmes' cohorts), admins.
#[server(endpoint = "cohorts")]
pub async fn cohorts_page() -> Result<Vec<CohortRow>, AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::COHORT_FOLLOWERS;
    respond::answer(async move {
        let (state, viewer) = who::one_of(COHORT_FOLLOWERS).await?;
        Ok(kujenga_core::storage::cohorts::visible_to(&state.core.db, &viewer).await?)
    })
    .await
}

/// Who may call: the cohort's instructors, admins, and the managers of its programme.
#[server(endpoint = "cohort")]
pub async fn cohort_grid(
    id: i64,
    #[server(default)] page: u32,
    #[server(default)] sort: String,
    #[server(default)] filter: String,
    #[server(default)] module: String,
) -> Result<CohortGridData, AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::cohorts::{self, GridQuery};
    respond::answer(async move {
        let (state, viewer) = who::cohort_viewer(id).await?;
        let language = crate::i18n::language();
        let query = GridQuery { page: page.max(1), sort: &sort, filter: &filter, module: &module, language };
        Ok(cohorts::grid(&state.core, &viewer, id, &query).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins (profiles are theirs to see).
#[server(endpoint = "trainee")]
pub async fn trainee_detail(cohort: i64, trainee: i64) -> Result<TraineeRecord, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let (state, viewer) = who::cohort_staff(cohort).await?;
        Ok(kujenga_core::cohorts::trainee_record(
            &state.core,
            &viewer,
            cohort,
            trainee,
            crate::i18n::language(),
        )
        .await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins. Checks the CSV and keeps it as the
/// caller's draft, for the cohort page to show; nothing is created until `import_commit`.
#[server(endpoint = "import-preview")]
pub async fn import_preview(cohort: i64, csv: String) -> Result<ImportCheck, AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/cohorts/{cohort}#import"), async {
        let (state, viewer) = who::cohort_staff(cohort).await?;
        Ok(kujenga_core::import::keep(&state.core.db, cohort, viewer.id, &csv).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins. Writes the caller's draft, all or
/// nothing, and returns the first passwords (they are not kept).
#[server(endpoint = "import-commit")]
pub async fn import_commit(cohort: i64) -> Result<Imported, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let (state, viewer) = who::cohort_staff(cohort).await?;
        Ok(kujenga_core::import::commit(&state.core.db, &viewer, cohort).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins.
#[server(endpoint = "import-cancel")]
pub async fn import_cancel(cohort: i64) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/cohorts/{cohort}#import"), async {
        let (state, viewer) = who::cohort_staff(cohort).await?;
        Ok(kujenga_core::import::cancel(&state.core.db, cohort, viewer.id).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins. Enrols an existing trainee account.
#[server(endpoint = "enrol")]
pub async fn enrol(cohort: i64, username: String) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/cohorts/{cohort}"), async move {
        let (state, actor) = who::cohort_staff(cohort).await?;
        Ok(kujenga_core::cohorts::enrol_existing(&state.core, &actor, cohort, &username).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins. The trainee's work stays.
#[server(endpoint = "withdraw")]
pub async fn withdraw(cohort: i64, trainee: i64) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/cohorts/{cohort}"), async move {
        let (state, actor) = who::cohort_staff(cohort).await?;
        Ok(kujenga_core::cohorts::withdraw(&state.core, &actor, cohort, trainee).await?)
    })
    .await
}

/// Who may call: instructors of both cohorts, and admins; the cohorts are of one programme.
#[server(endpoint = "move-trainee")]
pub async fn move_trainee(cohort: i64, trainee: i64, to: i64) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/cohorts/{to}/trainees/{trainee}"), async move {
        let (state, actor) = who::cohort_staff(cohort).await?;
        Ok(kujenga_core::cohorts::move_trainee(&state.core, &actor, cohort, trainee, to).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins. `opens_on` empty: open from the start.
#[server(endpoint = "schedule")]
pub async fn schedule_module(
    cohort: i64,
    module: String,
    #[server(default)] opens_on: String,
) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/cohorts/{cohort}#schedule"), async move {
        let (state, actor) = who::cohort_staff(cohort).await?;
        Ok(kujenga_core::cohorts::schedule_module(&state.core, &actor, cohort, &module, &opens_on).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins.
#[server(endpoint = "waive-prerequisites")]
pub async fn waive_prerequisites(cohort: i64, trainee: i64, item: String) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/cohorts/{cohort}/trainees/{trainee}"), async move {
        let (state, actor) = who::cohort_staff(cohort).await?;
        Ok(kujenga_core::cohorts::waive_prerequisites(&state.core, &actor, cohort, trainee, &item).await?)
    })
    .await
}

/// Who may call: admins. Archived cohorts are read-only and still counted in dashboards.
#[server(endpoint = "archive-cohort")]
pub async fn archive_cohort(cohort: i64, archived: bool) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    respond::form(&format!("/cohorts/{cohort}"), async move {
        let (state, actor) = who::one_of(ADMINS).await?;
        Ok(kujenga_core::setup::archive_cohort(&state.core, &actor, cohort, archived).await?)
    })
    .await
}
