//! Crash safety, with the real `kujenga` binary: learners send answers and completions while
//! the server is killed with SIGKILL; after a restart every write the server acknowledged is in
//! the database, and SQLite's integrity check passes. Also: the files of the data folder are
//! readable by their owner only.
//!
//! `CRASH_SECONDS` sets how long writes stream in before the kill (default 2).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use kujenga_core::accounts::{self, AccountForm};
use kujenga_core::storage::{self, Db};
use kujenga_types::{Profile, Role};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::Mutex;

const PASSWORD: &str = "correct horse battery";
const LEARNERS: usize = 12;

fn data_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start(dir: &Path, port: u16) -> Child {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../curriculum/tests/fixtures/valid");
    Command::new(env!("CARGO_BIN_EXE_kujenga"))
        .args(["serve", "--addr", &format!("127.0.0.1:{port}"), "--answer-limit", "1000000"])
        .arg("--data-dir")
        .arg(dir)
        .arg("--curriculum")
        .arg(fixture)
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the kujenga binary starts")
}

/// One HTTP/1.1 request on its own connection: (status, set-cookie, body), or `None` when the
/// connection failed before a whole answer came back.
async fn request(
    port: u16,
    method: &str,
    path: &str,
    body: &str,
    cookie: Option<&str>,
) -> Option<(u16, String, String)> {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.ok()?;
    let cookie = cookie.map(|c| format!("Cookie: {c}\r\n")).unwrap_or_default();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://127.0.0.1\r\nAccept: application/json\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n{cookie}Connection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.ok()?;
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).await.ok()?;
    let text = String::from_utf8_lossy(&reply).to_string();
    let (headers, body) = text.split_once("\r\n\r\n")?;
    let status = headers.split(' ').nth(1)?.parse().ok()?;
    let set_cookie = headers
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: ").or_else(|| l.strip_prefix("Set-Cookie: ")))
        .map(|c| c.split(';').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    Some((status, set_cookie, body.to_string()))
}

async fn wait_ready(port: u16) {
    for _ in 0..200 {
        if request(port, "GET", "/", "", None).await.is_some_and(|r| r.0 == 200) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server did not start");
}

fn pool(db: &Db) -> &sqlx::SqlitePool {
    let Db::Sqlite(pool) = db;
    pool
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_acknowledged_write_is_lost_when_the_server_is_killed() {
    let dir = data_dir();
    let url = format!("sqlite://{}", dir.join("kujenga.db").display());
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
    let mut server = start(&dir, port);
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
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(pool(&db)).await.unwrap();
    assert_eq!(integrity, "ok");
    let stored: std::collections::HashSet<String> = sqlx::query_scalar("SELECT answer FROM submissions")
        .fetch_all(pool(&db))
        .await
        .unwrap()
        .into_iter()
        .collect();
    let lost: Vec<&String> = answers.iter().filter(|a| !stored.contains(*a)).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    let finished: std::collections::HashSet<String> = sqlx::query_scalar(
        "SELECT u.username FROM progress p JOIN users u ON u.id = p.user_id WHERE p.item_id = 'basics-first-lesson'",
    )
    .fetch_all(pool(&db))
    .await
    .unwrap()
    .into_iter()
    .collect();
    assert!(completions.iter().all(|c| finished.contains(c)), "an acknowledged completion was lost");
    db.close().await;
    println!(
        "SIGKILL after {seconds} s: {} acknowledged answers and {} completions, all stored; {} answers stored in all; integrity ok",
        answers.len(),
        completions.len(),
        stored.len()
    );

    let mut again = start(&dir, port);
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
