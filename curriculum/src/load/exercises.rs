//! Reads a track's tabletop exercises: `<track>/exercises/*.md`, each TOML front matter (roles,
//! injects and their questions), then the scenario, then a `## Debrief` section.

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::{Holder, Loader, QuestionDef, sorted_entries, toml_message};
use crate::error::line_of;
use crate::exercises::{Exercise, ExerciseRole, Inject};
use crate::labs::{self, Generator};
use crate::markdown;
use crate::translations::split_page;

/// The folder of a track that holds its exercises.
pub const FOLDER: &str = "exercises";
/// The heading that starts the facilitator's part of an exercise.
const DEBRIEF: &str = "## Debrief";
const MOST_INJECTS: usize = 20;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExerciseFile {
    id: Spanned<String>,
    title: String,
    minutes: Spanned<u32>,
    #[serde(default)]
    objectives: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default, rename = "role")]
    roles: Vec<RoleDef>,
    #[serde(default, rename = "inject")]
    injects: Vec<InjectDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleDef {
    id: Spanned<String>,
    name: String,
    brief: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InjectDef {
    id: Spanned<String>,
    minute: Spanned<u32>,
    title: String,
    #[serde(default)]
    from: Option<String>,
    text: Spanned<String>,
    #[serde(default)]
    generator: Option<Spanned<String>>,
    #[serde(default)]
    expected: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default, rename = "question")]
    questions: Vec<QuestionDef>,
}

impl Loader {
    /// The exercises in `folder`, if the track has one.
    pub(super) fn load_exercises(&mut self, folder: &Path) -> Vec<Exercise> {
        if !folder.is_dir() {
            return Vec::new();
        }
        let files = sorted_entries(folder).unwrap_or_default();
        files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "md"))
            .filter_map(|f| self.parse_exercise(f))
            .collect()
    }

    fn parse_exercise(&mut self, file: &Path) -> Option<Exercise> {
        let text = match fs::read_to_string(file) {
            Ok(t) => t.replace("\r\n", "\n"),
            Err(e) => {
                self.error(file, 0, format!("cannot read: {e}"));
                return None;
            }
        };
        let page = match split_page(&text) {
            Ok(page) => page,
            Err((line, message)) => {
                self.error(file, line, message);
                return None;
            }
        };
        let front = page.front.as_str();
        let line = |offset: usize| line_of(front, offset) + 1;
        let ef: ExerciseFile = match toml::from_str(front) {
            Ok(ef) => ef,
            Err(e) => {
                let at = e.span().map(|s| line(s.start)).unwrap_or(1);
                self.error(file, at, toml_message(&e));
                return None;
            }
        };
        let id = self.claim_id_at(file, line(ef.id.span().start), ef.id.get_ref());
        let minutes = *ef.minutes.get_ref();
        if !(15..=240).contains(&minutes) {
            self.error(
                file,
                line(ef.minutes.span().start),
                format!("minutes = {minutes}: give the planned length of the exercise, from 15 to 240"),
            );
        }
        if ef.title.trim().is_empty() {
            self.error(file, 2, "the title is empty; give the exercise a title");
        }
        if ef.sources.iter().all(|s| s.trim().is_empty()) {
            self.error(file, 1, "an exercise needs its sources: add `sources = [\"Document, section\"]`");
        }
        if ef.roles.is_empty() {
            self.error(
                file,
                1,
                "an exercise needs roles: add `[[role]]` tables (id, name, brief), such as a duty officer",
            );
        }
        let mut role_ids = HashSet::new();
        let roles = ef
            .roles
            .into_iter()
            .map(|r| {
                let at = line(r.id.span().start);
                if !super::valid_id(r.id.get_ref()) || !role_ids.insert(r.id.get_ref().clone()) {
                    self.error(
                        file,
                        at,
                        format!("role id `{}` is not valid or is used twice", r.id.get_ref()),
                    );
                }
                ExerciseRole { id: r.id.into_inner(), name: r.name, brief: r.brief }
            })
            .collect();
        if ef.injects.is_empty() || ef.injects.len() > MOST_INJECTS {
            self.error(
                file,
                1,
                format!(
                    "an exercise has 1 to {MOST_INJECTS} injects (`[[inject]]` tables); this one has {}",
                    ef.injects.len()
                ),
            );
        }
        let mut inject_ids = HashSet::new();
        let mut previous_minute = 0;
        let mut injects = Vec::new();
        for d in ef.injects {
            let at = line(d.id.span().start);
            let inject_id = d.id.get_ref().clone();
            if !super::valid_id(&inject_id) || !inject_ids.insert(inject_id.clone()) {
                self.error(file, at, format!("inject id `{inject_id}` is not valid or is used twice"));
            }
            let minute = *d.minute.get_ref();
            if minute < previous_minute {
                self.error(
                    file,
                    line(d.minute.span().start),
                    format!(
                        "inject `{inject_id}` is at minute {minute}, before the one above it \
                         (minute {previous_minute}); list injects in the order they are released"
                    ),
                );
            } else if minute > minutes {
                self.error(
                    file,
                    line(d.minute.span().start),
                    format!(
                        "inject `{inject_id}` is at minute {minute}, after the exercise's {minutes} minutes"
                    ),
                );
            }
            previous_minute = previous_minute.max(minute);
            if d.expected.iter().all(|e| e.trim().is_empty()) || d.sources.iter().all(|s| s.trim().is_empty())
            {
                self.error(
                    file,
                    at,
                    format!(
                        "inject `{inject_id}` needs `expected = [...]` (the actions teams should take) \
                         and `sources = [...]`, for the debrief"
                    ),
                );
            }
            let generator: Option<&dyn Generator> = match &d.generator {
                None => None,
                Some(g) => labs::find(g.get_ref()).or_else(|| {
                    let names: Vec<_> = labs::GENERATORS.iter().map(|g| g.id()).collect();
                    let message = format!(
                        "there is no generator `{}`; the generators are: {}",
                        g.get_ref(),
                        names.join(", ")
                    );
                    self.error(file, line(d.generator.as_ref().map_or(0, |g| g.span().start)), message);
                    None
                }),
            };
            if d.questions.is_empty() {
                self.error(
                    file,
                    at,
                    format!("inject `{inject_id}` needs at least one `[[inject.question]]`"),
                );
            }
            let questions = self.parse_questions(file, front, d.questions, Holder::Exercise, generator);
            let text_line = line(d.text.span().start);
            let body = d.text.into_inner();
            self.notes.push((file.to_path_buf(), text_line, body.clone()));
            injects.push(Inject {
                id: inject_id,
                minute,
                title: d.title,
                from: d.from,
                html: markdown::render(&body),
                generator: generator.map(|g| g.id().to_string()),
                questions,
                expected: d.expected,
                sources: d.sources,
            });
        }
        let (scenario, debrief) = match page.body.find(&format!("\n{DEBRIEF}\n")) {
            Some(at) => (&page.body[..at + 1], &page.body[at + 1 + DEBRIEF.len()..]),
            None => {
                self.error(
                    file,
                    page.body_line,
                    format!("an exercise's body ends with a `{DEBRIEF}` section, the facilitator's guide"),
                );
                (page.body.as_str(), "")
            }
        };
        if scenario.trim().is_empty() {
            self.error(
                file,
                page.body_line,
                "the scenario is empty; write what teams read before the first inject",
            );
        }
        self.notes.push((file.to_path_buf(), page.body_line, page.body.clone()));
        Some(Exercise {
            id,
            title: ef.title,
            minutes,
            objectives: ef.objectives,
            sources: ef.sources,
            roles,
            scenario_html: markdown::render(scenario),
            debrief_html: markdown::render(debrief),
            injects,
        })
    }
}
