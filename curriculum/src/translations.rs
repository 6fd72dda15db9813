//! Translations of the curriculum, each a file beside its source named with the language before
//! the extension (`01-intro.fr.md`, `module.fr.toml`, `glossary.fr.toml`,
//! `trainer-notes.fr.md`; see FORMAT.md, "Translations"). A translation changes what people
//! read, never what is correct: its questions must match the source's one for one, or it is an
//! error. A translation of an older revision of its source is used, and reported as out of date.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use kujenga_types::Language;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::catalog::{Item, ItemText, Named, Term, TermText};
use crate::error::{ContentError, line_of};
use crate::markdown;
use crate::questions::{AnswerSource, QuestionKind, QuestionText};

/// The revision a translation names in `translates`: the first 12 hexadecimal digits of the
/// SHA-256 of its source file (`sha256sum FILE | cut -c1-12`).
pub fn revision(source: &[u8]) -> String {
    Sha256::digest(source)[..6].iter().map(|b| format!("{b:02x}")).collect()
}

/// The file that translates `source` into `language`: `01-intro.md` → `01-intro.fr.md`.
pub fn file_for(source: &Path, language: Language) -> PathBuf {
    let stem = source.file_stem().unwrap_or_default().to_string_lossy();
    let extension = source.extension().unwrap_or_default().to_string_lossy();
    source.with_file_name(format!("{stem}.{}.{extension}", language.code()))
}

/// A page split into its TOML front matter (between `+++` lines) and its Markdown body.
pub(crate) struct Page {
    pub front: String,
    pub body: String,
    /// The line of the file where the body starts.
    pub body_line: usize,
}

/// Splits a page, or says (with a line) why it cannot be.
pub(crate) fn split_page(text: &str) -> Result<Page, (usize, &'static str)> {
    let rest = text
        .strip_prefix("+++\n")
        .ok_or((1, "a page starts with a line `+++`, then its TOML front matter, then another `+++` line"))?;
    let end = rest
        .find("\n+++\n")
        .map(|i| i + 1)
        .or_else(|| rest.strip_suffix("\n+++").map(|r| r.len() + 1))
        .ok_or((1, "the front matter opened here is never closed; add a line `+++` after it"))?;
    let front = rest[..end].to_string();
    let body = rest[end..].trim_start_matches("+++").trim_start_matches('\n').to_string();
    let body_line = line_of(text, text.len() - body.len());
    Ok(Page { front, body, body_line })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemFile {
    translates: Spanned<String>,
    title: String,
    #[serde(default)]
    objectives: Vec<String>,
    #[serde(default)]
    sources: Option<Vec<String>>,
    #[serde(default, rename = "question")]
    questions: Vec<QuestionFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionFile {
    id: Spanned<String>,
    prompt: String,
    #[serde(default)]
    choices: Vec<String>,
    #[serde(default)]
    explanation: Option<String>,
    #[serde(default)]
    hints: Vec<String>,
    #[serde(default)]
    answer: Option<String>,
    #[serde(default)]
    answers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NamedFile {
    translates: Spanned<String>,
    title: String,
    summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    translates: Spanned<String>,
    #[serde(default, rename = "term")]
    terms: Vec<TermFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermFile {
    id: Spanned<String>,
    term: String,
    definition: String,
    #[serde(default)]
    source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NotesFront {
    translates: Spanned<String>,
}

/// A translated page body, to be checked for links once every id is known.
pub(crate) struct Body {
    pub file: PathBuf,
    pub markdown: String,
    pub first_line: usize,
}

/// What reading translations found.
#[derive(Default)]
pub(crate) struct Translations {
    /// Translations that cannot be used; the curriculum does not load while there are any.
    pub errors: Vec<ContentError>,
    /// What translators should know: translations of an older revision of their source.
    pub warnings: Vec<ContentError>,
    /// Translated bodies, for the link check.
    pub bodies: Vec<Body>,
}

/// A file's text, if it exists; any other failure to read it is an error.
fn read(found: &mut Translations, file: &Path) -> Option<String> {
    match fs::read_to_string(file) {
        Ok(text) => Some(text.replace("\r\n", "\n")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            found.errors.push(ContentError::new(file, 0, format!("cannot read: {e}")));
            None
        }
    }
}

impl Translations {
    fn error(&mut self, file: &Path, line: usize, message: impl Into<String>) {
        self.errors.push(ContentError::new(file, line, message));
    }

    /// Parses TOML, reporting an error with its line.
    fn parse<T: for<'de> Deserialize<'de>>(
        &mut self,
        file: &Path,
        text: &str,
        first_line: usize,
    ) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(value) => Some(value),
            Err(e) => {
                let line = e.span().map(|s| line_of(text, s.start) + first_line - 1).unwrap_or(first_line);
                self.error(file, line, e.message().trim().to_string());
                None
            }
        }
    }

    /// Whether `translates` names the source as it is now; a warning when it does not.
    fn current(
        &mut self,
        file: &Path,
        text: &str,
        first_line: usize,
        translates: &Spanned<String>,
        source: &[u8],
    ) -> bool {
        let now = revision(source);
        if translates.get_ref().trim() == now {
            return true;
        }
        let line = line_of(text, translates.span().start) + first_line - 1;
        let message = format!(
            "out of date: translates revision {} of its source, which is now {now}; bring it up to date, then set translates = \"{now}\"",
            translates.get_ref()
        );
        self.warnings.push(ContentError::new(file, line, message));
        false
    }

    /// The translated page in `file`, if there is one and it splits into front matter and body.
    fn page(&mut self, file: &Path) -> Option<Page> {
        let text = read(self, file)?;
        split_page(&text).map_err(|(line, message)| self.error(file, line, message)).ok()
    }

    /// Reads every translation of the lesson or lab `item`, read from `source` (its file's
    /// bytes), into the item and its questions.
    pub fn item(&mut self, source_file: &Path, source: &[u8], item: &mut Item) {
        for language in Language::TRANSLATIONS {
            let file = file_for(source_file, language);
            let Some(page) = self.page(&file) else { continue };
            let Some(translated) = self.parse::<ItemFile>(&file, &page.front, 2) else { continue };
            let at = |offset: usize| line_of(&page.front, offset) + 1;
            let before = self.errors.len();
            if translated.title.trim().is_empty() {
                self.error(&file, 2, "the title is empty; translate the source's title");
            }
            if !translated.objectives.is_empty() && translated.objectives.len() != item.objectives.len() {
                let message = format!(
                    "{} objectives, but the source has {}: translate each of them, in order",
                    translated.objectives.len(),
                    item.objectives.len()
                );
                self.error(&file, 2, message);
            }
            let ids: Vec<&str> = translated.questions.iter().map(|q| q.id.get_ref().as_str()).collect();
            let source_ids: Vec<&str> = item.questions.iter().map(|q| q.id.as_str()).collect();
            if ids != source_ids {
                let message = format!(
                    "its questions are [{}] but the source's are [{}]: a translation has every question of its source, with the same ids, in the same order",
                    ids.join(", "),
                    source_ids.join(", ")
                );
                self.error(&file, 2, message);
            }
            let mut texts = Vec::new();
            for (q, source_q) in translated.questions.iter().zip(&item.questions) {
                let line = at(q.id.span().start);
                let id = &source_q.id;
                if q.choices.len() != source_q.choices.len() {
                    let message = format!(
                        "question `{id}` has {} choices, but the source's has {}: choice N translates the source's choice N",
                        q.choices.len(),
                        source_q.choices.len()
                    );
                    self.error(&file, line, message);
                }
                if q.hints.len() != source_q.hints.len() {
                    let message = format!(
                        "question `{id}` has {} hints, but the source's has {}: translate each hint, in order",
                        q.hints.len(),
                        source_q.hints.len()
                    );
                    self.error(&file, line, message);
                }
                if q.explanation.is_some() != source_q.explanation.is_some() {
                    let message =
                        format!("question `{id}`: give an explanation exactly when the source does");
                    self.error(&file, line, message);
                }
                let answers: Vec<String> = q.answer.iter().chain(&q.answers).cloned().collect();
                let takes_answers = matches!(source_q.kind, QuestionKind::Text | QuestionKind::OneOf)
                    && matches!(source_q.source, AnswerSource::Fixed(_));
                if !answers.is_empty() && !takes_answers {
                    let message = format!(
                        "question `{id}` is a `{}` question: only `text` and `one_of` questions with written answers list more answers in a translation",
                        source_q.kind.name()
                    );
                    self.error(&file, line, message);
                }
                texts.push(QuestionText {
                    prompt: q.prompt.clone(),
                    choices: q.choices.clone(),
                    explanation: q.explanation.clone(),
                    hints: q.hints.clone(),
                    answers,
                });
            }
            if page.body.trim().is_empty() {
                self.error(&file, page.body_line, "the body is empty; translate the source's body");
            }
            if self.errors.len() > before {
                continue;
            }
            let current = self.current(&file, &page.front, 2, &translated.translates, source);
            for (question, text) in item.questions.iter_mut().zip(texts) {
                question.translations.insert(language, text);
            }
            let objectives = if translated.objectives.is_empty() {
                item.objectives.clone()
            } else {
                translated.objectives
            };
            item.translations.insert(
                language,
                ItemText {
                    title: translated.title,
                    objectives,
                    sources: translated.sources.unwrap_or_else(|| item.sources.clone()),
                    html: markdown::render(&page.body),
                    current,
                },
            );
            self.bodies.push(Body { file, markdown: page.body, first_line: page.body_line });
        }
    }

    /// Reads the translations of a `track.toml` or `module.toml`.
    pub fn named(&mut self, source_file: &Path) -> BTreeMap<Language, Named> {
        let source = fs::read(source_file).unwrap_or_default();
        let mut found = BTreeMap::new();
        for language in Language::TRANSLATIONS {
            let file = file_for(source_file, language);
            let Some(text) = read(self, &file) else { continue };
            let Some(named) = self.parse::<NamedFile>(&file, &text, 1) else { continue };
            if named.title.trim().is_empty() || named.summary.trim().is_empty() {
                self.error(&file, 1, "translate both the title and the summary");
                continue;
            }
            self.current(&file, &text, 1, &named.translates, &source);
            found.insert(language, Named { title: named.title, summary: named.summary });
        }
        found
    }

    /// Reads the translations of a track's `glossary.toml` into its terms.
    pub fn glossary(&mut self, source_file: &Path, terms: &mut [Term]) {
        let source = fs::read(source_file).unwrap_or_default();
        for language in Language::TRANSLATIONS {
            let file = file_for(source_file, language);
            let Some(text) = read(self, &file) else { continue };
            let Some(glossary) = self.parse::<GlossaryFile>(&file, &text, 1) else { continue };
            let before = self.errors.len();
            for t in &glossary.terms {
                if !terms.iter().any(|s| s.id == *t.id.get_ref()) {
                    let line = line_of(&text, t.id.span().start);
                    let message = format!(
                        "term `{}` is not in the source glossary; use the source's ids",
                        t.id.get_ref()
                    );
                    self.error(&file, line, message);
                }
            }
            let missing: Vec<&str> = terms
                .iter()
                .filter(|s| !glossary.terms.iter().any(|t| *t.id.get_ref() == s.id))
                .map(|s| s.id.as_str())
                .collect();
            if !missing.is_empty() {
                let message = format!("these terms of the source are not translated: {}", missing.join(", "));
                self.error(&file, 0, message);
            }
            if self.errors.len() > before {
                continue;
            }
            self.current(&file, &text, 1, &glossary.translates, &source);
            for t in glossary.terms {
                if let Some(term) = terms.iter_mut().find(|s| s.id == *t.id.get_ref()) {
                    let source = t.source.unwrap_or_else(|| term.source.clone());
                    term.translations
                        .insert(language, TermText { term: t.term, definition: t.definition, source });
                }
            }
        }
    }

    /// Reads the translations of a module's trainer notes: front matter with `translates` only,
    /// then the notes.
    pub fn trainer_notes(&mut self, source_file: &Path) -> BTreeMap<Language, String> {
        let source = fs::read(source_file).unwrap_or_default();
        let mut found = BTreeMap::new();
        for language in Language::TRANSLATIONS {
            let file = file_for(source_file, language);
            let Some(page) = self.page(&file) else { continue };
            let Some(front) = self.parse::<NotesFront>(&file, &page.front, 2) else { continue };
            if page.body.trim().is_empty() {
                self.error(&file, page.body_line, "the notes are empty; translate the source's notes");
                continue;
            }
            self.current(&file, &page.front, 2, &front.translates, &source);
            found.insert(language, markdown::render(&page.body));
            self.bodies.push(Body { file, markdown: page.body, first_line: page.body_line });
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_sits_beside_its_source_and_names_its_revision() {
        let source = Path::new("content/cert/m1/01-intro.md");
        assert_eq!(file_for(source, Language::Fr), Path::new("content/cert/m1/01-intro.fr.md"));
        assert_eq!(file_for(Path::new("t/glossary.toml"), Language::Ar), Path::new("t/glossary.ar.toml"));
        // sha256("hello\n") starts 5891b5b522d5.
        assert_eq!(revision(b"hello\n"), "5891b5b522d5");
    }
}
