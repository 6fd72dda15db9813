//! CSV exports of dashboard tables: the same filters as the page, the same numbers.

use app::ssr::respond::{attachment, error_response};
use app::ssr::{AppState, session};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use kujenga_core::{access, analytics};
use kujenga_types::AppError;
use kujenga_types::programs::{EXPORTS, Filters};
use tower_sessions::Session;

/// `GET /programs/{program}/export/{table}.csv?cohort=&organisation=&country=&gender=`.
/// Who may call: the programme's managers and admins.
pub async fn table(
    State(state): State<AppState>,
    session: Session,
    Path((program, file)): Path<(i64, String)>,
    Query(filters): Query<Filters>,
) -> Response {
    match csv(&state, &session, program, &file, filters).await {
        Ok((name, body)) => attachment(&name, "text/csv; charset=utf-8", body),
        Err(error) => error_response(&error),
    }
}

async fn csv(
    state: &AppState,
    session: &Session,
    program: i64,
    file: &str,
    filters: Filters,
) -> Result<(String, String), AppError> {
    let viewer = session::viewer_of(session, state).await?.ok_or(AppError::SignInRequired)?;
    let core = &state.core;
    access::program_viewer(&core.db, &viewer, program).await?;
    let table = file.strip_suffix(".csv").filter(|t| EXPORTS.contains(t)).ok_or_else(|| {
        AppError::not_found(format!(
            "export `{file}`; the exports are {}",
            EXPORTS.map(|e| format!("{e}.csv")).join(", ")
        ))
    })?;
    let data = core.analytics.dashboard(&core.db, &core.catalog, program, filters).await?;
    let body = analytics::csv(&data, table).ok_or_else(|| AppError::not_found(format!("export `{file}`")))?;
    Ok((format!("programme-{program}-{table}.csv"), body))
}
