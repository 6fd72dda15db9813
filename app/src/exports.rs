//! CSV exports of dashboard tables: the same filters as the page, the same numbers.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use tower_sessions::Session;

use crate::api::AppError;
use crate::api::programs::{EXPORTS, Filters};
use crate::auth::{policy, session};
use crate::state::AppState;

/// `GET /programs/{program}/export/{table}.csv?cohort=&organisation=&country=&gender=`.
/// Who may call: the programme's managers and admins.
pub async fn table(
    State(state): State<AppState>,
    session: Session,
    Path((program, file)): Path<(i64, String)>,
    Query(filters): Query<Filters>,
) -> Response {
    match csv(&state, &session, program, &file, filters).await {
        Ok((name, body)) => crate::web::attachment(&name, "text/csv; charset=utf-8", body),
        Err(error) => crate::web::error_response(&error),
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
    policy::may_view_program(&state.db, &viewer, program).await?;
    let table = file.strip_suffix(".csv").filter(|t| EXPORTS.contains(t)).ok_or_else(|| {
        AppError::NotFound(format!(
            "export `{file}`; the exports are {}",
            EXPORTS.map(|e| format!("{e}.csv")).join(", ")
        ))
    })?;
    let data = crate::analytics::dashboard(state, program, filters).await?;
    let body =
        crate::analytics::csv(&data, table).ok_or_else(|| AppError::NotFound(format!("export `{file}`")))?;
    Ok((format!("programme-{program}-{table}.csv"), body))
}
