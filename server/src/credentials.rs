//! Credentials outside the pages: the holder's downloads (`.jwt`, `.json`), the issuer's public
//! key (JWKS) and signed list of revocations for verifiers, and the check of a pasted or
//! uploaded credential posted from `/verify`.

use app::ssr::language::ReaderLanguage;
use app::ssr::respond::{attachment, error_response};
use app::ssr::{AppState, session};
use axum::extract::{Multipart, Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use kujenga_core::credentials;
use kujenga_types::AppError;
use kujenga_types::{Msg, Text};
use tower_sessions::Session;

/// The most of a credential read from a form: a VC-JWT of Kujenga's is about 4 KB.
const MAX_CREDENTIAL_BYTES: usize = 64 * 1024;

/// `GET /certificates/{id}/{file}` with `file` `credential.jwt` (as signed) or
/// `credential.json` (decoded). Who may call: the holder, the instructors of a cohort they
/// are in, and admins.
pub async fn download(
    State(state): State<AppState>,
    session: Session,
    ReaderLanguage(language): ReaderLanguage,
    Path((id, file)): Path<(String, String)>,
) -> Response {
    let found = async {
        let viewer = session::viewer_of(&session, &state).await?.ok_or(AppError::SignInRequired)?;
        let core = &state.core;
        match file.as_str() {
            "credential.jwt" => Ok(("application/jwt", credentials::signed(core, &viewer, &id).await?)),
            "credential.json" => Ok(("application/json", credentials::decoded(core, &viewer, &id).await?)),
            _ => Err(AppError::not_found(Text::new(Msg::MissingFile).with("name", &file))),
        }
    };
    match found.await {
        // `id` was found in the database, so it is a UUID and needs no escaping.
        Ok((media_type, body)) => attachment(&format!("kujenga-{id}-{file}"), media_type, body),
        Err(error) => error_response(&error, language),
    }
}

/// Public, and the same for everyone: a verifier may keep it.
fn public(media_type: &'static str, body: String) -> Response {
    ([(CONTENT_TYPE, media_type), (CACHE_CONTROL, "public, max-age=300")], body).into_response()
}

/// `GET /.well-known/jwks.json`: the issuer's public keys. Who may call: anyone.
pub async fn jwks(State(state): State<AppState>, ReaderLanguage(language): ReaderLanguage) -> Response {
    match credentials::jwks(&state.core).await {
        Ok(json) => public("application/json", json),
        Err(error) => error_response(&error.into(), language),
    }
}

/// `GET /credentials/revocations.jwt`: the signed list of revocations. Who may call: anyone.
pub async fn revocations(
    State(state): State<AppState>,
    ReaderLanguage(language): ReaderLanguage,
) -> Response {
    match credentials::revocations(&state.core.db, &state.core.issuer).await {
        Ok(jwt) => public("application/jwt", jwt),
        Err(error) => error_response(&error.into(), language),
    }
}

/// `POST /verify/check` (a form with a pasted `credential`, or an uploaded `file`): checks it
/// and goes back to `/verify` with the sealed result. Who may call: anyone.
pub async fn check(
    State(state): State<AppState>,
    ReaderLanguage(language): ReaderLanguage,
    mut form: Multipart,
) -> Response {
    let mut pasted = String::new();
    loop {
        match form.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_string();
                let Ok(bytes) = field.bytes().await else {
                    return error_response(&AppError::Request("the form was cut short".into()), language);
                };
                if bytes.len() > MAX_CREDENTIAL_BYTES {
                    return (axum::http::StatusCode::PAYLOAD_TOO_LARGE, "a credential is at most 64 KB")
                        .into_response();
                }
                let text = String::from_utf8_lossy(&bytes).trim().to_string();
                // An uploaded file wins over an empty text box.
                if (name == "credential" || name == "file") && !text.is_empty() {
                    pasted = text;
                }
            }
            Ok(None) => break,
            Err(e) => return error_response(&AppError::Request(e.body_text()), language),
        }
    }
    let checked = match credentials::check(&state.core, &pasted, language).await {
        Ok(checked) => checked,
        Err(error) => return error_response(&error.into(), language),
    };
    let (result, seal) = credentials::seal_checked(&state.core.secret, &checked);
    axum::response::Redirect::to(&format!("/verify?result={result}&seal={seal}")).into_response()
}
