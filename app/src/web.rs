//! Request and response helpers shared by server functions: client address, redirects and
//! the one place where an error becomes a status code or a message on the next page.

use std::net::{IpAddr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::header::{ACCEPT, LOCATION};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use leptos::prelude::{LeptosOptions, use_context};
use leptos_axum::ResponseOptions;

use crate::api::AppError;

fn parts() -> Option<Parts> {
    use_context::<Parts>()
}

/// True for a plain HTML form post (no JavaScript), which expects a redirect back.
fn is_plain_form(parts: &Parts) -> bool {
    parts.headers.get(ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
}

fn is_server_fn_call(parts: &Parts) -> bool {
    parts.uri.path().starts_with(crate::API_PREFIX)
}

pub async fn client_ip() -> Option<IpAddr> {
    leptos_axum::extract::<ConnectInfo<SocketAddr>>().await.ok().map(|c| c.0.ip())
}

/// A local path to return to after a form; anything else (other hosts, `//x`) becomes `/`.
pub fn local_path(next: &str) -> String {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next.to_string()
    } else {
        "/".to_string()
    }
}

/// Sends a browser to `path` with a 303, for page renders and plain form posts.
pub fn see_other(path: &str) {
    if let (Some(res), Ok(location)) = (use_context::<ResponseOptions>(), HeaderValue::from_str(path)) {
        res.set_status(StatusCode::SEE_OTHER);
        res.insert_header(LOCATION, location);
    }
}

/// Runs a server function body; when it is rendering a page and fails, the page gets the
/// error's status code (404, 403, ...), or goes to the sign-in page if it needs a viewer.
///
/// When the function is called over HTTP instead, Leptos reports the error: a plain form post
/// is sent back to its page with the error in the URL (see [`form_error`]), and a call from an
/// island gets the error as JSON, with its status set by the server's `api_status` layer.
pub async fn respond<T>(body: impl Future<Output = Result<T, AppError>>) -> Result<T, AppError> {
    let result = body.await;
    if let (Err(err), Some(parts)) = (&result, parts()) {
        if is_server_fn_call(&parts) {
            return result;
        }
        if *err == AppError::SignInRequired {
            let back = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
            see_other(&format!("/sign-in?next={}", crate::api::encode_query(back)));
        } else if let (Some(res), Ok(status)) =
            (use_context::<ResponseOptions>(), StatusCode::from_u16(err.status()))
        {
            res.set_status(status);
        }
    }
    result
}

/// The error a plain form post left in this page's URL when Leptos sent it back here.
pub fn form_error() -> Option<AppError> {
    use base64::Engine;
    use leptos::server_fn::error::FromServerFnError;
    let parts = parts()?;
    let encoded = parts.uri.query()?.split('&').find_map(|pair| pair.strip_prefix("__err="))?;
    let unpadded = encoded.trim_end_matches("%3D").trim_end_matches('=');
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(unpadded).ok()?;
    Some(AppError::de(bytes.into()))
}

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
        let code: String = include_str!("components/island_loader.js")
            .lines()
            .filter(|l| !l.starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let loader = format!("{code}(\"\", \"pkg\", {js:?}, {wasm:?});");
        let loader_path = format!("/islands/{}.js", &curriculum::labs::sha256_hex(loader.as_bytes())[..16]);
        Assets { css: named("css"), js, wasm, loader, loader_path }
    })
}

/// A file to download, named, and not kept in caches (downloads are the viewer's own).
pub fn attachment(
    name: &str,
    media_type: &'static str,
    body: impl Into<axum::body::Body>,
) -> axum::response::Response {
    use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
    let mut response = axum::response::Response::new(body.into());
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(media_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    response
}

/// An error as a plain-text response with its status, for handlers outside Leptos.
pub fn error_response(error: &AppError) -> axum::response::Response {
    use axum::response::IntoResponse;
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, error.to_string()).into_response()
}

/// Redirects a plain form post to `path`; a call from an island gets its value instead.
pub fn redirect_plain_form(path: &str) {
    if parts().is_some_and(|p| is_plain_form(&p)) {
        see_other(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path("/learn/x?y=1"), "/learn/x?y=1");
        assert_eq!(local_path("//evil.example/x"), "/");
        assert_eq!(local_path("https://evil.example/"), "/");
        assert_eq!(local_path("/\\evil.example"), "/");
        assert_eq!(local_path(""), "/");
    }
}
