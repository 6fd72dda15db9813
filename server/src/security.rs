//! Refusing cross-site writes, and what a response carries when it goes over HTTPS.

use std::net::SocketAddr;

use app::ssr::AppState;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::{HOST, ORIGIN, SET_COOKIE, STRICT_TRANSPORT_SECURITY};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// How the server is reached: always over HTTPS (`--secure-cookies`), or as each request says
/// through a trusted proxy.
#[derive(Clone)]
pub struct Transport {
    pub state: AppState,
    pub always_https: bool,
}

/// Over HTTPS, cookies are marked `Secure` (never sent over plain HTTP) and browsers are told to
/// come back over HTTPS only (HSTS, one year). A request is over HTTPS with `--secure-cookies`,
/// or when a trusted proxy says so in `X-Forwarded-Proto`.
pub async fn secure_transport(
    State(transport): State<Transport>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request<Body>,
    next: Next,
) -> Response {
    let https = transport.always_https || transport.state.behind_https(peer.ip(), req.headers());
    let mut response = next.run(req).await;
    if https {
        let headers = response.headers_mut();
        let cookies: Vec<HeaderValue> = headers.get_all(SET_COOKIE).iter().cloned().collect();
        headers.remove(SET_COOKIE);
        for cookie in cookies {
            let text = cookie.to_str().unwrap_or_default();
            let secure = if text.to_ascii_lowercase().contains("; secure") {
                text.to_string()
            } else {
                format!("{text}; Secure")
            };
            if let Ok(value) = HeaderValue::from_str(&secure) {
                headers.append(SET_COOKIE, value);
            }
        }
        headers.insert(STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    response
}

/// Refuses a state-changing request that a browser sent from another site. Browsers send
/// `Origin` (or at least `Sec-Fetch-Site`) with every POST; a request with neither comes from
/// a non-browser client, which cannot carry a victim's cookies.
pub async fn refuse_cross_site(req: Request<Body>, next: Next) -> Response {
    if !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        && let Err(reason) = same_site(req.headers())
    {
        tracing::warn!(method = %req.method(), path = %req.uri().path(), "{reason}");
        return (StatusCode::FORBIDDEN, format!("Cross-site request refused: {reason}.")).into_response();
    }
    next.run(req).await
}

fn same_site(headers: &HeaderMap) -> Result<(), String> {
    let text = |name| headers.get(name).and_then(|v: &axum::http::HeaderValue| v.to_str().ok());
    if let Some(origin) = text(ORIGIN.as_str()) {
        let origin_host = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"));
        return match (origin_host, text(HOST.as_str())) {
            (Some(o), Some(host)) if o.eq_ignore_ascii_case(host) => Ok(()),
            _ => Err(format!("the form came from {origin}, not from this site")),
        };
    }
    match text("sec-fetch-site") {
        None | Some("same-origin") | Some("none") => Ok(()),
        Some(other) => Err(format!("the browser marked it {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn same_origin_passes_and_other_origins_fail() {
        assert!(same_site(&headers(&[("host", "k.test:3000"), ("origin", "http://k.test:3000")])).is_ok());
        assert!(same_site(&headers(&[("host", "k.test"), ("origin", "https://evil.example")])).is_err());
        assert!(same_site(&headers(&[("host", "k.test"), ("origin", "null")])).is_err());
        assert!(same_site(&headers(&[("host", "k.test"), ("sec-fetch-site", "cross-site")])).is_err());
        assert!(same_site(&headers(&[("host", "k.test"), ("sec-fetch-site", "same-origin")])).is_ok());
        assert!(same_site(&headers(&[("host", "k.test")])).is_ok());
    }
}
