//! How a server function's result becomes an answer: the one place where an error becomes an
//! HTTP status, a trip to the sign-in page, or a message on the form's page; redirects after
//! plain form posts; and files sent as downloads.

use std::net::{IpAddr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::header::{ACCEPT, CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE, LOCATION};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kujenga_types::AppError;
use kujenga_types::format::encode_query;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

/// Where server functions are mounted (Leptos's default).
const API_PREFIX: &str = "/api/";

fn parts() -> Option<Parts> {
    use_context::<Parts>()
}

/// The HTTP status of an error: the only place it is decided.
pub fn status_of(error: &AppError) -> StatusCode {
    match error {
        AppError::SignInRequired | AppError::WrongCredentials => StatusCode::UNAUTHORIZED,
        AppError::Forbidden | AppError::PasswordChangeRequired => StatusCode::FORBIDDEN,
        AppError::NotFound(_) => StatusCode::NOT_FOUND,
        // An error is written for the browser (`Shown`) only after its status is set.
        AppError::Invalid { .. } | AppError::Request(_) | AppError::Shown(_) => StatusCode::BAD_REQUEST,
        AppError::TooManyAttempts { .. } => StatusCode::TOO_MANY_REQUESTS,
        AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
        AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// True for a plain HTML form post (no JavaScript), which expects a redirect back.
fn is_plain_form(parts: &Parts) -> bool {
    parts.headers.get(ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
}

fn is_server_fn_call(parts: &Parts) -> bool {
    parts.uri.path().starts_with(API_PREFIX)
}

/// What an error left in a page's URL is sealed for (see [`server_fn_answers`]).
const FORM_ERROR: &str = "form error";

/// Layer for server-function calls; two things Leptos leaves undone:
/// - it answers every failed call with 500, including those whose arguments could not be read
///   before any of our code ran: the reply gets the status of the error it carries (a few
///   hundred bytes of JSON), and `Retry-After` when the error has a wait;
/// - it sends a plain form post back to its page with the error in the URL (`__err=`); the
///   error is sealed there (`__seal=`), so that [`form_error`] shows only errors this server
///   wrote, never text an attacker put in a link.
pub async fn server_fn_answers(
    axum::extract::State(state): axum::extract::State<super::AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    use leptos::server_fn::error::{FromServerFnError, SERVER_FN_ERROR_HEADER};
    // Only a failed server function's reply is written here, so only those need the language.
    let language =
        req.uri().path().starts_with(API_PREFIX).then(|| super::language::of_request(req.headers()));
    let mut response = next.run(req).await;
    if let Some(location) = response.headers().get(LOCATION).and_then(|l| l.to_str().ok())
        && let Some(error) = query_value(location, "__err")
        && let Ok(sealed) = HeaderValue::from_str(&format!(
            "{location}&__seal={}",
            kujenga_core::accounts::tokens::seal(&state.core.secret, FORM_ERROR, error)
        ))
    {
        response.headers_mut().insert(LOCATION, sealed);
    }
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key(SERVER_FN_ERROR_HEADER)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 64 * 1024).await.unwrap_or_default();
    let error = AppError::de(bytes);
    parts.status = status_of(&error);
    if let Some(wait) = error.retry_after_secs() {
        parts.headers.insert(axum::http::header::RETRY_AFTER, HeaderValue::from(wait));
    }
    // The island shows the error as it comes: written here, in the reader's language.
    let shown = AppError::Shown(error.text().write(language.unwrap_or_default()));
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    Response::from_parts(parts, axum::body::Body::from(shown.ser()))
}

/// The value of `name` in a URL's query string, as written (still percent-encoded).
fn query_value<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    let query = url.split_once('?')?.1.split('#').next()?;
    query.split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

fn set_status(status: StatusCode) {
    if let Some(res) = use_context::<ResponseOptions>() {
        res.set_status(status);
    }
}

/// Runs a server function's body and gives a failure its answer:
/// - a page being rendered gets the error's status, or goes to the sign-in page if it needs
///   a viewer;
/// - a call from an island gets the error as JSON, and [`server_fn_status`] gives it its status;
/// - a plain form post is sent back to its page by Leptos, with the error in the URL (shown
///   by [`form_error`]).
pub async fn answer<T>(body: impl Future<Output = Result<T, AppError>>) -> Result<T, AppError> {
    let result = body.await;
    if let (Err(err), Some(parts)) = (&result, parts()) {
        if is_server_fn_call(&parts) {
            // Answered below, by `server_fn_status`, with the arguments' errors.
        } else if *err == AppError::SignInRequired {
            let back = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
            see_other(&format!("/sign-in?next={}", encode_query(back)));
        } else if *err == AppError::PasswordChangeRequired {
            see_other("/account");
        } else {
            set_status(status_of(err));
        }
    }
    result
}

/// As [`answer`], for a form: once it succeeds, a plain form post goes to `back` (a call from
/// an island gets the value instead).
pub async fn form<T>(back: &str, body: impl Future<Output = Result<T, AppError>>) -> Result<T, AppError> {
    form_to(|_| back.to_string(), body).await
}

/// As [`form`], going to the page that `back` names after the result (a new cohort's, say).
pub async fn form_to<T>(
    back: impl FnOnce(&T) -> String,
    body: impl Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
    let done = answer(body).await?;
    if parts().is_some_and(|p| is_plain_form(&p)) {
        see_other(&back(&done));
    }
    Ok(done)
}

/// The client's address (see `AppState::client_address`), when the connection is known.
pub async fn client_ip() -> Option<IpAddr> {
    let peer = leptos_axum::extract::<ConnectInfo<SocketAddr>>().await.ok()?.0.ip();
    Some(super::state().client_address(peer, &parts()?.headers))
}

/// Sends a browser to `path` with a 303, for page renders and plain form posts.
pub fn see_other(path: &str) {
    if let (Some(res), Ok(location)) = (use_context::<ResponseOptions>(), HeaderValue::from_str(path)) {
        res.set_status(StatusCode::SEE_OTHER);
        res.insert_header(LOCATION, location);
    }
}

/// The error a plain form post left in this page's URL when Leptos sent it back here, if this
/// server sealed it there.
pub fn form_error() -> Option<AppError> {
    use base64::Engine;
    use leptos::server_fn::error::FromServerFnError;
    let parts = parts()?;
    let url = parts.uri.path_and_query()?.as_str();
    let (encoded, seal) = (query_value(url, "__err")?, query_value(url, "__seal")?);
    if !kujenga_core::accounts::tokens::is_sealed(&super::state().core.secret, FORM_ERROR, encoded, seal) {
        return None;
    }
    let unpadded = encoded.trim_end_matches("%3D").trim_end_matches('=');
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(unpadded).ok()?;
    Some(AppError::de(bytes.into()))
}

/// A file to download, named, and not kept in caches (downloads are the viewer's own).
pub fn attachment(name: &str, media_type: &'static str, body: impl Into<axum::body::Body>) -> Response {
    let mut response = Response::new(body.into());
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(media_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    response
}

/// An error as a plain-text response with its status, in the reader's language, for handlers
/// outside Leptos.
pub fn error_response(error: &AppError, language: kujenga_types::Language) -> Response {
    (status_of(error), error.text().write(language)).into_response()
}
