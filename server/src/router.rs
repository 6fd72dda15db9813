//! The HTTP application: pages, server functions, downloads and static files, and the layers
//! every request passes through.

use std::path::Path;

use app::app::{App, shell};
use app::ssr::{AppState, provide_request_context};
use axum::Router;
use axum::http::HeaderValue;
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower::ServiceBuilder;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::cookie::time::Duration;
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::config::Settings;
use crate::{admission, compress, credentials, downloads, exports, security, sessions};

/// The largest request body accepted; larger ones get 413.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// The whole HTTP application: pages, server functions, static files, and their layers.
pub async fn router(state: AppState, settings: &Settings) -> anyhow::Result<Router> {
    let store = sessions::Stored::of(&state.core.db).await?;
    let sessions = SessionManagerLayer::new(sessions::CachedStore::new(store, state.core.peers.clone()))
        .with_name("kujenga_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(false)
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
    let transport = security::Transport { state: state.clone(), always_https: settings.secure_cookies };
    let app = Router::new()
        .leptos_routes_with_context(&state, pages, context, move || shell(options.clone()))
        .route("/labs/{item}/files/{name}", axum::routing::get(downloads::artifact))
        .route("/cohorts/{cohort}/import", axum::routing::post(downloads::imported_accounts))
        .route("/exercises/{run}/files/{inject}/{name}", axum::routing::get(downloads::exercise_file))
        .route("/exercises/{run}/report.csv", axum::routing::get(exports::exercise_report))
        .route("/islands/{file}", axum::routing::get(island_loader))
        .route("/programs/{program}/export/{file}", axum::routing::get(exports::table))
        .route("/cohorts/{cohort}/grid.csv", axum::routing::get(exports::grid))
        .route("/audit.csv", axum::routing::get(exports::audit))
        .route("/record.json", axum::routing::get(downloads::own_record_json))
        .route("/record.csv", axum::routing::get(downloads::own_record_csv))
        .route("/language", axum::routing::get(app::ssr::language::choose))
        .route("/certificates/{id}/{file}", axum::routing::get(credentials::download))
        .route("/.well-known/jwks.json", axum::routing::get(credentials::jwks))
        .route("/credentials/revocations.jwt", axum::routing::get(credentials::revocations))
        .route("/verify/check", axum::routing::post(credentials::check))
        .nest_service("/pkg", static_files)
        .fallback(fallback)
        .layer(axum::middleware::from_fn_with_state(state.clone(), app::ssr::respond::server_fn_answers))
        .layer(axum::middleware::from_fn_with_state(
            admission::Admission::for_this_machine(),
            admission::admit,
        ))
        .layer(sessions)
        .layer(axum::middleware::from_fn_with_state(transport, security::secure_transport))
        .layer(axum::middleware::from_fn(security::refuse_cross_site))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(SetResponseHeaderLayer::if_not_present(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&app::ssr::page::content_security_policy(None)).expect("a valid header"),
        ))
        .layer(header(X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(X_FRAME_OPTIONS, "DENY"))
        .layer(header(REFERRER_POLICY, "same-origin"))
        // Pages and answers are a person's own: never kept in any cache, not even the browser's.
        .layer(header(CACHE_CONTROL, "private, no-store"))
        .layer(axum::middleware::from_fn(compress::compress));
    let app = if settings.server_timing { app.layer(axum::middleware::from_fn(server_timing)) } else { app };
    Ok(app.with_state(state))
}

/// The island loader, under a name that changes with its content, so it is cached for good.
async fn island_loader(
    axum::extract::State(state): axum::extract::State<AppState>,
    uri: axum::http::Uri,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let assets = app::ssr::page::assets(&state.leptos_options);
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
/// (for a page, its whole rendering). Only with `--server-timing`: benchmarks read it, and it
/// would tell anyone how long a password check or a query takes.
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
