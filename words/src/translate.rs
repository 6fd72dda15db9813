//! Writing messages in a language: the Fluent bundles, built once, and plain messages (without
//! variables) formatted once.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::{Arg, Language, Msg, SOURCES};

type Bundle = FluentBundle<FluentResource>;

struct Translations {
    bundles: HashMap<Language, Bundle>,
    plain: HashMap<(Language, Msg), &'static str>,
}

static TRANSLATIONS: LazyLock<Translations> = LazyLock::new(|| {
    let mut bundles = HashMap::new();
    for (code, files) in SOURCES {
        let language = Language::parse(code).unwrap_or_default();
        let id = code.parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // The page's `dir` already isolates text of the other direction.
        bundle.set_use_isolating(false);
        for text in files {
            // build.rs parsed every file: none fails here.
            if let Ok(resource) = FluentResource::try_new(text.to_string()) {
                let _ = bundle.add_resource(resource);
            }
        }
        bundles.insert(language, bundle);
    }
    let mut plain = HashMap::new();
    for (&language, bundle) in &bundles {
        for msg in Msg::ALL {
            if let Some(text) = format(bundle, msg, None) {
                plain.insert((language, msg), &*Box::leak(text.into_boxed_str()));
            }
        }
    }
    Translations { bundles, plain }
});

fn format(bundle: &Bundle, msg: Msg, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(msg.id())?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    // A message with variables cannot be formatted without them: it is not plain.
    (args.is_some() || errors.is_empty()).then(|| text.into_owned())
}

/// `msg` in `language`: its plain form, or its id where it has variables.
pub fn t_in(language: Language, msg: Msg) -> &'static str {
    let all = &*TRANSLATIONS;
    all.plain
        .get(&(language, msg))
        .or_else(|| all.plain.get(&(Language::En, msg)))
        .copied()
        .unwrap_or(msg.id())
}

/// `msg` in `language`, with its variables (`count` also chooses the plural form).
pub fn tr_in(language: Language, msg: Msg, args: &[(&str, Arg)]) -> String {
    let mut values = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Words(words) => FluentValue::from(words.clone()),
            Arg::Number(number) => FluentValue::from(*number),
            Arg::Message(inner) => FluentValue::from(inner.write(language)),
        };
        values.set(*name, value);
    }
    let all = &*TRANSLATIONS;
    let bundle = all.bundles.get(&language).or_else(|| all.bundles.get(&Language::En));
    bundle.and_then(|b| format(b, msg, Some(&values))).unwrap_or_else(|| msg.id().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_reads_in_every_language() {
        for language in Language::ALL {
            for msg in Msg::ALL {
                let text = if TRANSLATIONS.plain.contains_key(&(Language::En, msg)) {
                    t_in(language, msg).to_string()
                } else {
                    let args = [
                        ("count", 3.into()),
                        ("title", "T".into()),
                        ("name", "N".into()),
                        ("field", Msg::FieldUsername.into()),
                    ];
                    tr_in(language, msg, &args)
                };
                assert!(!text.is_empty() && text != msg.id(), "{msg:?} in {language:?}: `{text}`");
            }
        }
    }

    #[test]
    fn plurals_follow_each_language_s_rules() {
        let modules = |language, count: u32| tr_in(language, Msg::TrackModules, &[("count", count.into())]);
        assert_eq!(modules(Language::En, 1), "1 module");
        assert_eq!(modules(Language::En, 5), "5 modules");
        assert_eq!(modules(Language::Fr, 1), "1 module");
        assert_eq!(modules(Language::Fr, 5), "5 modules");
        assert_ne!(modules(Language::Ar, 2), modules(Language::Ar, 5), "Arabic has a dual");
    }

    #[test]
    fn a_message_reads_back_from_its_number() {
        use serde::Deserialize;
        use serde::de::value::{Error, U16Deserializer};
        for msg in Msg::ALL {
            assert_eq!(Msg::deserialize(U16Deserializer::<Error>::new(msg as u16)), Ok(msg));
        }
        assert!(Msg::deserialize(U16Deserializer::<Error>::new(u16::MAX)).is_err());
    }
}
