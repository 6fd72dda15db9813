//! The loaded curriculum: tracks, modules and their items, immutable once built.

use std::collections::{BTreeMap, HashMap};

use kujenga_types::Language;
use kujenga_types::content::ItemKind;

use crate::exercises::Exercise;
use crate::questions::Question;

/// A lesson or lab, with its Markdown already rendered to sanitised HTML.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    pub title: String,
    pub order: u32,
    pub minutes: u32,
    pub prerequisites: Vec<String>,
    pub objectives: Vec<String>,
    pub sources: Vec<String>,
    pub html: String,
    /// The knowledge check of a lesson, or the questions of a lab.
    pub questions: Vec<Question>,
    /// The lab's generator id (labs only).
    pub generator: Option<String>,
    /// Minutes an attempt may last, when the lab is a timed exam.
    pub time_limit: Option<u32>,
    /// The item in other languages. Its questions' translations are on the questions.
    pub translations: BTreeMap<Language, ItemText>,
}

/// A lesson or lab's texts in one language other than the source's.
#[derive(Debug, Clone)]
pub struct ItemText {
    pub title: String,
    pub objectives: Vec<String>,
    pub sources: Vec<String>,
    pub html: String,
    /// Whether it translates the source as it is now (`translates` matches the source's hash).
    pub current: bool,
}

/// A track's or module's title and summary in another language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub title: String,
    pub summary: String,
}

impl Item {
    /// The item's title and body in `language`, if translated.
    pub fn text(&self, language: Language) -> Option<&ItemText> {
        self.translations.get(&language)
    }

    /// The item's title in `language`, or the source's.
    pub fn title_in(&self, language: Language) -> &str {
        self.text(language).map_or(&self.title, |t| &t.title)
    }
}

/// A glossary entry of a track.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub definition: String,
    pub source: String,
    pub translations: BTreeMap<Language, TermText>,
}

/// A glossary entry in another language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermText {
    pub term: String,
    pub definition: String,
    pub source: String,
}

impl Term {
    /// The entry in `language`, or the source's.
    pub fn text(&self, language: Language) -> TermText {
        match self.translations.get(&language) {
            Some(t) => t.clone(),
            None => TermText {
                term: self.term.clone(),
                definition: self.definition.clone(),
                source: self.source.clone(),
            },
        }
    }
}

#[derive(Debug, Clone)]
pub struct Module {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub order: u32,
    pub items: Vec<Item>,
    /// The module's guide for instructors, rendered and sanitised (never shown to trainees).
    pub trainer_notes: Option<String>,
    pub trainer_notes_translations: BTreeMap<Language, String>,
    pub translations: BTreeMap<Language, Named>,
}

impl Module {
    /// The module's title and summary in `language`, or the source's.
    pub fn named(&self, language: Language) -> Named {
        self.translations
            .get(&language)
            .cloned()
            .unwrap_or_else(|| Named { title: self.title.clone(), summary: self.summary.clone() })
    }

    /// The trainer notes in `language`, or the source's.
    pub fn notes_in(&self, language: Language) -> Option<&str> {
        self.trainer_notes_translations.get(&language).or(self.trainer_notes.as_ref()).map(String::as_str)
    }
}

#[derive(Debug, Clone)]
pub struct Track {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub order: u32,
    /// The score, in percent, that every lab of the track needs for its credential.
    pub pass_mark: u32,
    pub modules: Vec<Module>,
    pub glossary: Vec<Term>,
    pub translations: BTreeMap<Language, Named>,
    /// Its tabletop exercises (`<track>/exercises/*.md`), in file-name order.
    pub exercises: Vec<Exercise>,
}

impl Track {
    /// The track's title and summary in `language`, or the source's.
    pub fn named(&self, language: Language) -> Named {
        self.translations
            .get(&language)
            .cloned()
            .unwrap_or_else(|| Named { title: self.title.clone(), summary: self.summary.clone() })
    }
}

/// Where an item sits: indexes into `tracks`, `modules` and `items`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Place {
    track: usize,
    module: usize,
    item: usize,
    /// Position in reading order.
    seq: usize,
}

/// An item with its track and module, as found by id.
#[derive(Debug, Clone, Copy)]
pub struct Located<'a> {
    pub track: &'a Track,
    pub module: &'a Module,
    pub item: &'a Item,
}

/// The whole curriculum, in display order, with lookups by stable id.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    tracks: Vec<Track>,
    items: HashMap<String, Place>,
    /// Every item id in reading order, for previous/next.
    sequence: Vec<String>,
    /// What translators should know (out-of-date translations), by file and line.
    warnings: Vec<crate::ContentError>,
}

/// How much of one track is translated into one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub track: String,
    pub language: Language,
    /// Lessons and labs in the track.
    pub items: usize,
    pub translated: usize,
    /// Translated, and of the source as it is now.
    pub current: usize,
    /// Whether the track's glossary (if any) is translated.
    pub glossary: bool,
}

impl Catalog {
    /// Out-of-date translations, by file and line.
    pub fn warnings(&self) -> &[crate::ContentError] {
        &self.warnings
    }

    /// Each track's translation into each language.
    pub fn coverage(&self) -> Vec<Coverage> {
        let mut coverage = Vec::new();
        for track in &self.tracks {
            let items: Vec<&Item> = track.modules.iter().flat_map(|m| &m.items).collect();
            for language in Language::TRANSLATIONS {
                let texts: Vec<&ItemText> = items.iter().filter_map(|i| i.text(language)).collect();
                coverage.push(Coverage {
                    track: track.id.clone(),
                    language,
                    items: items.len(),
                    translated: texts.len(),
                    current: texts.iter().filter(|t| t.current).count(),
                    glossary: track.glossary.iter().all(|t| t.translations.contains_key(&language)),
                });
            }
        }
        coverage
    }
    /// Builds the lookups. Tracks, modules and items must already be sorted by `order`
    /// and their ids unique (the loader guarantees both).
    pub fn new(tracks: Vec<Track>, warnings: Vec<crate::ContentError>) -> Self {
        let mut items = HashMap::new();
        let mut sequence = Vec::new();
        for (t, track) in tracks.iter().enumerate() {
            for (m, module) in track.modules.iter().enumerate() {
                for (i, item) in module.items.iter().enumerate() {
                    let place = Place { track: t, module: m, item: i, seq: sequence.len() };
                    items.insert(item.id.clone(), place);
                    sequence.push(item.id.clone());
                }
            }
        }
        Self { tracks, items, sequence, warnings }
    }

    pub fn tracks(&self) -> &[Track] {
        &self.tracks
    }

    pub fn track(&self, id: &str) -> Option<&Track> {
        self.tracks.iter().find(|t| t.id == id)
    }

    /// An exercise and the track that holds it.
    pub fn exercise(&self, id: &str) -> Option<(&Track, &Exercise)> {
        self.tracks.iter().find_map(|t| t.exercises.iter().find(|e| e.id == id).map(|e| (t, e)))
    }

    /// A module and the track that holds it.
    pub fn module(&self, id: &str) -> Option<(&Track, &Module)> {
        self.tracks.iter().find_map(|t| t.modules.iter().find(|m| m.id == id).map(|m| (t, m)))
    }

    pub fn item(&self, id: &str) -> Option<Located<'_>> {
        let place = self.items.get(id)?;
        let track = &self.tracks[place.track];
        let module = &track.modules[place.module];
        Some(Located { track, module, item: &module.items[place.item] })
    }

    /// The items before and after `id` in reading order, across module and track ends.
    pub fn neighbours(&self, id: &str) -> (Option<&Item>, Option<&Item>) {
        let Some(pos) = self.items.get(id).map(|p| p.seq) else {
            return (None, None);
        };
        let at = |i: usize| self.sequence.get(i).and_then(|s| self.item(s)).map(|l| l.item);
        (pos.checked_sub(1).and_then(at), at(pos + 1))
    }

    /// Every item, in reading order.
    pub fn items(&self) -> impl Iterator<Item = Located<'_>> {
        self.sequence.iter().filter_map(|id| self.item(id))
    }

    /// An item's position in reading order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.items.get(id).map(|p| p.seq)
    }

    /// The items of a selection of tracks and modules (by id), in reading order; an empty
    /// selection means the whole curriculum.
    pub fn selection<'a>(&'a self, ids: &'a [String]) -> impl Iterator<Item = Located<'a>> + 'a {
        self.items()
            .filter(move |l| ids.is_empty() || ids.iter().any(|id| *id == l.track.id || *id == l.module.id))
    }
}

impl Track {
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.modules.iter().flat_map(|m| m.items.iter())
    }
}
