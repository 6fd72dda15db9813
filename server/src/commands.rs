//! What each `kujenga` command does.

use std::io::{BufRead, IsTerminal};
use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use kujenga_core::accounts::{self, AccountForm};
use kujenga_core::storage::{self, cohorts, users};
use kujenga_core::{people, retention};
use kujenga_types::Role;

use crate::config::Settings;
use crate::demo;
use crate::router::router;
use crate::startup::{build_state, open_database};

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
}

pub async fn serve(settings: &Settings) -> anyhow::Result<()> {
    init_tracing();
    let started = Instant::now();
    let state = build_state(settings).await?;
    if settings.demo {
        demo::seed(&state.core.db, &settings.data_dir).await?;
    } else if users::count(&state.core.db).await? == 0 {
        println!(
            "No accounts yet. Create an admin:\n  kujenga user add --username admin --name \"Your Name\" --role admin"
        );
    }
    if let Some(days) = settings.retention_days {
        retention::purge_if_due(&state.core.db, days).await.context("KUJENGA_RETENTION_DAYS")?;
    }
    housekeeping(state.core.db.clone(), settings.retention_days);
    let keys = state.core.issuer.keys(&state.core.db).await.context("the issuer key")?;
    println!("Credentials are signed with the key of fingerprint {}", keys.fingerprint);
    let app = router(state, settings).await?;
    let listener = tokio::net::TcpListener::bind(settings.addr)
        .await
        .with_context(|| format!("cannot listen on {} (is another server running there?)", settings.addr))?;
    println!(
        "Kujenga is serving http://{} (ready in {} ms). Stop it with Ctrl+C.",
        settings.addr,
        started.elapsed().as_millis()
    );
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("the server stopped")
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
pub fn check(dir: &Path) -> anyhow::Result<()> {
    match curriculum::load(dir) {
        Ok(catalog) => {
            let items: Vec<_> = catalog.items().collect();
            let labs = items.iter().filter(|l| l.item.kind == curriculum::ItemKind::Lab).count();
            let modules: usize = catalog.tracks().iter().map(|t| t.modules.len()).sum();
            let exercises: usize = catalog.tracks().iter().map(|t| t.exercises.len()).sum();
            println!(
                "{}: ok: {} tracks, {modules} modules, {} lessons, {labs} labs, {exercises} exercises",
                dir.display(),
                catalog.tracks().len(),
                items.len() - labs,
            );
            print_translations(&catalog);
            Ok(())
        }
        Err(errors) => {
            eprintln!("{errors}");
            bail!(
                "{} problem(s) in {}; fix them and run `kujenga check` again",
                errors.0.len(),
                dir.display()
            )
        }
    }
}

/// Each language's coverage, track by track (translated of all lessons and labs, and how many
/// of those are out of date), then the warnings: out-of-date files, and what is missing.
fn print_translations(catalog: &curriculum::Catalog) {
    let coverage = catalog.coverage();
    println!("translations (lessons and labs translated, of all; glossary):");
    for language in kujenga_types::Language::TRANSLATIONS {
        let tracks: Vec<String> = coverage
            .iter()
            .filter(|c| c.language == language)
            .map(|c| {
                let stale = c.translated - c.current;
                let stale = if stale > 0 { format!(", {stale} out of date") } else { String::new() };
                let glossary = if c.glossary { "glossary" } else { "no glossary" };
                format!("{} {}/{}{stale}, {glossary}", c.track, c.translated, c.items)
            })
            .collect();
        println!("  {}: {}", language.code(), tracks.join("; "));
    }
    for warning in catalog.warnings() {
        println!("warning: {warning}");
    }
    for language in kujenga_types::Language::TRANSLATIONS {
        let of: Vec<_> = coverage.iter().filter(|c| c.language == language).collect();
        let missing: usize = of.iter().map(|c| c.items - c.translated).sum();
        if missing > 0 {
            let all: usize = of.iter().map(|c| c.items).sum();
            println!(
                "warning: {}: {missing} of {all} lessons and labs are not translated yet",
                language.code()
            );
        }
    }
}

pub async fn migrate(settings: &Settings) -> anyhow::Result<()> {
    open_database(settings).await.context("migration failed")?;
    println!("{}: up to date", settings.database_url);
    Ok(())
}

pub async fn user_add(
    settings: &Settings,
    username: &str,
    name: &str,
    role: Role,
    cohort: Option<&str>,
) -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let (password, generated) = if stdin.is_terminal() {
        (accounts::tokens::random_code(16), true)
    } else {
        let mut line = String::new();
        stdin.lock().read_line(&mut line).context("cannot read the password")?;
        (line.trim_end_matches(['\r', '\n']).to_string(), false)
    };
    let db = open_database(settings).await?;
    let form =
        AccountForm { username, display_name: name, role, password: &password, profile: Default::default() };
    let id = accounts::create(&db, &form).await?;
    if let Some(cohort) = cohort {
        let cohort_id = match cohorts::find(&db, cohort).await? {
            Some(id) => id,
            None => cohorts::create(&db, &cohorts::NewCohort { name: cohort, ..Default::default() }).await?,
        };
        let member = if role == Role::Instructor {
            cohorts::CohortRole::Instructor
        } else {
            cohorts::CohortRole::Trainee
        };
        let mut tx = db.begin().await?;
        cohorts::add_member(&mut tx, cohort_id, id, member).await?;
        tx.commit().await?;
    }
    println!("created {} `{username}`", role.as_str());
    if generated {
        println!("password: {password}");
    }
    Ok(())
}

/// Erases a person on request (see `people::erase_by_username` for what is kept).
pub async fn user_erase(settings: &Settings, username: &str) -> anyhow::Result<()> {
    let db = open_database(settings).await?;
    let id = people::erase_by_username(&db, username).await?;
    println!("erased `{username}`: account {id} is now `erased-{id}`; its progress stays in the figures");
    Ok(())
}

/// Deletes audit rows and submissions past their keeping time.
pub async fn purge(settings: &Settings, older_than: Option<u32>) -> anyhow::Result<()> {
    let Some(days) = older_than.or(settings.retention_days) else {
        bail!("give --older-than DAYS, or set KUJENGA_RETENTION_DAYS");
    };
    let db = open_database(settings).await?;
    let purged = retention::purge(&db, days).await?;
    println!(
        "deleted {} audit rows and {} submissions older than {days} days",
        purged.audit_rows, purged.submissions
    );
    Ok(())
}

/// Hourly while serving: drops expired shared limit hits, and purges old records once a day
/// when a retention is configured (claimed in the database, so that of several nodes only one
/// purges each day).
fn housekeeping(db: storage::Db, retention_days: Option<u32>) {
    tokio::spawn(async move {
        let hour = Duration::from_secs(3600);
        let mut hourly = tokio::time::interval_at(tokio::time::Instant::now() + hour, hour);
        loop {
            hourly.tick().await;
            if let Err(error) = kujenga_core::limits::purge(&db).await {
                tracing::error!("expired limit hits were not dropped: {error}");
            }
            let Some(days) = retention_days else { continue };
            match retention::purge_if_due(&db, days).await {
                Ok(Some(purged)) => tracing::info!(
                    audit_rows = purged.audit_rows,
                    submissions = purged.submissions,
                    "purged records older than {days} days"
                ),
                Ok(None) => {}
                Err(error) => tracing::error!("the daily purge failed: {error}"),
            }
        }
    });
}

/// A consistent copy of the live database (SQLite `VACUUM INTO`), safe while serving.
pub async fn backup(settings: &Settings, file: &Path) -> anyhow::Result<()> {
    if file.exists() {
        bail!("{} exists already; choose a new file name", file.display());
    }
    let db = open_database(settings).await?;
    storage::backup(&db, file).await.context("backup failed")?;
    println!("wrote {}", file.display());
    Ok(())
}

/// Copies a pilot's SQLite database into an empty PostgreSQL one; fails unless every table's
/// rows and checksum match on both sides.
pub async fn copy_db(from: &str, to: &str) -> anyhow::Result<()> {
    let source = storage::open(from).await.with_context(|| format!("cannot open {from}"))?;
    // A pilot older than this version keeps its install secret in a file beside the database:
    // it moves into the database first, so that it is copied and learners keep their lab files.
    let folder = from.trim_start_matches("sqlite:").trim_start_matches("//");
    let folder = Path::new(folder.split('?').next().unwrap_or_default()).parent().unwrap_or(Path::new("."));
    crate::startup::install_secret(&source, folder).await?;
    let target = storage::open(to)
        .await
        .with_context(|| format!("cannot open {}", crate::config::without_password(to)))?;
    let copied = storage::copy::sqlite_to_postgres(&source, &target).await?;
    println!(
        "{:<24} {:>10} {:>10}  {:<16}  {:<16}",
        "table", "rows from", "rows to", "checksum from", "checksum to"
    );
    for table in &copied {
        println!(
            "{:<24} {:>10} {:>10}  {:<16}  {:<16}{}",
            table.table,
            table.source_rows,
            table.target_rows,
            table.source_checksum,
            table.target_checksum,
            if table.matches() { "" } else { "  DIFFERENT" }
        );
    }
    if copied.iter().any(|t| !t.matches()) {
        bail!("the copy differs from the source in the tables marked DIFFERENT; do not use it");
    }
    println!("copied {} tables; every row count and checksum matches", copied.len());
    Ok(())
}

/// Checks a credential offline: against the JWKS in `key` (or this install's key, read from
/// its database) and the revocations in `revocations` (or the database's, when no key file is
/// given). Nothing here opens a network connection.
pub async fn credential_verify(
    settings: &Settings,
    file: &Path,
    key: Option<&Path>,
    revocations: Option<&Path>,
) -> anyhow::Result<()> {
    use kujenga_core::issuer::{self, Verdict};
    let read = |path: &Path| {
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
    };
    let english = |why: kujenga_types::Text| why.write(kujenga_types::Language::En);
    let jwt = read(file)?;
    let (jwks, mut list) = match key {
        Some(key) => {
            (issuer::read_jwks(&read(key)?).map_err(|e| anyhow::anyhow!("{}: {e}", key.display()))?, None)
        }
        None => {
            let db = open_database(settings).await?;
            let Some(keys) = issuer::stored_keys(&db).await? else {
                bail!("this install has no issuer key yet; give the issuer's key with --key JWKS");
            };
            let issuer = kujenga_core::issuer::Issuer::new(settings.issuer.clone());
            let signed = kujenga_core::credentials::revocations(&db, &issuer).await?;
            let list =
                issuer::read_revocations(&signed, &keys.jwks).map_err(|e| anyhow::anyhow!(english(e)))?;
            (keys.jwks.clone(), Some(list))
        }
    };
    if let Some(path) = revocations {
        list = Some(
            issuer::read_revocations(&read(path)?, &jwks)
                .map_err(|e| anyhow::anyhow!("{}: {}", path.display(), english(e)))?,
        );
    }
    let now =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let day = kujenga_types::format::date;
    match issuer::verify(&jwt, &jwks, list.as_ref(), now) {
        Verdict::Valid(credential) => {
            let text =
                |p: &str| credential.pointer(p).and_then(|v| v.as_str()).unwrap_or_default().to_string();
            println!(
                "valid: {} holds \"{}\", issued {} by {}",
                text("/credentialSubject/identifier/0/identityHash"),
                text("/name"),
                text("/validFrom"),
                text("/issuer/name")
            );
            match &list {
                Some(l) => println!("not revoked, by the list of revocations of {}", day(l.iat)),
                None => println!("revocations not checked: give the issuer's list with --revocations FILE"),
            }
            Ok(())
        }
        Verdict::Revoked(r) => bail!("not valid: revoked on {}: {}", day(r.at), r.reason),
        Verdict::Expired(until) => bail!("not valid: it expired on {}", day(until)),
        Verdict::NotYetValid(from) => bail!("not valid yet: it is valid from {}", day(from)),
        Verdict::Forged(why) => bail!("not valid: {}", english(why)),
    }
}

/// Prints the issuer's public key as a JWKS, and its fingerprint (made at the first start).
pub async fn credential_key(settings: &Settings) -> anyhow::Result<()> {
    let db = open_database(settings).await?;
    let keys = kujenga_core::issuer::Issuer::new(settings.issuer.clone()).keys(&db).await?;
    println!("{}", serde_json::to_string_pretty(&keys.jwks)?);
    eprintln!("fingerprint (SHA-256 of the public key): {}", keys.fingerprint);
    Ok(())
}

/// Prints the signed list of revocations, for verifiers without a network.
pub async fn credential_revocations(settings: &Settings) -> anyhow::Result<()> {
    let db = open_database(settings).await?;
    let issuer = kujenga_core::issuer::Issuer::new(settings.issuer.clone());
    println!("{}", kujenga_core::credentials::revocations(&db, &issuer).await?);
    Ok(())
}
