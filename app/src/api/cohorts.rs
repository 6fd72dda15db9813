//! Cohorts for instructors: the progress grid, a trainee's record, CSV import of trainees.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::learn::Kind;
use super::{AppError, Profile};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortInfo {
    pub id: i64,
    pub name: String,
    pub program_id: Option<i64>,
    pub program: Option<String>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    /// Track or module ids the cohort follows; empty for the whole curriculum.
    pub content: Vec<String>,
    pub instructors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct TraineeRow {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub organisation: String,
    pub country: String,
    pub last_active_at: Option<i64>,
}

/// A lesson or lab column of the grid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridColumn {
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub module: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cell {
    Open,
    Done,
    /// A finished lab, with its score in percent.
    Scored(u32),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridRow {
    pub trainee: TraineeRow,
    pub cells: Vec<Cell>,
    pub done: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortGridData {
    pub cohort: CohortInfo,
    /// Instructors of the cohort and admins: may import trainees and see profiles.
    pub can_teach: bool,
    pub columns: Vec<GridColumn>,
    pub rows: Vec<GridRow>,
    pub page: u32,
    pub pages: u32,
    /// Trainees matching the filter.
    pub matching: u32,
    pub sort: String,
    pub filter: String,
    pub import: Option<ImportCheck>,
    /// Accounts made by the last import, with their first passwords (shown once).
    pub imported: Vec<(String, String)>,
    /// For admins, who may change the cohort's settings: the tracks and modules to choose from.
    pub curriculum: Option<Vec<super::programs::Choice>>,
}

/// A CSV import checked but not yet written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportCheck {
    pub rows: Vec<ImportRow>,
    /// Every bad row, with its line number and the reason; nothing is written while any exist.
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRow {
    pub line: u32,
    pub username: String,
    pub name: String,
    pub profile: Profile,
}

/// The result of an import: the new accounts and their first passwords, shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Imported {
    pub accounts: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    pub item: String,
    pub question: String,
    pub answer: String,
    pub verdict: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemProgress {
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub completed_on: Option<String>,
    pub score: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraineeRecord {
    pub cohort: CohortInfo,
    pub trainee: TraineeRow,
    pub profile: Profile,
    pub items: Vec<ItemProgress>,
    pub submissions: Vec<Submission>,
}

/// Who may call: instructors (their cohorts), managers (their programmes' cohorts), admins.
#[server(endpoint = "cohorts")]
pub async fn cohorts_page() -> Result<Vec<super::admin::CohortRow>, AppError> {
    use super::Role;
    crate::web::respond(async move {
        let viewer = crate::auth::policy::one_of(&[Role::Instructor, Role::Manager, Role::Admin]).await?;
        crate::storage::cohorts::visible_to(&crate::state::state().db, &viewer).await
    })
    .await
}

/// Trainees on one page of the grid.
pub const PAGE_SIZE: u32 = 25;

/// Who may call: the cohort's instructors, admins, and the managers of its programme.
#[server(endpoint = "cohort")]
pub async fn cohort_grid(
    id: i64,
    #[server(default)] page: u32,
    #[server(default)] sort: String,
    #[server(default)] filter: String,
) -> Result<CohortGridData, AppError> {
    crate::web::respond(async move {
        let viewer = crate::auth::policy::cohort_viewer(id).await?;
        crate::cohorts::grid(&crate::state::state(), &viewer, id, page, &sort, &filter).await
    })
    .await
}

/// Who may call: the cohort's instructors and admins (profiles are theirs to see).
#[server(endpoint = "trainee")]
pub async fn trainee_detail(cohort: i64, trainee: i64) -> Result<TraineeRecord, AppError> {
    crate::web::respond(async move {
        crate::auth::policy::cohort_staff(cohort).await?;
        crate::cohorts::trainee_detail(&crate::state::state(), cohort, trainee).await
    })
    .await
}

/// Who may call: the cohort's instructors and admins. Checks the CSV and keeps it, unwritten,
/// for the cohort page to show; nothing is created until `import_commit`.
#[server(endpoint = "import-preview")]
pub async fn import_preview(cohort: i64, csv: String) -> Result<ImportCheck, AppError> {
    crate::web::respond(async move {
        crate::auth::policy::cohort_staff(cohort).await?;
        let preview = crate::cohorts::import::preview(&crate::state::state().db, &csv).await?;
        crate::cohorts::import::keep(cohort, &csv).await?;
        crate::web::redirect_plain_form(&format!("/cohorts/{cohort}#import"));
        Ok(preview)
    })
    .await
}

/// Who may call: the cohort's instructors and admins. Writes the kept import, all or nothing.
#[server(endpoint = "import-commit")]
pub async fn import_commit(cohort: i64) -> Result<Imported, AppError> {
    crate::web::respond(async move {
        crate::auth::policy::cohort_staff(cohort).await?;
        let imported = crate::cohorts::import::commit(&crate::state::state(), cohort).await?;
        crate::web::redirect_plain_form(&format!("/cohorts/{cohort}#import"));
        Ok(imported)
    })
    .await
}

/// Who may call: the cohort's instructors and admins.
#[server(endpoint = "import-cancel")]
pub async fn import_cancel(cohort: i64) -> Result<(), AppError> {
    crate::web::respond(async move {
        crate::auth::policy::cohort_staff(cohort).await?;
        crate::cohorts::import::forget(cohort).await?;
        crate::web::redirect_plain_form(&format!("/cohorts/{cohort}#import"));
        Ok(())
    })
    .await
}
