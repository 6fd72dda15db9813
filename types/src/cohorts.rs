//! Cohorts as their instructors and managers see them: the progress grid, a trainee's record,
//! and CSV import of trainees.

use serde::{Deserialize, Serialize};

use crate::answers::Verdict;
use crate::content::ItemKind;
use crate::people::Profile;
use crate::programs::Choice;

/// A cohort in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortRow {
    pub id: i64,
    pub name: String,
    pub trainees: i64,
}

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
    pub kind: ItemKind,
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

/// Trainees on one page of the grid.
pub const PAGE_SIZE: u32 = 25;

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
    /// The viewer's checked import, not yet written.
    pub import: Option<ImportCheck>,
    /// For admins, who may change the cohort's settings: the tracks and modules to choose from.
    pub curriculum: Option<Vec<Choice>>,
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

/// The result of an import: the new accounts and their first passwords. They are sent once, in
/// the reply to the import, and never stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Imported {
    pub accounts: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    pub item: String,
    pub question: String,
    pub answer: String,
    pub verdict: Verdict,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemProgress {
    pub id: String,
    pub title: String,
    pub kind: ItemKind,
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
