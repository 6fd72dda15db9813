//! Exercises and timed exams as their pages show them: the facilitator's console and
//! after-action report, a team's view, and an exam's clock. Times are UTC `YYYY-MM-DD HH:MM`.

use serde::{Deserialize, Serialize};

use crate::answers::Points;
use crate::content::QuestionKind;
use crate::learn::ArtifactView;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RunState {
    /// Created: teams are being formed.
    Ready,
    Running,
    Paused,
    Closed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunSummary {
    pub id: i64,
    pub exercise_id: String,
    pub title: String,
    pub cohort_id: i64,
    pub cohort: String,
    pub state: RunState,
    pub created: String,
}

/// A question of an inject. `rubric` is for the facilitator only (empty in a team's view).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InjectQuestion {
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: String,
    pub choices: Vec<String>,
    pub most: Points,
    pub rubric: Vec<String>,
}

/// An inject. A team sees only released ones, without `expected` and `sources`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InjectView {
    pub id: String,
    pub minute: u32,
    pub title: String,
    pub from: Option<String>,
    /// Rendered and sanitised when the curriculum was loaded.
    pub html: String,
    pub questions: Vec<InjectQuestion>,
    /// The team's own files (a team's view), or their names (the facilitator's).
    pub files: Vec<ArtifactView>,
    pub released: Option<String>,
    /// Released by the facilitator rather than on schedule.
    pub by_hand: bool,
    pub held: bool,
    pub expected: Vec<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub user_id: i64,
    pub name: String,
    /// The role's name in the exercise, or empty.
    pub role: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamAnswer {
    pub id: i64,
    pub inject_id: String,
    pub question_id: String,
    pub author: String,
    pub answer: String,
    /// Whether a checked answer was right; for a team, only once the run is closed.
    pub correct: Option<bool>,
    /// Points scored; a free-text answer's once the facilitator has scored it.
    pub points: Option<Points>,
    pub answered: String,
    /// Seconds of running time since its inject was released.
    pub after_seconds: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamReport {
    pub id: i64,
    pub name: String,
    pub members: Vec<TeamMember>,
    /// Every answer the team sent, oldest first (the last of each question counts).
    pub answers: Vec<TeamAnswer>,
    pub score: Points,
    pub most: Points,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunNote {
    pub inject_id: String,
    pub author: String,
    pub body: String,
    pub written: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleView {
    pub id: String,
    pub name: String,
    pub brief: String,
}

/// The facilitator's console, and the after-action report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunData {
    pub run: RunSummary,
    pub minutes: u32,
    /// Minutes of running time so far (pauses do not count).
    pub running_minutes: i64,
    pub started: Option<String>,
    pub closed: Option<String>,
    pub scenario_html: String,
    pub debrief_html: String,
    pub roles: Vec<RoleView>,
    pub injects: Vec<InjectView>,
    pub teams: Vec<TeamReport>,
    pub notes: Vec<RunNote>,
    /// The cohort's trainees, for forming teams: (id, name).
    pub trainees: Vec<(i64, String)>,
}

/// A team's view of its run: released injects only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamData {
    pub run: RunSummary,
    pub team: String,
    pub members: Vec<TeamMember>,
    pub roles: Vec<RoleView>,
    pub scenario_html: String,
    pub injects: Vec<InjectView>,
    /// The team's last answer to each question.
    pub answers: Vec<TeamAnswer>,
}

/// An exercise the staff may run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseOffer {
    pub id: String,
    pub title: String,
    pub track: String,
    pub minutes: u32,
    pub injects: usize,
}

/// A timed exam with its window for a cohort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExamWindow {
    pub item_id: String,
    pub title: String,
    pub time_limit: u32,
    /// When set: (opens, closes).
    pub window: Option<(String, String)>,
}

/// A cohort's exercises page: its runs, what may be run, and its exams' windows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortExercises {
    pub cohort_id: i64,
    pub cohort: String,
    pub runs: Vec<RunSummary>,
    pub offers: Vec<ExerciseOffer>,
    pub exams: Vec<ExamWindow>,
}
