//! Starting up: the database, the curriculum, the install secret and the front end's files,
//! each with an error that says what to fix.

use std::path::Path;

use anyhow::Context;
use app::ssr::AppState;
use leptos::prelude::LeptosOptions;

use crate::config::Settings;

/// Opens (creating and migrating if needed) the configured database.
pub async fn open_database(settings: &Settings) -> anyhow::Result<kujenga_core::storage::Db> {
    std::fs::create_dir_all(&settings.data_dir)
        .with_context(|| format!("cannot create the data folder {}", settings.data_dir.display()))?;
    keep_private(&settings.data_dir)
        .with_context(|| format!("cannot make the data folder {} private", settings.data_dir.display()))?;
    kujenga_core::storage::open(&settings.database_url).await.with_context(|| {
        format!("cannot open the database {}", crate::config::without_password(&settings.database_url))
    })
}

/// Loads the curriculum, opens and migrates the database, and reads (or creates) the install
/// secret. Every failure is a message that says what to fix.
pub async fn build_state(settings: &Settings) -> anyhow::Result<AppState> {
    let catalog = curriculum::load(&settings.curriculum).map_err(|errors| {
        anyhow::anyhow!("the curriculum in {} has errors:\n{errors}", settings.curriculum.display())
    })?;
    let db = open_database(settings).await?;
    let secret = install_secret(&db, &settings.data_dir).await?;
    let options = kujenga_core::state::Options {
        dashboard_cache: settings.dashboard_cache,
        answer_limit: settings.answer_limit,
    };
    let core = kujenga_core::Core::new(db, catalog, secret, settings.issuer.clone(), options);
    Ok(AppState::new(core, leptos_options(settings), settings.trusted_proxies.clone()))
}

/// Where the compiled front end is, and whether cargo-leptos gave its files hashed names
/// (it writes `hash.txt` beside the server binary when it does).
fn leptos_options(settings: &Settings) -> LeptosOptions {
    let hashed = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").exists()))
        .unwrap_or(false);
    LeptosOptions::builder()
        .output_name("kujenga")
        .site_root(settings.site_root.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(settings.addr)
        .hash_files(hashed)
        .build()
}

/// The install secret: 32 random bytes created on first start and kept in the database, so
/// that every node of one database (and a copy of it) seeds labs alike. Lab answers depend on
/// it, so it must survive upgrades: an older install's `secret` file in the data folder is
/// moved into the database at the first start of this version.
pub(crate) async fn install_secret(
    db: &kujenga_core::storage::Db,
    data_dir: &Path,
) -> anyhow::Result<[u8; 32]> {
    use kujenga_core::storage::install;
    let path = data_dir.join("secret");
    let stored = match install::secret(db).await? {
        Some(stored) => stored,
        None => {
            let from_file = match std::fs::read_to_string(&path) {
                Ok(text) => Some(decode_hex(&text).with_context(|| {
                    format!(
                        "{} is not 64 hex digits; restore it from a backup (lab answers depend on it)",
                        path.display()
                    )
                })?),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
            };
            install::keep_secret(db, &from_file.unwrap_or_else(kujenga_core::accounts::tokens::secret))
                .await?
        }
    };
    let secret: [u8; 32] = stored
        .try_into()
        .map_err(|_| anyhow::anyhow!("the install secret in the database is not 32 bytes"))?;
    let file = std::fs::read_to_string(&path).ok().map(|text| decode_hex(&text));
    match file {
        // The database holds it now; a second copy would be a second place to keep safe.
        Some(Some(copy)) if copy == secret => {
            std::fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))?;
            tracing::info!("the install secret moved from {} into the database", path.display());
        }
        Some(_) => tracing::warn!(
            "{} differs from the install secret in the database, which is the one used",
            path.display()
        ),
        None => {}
    }
    Ok(secret)
}

fn decode_hex(text: &str) -> Option<[u8; 32]> {
    let text = text.trim();
    let bytes: Vec<u8> = (0..text.len())
        .step_by(2)
        .map(|i| text.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
        .collect::<Option<_>>()?;
    bytes.try_into().ok()
}

/// Makes the data folder and the files in it readable by their owner only (they hold people's
/// records and password hashes); new files are, as the process's umask is 077 (`main.rs`).
fn keep_private(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_file() {
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
            }
        }
    }
    Ok(())
}

/// Writes a file only its owner can read.
pub fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}
