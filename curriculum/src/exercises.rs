//! Tabletop exercises: a scenario, roles, and injects released on a timeline, each with the
//! questions teams answer and the debrief's expected actions. The server keeps the timeline
//! (see the core's `exercises`); this is only what the content says.

use crate::questions::Question;

#[derive(Debug, Clone)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    /// The planned length.
    pub minutes: u32,
    pub objectives: Vec<String>,
    pub sources: Vec<String>,
    pub roles: Vec<ExerciseRole>,
    /// What every team reads before the first inject, rendered and sanitised.
    pub scenario_html: String,
    /// The facilitator's guide (the `## Debrief` section); never shown to trainees.
    pub debrief_html: String,
    /// In order of release.
    pub injects: Vec<Inject>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseRole {
    pub id: String,
    pub name: String,
    pub brief: String,
}

#[derive(Debug, Clone)]
pub struct Inject {
    pub id: String,
    /// Minutes of running time (pauses do not count) after the start.
    pub minute: u32,
    pub title: String,
    /// Who the message seems to come from, if it is one.
    pub from: Option<String>,
    pub html: String,
    /// Each team's own files come from this lab generator.
    pub generator: Option<String>,
    pub questions: Vec<Question>,
    /// For the debrief and the after-action report.
    pub expected: Vec<String>,
    pub sources: Vec<String>,
}

impl Exercise {
    pub fn inject(&self, id: &str) -> Option<&Inject> {
        self.injects.iter().find(|i| i.id == id)
    }

    /// The points a team can score: each checkable question's weight, each rubric criterion one.
    pub fn points(&self) -> f64 {
        self.injects.iter().flat_map(|i| &i.questions).map(Question::most).sum()
    }
}
