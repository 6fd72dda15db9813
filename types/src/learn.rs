//! The curriculum as learners see it: the data of the catalog, track, module, lesson and
//! glossary pages.

use serde::{Deserialize, Serialize};

use crate::answers::{QuestionView, Score};
use crate::content::ItemKind;
use kujenga_words::Language;

/// Completion of a group of items (a module or a track).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Completion {
    pub done: u32,
    pub total: u32,
}

impl Completion {
    pub fn percent(self) -> u32 {
        (self.done * 100).checked_div(self.total).unwrap_or(0)
    }
}

/// A link to a track, module or item: its id and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub id: String,
    pub title: String,
}

impl Link {
    pub fn of(id: &str, title: &str) -> Link {
        Link { id: id.to_string(), title: title.to_string() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub modules: usize,
    pub completion: Completion,
    /// Part of the curriculum of the learner's cohort (these come first).
    pub in_cohort: bool,
}

/// Why a learner cannot take an item yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lock {
    /// Its module opens to the learner's cohort on this day (YYYY-MM-DD).
    OpensOn(String),
    /// These come first.
    Prerequisites(Vec<Link>),
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemSummary {
    pub id: String,
    pub title: String,
    pub kind: ItemKind,
    pub minutes: u32,
    pub done: bool,
    pub lock: Option<Lock>,
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
    /// The module's guide for instructors (sanitised HTML); only instructors and admins get it.
    pub trainer_notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemData {
    pub signed_in: bool,
    pub track: Link,
    pub module: Link,
    pub id: String,
    pub title: String,
    pub kind: ItemKind,
    pub minutes: u32,
    pub objectives: Vec<String>,
    pub sources: Vec<String>,
    /// Rendered and sanitised when the curriculum was loaded.
    pub html: String,
    /// The language of the text shown (English where there is no translation).
    pub language: Language,
    /// How the text stands against the language the reader asked for.
    pub translation: Translation,
    pub previous: Option<Link>,
    pub next: Option<Link>,
    pub done: bool,
    /// The knowledge check of a lesson, or the questions of a lab.
    pub questions: Vec<QuestionView>,
    pub score: Score,
    /// A lab's files for this learner (empty for a visitor).
    pub artifacts: Vec<ArtifactView>,
    /// Why the learner cannot answer yet, if so.
    pub lock: Option<Lock>,
    /// A timed exam's clock for this learner.
    pub exam: Option<ExamView>,
}

/// How a page's text stands against the reader's language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Translation {
    /// In the language asked for.
    #[default]
    AsAsked,
    /// Not translated into this language yet: shown in English.
    Missing(Language),
    /// Translated from an older revision of the English page.
    OutOfDate,
}

/// A lab file as its page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArtifactView {
    pub name: String,
    pub bytes: usize,
    pub sha256: String,
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

/// Where a trainee stands with a timed exam.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExamState {
    /// No window of theirs is open now; the next one's opening, if any.
    NotOpen(Option<String>),
    /// A window is open until then: the trainee may start.
    Open { closes: String },
    /// Started: answers are taken until the deadline.
    Running { deadline: String, seconds_left: i64 },
    /// The deadline has passed.
    Over { deadline: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExamView {
    pub time_limit: u32,
    pub state: ExamState,
}
