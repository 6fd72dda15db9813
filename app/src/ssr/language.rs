//! The reader's language, first match wins: their choice (the `kujenga_lang` cookie, set by the
//! language menu on every page, and at sign-in from the account's saved language when they have
//! not chosen one here), the browser's `Accept-Language`, then English.

use axum::extract::Query;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kujenga_types::Language;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

pub const COOKIE_NAME: &str = "kujenga_lang";

/// The language chosen with the menu, if any.
fn chosen(headers: &HeaderMap) -> Option<Language> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(COOKIE_NAME)?.strip_prefix('=').and_then(Language::parse))
}

/// The language of a request with `headers`.
pub fn of_request(headers: &HeaderMap) -> Language {
    chosen(headers)
        .or_else(|| {
            headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Language::from_accept_language)
        })
        .unwrap_or_default()
}

/// The reader's language, for handlers outside Leptos (downloads, exports).
pub struct ReaderLanguage(pub Language);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ReaderLanguage {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(ReaderLanguage(of_request(&parts.headers)))
    }
}

/// The reader's language, worked out once per request (`provide`).
#[derive(Clone, Copy)]
struct Reader(Language);

/// Works out the reader's language for the request being answered.
pub fn provide() {
    let language = use_context::<axum::http::request::Parts>()
        .map(|parts| of_request(&parts.headers))
        .unwrap_or_default();
    leptos::prelude::provide_context(Reader(language));
}

/// The language of the request being answered.
pub fn current() -> Language {
    use_context::<Reader>().map(|r| r.0).unwrap_or_else(|| {
        use_context::<axum::http::request::Parts>()
            .map(|parts| of_request(&parts.headers))
            .unwrap_or_default()
    })
}

/// The `Set-Cookie` value that remembers `language` for a year.
fn cookie(language: Language) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{COOKIE_NAME}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
        language.code()
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("kujenga_lang=en; Path=/"))
}

/// Remembers `language` as the reader's choice, in the response being made.
pub fn remember(language: Language) {
    if let Some(response) = use_context::<ResponseOptions>() {
        response.append_header(SET_COOKIE, cookie(language));
    }
}

/// At sign-in: the account's saved language becomes the reader's, unless they chose one here.
pub fn adopt_saved(saved: &str) {
    let has_choice =
        use_context::<axum::http::request::Parts>().is_some_and(|p| chosen(&p.headers).is_some());
    if let (false, Some(language)) = (has_choice, Language::parse(saved)) {
        remember(language);
    }
}

#[derive(serde::Deserialize)]
pub struct Choice {
    to: String,
    #[serde(default)]
    next: String,
}

/// `GET /language?to=fr&next=/learn/...`: the language menu's links (no JavaScript needed).
/// Remembers the choice and goes back to the page. Who may call: anyone.
pub async fn choose(Query(choice): Query<Choice>) -> Response {
    let Some(language) = Language::parse(&choice.to) else {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        let message =
            format!("`to`: `{}` is not a language of Kujenga; use one of {}", choice.to, codes.join(", "));
        return (StatusCode::BAD_REQUEST, message).into_response();
    };
    let next = kujenga_types::format::local_path(&choice.next);
    let location = HeaderValue::from_str(&next).unwrap_or_else(|_| HeaderValue::from_static("/"));
    (StatusCode::SEE_OTHER, [(SET_COOKIE, cookie(language)), (LOCATION, location)]).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(), value.parse().unwrap());
        }
        map
    }

    #[test]
    fn a_choice_wins_over_the_browser_and_english_comes_last() {
        let both = headers(&[("cookie", "kujenga_session=x; kujenga_lang=ar"), ("accept-language", "fr")]);
        assert_eq!(of_request(&both), Language::Ar);
        assert_eq!(of_request(&headers(&[("accept-language", "pt-BR,pt;q=0.9")])), Language::Pt);
        assert_eq!(
            of_request(&headers(&[("cookie", "kujenga_lang=xx"), ("accept-language", "es")])),
            Language::Es
        );
        assert_eq!(of_request(&headers(&[("accept-language", "de")])), Language::En);
        assert_eq!(of_request(&HeaderMap::new()), Language::En);
    }
}
