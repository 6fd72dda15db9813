//! The SQLite storage: connection settings, progress keyed by content ids, invite codes that
//! cannot be over-used, and consistent backups.

mod support;

use app::api::{Profile, Role};
use app::storage::{self, cohorts, progress, users};
use support::TestApp;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout() {
    let app = TestApp::new().await;
    let db = &app.state.db;
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(db).await.unwrap();
    let keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(db).await.unwrap();
    let timeout: i64 = sqlx::query_scalar("PRAGMA busy_timeout").fetch_one(db).await.unwrap();
    let sync: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(db).await.unwrap();
    assert_eq!((mode.as_str(), keys, timeout, sync), ("wal", 1, 5000, 2), "WAL, foreign keys, 5 s, FULL");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn progress_keeps_the_first_completion_and_goes_with_its_learner() {
    let app = TestApp::new().await;
    let db = &app.state.db;
    let id = app.user("amina", Role::Trainee).await;
    progress::complete(db, id, "basics-first-lesson", None).await.unwrap();
    let first = progress::completed(db, id).await.unwrap()["basics-first-lesson"];
    sqlx::query("UPDATE progress SET completed_at = completed_at - 100").execute(db).await.unwrap();
    progress::complete(db, id, "basics-first-lesson", None).await.unwrap();
    assert_eq!(
        progress::completed(db, id).await.unwrap()["basics-first-lesson"],
        first - 100,
        "the first time is kept"
    );
    sqlx::query("DELETE FROM users WHERE id = ?").bind(id).execute(db).await.unwrap();
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM progress").fetch_one(db).await.unwrap();
    assert_eq!(left, 0, "foreign keys remove a deleted learner's progress");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invite_code_is_never_used_more_often_than_allowed() {
    let app = TestApp::new().await;
    let db = app.state.db.clone();
    let staff = app.user("ines", Role::Instructor).await;
    let cohort = cohorts::create(&db, "Kampala").await.unwrap();
    cohorts::create_invite(&db, cohort, staff, "CODE-ONE", storage::now() + 3600, 2).await.unwrap();
    let profile = Profile::default();
    let joins: Vec<_> = (0..6)
        .map(|i| {
            let (db, profile) = (db.clone(), profile.clone());
            tokio::spawn(async move {
                let name = format!("joiner{i}");
                let user = users::NewUser {
                    username: &name,
                    display_name: &name,
                    role: Role::Trainee,
                    password_hash: "x",
                    profile: &profile,
                };
                cohorts::join_with_invite(&db, "CODE-ONE", &user).await.is_ok()
            })
        })
        .collect();
    let mut joined = 0;
    for j in joins {
        joined += usize::from(j.await.unwrap());
    }
    assert_eq!(joined, 2, "two uses allowed, six tried at once");
    assert_eq!(cohorts::trainees(&db, cohort).await.unwrap().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_is_a_consistent_copy_taken_while_in_use() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    let file = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("backup-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&file);
    storage::backup(&app.state.db, &file).await.unwrap();
    let copy = storage::open(&format!("sqlite://{}", file.display())).await.unwrap();
    assert_eq!(users::count(&copy).await.unwrap(), 1);
    let _ = std::fs::remove_file(&file);
}
