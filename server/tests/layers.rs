//! The layering of the source, read from the code itself: which crate may depend on which,
//! and inside each crate, which module may use which. A module uses only modules of its own
//! layer or below, and no source files import each other in a circle.
//!
//! Run alone with `cargo test -p server --test layers`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Each crate's top-level modules by layer, from the bottom. A module may use the modules of
/// its own layer and of the layers before it; the crate root (`lib.rs`) sits above them all.
const LAYERS: &[(&str, &[&[&str]])] = &[
    (
        "types",
        &[
            &["error", "format", "people", "content", "credentials"],
            &["answers", "reviews", "audit"],
            &["learn", "programs"],
            &["cohorts", "exercises"],
            &["accounts", "record"],
        ],
    ),
    (
        "curriculum",
        &[
            &["error", "answers"],
            &["questions", "markdown", "exercises"],
            &["catalog", "labs"],
            &["translations"],
            &["load"],
        ],
    ),
    (
        "core",
        &[
            &["error", "spreadsheets"],
            &["storage", "clock"],
            &["limits", "peers"],
            &["accounts", "access", "audit", "issuer"],
            &["learners", "writer", "analytics"],
            &["state"],
            &["schedule", "credentials", "exams", "grading", "exercises", "setup", "import", "invites"],
            &["learn", "cohorts", "people", "retention"],
        ],
    ),
    ("app", &[&["ssr"], &["api", "i18n"], &["components"], &["pages"], &["app"]]),
    (
        "server",
        &[
            &["config", "security", "compress", "admission", "sessions"],
            &["startup", "downloads", "exports", "credentials"],
            &["router", "demo", "seed"],
            &["commands"],
        ],
    ),
];

/// Which workspace crates each crate may depend on, and what it must not pull in.
const CRATES: &[(&str, &[&str], &[&str])] = &[
    ("words", &[], &["leptos", "axum", "sqlx", "tokio", "kujenga-types", "kujenga-core", "curriculum"]),
    ("types", &["kujenga-words"], &["leptos", "axum", "sqlx", "tokio", "kujenga-core", "curriculum"]),
    ("curriculum", &["kujenga-words", "kujenga-types"], &["leptos", "axum", "sqlx", "tokio"]),
    (
        "core",
        &["kujenga-words", "kujenga-types", "curriculum"],
        &["leptos", "leptos_axum", "axum", "tower-sessions"],
    ),
    ("app", &["kujenga-words", "kujenga-types", "kujenga-core"], &["sqlx", "curriculum"]),
    ("server", &["app", "kujenga-core", "kujenga-types", "curriculum"], &[]),
];

/// The names in `[dependencies]` (and target-specific dependencies) of a crate's Cargo.toml.
fn dependencies(krate: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join(krate).join("Cargo.toml")).unwrap();
    let mut names = BTreeSet::new();
    let mut in_dependencies = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_dependencies = line == "[dependencies]" || line.ends_with(".dependencies]");
        } else if in_dependencies && let Some((name, _)) = line.split_once('=') {
            names.insert(name.trim().to_string());
        }
    }
    names
}

#[test]
fn each_crate_depends_only_on_the_crates_below_it() {
    let workspace: BTreeSet<&str> =
        ["kujenga-words", "kujenga-types", "curriculum", "kujenga-core", "app", "server"].into();
    for (krate, allowed, forbidden) in CRATES {
        let deps = dependencies(krate);
        for dep in &deps {
            if workspace.contains(dep.as_str()) {
                assert!(allowed.contains(&dep.as_str()), "{krate} depends on {dep}, which is not below it");
            }
            assert!(!forbidden.contains(&dep.as_str()), "{krate} must not depend on {dep}");
        }
    }
}

/// A source file, as a module path inside its crate (`storage::users`; the root is empty).
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().to_string()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without comments, string literals and `#[cfg(test)]` modules (whose
/// `super::` means the file itself).
fn code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    if c == '"' && !escaped {
                        break;
                    }
                    escaped = c == '\\' && !escaped;
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    while let Some(start) = out.find("#[cfg(test)]") {
        let Some(open) = out[start..].find('{').map(|i| start + i) else { break };
        let mut depth = 0;
        let mut end = out.len();
        for (i, c) in out[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.replace_range(start..end, "");
    }
    out
}

/// Every path the code names from `crate::` or `super::`, with `use` groups spelled out:
/// `use crate::a::{b, c::d}` gives `crate::a::b` and `crate::a::c::d`.
fn paths(code: &str) -> Vec<Vec<String>> {
    let tokens: Vec<String> = {
        let mut tokens = Vec::new();
        let mut word = String::new();
        let mut chars = code.chars().peekable();
        while let Some(c) = chars.next() {
            if c.is_alphanumeric() || c == '_' {
                word.push(c);
                continue;
            }
            if !word.is_empty() {
                tokens.push(std::mem::take(&mut word));
            }
            if c == ':' && chars.peek() == Some(&':') {
                chars.next();
                tokens.push("::".into());
            } else if "{},;".contains(c) {
                tokens.push(c.to_string());
            } else if !c.is_whitespace() {
                tokens.push(" ".into());
            }
        }
        if !word.is_empty() {
            tokens.push(word);
        }
        tokens
    };
    fn tree(tokens: &[String], at: &mut usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
        let mut path = prefix;
        loop {
            match tokens.get(*at).map(String::as_str) {
                Some("{") => {
                    *at += 1;
                    loop {
                        if tokens.get(*at).map(String::as_str) == Some("}") {
                            *at += 1;
                            return;
                        }
                        tree(tokens, at, path.clone(), out);
                        match tokens.get(*at).map(String::as_str) {
                            Some(",") => *at += 1,
                            Some("}") => {
                                *at += 1;
                                return;
                            }
                            _ => return,
                        }
                    }
                }
                Some(word) if word.chars().all(|c| c.is_alphanumeric() || c == '_') && !word.is_empty() => {
                    path.push(word.to_string());
                    *at += 1;
                    if tokens.get(*at).map(String::as_str) == Some("::") {
                        *at += 1;
                    } else {
                        out.push(path);
                        return;
                    }
                }
                _ => {
                    out.push(path);
                    return;
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if (tokens[i] == "crate" || tokens[i] == "super")
            && tokens.get(i + 1).map(String::as_str) == Some("::")
        {
            let mut at = i + 2;
            tree(&tokens, &mut at, vec![tokens[i].clone()], &mut out);
            i = at.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

struct Crate {
    name: &'static str,
    /// Module path -> file.
    modules: BTreeMap<Vec<String>, PathBuf>,
    /// Names the crate root re-exports (`pub use a::B`): name -> module of its definition.
    reexports: BTreeMap<String, Vec<String>>,
}

impl Crate {
    fn read(name: &'static str) -> Crate {
        let src = root().join(name).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let modules: BTreeMap<_, _> = files.iter().map(|f| (module_of(&src, f), f.clone())).collect();
        let mut reexports = BTreeMap::new();
        let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
        for statement in code(&lib).split(';').filter_map(|s| s.trim().strip_prefix("pub use ")) {
            for path in paths(&format!("crate::{statement}")) {
                if let Some((last, module)) = path[1..].split_last() {
                    reexports.insert(last.clone(), module.to_vec());
                }
            }
        }
        Crate { name, modules, reexports }
    }

    /// The module a path names: the longest module prefix of it, after re-exports.
    fn resolve(&self, from: &[String], path: &[String]) -> Option<Vec<String>> {
        let mut absolute: Vec<String> = match path.first().map(String::as_str) {
            Some("crate") => path[1..].to_vec(),
            Some("super") => {
                let mut base = from.to_vec();
                let mut rest = path;
                while rest.first().map(String::as_str) == Some("super") {
                    base.pop()?;
                    rest = &rest[1..];
                }
                base.extend(rest.iter().cloned());
                base
            }
            _ => return None,
        };
        if let Some(first) = absolute.first()
            && !self.modules.contains_key(&vec![first.clone()])
            && let Some(module) = self.reexports.get(first)
        {
            absolute.splice(0..1, module.iter().cloned());
        }
        (0..=absolute.len()).rev().map(|n| absolute[..n].to_vec()).find(|m| self.modules.contains_key(m))
    }

    /// Which module uses which: module -> modules (never itself).
    fn uses(&self) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
        let mut edges = BTreeMap::new();
        for (module, file) in &self.modules {
            let text = code(&std::fs::read_to_string(file).unwrap());
            let used: BTreeSet<Vec<String>> =
                paths(&text).iter().filter_map(|p| self.resolve(module, p)).filter(|m| m != module).collect();
            edges.insert(module.clone(), used);
        }
        edges
    }
}

fn layer_of(layers: &[&[&str]], module: &[String]) -> usize {
    match module.first() {
        // The crate root: above every layer.
        None => layers.len(),
        Some(top) => layers.iter().position(|l| l.contains(&top.as_str())).unwrap_or_else(|| {
            panic!("module `{top}` is in no layer; add it to LAYERS in server/tests/layers.rs")
        }),
    }
}

fn name(module: &[String]) -> String {
    if module.is_empty() { "(crate root)".into() } else { module.join("::") }
}

#[test]
fn no_module_uses_a_layer_above_it() {
    let mut wrong = Vec::new();
    for (krate, layers) in LAYERS {
        let c = Crate::read(krate);
        for (from, used) in c.uses() {
            for to in used {
                if layer_of(layers, &to) > layer_of(layers, &from) {
                    wrong.push(format!("{}: {} uses {}, a layer above it", c.name, name(&from), name(&to)));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_source_files_import_each_other_in_a_circle() {
    let mut circles = Vec::new();
    for (krate, _) in LAYERS {
        let c = Crate::read(krate);
        let edges = c.uses();
        // Depth-first search; a module met again while on the path closes a circle.
        fn visit(
            at: &Vec<String>,
            edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
            path: &mut Vec<Vec<String>>,
            done: &mut BTreeSet<Vec<String>>,
            circles: &mut Vec<String>,
            krate: &str,
        ) {
            if let Some(start) = path.iter().position(|m| m == at) {
                let circle: Vec<String> = path[start..].iter().chain([at]).map(|m| name(m)).collect();
                circles.push(format!("{krate}: {}", circle.join(" -> ")));
                return;
            }
            if !done.insert(at.clone()) {
                return;
            }
            path.push(at.clone());
            for next in edges.get(at).into_iter().flatten() {
                visit(next, edges, path, done, circles, krate);
            }
            path.pop();
        }
        let mut done = BTreeSet::new();
        for module in edges.keys() {
            visit(module, &edges, &mut Vec::new(), &mut done, &mut circles, c.name);
        }
    }
    assert!(circles.is_empty(), "import circles:\n{}", circles.join("\n"));
}

#[test]
fn the_checker_reads_groups_super_and_re_exports() {
    let found = paths(&code(
        "use crate::a::{b, c::{d, e}};\n// crate::comment::x\nlet s = \"crate::string\";\nsuper::f::g();",
    ));
    let found: Vec<String> = found.iter().map(|p| p.join("::")).collect();
    assert_eq!(found, ["crate::a::b", "crate::a::c::d", "crate::a::c::e", "super::f::g"]);
    let core = Crate::read("core");
    let state = vec!["state".to_string()];
    let from = vec!["grading".to_string()];
    assert_eq!(
        core.resolve(&from, &["crate".into(), "Core".into()]),
        Some(state),
        "crate::Core is in state.rs"
    );
    let users = vec!["storage".into(), "users".into()];
    let from = vec!["storage".to_string(), "cohorts".to_string()];
    assert_eq!(core.resolve(&from, &["super".into(), "users".into(), "NewUser".into()]), Some(users));
}
