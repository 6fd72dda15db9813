//! What each `kujenga` command does.

use std::io::{BufRead, IsTerminal};
use std::net::SocketAddr;
use std::path::Path;
use std::time::Instant;

use app::api::Role;
use app::auth::accounts::{self, AccountForm};

use crate::config::Settings;
use crate::{build_state, demo, router};

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
}

pub async fn serve(settings: &Settings) -> Result<(), String> {
    init_tracing();
    let started = Instant::now();
    let state = build_state(settings).await?;
    if settings.demo {
        demo::seed(&state.db, &settings.data_dir).await?;
    } else if app::storage::users::count(&state.db).await.map_err(|e| e.to_string())? == 0 {
        println!(
            "No accounts yet. Create an admin:\n  kujenga user add --username admin --name \"Your Name\" --role admin"
        );
    }
    let app = router(state, settings.secure_cookies).await?;
    let listener = tokio::net::TcpListener::bind(settings.addr)
        .await
        .map_err(|e| format!("cannot listen on {}: {e} (is another server running there?)", settings.addr))?;
    println!(
        "Kujenga is serving http://{} (ready in {} ms). Stop it with Ctrl+C.",
        settings.addr,
        started.elapsed().as_millis()
    );
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| format!("server stopped: {e}"))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// Validates a curriculum folder the way the server does at start.
pub fn check(dir: &Path) -> Result<(), String> {
    match curriculum::load(dir) {
        Ok(catalog) => {
            let items: Vec<_> = catalog.items().collect();
            let labs = items.iter().filter(|l| l.item.kind == curriculum::ItemKind::Lab).count();
            let modules: usize = catalog.tracks().iter().map(|t| t.modules.len()).sum();
            println!(
                "{}: ok: {} tracks, {modules} modules, {} lessons, {labs} labs",
                dir.display(),
                catalog.tracks().len(),
                items.len() - labs,
            );
            Ok(())
        }
        Err(errors) => {
            eprintln!("{errors}");
            Err(format!(
                "{} problem(s) in {}; fix them and run `kujenga check` again",
                errors.0.len(),
                dir.display()
            ))
        }
    }
}

pub async fn migrate(settings: &Settings) -> Result<(), String> {
    std::fs::create_dir_all(&settings.data_dir).map_err(|e| e.to_string())?;
    app::storage::open(&settings.database_url).await.map_err(|e| format!("migration failed: {e}"))?;
    println!("{}: up to date", settings.database_url);
    Ok(())
}

pub async fn user_add(
    settings: &Settings,
    username: &str,
    name: &str,
    role: &str,
    cohort: Option<&str>,
) -> Result<(), String> {
    let role = Role::parse(role)
        .ok_or_else(|| format!("--role {role}: use trainee, instructor, manager or admin"))?;
    let stdin = std::io::stdin();
    let (password, generated) = if stdin.is_terminal() {
        (app::auth::tokens::random_code(16), true)
    } else {
        let mut line = String::new();
        stdin.lock().read_line(&mut line).map_err(|e| format!("cannot read the password: {e}"))?;
        (line.trim_end_matches(['\r', '\n']).to_string(), false)
    };
    std::fs::create_dir_all(&settings.data_dir).map_err(|e| e.to_string())?;
    let db = app::storage::open(&settings.database_url).await.map_err(|e| e.to_string())?;
    let form =
        AccountForm { username, display_name: name, role, password: &password, profile: Default::default() };
    let id = accounts::create(&db, &form).await.map_err(|e| e.to_string())?;
    if let Some(cohort) = cohort {
        let cohort_id = match app::storage::cohorts::find(&db, cohort).await.map_err(|e| e.to_string())? {
            Some(id) => id,
            None => app::storage::cohorts::create(&db, cohort).await.map_err(|e| e.to_string())?,
        };
        app::storage::cohorts::add_member(&db, cohort_id, id, role).await.map_err(|e| e.to_string())?;
    }
    println!("created {} `{username}`", role.label().to_lowercase());
    if generated {
        println!("password: {password}");
    }
    Ok(())
}

/// A consistent copy of the live database (SQLite `VACUUM INTO`), safe while serving.
pub async fn backup(settings: &Settings, file: &Path) -> Result<(), String> {
    if file.exists() {
        return Err(format!("{} exists already; choose a new file name", file.display()));
    }
    let db = app::storage::open(&settings.database_url).await.map_err(|e| e.to_string())?;
    app::storage::backup(&db, file).await.map_err(|e| format!("backup failed: {e}"))?;
    println!("wrote {}", file.display());
    Ok(())
}
