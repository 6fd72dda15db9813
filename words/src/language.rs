//! The languages Kujenga speaks. English is the source of the curriculum; the others are
//! translations of it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    En,
    Fr,
    Es,
    Pt,
    Ar,
}

impl Language {
    pub const ALL: [Language; 5] = [Language::En, Language::Fr, Language::Es, Language::Pt, Language::Ar];
    /// The languages content is translated into (all but the source's).
    pub const TRANSLATIONS: [Language; 4] = [Language::Fr, Language::Es, Language::Pt, Language::Ar];

    /// The BCP 47 code, as in `lang="fr"` and in file names (`01-intro.fr.md`).
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Pt => "pt",
            Language::Ar => "ar",
        }
    }

    pub fn parse(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fr => "Français",
            Language::Es => "Español",
            Language::Pt => "Português",
            Language::Ar => "العربية",
        }
    }

    /// The writing direction, as in `dir="rtl"`.
    pub fn dir(self) -> &'static str {
        if self == Language::Ar { "rtl" } else { "ltr" }
    }

    /// The language a browser prefers most among Kujenga's, from its `Accept-Language` header
    /// (`fr-CA,fr;q=0.9,en;q=0.8`): by quality, then by order; regions are ignored.
    pub fn from_accept_language(header: &str) -> Option<Language> {
        let mut best: Option<(f32, Language)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or_default().trim();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split(['-', '_']).next().unwrap_or_default();
            if let Some(language) = Language::parse(primary)
                && quality > 0.0
                && best.is_none_or(|(q, _)| quality > q)
            {
                best = Some((quality, language));
            }
        }
        best.map(|(_, language)| language)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_s_most_wanted_known_language_wins() {
        assert_eq!(Language::from_accept_language("fr-CA,fr;q=0.9,en;q=0.8"), Some(Language::Fr));
        assert_eq!(Language::from_accept_language("de-DE,de;q=0.9,pt-BR;q=0.8,en;q=0.5"), Some(Language::Pt));
        assert_eq!(Language::from_accept_language("en;q=0.4, ar"), Some(Language::Ar));
        assert_eq!(Language::from_accept_language("es;q=0"), None);
        assert_eq!(Language::from_accept_language("de, sw"), None);
        assert_eq!(Language::from_accept_language(""), None);
    }

    #[test]
    fn codes_read_back() {
        for language in Language::ALL {
            assert_eq!(Language::parse(language.code()), Some(language));
        }
        assert_eq!(Language::parse("FR"), Some(Language::Fr));
        assert_eq!(Language::parse("de"), None);
        assert_eq!(Language::Ar.dir(), "rtl");
        assert_eq!(Language::Fr.dir(), "ltr");
    }
}
