//! The SQLite storage: connection settings, progress keyed by content ids, invite codes that
//! cannot be over-used, stored names that must be known, and consistent backups.

mod support;

use kujenga_core::Error;
use kujenga_core::storage::cohorts::{self, NewInvite};
use kujenga_core::storage::{self, Db, progress, users};
use kujenga_types::{Profile, Role};

/// The SQLite pool these tests' cores open.
fn pool(db: &Db) -> &sqlx::SqlitePool {
    match db {
        Db::Sqlite(pool) => pool,
        Db::Postgres(_) => panic!("the core tests run on SQLite"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout() {
    let core = support::core().await;
    let db = pool(&core.db);
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(db).await.unwrap();
    let keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(db).await.unwrap();
    let timeout: i64 = sqlx::query_scalar("PRAGMA busy_timeout").fetch_one(db).await.unwrap();
    let sync: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(db).await.unwrap();
    assert_eq!((mode.as_str(), keys, timeout, sync), ("wal", 1, 5000, 2), "WAL, foreign keys, 5 s, FULL");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn progress_keeps_the_first_completion_and_goes_with_its_learner() {
    let core = support::core().await;
    let id = support::person(&core, "amina", Role::Trainee).await.id;
    support::complete(&core, id, "basics-first-lesson", None).await;
    let first = progress::completed(&core.db, id).await.unwrap()["basics-first-lesson"];
    sqlx::query("UPDATE progress SET completed_at = completed_at - 100")
        .execute(pool(&core.db))
        .await
        .unwrap();
    support::complete(&core, id, "basics-first-lesson", None).await;
    assert_eq!(
        progress::completed(&core.db, id).await.unwrap()["basics-first-lesson"],
        first - 100,
        "the first time is kept"
    );
    sqlx::query("DELETE FROM users WHERE id = $1").bind(id).execute(pool(&core.db)).await.unwrap();
    let left: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM progress").fetch_one(pool(&core.db)).await.unwrap();
    assert_eq!(left, 0, "foreign keys remove a deleted learner's progress");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invite_code_is_never_used_more_often_than_allowed() {
    let core = support::core().await;
    let staff = support::person(&core, "ines", Role::Instructor).await.id;
    let cohort = support::cohort(&core, "Kampala", None).await;
    let invite = NewInvite {
        cohort_id: cohort,
        created_by: staff,
        code: "CODE-ONE",
        expires_at: storage::now() + 3600,
        max_uses: 2,
    };
    cohorts::create_invite(&core.db, &invite).await.unwrap();
    let joins: Vec<_> = (0..6)
        .map(|i| {
            let db = core.db.clone();
            tokio::spawn(async move {
                let name = format!("joiner{i}");
                let profile = Profile::default();
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
    assert_eq!(cohorts::trainees(&core.db, cohort).await.unwrap().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_role_in_the_database_is_an_error_not_a_trainee() {
    let core = support::core().await;
    let id = support::person(&core, "amina", Role::Trainee).await.id;
    // The CHECK constraint keeps other roles out; a database edited by hand may still hold one.
    let mut conn = pool(&core.db).acquire().await.unwrap();
    sqlx::query("PRAGMA ignore_check_constraints = ON").execute(&mut *conn).await.unwrap();
    sqlx::query("UPDATE users SET role = 'superuser' WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await
        .unwrap();
    drop(conn);
    let read = users::viewer(&core.db, id).await;
    assert!(matches!(read, Err(Error::Internal(ref m)) if m.contains("superuser")), "{read:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usernames_are_matched_without_regard_to_case() {
    let core = support::core().await;
    let id = support::person(&core, "Amina", Role::Trainee).await.id;
    assert_eq!(users::credentials(&core.db, "amina").await.unwrap().map(|c| c.0), Some(id));
    let again = kujenga_core::accounts::AccountForm {
        username: "AMINA",
        display_name: "Another",
        role: Role::Trainee,
        password: support::PASSWORD,
        profile: Profile::default(),
    };
    let taken = kujenga_core::accounts::create(&core.db, &again).await.unwrap_err();
    assert!(taken.to_string().contains("is taken"), "{taken}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_is_a_consistent_copy_taken_while_in_use() {
    let core = support::core().await;
    support::person(&core, "amina", Role::Trainee).await;
    let file = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("backup-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&file);
    storage::backup(&core.db, &file).await.unwrap();
    let copy = storage::open(&format!("sqlite://{}", file.display())).await.unwrap();
    assert_eq!(users::count(&copy).await.unwrap(), 1);
    let _ = std::fs::remove_file(&file);
}
