//! Reads a content folder into a [`Catalog`], collecting every problem with its file and line.
//!
//! Layout: `<root>/<track>/track.toml`, `<root>/<track>/<module>/module.toml`, and the module's
//! lessons and labs as `<root>/<track>/<module>/*.md`, each starting with TOML front matter
//! between two `+++` lines. Folder and file names only help people; order comes from `order`
//! and identity from `id`. A track's tabletop exercises are `<root>/<track>/exercises/*.md`
//! (read by `exercises.rs`).

mod exercises;

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::answers::HashAlgorithm;
use kujenga_types::Language;
use kujenga_types::content::ItemKind;

use crate::catalog::{Catalog, Item, Module, Term, Track};
use crate::error::{ContentError, ContentErrors, line_of};
use crate::labs::{self, Generator};
use crate::markdown;
use crate::questions::{AnswerSource, Expected, Hint, Question, QuestionKind};
use crate::translations::{Translations, split_page};

/// A track's pass mark when its `track.toml` names none.
pub const DEFAULT_PASS_MARK: u32 = 70;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrackFile {
    id: Spanned<String>,
    title: String,
    order: u32,
    summary: String,
    /// The lab score, in percent, that a track's credential needs in every lab.
    #[serde(default)]
    pass_mark: Option<Spanned<u32>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleFile {
    id: Spanned<String>,
    title: String,
    order: u32,
    summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: Spanned<String>,
    title: String,
    order: Spanned<u32>,
    #[serde(default)]
    kind: Option<Spanned<String>>,
    minutes: Spanned<u32>,
    #[serde(default)]
    prerequisites: Vec<Spanned<String>>,
    #[serde(default)]
    objectives: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    generator: Option<Spanned<String>>,
    /// Minutes per attempt: makes a lab a timed exam.
    #[serde(default)]
    time_limit: Option<Spanned<u32>>,
    #[serde(default, rename = "question")]
    questions: Vec<QuestionDef>,
}

/// What holds a set of questions: each takes different fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holder {
    Lesson,
    Lab,
    /// A lab with a time limit: no hints, one attempt unless given.
    Exam,
    Exercise,
}

/// A value written as a string or a number (`answer = "9.8"` or `answer = 9.8`).
#[derive(Deserialize)]
#[serde(untagged)]
enum Scalar {
    Text(String),
    Integer(i64),
    Float(f64),
}

impl Scalar {
    fn text(&self) -> String {
        match self {
            Scalar::Text(t) => t.clone(),
            Scalar::Integer(i) => i.to_string(),
            Scalar::Float(f) => f.to_string(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HintDef {
    text: String,
    #[serde(default)]
    cost: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionDef {
    id: Spanned<String>,
    kind: Spanned<String>,
    prompt: String,
    #[serde(default)]
    answer: Option<Spanned<Scalar>>,
    #[serde(default)]
    answers: Option<Spanned<Vec<Scalar>>>,
    #[serde(default)]
    pattern: Option<Spanned<String>>,
    #[serde(default)]
    key: Option<Spanned<String>>,
    #[serde(default)]
    choices: Vec<String>,
    #[serde(default)]
    weight: Option<f64>,
    #[serde(default)]
    tolerance: Option<Scalar>,
    #[serde(default)]
    algorithm: Option<Spanned<String>>,
    #[serde(default)]
    explanation: Option<String>,
    #[serde(default)]
    max_attempts: Option<u32>,
    #[serde(default)]
    hints: Vec<HintDef>,
    #[serde(default)]
    rubric: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default, rename = "term")]
    terms: Vec<TermDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermDef {
    id: Spanned<String>,
    term: String,
    definition: String,
    source: String,
}

/// Accumulates problems while loading.
struct Loader {
    errors: Vec<ContentError>,
    /// Where each id was first defined, to report duplicates.
    ids: HashMap<String, (PathBuf, usize)>,
    /// Markdown outside lessons (trainer notes, exercises): its file, the line where it starts,
    /// and the text, for the link check once all ids are known.
    notes: Vec<(PathBuf, usize, String)>,
    translations: Translations,
}

/// A module's guide for instructors: `trainer-notes.md` beside its lessons, Markdown without
/// front matter, with these sections in this order.
pub const TRAINER_NOTES: &str = "trainer-notes.md";
const TRAINER_SECTIONS: [&str; 5] =
    ["Timing", "Running it in the classroom", "Common misconceptions", "Discussion questions", "Debrief"];

/// A lesson or lab before cross-references are checked.
struct Parsed {
    item: Item,
    file: PathBuf,
    front: String,
    prerequisites: Vec<Spanned<String>>,
    body: String,
    body_line: usize,
}

/// A module or track read from its TOML file, with what it holds, before sorting.
struct Pending<T, C> {
    file: PathBuf,
    value: T,
    children: Vec<C>,
}

/// Loads and validates everything under `root`.
pub fn load(root: &Path) -> Result<Catalog, ContentErrors> {
    let mut loader = Loader {
        errors: Vec::new(),
        ids: HashMap::new(),
        notes: Vec::new(),
        translations: Translations::default(),
    };
    let track_dirs = match sorted_entries(root) {
        Ok(entries) => entries.into_iter().filter(|p| p.is_dir()),
        Err(e) => {
            let message = format!("cannot read the content folder: {e}");
            return Err(ContentErrors(vec![ContentError::new(root, 0, message)]));
        }
    };
    let mut tracks: Vec<Pending<Track, Pending<Module, Parsed>>> = Vec::new();
    for dir in track_dirs {
        let file = dir.join("track.toml");
        let Some((text, t)) = loader.read_toml::<TrackFile>(&file) else {
            continue;
        };
        let id = loader.claim_id(&file, &text, &t.id);
        let modules = loader.load_modules(&dir);
        let exercises = loader.load_exercises(&dir.join(exercises::FOLDER));
        let glossary_file = dir.join("glossary.toml");
        let mut glossary = loader.load_glossary(&glossary_file);
        if glossary_file.exists() {
            loader.translations.glossary(&glossary_file, &mut glossary);
        }
        let translations = loader.translations.named(&file);
        let pass_mark = match t.pass_mark {
            Some(mark) if !(1..=100).contains(mark.get_ref()) => {
                let line = line_of(&text, mark.span().start);
                loader.error(
                    &file,
                    line,
                    format!("pass_mark is {}; give a percentage from 1 to 100", mark.get_ref()),
                );
                DEFAULT_PASS_MARK
            }
            Some(mark) => mark.into_inner(),
            None => DEFAULT_PASS_MARK,
        };
        let track = Track {
            id,
            title: t.title,
            summary: t.summary,
            order: t.order,
            pass_mark,
            modules: Vec::new(),
            glossary,
            translations,
            exercises,
        };
        tracks.push(Pending { file, value: track, children: modules });
    }
    if tracks.is_empty() && loader.errors.is_empty() {
        loader.error(root, 0, "no tracks found; each track is a folder with a track.toml");
    }
    tracks.sort_by_key(|t| t.value.order);
    loader.check_orders(tracks.iter().map(|t| (t.value.order, &t.file, t.value.id.as_str())));

    let known: HashSet<String> = tracks
        .iter()
        .flat_map(|t| &t.children)
        .flat_map(|m| &m.children)
        .map(|p| p.item.id.clone())
        .collect();
    let glossaries: HashMap<&str, HashSet<&str>> = tracks
        .iter()
        .map(|t| (t.value.id.as_str(), t.value.glossary.iter().map(|g| g.id.as_str()).collect()))
        .collect();
    let check_link = |url: &str| internal_link(url, &known, &glossaries);
    for parsed in tracks.iter().flat_map(|t| &t.children).flat_map(|m| &m.children) {
        loader.check_references(parsed, &known, &check_link);
    }
    for (file, first_line, body) in std::mem::take(&mut loader.notes) {
        for issue in markdown::lint(&body, &check_link) {
            loader.error(&file, first_line + issue.line - 1, issue.message);
        }
    }
    let translations = std::mem::take(&mut loader.translations);
    for body in &translations.bodies {
        for issue in markdown::lint(&body.markdown, &check_link) {
            loader.error(&body.file, body.first_line + issue.line - 1, issue.message);
        }
    }
    loader.errors.extend(translations.errors);
    if !loader.errors.is_empty() {
        return Err(ContentErrors(loader.errors));
    }
    let tracks = tracks
        .into_iter()
        .map(|t| {
            let mut track = t.value;
            track.modules = t
                .children
                .into_iter()
                .map(|m| {
                    let mut module = m.value;
                    module.items = m.children.into_iter().map(|p| p.item).collect();
                    module
                })
                .collect();
            track
        })
        .collect();
    Ok(Catalog::new(tracks, translations.warnings))
}

/// The language of a translation file (`01-intro.fr.md` is French), or `None` for a source.
fn translation_language(file: &Path) -> Option<String> {
    let stem = file.file_stem()?.to_str()?;
    let (_, language) = stem.rsplit_once('.')?;
    Some(language.to_string())
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect::<Vec<_>>();
    entries.sort();
    Ok(entries)
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl Loader {
    fn error(&mut self, file: &Path, line: usize, message: impl Into<String>) {
        self.errors.push(ContentError::new(file, line, message));
    }

    /// Reads and parses a TOML file; reports a missing file or a TOML error with its line.
    fn read_toml<T: for<'de> Deserialize<'de>>(&mut self, file: &Path) -> Option<(String, T)> {
        let text = match fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let parent = file.parent().unwrap_or(file);
                self.error(
                    parent,
                    0,
                    format!(
                        "this folder has no {}; add one (id, title, order, summary) or move the folder out",
                        file.file_name().unwrap_or_default().to_string_lossy()
                    ),
                );
                return None;
            }
            Err(e) => {
                self.error(file, 0, format!("cannot read: {e}"));
                return None;
            }
        };
        match toml::from_str::<T>(&text) {
            Ok(v) => Some((text, v)),
            Err(e) => {
                let line = e.span().map(|s| line_of(&text, s.start)).unwrap_or(0);
                self.error(file, line, toml_message(&e));
                None
            }
        }
    }

    /// Checks an id's form and uniqueness; returns it.
    fn claim_id(&mut self, file: &Path, text: &str, id: &Spanned<String>) -> String {
        self.claim_id_at(file, line_of(text, id.span().start), id.get_ref())
    }

    fn claim_id_at(&mut self, file: &Path, line: usize, id: &str) -> String {
        if !valid_id(id) {
            self.error(
                file,
                line,
                format!(
                    "id `{id}` is not valid: use lowercase letters, digits and hyphens \
                     (for example `cert-what-is-a-csirt`), at most 80 characters"
                ),
            );
        } else if let Some((first, first_line)) = self.ids.get(id) {
            let message = format!(
                "id `{id}` is already used at {}:{first_line}; ids must be unique across the curriculum \
                 and must never change once learners have progress",
                first.display()
            );
            self.error(file, line, message);
        } else {
            self.ids.insert(id.to_string(), (file.to_path_buf(), line));
        }
        id.to_string()
    }

    /// Reports two siblings that share an `order` value. Expects them sorted by order.
    fn check_orders<'a>(&mut self, siblings: impl Iterator<Item = (u32, &'a PathBuf, &'a str)>) {
        let mut previous: Option<(u32, &PathBuf, &str)> = None;
        for (order, file, id) in siblings {
            if let Some((p_order, p_file, p_id)) = previous
                && p_order == order
            {
                let message = format!(
                    "order {order} is used by both `{p_id}` ({}) and `{id}`; give each a different order",
                    p_file.display()
                );
                self.error(file, 0, message);
            }
            previous = Some((order, file, id));
        }
    }

    /// Loads the modules of one track folder, sorted by order.
    fn load_modules(&mut self, track_dir: &Path) -> Vec<Pending<Module, Parsed>> {
        let mut modules = Vec::new();
        let module_dirs = sorted_entries(track_dir).unwrap_or_default().into_iter();
        for dir in module_dirs.filter(|p| p.is_dir() && !p.ends_with(exercises::FOLDER)) {
            let file = dir.join("module.toml");
            let Some((text, m)) = self.read_toml::<ModuleFile>(&file) else {
                continue;
            };
            let id = self.claim_id(&file, &text, &m.id);
            let mut items: Vec<Parsed> = sorted_entries(&dir)
                .unwrap_or_default()
                .iter()
                .filter(|f| f.extension().is_some_and(|e| e == "md"))
                .filter(|f| !f.ends_with(TRAINER_NOTES) && translation_language(f).is_none())
                .filter_map(|f| self.parse_item(f))
                .collect();
            let notes_file = dir.join(TRAINER_NOTES);
            let trainer_notes = self.load_trainer_notes(&notes_file);
            let trainer_notes_translations = if trainer_notes.is_some() {
                self.translations.trainer_notes(&notes_file)
            } else {
                Default::default()
            };
            let translations = self.translations.named(&file);
            items.sort_by_key(|p| p.item.order);
            self.check_orders(items.iter().map(|p| (p.item.order, &p.file, p.item.id.as_str())));
            if items.is_empty() {
                self.error(
                    &dir,
                    0,
                    "this module has no lessons or labs; add a .md file or remove the folder",
                );
            }
            let module = Module {
                id,
                title: m.title,
                summary: m.summary,
                order: m.order,
                items: Vec::new(),
                trainer_notes,
                trainer_notes_translations,
                translations,
            };
            modules.push(Pending { file, value: module, children: items });
        }
        if modules.is_empty() {
            self.error(track_dir, 0, "this track has no modules; add a folder with a module.toml");
        }
        modules.sort_by_key(|m| m.value.order);
        self.check_orders(modules.iter().map(|m| (m.value.order, &m.file, m.value.id.as_str())));
        modules
    }

    /// Reads a module's trainer notes, if it has them: each section present, in order.
    fn load_trainer_notes(&mut self, file: &Path) -> Option<String> {
        let body = match fs::read_to_string(file) {
            Ok(body) => body,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(e) => {
                self.error(file, 0, format!("cannot read: {e}"));
                return None;
            }
        };
        let headings: Vec<(usize, &str)> = body
            .lines()
            .enumerate()
            .filter_map(|(i, l)| l.strip_prefix("## ").map(|h| (i + 1, h.trim())))
            .collect();
        let mut after = 0;
        for (n, section) in TRAINER_SECTIONS.iter().enumerate() {
            match headings.iter().find(|(_, h)| h == section) {
                Some(&(line, _)) if line > after => after = line,
                Some(&(line, _)) => self.error(
                    file,
                    line,
                    format!("`## {section}` must come after `## {}`", TRAINER_SECTIONS[n - 1]),
                ),
                None => self.error(
                    file,
                    0,
                    format!(
                        "trainer notes need a section `## {section}`; the sections are, in order: {}",
                        TRAINER_SECTIONS.join(", ")
                    ),
                ),
            }
        }
        let html = markdown::render(&body);
        self.notes.push((file.to_path_buf(), 1, body));
        Some(html)
    }

    /// Reads a track's glossary, if it has one.
    fn load_glossary(&mut self, file: &Path) -> Vec<Term> {
        if !file.exists() {
            return Vec::new();
        }
        let Some((text, glossary)) = self.read_toml::<GlossaryFile>(file) else {
            return Vec::new();
        };
        let mut seen = HashSet::new();
        let mut terms = Vec::new();
        for t in glossary.terms {
            let line = line_of(&text, t.id.span().start);
            let id = t.id.into_inner();
            if !valid_id(&id) {
                self.error(
                    file,
                    line,
                    format!("term id `{id}` is not valid: use lowercase letters, digits and hyphens"),
                );
            } else if !seen.insert(id.clone()) {
                self.error(file, line, format!("term id `{id}` appears twice in this glossary"));
            }
            if t.definition.trim().is_empty() || t.source.trim().is_empty() {
                self.error(file, line, format!("term `{id}` needs a definition and a source"));
            }
            terms.push(Term {
                id,
                term: t.term,
                definition: t.definition,
                source: t.source,
                translations: Default::default(),
            });
        }
        terms.sort_by_key(|t| t.term.to_lowercase());
        terms
    }

    /// Turns `[[question]]` tables into questions, checking each expected answer reads for its
    /// kind and each `key` names an entry of the lab's generator.
    fn parse_questions(
        &mut self,
        file: &Path,
        front: &str,
        defs: Vec<QuestionDef>,
        holder: Holder,
        generator: Option<&dyn Generator>,
    ) -> Vec<Question> {
        let line = |offset: usize| line_of(front, offset) + 1;
        let mut seen = HashSet::new();
        let mut questions = Vec::new();
        for d in defs {
            let at = line(d.id.span().start);
            let id = d.id.get_ref().clone();
            if !valid_id(&id) {
                self.error(
                    file,
                    at,
                    format!("question id `{id}` is not valid: use lowercase letters, digits and hyphens"),
                );
            } else if !seen.insert(id.clone()) {
                self.error(file, at, format!("question id `{id}` is used twice in this page"));
            }
            let Some(kind) = QuestionKind::parse(d.kind.get_ref()) else {
                let names: Vec<_> = QuestionKind::ALL.iter().map(|k| k.name()).collect();
                let message = format!(
                    "question kind `{}` is not known; use one of: {}",
                    d.kind.get_ref(),
                    names.join(", ")
                );
                self.error(file, line(d.kind.span().start), message);
                continue;
            };
            let algorithm = match &d.algorithm {
                None => HashAlgorithm::Sha256,
                Some(a) => HashAlgorithm::parse(a.get_ref()).unwrap_or_else(|| {
                    self.error(
                        file,
                        line(a.span().start),
                        format!(
                            "hash algorithm `{}` is not known; use md5, sha1, sha256 or sha512",
                            a.get_ref()
                        ),
                    );
                    HashAlgorithm::Sha256
                }),
            };
            let tolerance = match &d.tolerance {
                None => 0.0,
                Some(t) => crate::answers::number(&t.text()).unwrap_or_else(|m| {
                    self.error(file, at, format!("tolerance: {}", m.write(Language::En)));
                    0.0
                }),
            };
            let (source, source_line) = match (&d.answer, &d.answers, &d.pattern, &d.key) {
                (Some(a), None, None, None) => {
                    (AnswerSource::Fixed(Expected::One(a.get_ref().text())), line(a.span().start))
                }
                (None, Some(a), None, None) => (
                    AnswerSource::Fixed(Expected::Many(a.get_ref().iter().map(Scalar::text).collect())),
                    line(a.span().start),
                ),
                (None, None, Some(p), None) if kind == QuestionKind::Regex => {
                    (AnswerSource::Fixed(Expected::One(p.get_ref().clone())), line(p.span().start))
                }
                (None, None, None, Some(k)) => (AnswerSource::Key(k.get_ref().clone()), line(k.span().start)),
                (None, None, None, None) if kind == QuestionKind::Review => (AnswerSource::Reviewed, at),
                _ => {
                    let wanted = match kind {
                        QuestionKind::Review => "no answer (an instructor reviews it)".to_string(),
                        QuestionKind::Regex => "`pattern = \"...\"` (or `key` in a lab)".to_string(),
                        k if k.expects_list() => "`answers = [...]` (or `key` in a lab)".to_string(),
                        _ => "`answer = \"...\"` (or `key` in a lab)".to_string(),
                    };
                    self.error(
                        file,
                        at,
                        format!("question `{id}` of kind `{}` needs exactly one of: {wanted}", kind.name()),
                    );
                    continue;
                }
            };
            let weight = d.weight.unwrap_or(1.0);
            if !(weight > 0.0 && weight <= 100.0) {
                self.error(file, at, format!("question `{id}`: weight must be more than 0 and at most 100"));
            }
            if d.max_attempts == Some(0) {
                self.error(
                    file,
                    at,
                    format!("question `{id}`: max_attempts must be at least 1 (leave it out for no limit)"),
                );
            }
            if matches!(kind, QuestionKind::Choice) && d.choices.len() < 2 {
                self.error(
                    file,
                    at,
                    format!("question `{id}`: a choice question needs at least two `choices`"),
                );
            }
            if matches!(kind, QuestionKind::Order) && d.choices.len() > 26 {
                self.error(file, at, format!("question `{id}`: an order question takes at most 26 choices"));
            }
            let max_attempts = match holder {
                Holder::Exam if !d.hints.is_empty() => {
                    self.error(file, at, format!("question `{id}`: an exam gives no hints; remove `hints`"));
                    d.max_attempts
                }
                Holder::Exam if d.max_attempts.is_some_and(|m| m > 3) => {
                    self.error(
                        file,
                        at,
                        format!("question `{id}`: an exam question takes at most 3 attempts"),
                    );
                    d.max_attempts
                }
                Holder::Exam => d.max_attempts.or(Some(1)),
                _ => d.max_attempts,
            };
            match (holder, kind, d.rubric.is_empty()) {
                (Holder::Exercise, QuestionKind::Review, true) => self.error(
                    file,
                    at,
                    format!(
                        "question `{id}`: a review question of an exercise needs `rubric = [\"...\"]`, \
                         the criteria the facilitator scores"
                    ),
                ),
                (Holder::Exercise, QuestionKind::Review, false) | (_, _, true) => {}
                (Holder::Exercise, _, false) => self.error(
                    file,
                    at,
                    format!("question `{id}`: only review questions take a `rubric`; this one is checked"),
                ),
                (_, _, false) => self.error(
                    file,
                    at,
                    format!("question `{id}`: a `rubric` belongs to an exercise's review question"),
                ),
            }
            if holder == Holder::Exercise && !d.hints.is_empty() {
                self.error(file, at, format!("question `{id}`: an exercise's questions take no hints"));
            }
            let question = Question {
                id,
                kind,
                prompt: d.prompt,
                weight,
                choices: d.choices,
                source,
                tolerance,
                algorithm,
                explanation: d.explanation,
                max_attempts,
                hints: d.hints.into_iter().map(|h| Hint { text: h.text, cost: h.cost }).collect(),
                rubric: d.rubric,
                translations: Default::default(),
            };
            match &question.source {
                AnswerSource::Fixed(expected) => {
                    if let Err(problem) = question.validate(expected) {
                        self.error(file, source_line, format!("question `{}`: {problem}", question.id));
                    }
                }
                AnswerSource::Key(key) => match generator {
                    // A lab whose generator is unknown was reported already.
                    None if matches!(holder, Holder::Lab | Holder::Exam) => {}
                    None => self.error(
                        file,
                        source_line,
                        "`key` only works in a lab, or an inject, with a generator; write the answer instead",
                    ),
                    Some(g) if !g.keys().contains(&key.as_str()) => {
                        let message = format!(
                            "generator `{}` has no answer key `{key}`; its keys are: {}",
                            g.id(),
                            g.keys().join(", ")
                        );
                        self.error(file, source_line, message);
                    }
                    Some(_) => {}
                },
                AnswerSource::Reviewed => {}
            }
            questions.push(question);
        }
        questions
    }

    fn parse_item(&mut self, file: &Path) -> Option<Parsed> {
        let text = match fs::read_to_string(file) {
            Ok(t) => t.replace("\r\n", "\n"),
            Err(e) => {
                self.error(file, 0, format!("cannot read: {e}"));
                return None;
            }
        };
        let (front, body, body_line) = match split_page(&text) {
            Ok(page) => (page.front, page.body, page.body_line),
            Err((line, message)) => {
                self.error(file, line, message);
                return None;
            }
        };
        let front_line = |offset: usize| line_of(&front, offset) + 1;

        let fm: FrontMatter = match toml::from_str(&front) {
            Ok(fm) => fm,
            Err(e) => {
                let line = e.span().map(|s| front_line(s.start)).unwrap_or(1);
                self.error(file, line, toml_message(&e));
                return None;
            }
        };
        let id = self.claim_id_at(file, front_line(fm.id.span().start), fm.id.get_ref());
        let kind = match fm.kind.as_ref().map(|k| k.get_ref().as_str()) {
            None | Some("lesson") => ItemKind::Lesson,
            Some("lab") => ItemKind::Lab,
            Some(other) => {
                let line = front_line(fm.kind.as_ref().map(|k| k.span().start).unwrap_or(0));
                self.error(file, line, format!("kind `{other}` is not known; use `lesson` or `lab`"));
                ItemKind::Lesson
            }
        };
        if fm.title.trim().is_empty() {
            self.error(file, 2, "the title is empty; give the lesson a title");
        }
        let minutes = *fm.minutes.get_ref();
        if minutes == 0 || minutes > 600 {
            self.error(
                file,
                front_line(fm.minutes.span().start),
                format!("minutes = {minutes}: give the estimated time to finish, between 1 and 600"),
            );
        }
        if kind == ItemKind::Lesson {
            if fm.objectives.iter().all(|o| o.trim().is_empty()) {
                self.error(
                    file,
                    1,
                    "a lesson needs learning objectives: add `objectives = [\"...\"]` to the front matter",
                );
            }
            if fm.sources.iter().all(|o| o.trim().is_empty()) {
                self.error(
                    file,
                    1,
                    "a lesson needs its sources: add `sources = [\"Document, section\"]` naming where each fact comes from",
                );
            }
        }
        if body.trim().is_empty() {
            self.error(file, body_line, "the body is empty; write the lesson below the front matter");
        }
        let generator = match (&kind, &fm.generator) {
            (ItemKind::Lab, None) => {
                let names: Vec<_> = labs::GENERATORS.iter().map(|g| g.id()).collect();
                self.error(
                    file,
                    1,
                    format!("a lab needs `generator = \"...\"`; the generators are: {}", names.join(", ")),
                );
                None
            }
            (ItemKind::Lesson, Some(g)) => {
                self.error(
                    file,
                    front_line(g.span().start),
                    "only labs have a generator; add `kind = \"lab\"` or remove it",
                );
                None
            }
            (_, Some(g)) => match labs::find(g.get_ref()) {
                Some(found) => Some(found),
                None => {
                    let names: Vec<_> = labs::GENERATORS.iter().map(|g| g.id()).collect();
                    let message = format!(
                        "there is no generator `{}`; the generators are: {}",
                        g.get_ref(),
                        names.join(", ")
                    );
                    self.error(file, front_line(g.span().start), message);
                    None
                }
            },
            (ItemKind::Lesson, None) => None,
        };
        if kind == ItemKind::Lab && fm.questions.is_empty() {
            self.error(file, 1, "a lab needs questions: add `[[question]]` tables to the front matter");
        }
        let time_limit = match (&kind, &fm.time_limit) {
            (_, None) => None,
            (ItemKind::Lesson, Some(limit)) => {
                self.error(
                    file,
                    front_line(limit.span().start),
                    "only a lab can be a timed exam; add `kind = \"lab\"` and a generator, or remove `time_limit`",
                );
                None
            }
            (ItemKind::Lab, Some(limit)) if !(5..=240).contains(limit.get_ref()) => {
                self.error(
                    file,
                    front_line(limit.span().start),
                    format!(
                        "time_limit = {}: give the minutes of an attempt, from 5 to 240",
                        limit.get_ref()
                    ),
                );
                None
            }
            (ItemKind::Lab, Some(limit)) => Some(*limit.get_ref()),
        };
        let holder = match (kind, time_limit) {
            (ItemKind::Lesson, _) => Holder::Lesson,
            (ItemKind::Lab, None) => Holder::Lab,
            (ItemKind::Lab, Some(_)) => Holder::Exam,
        };
        let questions = self.parse_questions(file, &front, fm.questions, holder, generator);
        let mut item = Item {
            id,
            kind,
            title: fm.title,
            order: *fm.order.get_ref(),
            minutes,
            prerequisites: fm.prerequisites.iter().map(|p| p.get_ref().clone()).collect(),
            objectives: fm.objectives,
            sources: fm.sources,
            html: markdown::render(&body),
            questions,
            generator: generator.map(|g| g.id().to_string()),
            time_limit,
            translations: Default::default(),
        };
        self.translations.item(file, text.as_bytes(), &mut item);
        Some(Parsed {
            item,
            file: file.to_path_buf(),
            front,
            prerequisites: fm.prerequisites,
            body,
            body_line,
        })
    }

    /// Checks links and prerequisites once every id is known.
    fn check_references(
        &mut self,
        p: &Parsed,
        known: &HashSet<String>,
        check_link: &dyn Fn(&str) -> Result<(), String>,
    ) {
        for pre in &p.prerequisites {
            let line = line_of(&p.front, pre.span().start) + 1;
            if pre.get_ref() == &p.item.id {
                self.error(&p.file, line, "an item cannot be its own prerequisite");
            } else if !known.contains(pre.get_ref()) {
                self.error(
                    &p.file,
                    line,
                    format!("prerequisite `{}` is not the id of any lesson or lab", pre.get_ref()),
                );
            }
        }
        for issue in markdown::lint(&p.body, check_link) {
            self.error(&p.file, p.body_line + issue.line - 1, issue.message);
        }
    }
}

/// Says what is wrong with a link inside Kujenga, if anything.
fn internal_link(
    url: &str,
    items: &HashSet<String>,
    glossaries: &HashMap<&str, HashSet<&str>>,
) -> Result<(), String> {
    let (path, fragment) = url.split_once('#').unwrap_or((url, ""));
    if let Some(id) = path.strip_prefix("/learn/") {
        return if items.contains(id) {
            Ok(())
        } else {
            Err(format!("link to `{url}`, but no lesson or lab has id `{id}`"))
        };
    }
    if let Some(track) = path.strip_prefix("/glossary/") {
        let Some(terms) = glossaries.get(track) else {
            return Err(format!("link to `{url}`, but there is no track `{track}`"));
        };
        return if fragment.is_empty() || terms.contains(fragment) {
            Ok(())
        } else {
            Err(format!("link to `{url}`, but the {track} glossary has no term with id `{fragment}`"))
        };
    }
    Err(format!("link to `{url}`: links inside Kujenga go to /learn/<id> or /glossary/<track>#<term>"))
}

/// The TOML parser's message without its own location banner (we print file:line ourselves).
fn toml_message(e: &toml::de::Error) -> String {
    let message = e.message().trim();
    if message.starts_with("unknown field") {
        format!("{message}; check the spelling")
    } else if message.starts_with("missing field") {
        format!("{message}; add it to the front matter")
    } else {
        message.to_string()
    }
}
