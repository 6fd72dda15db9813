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
    /// An archived cohort (or one of an archived programme) is read-only.
    pub archived: bool,
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

/// A module's group of columns in the grid, in column order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridModule {
    pub id: String,
    pub title: String,
    pub columns: u32,
}

/// A module of the cohort's curriculum and the day it opens to the cohort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduledModule {
    pub id: String,
    pub title: String,
    /// YYYY-MM-DD; `None`: open from the start.
    pub opens_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortGridData {
    pub cohort: CohortInfo,
    /// Instructors of the cohort and admins: may import trainees and see profiles.
    pub can_teach: bool,
    /// The modules the columns belong to (all, or the one chosen).
    pub modules: Vec<GridModule>,
    /// Every module of the cohort's curriculum, to choose one from.
    pub all_modules: Vec<GridModule>,
    /// The module shown alone, or empty for all.
    pub module: String,
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
    /// When each module opens to the cohort.
    pub schedule: Vec<ScheduledModule>,
    /// Admins may archive the cohort, or bring it back.
    pub can_archive: bool,
    /// Trainees who left the cohort; their work stays.
    pub withdrawn: Vec<WithdrawnTrainee>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WithdrawnTrainee {
    pub username: String,
    pub display_name: String,
    /// YYYY-MM-DD.
    pub withdrawn_on: String,
}

/// A CSV import checked but not yet written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportCheck {
    pub rows: Vec<ImportRow>,
    /// Every bad row, with its line number and the reason; nothing is written while any exist.
    pub problems: Vec<kujenga_words::Text>,
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
    /// Its prerequisites are not done, and no instructor let the trainee take it anyway.
    pub blocked: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraineeRecord {
    pub cohort: CohortInfo,
    pub trainee: TraineeRow,
    pub profile: Profile,
    pub items: Vec<ItemProgress>,
    pub submissions: Vec<Submission>,
    /// The temporary password of a reset, while it is unused (for a day).
    pub temporary_password: Option<String>,
    /// Other cohorts of the programme the trainee can be moved to.
    pub move_to: Vec<Choice>,
    pub credentials: Vec<crate::credentials::CredentialRow>,
    /// The tracks of the cohort's curriculum, for a credential issued by hand.
    pub tracks: Vec<crate::learn::Link>,
}
