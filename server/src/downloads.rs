//! Files a person downloads: their own lab files, their own record, and the first passwords of
//! the trainees an instructor has just imported.

use app::i18n::t_in;
use app::ssr::language::ReaderLanguage;
use app::ssr::respond::{attachment, error_response};
use app::ssr::{AppState, session};
use axum::extract::{Path, State};
use axum::response::Response;
use kujenga_core::{access, exams, exercises, grading, import};
use kujenga_types::{AppError, Msg, Text, Viewer};
use tower_sessions::Session;

async fn signed_in(state: &AppState, session: &Session) -> Result<Viewer, AppError> {
    session::viewer_of(session, state).await?.ok_or(AppError::SignInRequired)
}

/// `GET /labs/{item}/files/{name}`. Who may call: a signed-in learner, for their own variant.
pub async fn artifact(
    State(state): State<AppState>,
    session: Session,
    ReaderLanguage(language): ReaderLanguage,
    Path((item, name)): Path<(String, String)>,
) -> Response {
    match lab_file(&state, &session, &item, &name).await {
        // `name` is one of the generator's own file names, so it needs no escaping.
        Ok((media_type, bytes)) => attachment(&name, media_type, bytes),
        Err(error) => error_response(&error, language),
    }
}

async fn lab_file(
    state: &AppState,
    session: &Session,
    item: &str,
    name: &str,
) -> Result<(&'static str, Vec<u8>), AppError> {
    let viewer = signed_in(state, session).await?;
    let core = &state.core;
    let found = core
        .catalog
        .item(item)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingLab).with("id", item)))?;
    // An exam's files come with its attempt.
    let started = exams::started(core, viewer.id, found.item).await?;
    let generated = grading::variant(core, viewer.id, found.item)
        .await?
        .filter(|_| started)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingLabFiles).with("id", item)))?;
    let artifact = generated
        .artifacts
        .into_iter()
        .find(|a| a.name == name)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingFile).with("name", name)))?;
    Ok((artifact.media_type, artifact.bytes))
}

/// `GET /exercises/{run}/files/{inject}/{name}`. Who may call: a member of a team of the run,
/// for their team's own files of a released inject; the run's facilitators.
pub async fn exercise_file(
    State(state): State<AppState>,
    session: Session,
    ReaderLanguage(language): ReaderLanguage,
    Path((run, inject, name)): Path<(i64, String, String)>,
) -> Response {
    let file = async {
        let viewer = signed_in(&state, &session).await?;
        Ok::<_, AppError>(exercises::team_file(&state.core, &viewer, run, &inject, &name).await?)
    };
    match file.await {
        Ok(artifact) => attachment(&name, artifact.media_type, artifact.bytes),
        Err(error) => error_response(&error, language),
    }
}

/// `POST /cohorts/{cohort}/import`: writes the caller's checked import and answers with a CSV
/// file of the new accounts' first passwords, which are kept nowhere else. This is the cohort
/// page's import button; it needs no JavaScript. Who may call: the cohort's instructors and
/// admins.
pub async fn imported_accounts(
    State(state): State<AppState>,
    session: Session,
    ReaderLanguage(language): ReaderLanguage,
    Path(cohort): Path<i64>,
) -> Response {
    let imported = async {
        let viewer = signed_in(&state, &session).await?;
        access::cohort_staff(&state.core.db, &viewer, cohort).await?;
        Ok::<_, AppError>(import::commit(&state.core.db, &viewer, cohort).await?)
    };
    match imported.await {
        Ok(imported) => {
            let rows = imported.accounts.into_iter().map(|(username, password)| [username, password]);
            let header = [Msg::CsvUsername, Msg::CsvFirstPassword].map(|m| t_in(language, m));
            let csv = kujenga_core::spreadsheets::write(&header, rows);
            attachment(&format!("cohort-{cohort}-accounts.csv"), "text/csv; charset=utf-8", csv)
        }
        Err(error) => error_response(&error, language),
    }
}

/// `GET /record.json`: everything Kujenga holds about the signed-in person, as JSON.
/// Who may call: any signed-in person, for their own record.
pub async fn own_record_json(
    State(state): State<AppState>,
    session: Session,
    ReaderLanguage(language): ReaderLanguage,
) -> Response {
    match own_record(&state, &session, language).await {
        Ok(record) => match serde_json::to_vec_pretty(&record) {
            Ok(json) => attachment("kujenga-record.json", "application/json", json),
            Err(_) => error_response(&AppError::Internal, language),
        },
        Err(error) => error_response(&error, language),
    }
}

/// `GET /record.csv`: the same record as a spreadsheet. Who may call: as `own_record_json`.
pub async fn own_record_csv(
    State(state): State<AppState>,
    session: Session,
    ReaderLanguage(language): ReaderLanguage,
) -> Response {
    match own_record(&state, &session, language).await {
        Ok(record) => attachment(
            "kujenga-record.csv",
            "text/csv; charset=utf-8",
            kujenga_core::people::record::csv(&record, language),
        ),
        Err(error) => error_response(&error, language),
    }
}

async fn own_record(
    state: &AppState,
    session: &Session,
    language: kujenga_types::Language,
) -> Result<kujenga_types::record::MyRecord, AppError> {
    let viewer = signed_in(state, session).await?;
    Ok(kujenga_core::people::record::of(&state.core, &viewer, language).await?)
}
