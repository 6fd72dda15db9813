//! What a page's response carries: its Content-Security-Policy, and the names of the compiled
//! CSS, JavaScript and WebAssembly it links to.

use axum::http::HeaderValue;
use leptos::prelude::{LeptosOptions, use_context};
use leptos_axum::ResponseOptions;
use sha2::{Digest, Sha256};

/// Content-Security-Policy: everything from this server only; inline scripts only with this
/// response's nonce (Leptos writes the island loader inline); WebAssembly may compile.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let scripts = nonce.map(|n| format!("'nonce-{n}'")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self' {scripts} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// Prepares the response of a page: only islands are hydrated, so nothing else is serialised
/// into the page, and the page's scripts are allowed by its nonce.
pub fn prepare_page() {
    if let Some(context) = leptos::prelude::Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let nonce = leptos::nonce::use_nonce().map(|n| n.to_string());
    if let (Some(res), Ok(csp)) =
        (use_context::<ResponseOptions>(), HeaderValue::from_str(&content_security_policy(nonce.as_deref())))
    {
        res.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, csp);
    }
}

/// The names (without extension) of the compiled CSS, JavaScript and WebAssembly in `pkg/`.
pub struct Assets {
    pub css: String,
    pub js: String,
    pub wasm: String,
    /// The island loader with its arguments: the script a page with islands runs. It is served
    /// as a file at [`Assets::loader_path`], cached like the other assets.
    pub loader: String,
    pub loader_path: String,
}

/// The asset names, read once: cargo-leptos writes their content hashes to `hash.txt` beside
/// the server binary when it gives files hashed names.
pub fn assets(options: &LeptosOptions) -> &'static Assets {
    static ASSETS: std::sync::OnceLock<Assets> = std::sync::OnceLock::new();
    ASSETS.get_or_init(|| {
        let name = options.output_name.to_string();
        let hashes = options
            .hash_files
            .then(|| std::env::current_exe().ok()?.parent().map(|d| d.join(options.hash_file.as_ref())))
            .flatten()
            .and_then(|path| std::fs::read_to_string(path).ok())
            .unwrap_or_default();
        let named = |kind: &str| {
            hashes
                .lines()
                .find_map(|l| {
                    l.split_once(':')
                        .filter(|(k, _)| k.trim() == kind)
                        .map(|(_, h)| format!("{name}.{}", h.trim()))
                })
                .unwrap_or_else(|| name.clone())
        };
        let (js, wasm) = (named("js"), named("wasm"));
        let code: String = include_str!("../components/island_loader.js")
            .lines()
            .filter(|l| !l.starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let loader = format!("{code}(\"\", \"pkg\", {js:?}, {wasm:?});");
        let digest: String =
            Sha256::digest(loader.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect();
        let loader_path = format!("/islands/{digest}.js");
        Assets { css: named("css"), js, wasm, loader, loader_path }
    })
}
