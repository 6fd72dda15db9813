//! The real `kujenga` binary, serving on a port of its own, and raw HTTP/1.1 requests to it.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A data folder of its own for `name`.
pub fn data_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Starts `kujenga serve` on `port` with the fixture curriculum, the data folder `dir` and the
/// database `database_url`.
pub fn start(dir: &Path, port: u16, database_url: &str) -> Child {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../curriculum/tests/fixtures/valid");
    Command::new(env!("CARGO_BIN_EXE_kujenga"))
        .args(["serve", "--addr", &format!("127.0.0.1:{port}"), "--answer-limit", "1000000"])
        .arg("--data-dir")
        .arg(dir)
        .arg("--curriculum")
        .arg(fixture)
        .arg("--database-url")
        .arg(database_url)
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the kujenga binary starts")
}

/// A reply: status, the session cookie it sets (`name=value`, or empty), and the body.
pub type Answer = (u16, String, String);

/// One HTTP/1.1 request on its own connection, as an island sends it; `None` when the
/// connection failed before a whole answer came back.
pub async fn request(
    port: u16,
    method: &str,
    path: &str,
    body: &str,
    cookie: Option<&str>,
) -> Option<Answer> {
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

/// Waits until the server on `port` answers its home page.
pub async fn wait_ready(port: u16) {
    for _ in 0..400 {
        if request(port, "GET", "/", "", None).await.is_some_and(|r| r.0 == 200) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server on port {port} did not start");
}
