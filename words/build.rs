//! Reads the interface's translations (`locales/<language>/<part>.ftl`, Project Fluent) and
//! generates `Msg`, one variant per message, so that every message the code names is checked at
//! build time. The build fails, naming the file and what to fix, when a file does not parse, or
//! when a language lacks a message of the English files, has one they do not, or uses other
//! variables than the English message does.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const LANGUAGES: [&str; 5] = ["en", "fr", "es", "pt", "ar"];

/// A language's messages: id to the variables it uses, and the files read.
struct Messages {
    variables: BTreeMap<String, BTreeSet<String>>,
    files: Vec<PathBuf>,
}

fn variables_of(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, found),
        Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                variables_of(&variant.value, found);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

fn read(language: &str, root: &Path) -> Result<Messages, String> {
    let dir = root.join(language);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut variables = BTreeMap::new();
    for file in &files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        let resource = fluent_syntax::parser::parse(text.as_str()).map_err(|(_, errors)| {
            let first = &errors[0];
            let line = text[..first.pos.start.min(text.len())].matches('\n').count() + 1;
            format!("{}:{line}: {:?}", file.display(), first.kind)
        })?;
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut used = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables_of(value, &mut used);
                }
                let id = message.id.name.to_string();
                if variables.insert(id.clone(), used).is_some() {
                    return Err(format!("{}: `{id}` is defined twice for {language}", file.display()));
                }
            }
        }
    }
    Ok(Messages { variables, files })
}

/// `sign-in` → `SignIn`.
fn variant(id: &str) -> String {
    id.split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

fn main() -> Result<(), String> {
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?).join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let all: Vec<(&str, Messages)> =
        LANGUAGES.iter().map(|l| read(l, &root).map(|m| (*l, m))).collect::<Result<_, _>>()?;
    let english = &all[0].1;
    let mut problems = Vec::new();
    for (language, messages) in &all[1..] {
        for (id, used) in &english.variables {
            match messages.variables.get(id) {
                None => problems
                    .push(format!("{language}: `{id}` is missing; translate it in locales/{language}/")),
                Some(theirs) if theirs != used => problems.push(format!(
                    "{language}: `{id}` uses the variables {theirs:?}, the English one {used:?}; use the same"
                )),
                Some(_) => {}
            }
        }
        for id in messages.variables.keys().filter(|id| !english.variables.contains_key(*id)) {
            problems.push(format!(
                "{language}: `{id}` is not an English message; remove it or add it to locales/en/"
            ));
        }
    }
    if !problems.is_empty() {
        return Err(format!("the interface's translations need fixing:\n{}", problems.join("\n")));
    }

    let mut code = String::from(
        "/// Every message of the interface, generated from `locales/en/*.ftl` by `build.rs`.\n\
         #[derive(Clone, Copy, PartialEq, Eq, Hash)]\n#[repr(u16)]\npub enum Msg {\n",
    );
    for id in english.variables.keys() {
        let _ = writeln!(code, "    {},", variant(id));
    }
    code.push_str("}\n\nimpl Msg {\n");
    let _ = writeln!(code, "    pub const ALL: [Msg; {}] = [", english.variables.len());
    for id in english.variables.keys() {
        let _ = writeln!(code, "        Msg::{},", variant(id));
    }
    code.push_str("    ];\n\n    /// The message's id in the `.ftl` files.\n    pub const fn id(self) -> &'static str {\n        match self {\n");
    for id in english.variables.keys() {
        let _ = writeln!(code, "            Msg::{} => {id:?},", variant(id));
    }
    code.push_str("        }\n    }\n}\n\n/// Each language's `.ftl` files.\n#[cfg(feature = \"translate\")]\npub const SOURCES: [(&str, &[&str]); 5] = [\n");
    for (language, messages) in &all {
        let files: Vec<String> =
            messages.files.iter().map(|f| format!("include_str!({:?})", f.display().to_string())).collect();
        let _ = writeln!(code, "    ({language:?}, &[{}]),", files.join(", "));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?).join("messages.rs");
    std::fs::write(&out, code).map_err(|e| format!("{}: {e}", out.display()))
}
