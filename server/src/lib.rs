//! The Kujenga process: settings, start-up, the axum router and its layers, and the CLI
//! commands. `main.rs` only dispatches; tests drive [`router`] directly.

pub mod admission;
pub mod api_status;
pub mod commands;
pub mod compress;
pub mod config;
pub mod demo;
pub mod security;
pub mod seed;
pub mod sessions;

use std::path::Path;
use std::sync::Arc;

use app::analytics::Analytics;
use app::app::{App, shell};
use app::auth::rate_limit::Limits;
use app::state::{AppState, Shared, provide_request_context};
use axum::Router;
use axum::http::HeaderValue;
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use leptos::prelude::LeptosOptions;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower::ServiceBuilder;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::cookie::time::Duration;
use tower_sessions::{Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::SqliteStore;

use crate::config::Settings;

/// The largest request body accepted; larger ones get 413.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// Loads the curriculum, opens and migrates the database, and reads (or creates) the install
/// secret. Every failure is a message that says what to fix.
pub async fn build_state(settings: &Settings) -> Result<AppState, String> {
    let catalog = curriculum::load(&settings.curriculum).map_err(|errors| {
        format!("the curriculum in {} has errors:\n{errors}", settings.curriculum.display())
    })?;
    std::fs::create_dir_all(&settings.data_dir)
        .map_err(|e| format!("cannot create the data folder {}: {e}", settings.data_dir.display()))?;
    let db = app::storage::open(&settings.database_url)
        .await
        .map_err(|e| format!("cannot open the database {}: {e}", settings.database_url))?;
    let secret = install_secret(&settings.data_dir)?;
    Ok(AppState::new(Shared {
        leptos_options: leptos_options(settings),
        answers: Arc::new(app::writer::AnswerWriter::start(db.clone())),
        db,
        catalog: Arc::new(catalog),
        secret: Arc::new(secret),
        limits: Arc::new(Limits::new(settings.answer_limit)),
        analytics: Arc::new(Analytics::new(settings.dashboard_cache)),
        viewers: Default::default(),
        learners: Default::default(),
    }))
}

/// Where the compiled front end is, and whether cargo-leptos gave its files hashed names
/// (it writes `hash.txt` beside the server binary when it does).
fn leptos_options(settings: &Settings) -> LeptosOptions {
    let hashed = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").exists()))
        .unwrap_or(false);
    LeptosOptions::builder()
        .output_name("kujenga")
        .site_root(settings.site_root.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(settings.addr)
        .hash_files(hashed)
        .build()
}

/// The install secret: 32 random bytes created on first start, kept as hex in the data folder
/// with owner-only permissions. Lab seeds derive from it, so it must survive upgrades.
fn install_secret(data_dir: &Path) -> Result<[u8; 32], String> {
    let path = data_dir.join("secret");
    let decode = |text: &str| -> Option<[u8; 32]> {
        let text = text.trim();
        let bytes: Vec<u8> = (0..text.len())
            .step_by(2)
            .map(|i| text.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
            .collect::<Option<_>>()?;
        bytes.try_into().ok()
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => decode(&text).ok_or_else(|| {
            format!(
                "{} is not 64 hex digits; restore it from a backup (lab answers depend on it)",
                path.display()
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let secret = app::auth::tokens::secret();
            let hex: String = secret.iter().map(|b| format!("{b:02x}")).collect();
            write_private(&path, &hex).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            Ok(secret)
        }
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

/// Writes a file only its owner can read.
pub fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}

/// The whole HTTP application: pages, server functions, static files, and their layers.
pub async fn router(state: AppState, secure_cookies: bool) -> Result<Router, String> {
    let store = SqliteStore::new(state.db.clone());
    store.migrate().await.map_err(|e| format!("cannot create the session table: {e}"))?;
    let sessions = SessionManagerLayer::new(sessions::CachedStore::new(store))
        .with_name("kujenga_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure_cookies)
        .with_expiry(Expiry::OnInactivity(Duration::hours(12)));

    let options = state.leptos_options.clone();
    let context_state = state.clone();
    let context = move || provide_request_context(&context_state);
    let pages = generate_route_list(App);
    let fallback = leptos_axum::render_app_async_with_context(context.clone(), {
        let options = options.clone();
        move || shell(options.clone())
    });

    let cache = if options.hash_files { "public, max-age=31536000, immutable" } else { "no-cache" };
    let pkg_dir = Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    let static_files = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(CACHE_CONTROL, HeaderValue::from_static(cache)))
        .service(ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip());

    let header = |name, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    Ok(Router::new()
        .leptos_routes_with_context(&state, pages, context, move || shell(options.clone()))
        .route("/labs/{item}/files/{name}", axum::routing::get(app::downloads::artifact))
        .route("/islands/{file}", axum::routing::get(island_loader))
        .route("/programs/{program}/export/{file}", axum::routing::get(app::exports::table))
        .nest_service("/pkg", static_files)
        .fallback(fallback)
        .layer(axum::middleware::from_fn(api_status::api_status))
        .layer(axum::middleware::from_fn_with_state(
            admission::Admission::for_this_machine(),
            admission::admit,
        ))
        .layer(sessions)
        .layer(axum::middleware::from_fn(security::refuse_cross_site))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(SetResponseHeaderLayer::if_not_present(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&app::web::content_security_policy(None)).expect("a valid header"),
        ))
        .layer(header(X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(X_FRAME_OPTIONS, "DENY"))
        .layer(header(REFERRER_POLICY, "same-origin"))
        .layer(header(CACHE_CONTROL, "private, no-cache"))
        .layer(axum::middleware::from_fn(compress::compress))
        .layer(axum::middleware::from_fn(server_timing))
        .with_state(state))
}

/// The island loader, under a name that changes with its content, so it is cached for good.
async fn island_loader(
    axum::extract::State(state): axum::extract::State<AppState>,
    uri: axum::http::Uri,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let assets = app::web::assets(&state.leptos_options);
    if uri.path() != assets.loader_path {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    }
    let headers = [
        (axum::http::header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
        (CACHE_CONTROL, "public, max-age=31536000, immutable"),
    ];
    (headers, assets.loader.clone()).into_response()
}

/// Adds `Server-Timing: app;dur=MS`: the time from the request to the response's headers
/// (for a page, its whole rendering). Benchmarks read it; browsers show it in their tools.
async fn server_timing(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let started = std::time::Instant::now();
    let mut response = next.run(req).await;
    let value = format!("app;dur={:.2}", started.elapsed().as_secs_f64() * 1000.0);
    if let Ok(value) = HeaderValue::from_str(&value) {
        response.headers_mut().insert("server-timing", value);
    }
    response
}
