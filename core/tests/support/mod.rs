//! A core on a fresh database for each test, with the fixture curriculum.
// Each test binary uses a different part of these helpers.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

use kujenga_core::Core;
use kujenga_core::accounts::{self, AccountForm};
use kujenga_core::state::Options;
use kujenga_core::storage::cohorts::{self, CohortRole, NewCohort};
use kujenga_core::storage::{self, progress};
use kujenga_types::{Profile, Role, Viewer};

pub const PASSWORD: &str = "correct horse battery";

fn temp_dir() -> PathBuf {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "core-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn database_url() -> String {
    format!("sqlite://{}", temp_dir().join("kujenga.db").display())
}

/// A core with the fixture curriculum; dashboards rebuild their figures at every view.
pub async fn core() -> Core {
    let db = storage::open(&database_url()).await.expect("database");
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../curriculum/tests/fixtures/valid");
    let catalog = curriculum::load(&fixture).expect("the fixture curriculum loads");
    let options = Options { dashboard_cache: std::time::Duration::ZERO, ..Options::default() };
    let issuer =
        kujenga_core::issuer::IssuerProfile { url: "http://kujenga.test".into(), name: "Test centre".into() };
    Core::new(db, catalog, [7; 32], issuer, options)
}

/// Creates an account with [`PASSWORD`]; returns it as a signed-in viewer.
pub async fn person(core: &Core, username: &str, role: Role) -> Viewer {
    person_with(core, username, role, Profile::default()).await
}

pub async fn person_with(core: &Core, username: &str, role: Role, profile: Profile) -> Viewer {
    let form = AccountForm { username, display_name: username, role, password: PASSWORD, profile };
    let id = accounts::create(&core.db, &form).await.expect("account");
    Viewer { id, username: username.into(), display_name: username.into(), role }
}

pub async fn cohort(core: &Core, name: &str, program: Option<i64>) -> i64 {
    cohorts::create(&core.db, &NewCohort { name, program_id: program, ..Default::default() }).await.unwrap()
}

pub async fn enrol(core: &Core, cohort: i64, user: i64, role: CohortRole) {
    let mut tx = core.db.begin().await.unwrap();
    cohorts::add_member(&mut tx, cohort, user, role).await.unwrap();
    tx.commit().await.unwrap();
}

pub async fn complete(core: &Core, user: i64, item: &str, score: Option<f64>) {
    let mut tx = core.db.begin().await.unwrap();
    progress::complete(&mut tx, user, item, score).await.unwrap();
    tx.commit().await.unwrap();
}
