//! CSV exports: dashboard tables, a cohort's grid and the audit log, each with the same filters
//! and the same numbers as its page.

use app::ssr::language::ReaderLanguage;
use app::ssr::respond::{attachment, error_response};
use app::ssr::{AppState, session};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use kujenga_core::{access, analytics};
use kujenga_types::audit::AuditFilters;
use kujenga_types::programs::{EXPORTS, Filters};
use kujenga_types::{AppError, Msg, Text};
use tower_sessions::Session;

/// `GET /programs/{program}/export/{table}.csv?cohort=&organisation=&country=&gender=`.
/// Who may call: the programme's managers and admins.
pub async fn table(
    State(state): State<AppState>,
    session: Session,
    ReaderLanguage(language): ReaderLanguage,
    Path((program, file)): Path<(i64, String)>,
    Query(filters): Query<Filters>,
) -> Response {
    match csv(&state, &session, program, &file, filters, language).await {
        Ok((name, body)) => attachment(&name, "text/csv; charset=utf-8", body),
        Err(error) => error_response(&error, language),
    }
}

async fn csv(
    state: &AppState,
    session: &Session,
    program: i64,
    file: &str,
    filters: Filters,
    language: kujenga_types::Language,
) -> Result<(String, String), AppError> {
    let viewer = session::viewer_of(session, state).await?.ok_or(AppError::SignInRequired)?;
    let core = &state.core;
    access::program_viewer(&core.db, &viewer, program).await?;
    let missing = || {
        let exports = EXPORTS.map(|e| format!("{e}.csv")).join(", ");
        AppError::not_found(Text::new(Msg::MissingExport).with("name", file).with("list", exports))
    };
    let table = file.strip_suffix(".csv").filter(|t| EXPORTS.contains(t)).ok_or_else(missing)?;
    let data = core.analytics.dashboard(&core.db, &core.catalog, program, filters, language).await?;
    let body = analytics::csv(&data, table, language).ok_or_else(missing)?;
    Ok((format!("programme-{program}-{table}.csv"), body))
}

/// Filters of the grid's CSV, as in its page's query.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct GridFilters {
    sort: String,
    filter: String,
    module: String,
}

/// `GET /cohorts/{cohort}/grid.csv?sort=&filter=&module=`: every matching trainee.
/// Who may call: the cohort's instructors, admins, and the managers of its programme.
pub async fn grid(
    State(state): State<AppState>,
    session: Session,
    ReaderLanguage(language): ReaderLanguage,
    Path(cohort): Path<i64>,
    Query(q): Query<GridFilters>,
) -> Response {
    let data = async {
        let viewer = session::viewer_of(&session, &state).await?.ok_or(AppError::SignInRequired)?;
        access::cohort_viewer(&state.core.db, &viewer, cohort).await?;
        let query = kujenga_core::cohorts::GridQuery {
            page: 0,
            sort: &q.sort,
            filter: &q.filter,
            module: &q.module,
            language,
        };
        Ok::<_, AppError>(kujenga_core::cohorts::grid(&state.core, &viewer, cohort, &query).await?)
    };
    match data.await {
        Ok(grid) => attachment(
            &format!("cohort-{cohort}-grid.csv"),
            "text/csv; charset=utf-8",
            kujenga_core::cohorts::grid_csv(&grid, language),
        ),
        Err(error) => error_response(&error, language),
    }
}

/// `GET /audit.csv?actor=&action=&from=&to=`: every matching row of the log.
/// Who may call: admins (the whole log) and programme managers (their programmes' part).
pub async fn audit(
    State(state): State<AppState>,
    session: Session,
    ReaderLanguage(language): ReaderLanguage,
    Query(filters): Query<AuditFilters>,
) -> Response {
    let page = async {
        let viewer = session::viewer_of(&session, &state).await?.ok_or(AppError::SignInRequired)?;
        access::one_of(&viewer, access::PROGRAM_READERS)?;
        Ok::<_, AppError>(kujenga_core::audit::read(&state.core.db, &viewer, filters, true).await?)
    };
    match page.await {
        Ok(page) => {
            attachment("audit-log.csv", "text/csv; charset=utf-8", kujenga_core::audit::csv(&page, language))
        }
        Err(error) => error_response(&error, language),
    }
}

/// `GET /exercises/{run}/report.csv`: the after-action report's answers, one line each.
/// Who may call: the cohort's staff, and the managers of its programme.
pub async fn exercise_report(
    State(state): State<AppState>,
    session: Session,
    ReaderLanguage(language): ReaderLanguage,
    Path(run): Path<i64>,
) -> Response {
    let report = async {
        let viewer = session::viewer_of(&session, &state).await?.ok_or(AppError::SignInRequired)?;
        Ok::<_, AppError>(kujenga_core::exercises::report_csv(&state.core, &viewer, run, language).await?)
    };
    match report.await {
        Ok(body) => attachment(&format!("exercise-{run}.csv"), "text/csv; charset=utf-8", body),
        Err(error) => error_response(&error, language),
    }
}
