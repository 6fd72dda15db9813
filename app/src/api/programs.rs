//! Programmes and their dashboards, for program managers and admins; programme and cohort
//! set-up for admins.

use kujenga_types::AppError;
use kujenga_types::programs::{DashboardData, Filters, ProgramsData};
use leptos::prelude::*;

/// Who may call: managers (their programmes) and admins (all).
#[server(endpoint = "programs")]
pub async fn programs_page() -> Result<ProgramsData, AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::PROGRAM_READERS;
    respond::answer(async move {
        let (state, viewer) = who::one_of(PROGRAM_READERS).await?;
        Ok(kujenga_core::setup::overview(&state.core, &viewer).await?)
    })
    .await
}

/// Who may call: admins. `manager` is a user id, or 0 for none yet.
#[server(endpoint = "create-program")]
pub async fn create_program(name: String, #[server(default)] manager: i64) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    respond::form("/programs", async {
        let (state, actor) = who::one_of(ADMINS).await?;
        Ok(kujenga_core::setup::new_program(&state.core, &actor, &name, manager).await?)
    })
    .await
}

/// Who may call: admins.
#[server(endpoint = "add-manager")]
pub async fn add_manager(program: i64, manager: i64) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    respond::form("/programs", async {
        let (state, actor) = who::one_of(ADMINS).await?;
        Ok(kujenga_core::setup::appoint_manager(&state.core, &actor, program, manager).await?)
    })
    .await
}

/// Who may call: admins.
#[server(endpoint = "remove-manager")]
pub async fn remove_manager(program: i64, manager: i64) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    respond::form("/programs", async {
        let (state, actor) = who::one_of(ADMINS).await?;
        Ok(kujenga_core::setup::dismiss_manager(&state.core, &actor, program, manager).await?)
    })
    .await
}

/// Who may call: admins.
#[server(endpoint = "rename-program")]
pub async fn rename_program(program: i64, name: String) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    respond::form("/programs", async {
        let (state, actor) = who::one_of(ADMINS).await?;
        Ok(kujenga_core::setup::retitle_program(&state.core, &actor, program, &name).await?)
    })
    .await
}

/// Who may call: admins.
#[server(endpoint = "add-instructor")]
pub async fn add_instructor(cohort: i64, instructor: i64) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    respond::form(&format!("/cohorts/{cohort}"), async {
        let (state, actor) = who::one_of(ADMINS).await?;
        Ok(kujenga_core::setup::assign_instructor(&state.core, &actor, cohort, instructor).await?)
    })
    .await
}

/// Who may call: admins. `content` holds track or module ids (none: the whole curriculum).
#[server(endpoint = "create-cohort")]
pub async fn create_cohort(
    name: String,
    program: i64,
    #[server(default)] starts_on: String,
    #[server(default)] ends_on: String,
    #[server(default)] instructor: i64,
    #[server(default)] content: Vec<String>,
) -> Result<i64, AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    use kujenga_core::setup::{self, CohortForm};
    respond::form_to(|opened| format!("/cohorts/{opened}"), async {
        let (state, actor) = who::one_of(ADMINS).await?;
        let form = CohortForm { name: &name, starts_on: &starts_on, ends_on: &ends_on, content: &content };
        Ok(setup::open_cohort(&state.core, &actor, &form, program, instructor).await?)
    })
    .await
}

/// Who may call: admins. As `create_cohort`; the programme and members stay.
#[server(endpoint = "update-cohort")]
pub async fn update_cohort(
    cohort: i64,
    name: String,
    #[server(default)] starts_on: String,
    #[server(default)] ends_on: String,
    #[server(default)] content: Vec<String>,
) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    use kujenga_core::setup::{self, CohortForm};
    respond::form(&format!("/cohorts/{cohort}"), async {
        let (state, actor) = who::one_of(ADMINS).await?;
        let form = CohortForm { name: &name, starts_on: &starts_on, ends_on: &ends_on, content: &content };
        Ok(setup::revise_cohort(&state.core, &actor, cohort, &form).await?)
    })
    .await
}

/// Who may call: the programme's managers and admins.
#[server(endpoint = "dashboard")]
pub async fn dashboard(program: i64, #[server(default)] filters: Filters) -> Result<DashboardData, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let (state, _) = who::program_viewer(program).await?;
        let core = &state.core;
        Ok(core
            .analytics
            .dashboard(&core.db, &core.catalog, program, filters, crate::i18n::language())
            .await?)
    })
    .await
}

/// Who may call: admins. Archived programmes (and their cohorts) are read-only and still
/// counted in dashboards.
#[server(endpoint = "archive-program")]
pub async fn archive_program(program: i64, archived: bool) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::ADMINS;
    respond::form("/programs", async move {
        let (state, actor) = who::one_of(ADMINS).await?;
        Ok(kujenga_core::setup::archive_program(&state.core, &actor, program, archived).await?)
    })
    .await
}
