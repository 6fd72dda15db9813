//! Crash safety, with the real `kujenga` binary: learners send answers and completions while
//! the server is killed with SIGKILL; after a restart every write the server acknowledged is in
//! the database (on the suite's engine: SQLite, whose integrity check must pass, or PostgreSQL). Also: the files of the data folder are
//! readable by their owner only.
//!
//! `CRASH_SECONDS` sets how long writes stream in before the kill (default 2).

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use kujenga_core::accounts::{self, AccountForm};
use kujenga_core::storage::{self, Db};
use kujenga_types::{Profile, Role};
use support::process::{data_dir, free_port, request, start, wait_ready};
use tokio::sync::Mutex;

const PASSWORD: &str = "correct horse battery";
const LEARNERS: usize = 12;

/// One text column of a query's rows, on either engine.
async fn texts(db: &Db, sql: &str) -> Vec<String> {
    match db {
        Db::Sqlite(pool) => sqlx::query_scalar(sql).fetch_all(pool).await,
        Db::Postgres(pool) => sqlx::query_scalar(sql).fetch_all(pool).await,
    }
    .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_acknowledged_write_is_lost_when_the_server_is_killed() {
    let dir = data_dir("crash");
    let url = support::database_url(&dir).await;
    {
        let db = storage::open(&url).await.unwrap();
        for i in 0..LEARNERS {
            let username = format!("learner{i}");
            let form = AccountForm {
                username: &username,
                display_name: &username,
                role: Role::Trainee,
                password: PASSWORD,
                profile: Profile::default(),
            };
            accounts::create(&db, &form).await.unwrap();
        }
        db.close().await;
    }
    let port = free_port();
    let mut server = start(&dir, port, &url);
    wait_ready(port).await;
    let mut cookies = Vec::new();
    for i in 0..LEARNERS {
        let body = format!("username=learner{i}&password=correct+horse+battery&next=%2F");
        let (_, cookie, _) = request(port, "POST", "/api/sign-in", &body, None).await.unwrap();
        assert!(!cookie.is_empty(), "learner{i} signed in");
        cookies.push(cookie);
    }

    let stop = Arc::new(AtomicBool::new(false));
    let answers: Arc<Mutex<Vec<String>>> = Arc::default();
    let completions: Arc<Mutex<Vec<String>>> = Arc::default();
    let writers: Vec<_> = cookies
        .into_iter()
        .enumerate()
        .map(|(i, cookie)| {
            let (stop, answers, completions) = (stop.clone(), answers.clone(), completions.clone());
            tokio::spawn(async move {
                let mut n = 0;
                while !stop.load(Ordering::SeqCst) {
                    n += 1;
                    let text = format!("crash-{i}-{n}");
                    let body = format!("item=basics-second&question=q4&answer%5B0%5D={text}");
                    if let Some((200, _, _)) =
                        request(port, "POST", "/api/answer", &body, Some(&cookie)).await
                    {
                        answers.lock().await.push(text);
                    }
                    if n == 3
                        && let Some((200, _, _)) =
                            request(port, "POST", "/api/complete", "id=basics-first-lesson", Some(&cookie))
                                .await
                    {
                        completions.lock().await.push(format!("learner{i}"));
                    }
                }
            })
        })
        .collect();
    let seconds = std::env::var("CRASH_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(2.0);
    tokio::time::sleep(Duration::from_secs_f64(seconds)).await;
    server.kill().expect("SIGKILL");
    server.wait().unwrap();
    stop.store(true, Ordering::SeqCst);
    for w in writers {
        w.await.unwrap();
    }

    let (answers, completions) = (answers.lock().await.clone(), completions.lock().await.clone());
    assert!(answers.len() > LEARNERS, "answers streamed in before the kill: {}", answers.len());
    let db = storage::open(&url).await.unwrap();
    if db.engine() == "sqlite" {
        assert_eq!(texts(&db, "PRAGMA integrity_check").await, ["ok"]);
    }
    let stored: std::collections::HashSet<String> =
        texts(&db, "SELECT answer FROM submissions").await.into_iter().collect();
    let lost: Vec<&String> = answers.iter().filter(|a| !stored.contains(*a)).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    let finished: std::collections::HashSet<String> = texts(
        &db,
        "SELECT u.username FROM progress p JOIN users u ON u.id = p.user_id WHERE p.item_id = 'basics-first-lesson'",
    )
    .await
    .into_iter()
    .collect();
    assert!(completions.iter().all(|c| finished.contains(c)), "an acknowledged completion was lost");
    println!(
        "{}: SIGKILL after {seconds} s: {} acknowledged answers and {} completions, all stored; {} answers stored in all",
        db.engine(),
        answers.len(),
        completions.len(),
        stored.len()
    );
    db.close().await;

    let mut again = start(&dir, port, &url);
    wait_ready(port).await;
    again.kill().unwrap();
    again.wait().unwrap();

    #[cfg(unix)]
    for name in ["kujenga.db", "kujenga.db-wal", "secret"] {
        use std::os::unix::fs::PermissionsExt;
        let file = dir.join(name);
        if let Ok(meta) = std::fs::metadata(&file) {
            assert_eq!(meta.permissions().mode() & 0o077, 0, "{name} is readable by others");
        }
    }
}
