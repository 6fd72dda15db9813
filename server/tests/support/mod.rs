//! A Kujenga router on a fresh database for each test, and requests as a browser sends them.
// Each test binary uses a different part of these helpers.
#![allow(dead_code)]

pub mod process;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

use app::ssr::AppState;
use axum::Router;
use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode};
use kujenga_core::accounts::{self, AccountForm};
use kujenga_core::storage::cohorts::{self, CohortRole};
use kujenga_core::storage::progress;
use kujenga_types::{Profile, Role};
use server::config::Settings;
use tower::ServiceExt;

pub const HOST: &str = "kujenga.test";
pub const PASSWORD: &str = "correct horse battery";

pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pub settings: Settings,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body as text (lossy for binary files; see `bytes`).
    pub body: String,
    pub bytes: Vec<u8>,
}

impl Reply {
    pub fn location(&self) -> &str {
        self.headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    /// The session cookie this response sets, as `name=value`.
    pub fn cookie(&self) -> Option<String> {
        self.set_cookie().map(|c| c.split(';').next().unwrap_or_default().to_string())
    }

    pub fn set_cookie(&self) -> Option<&str> {
        self.headers.get("set-cookie").and_then(|v| v.to_str().ok())
    }
}

/// The database of one test on the engine `KUJENGA_TEST_ENGINE` names: a new SQLite file in
/// `dir` (the default), or with `postgres` a new database on the server of
/// `KUJENGA_TEST_POSTGRES` (`make test` starts one and runs the suite on both).
pub async fn database_url(dir: &std::path::Path) -> String {
    match std::env::var("KUJENGA_TEST_ENGINE").as_deref() {
        Ok("postgres") => postgres_database().await,
        Ok("sqlite") | Err(_) => format!("sqlite://{}", dir.join("kujenga.db").display()),
        Ok(other) => panic!("KUJENGA_TEST_ENGINE={other}: use sqlite or postgres"),
    }
}

/// A new, empty database on the test PostgreSQL server; its URL.
pub async fn postgres_database() -> String {
    use sqlx::Connection;
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let server = std::env::var("KUJENGA_TEST_POSTGRES").expect(
        "KUJENGA_TEST_POSTGRES names the PostgreSQL server for tests, such as postgres://postgres@127.0.0.1:55432 \
         (make test starts one and sets it)",
    );
    let server = server.trim_end_matches('/');
    let name = format!("test_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
    let mut admin = sqlx::PgConnection::connect(&format!("{server}/postgres"))
        .await
        .unwrap_or_else(|e| panic!("cannot reach the test PostgreSQL at {server}: {e}"));
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name}")).execute(&mut admin).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.unwrap();
    admin.close().await.unwrap();
    format!("{server}/{name}")
}

fn temp_dir() -> PathBuf {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "app-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn fixture_curriculum() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../curriculum/tests/fixtures/valid")
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_curriculum(fixture_curriculum()).await
    }

    pub async fn with_curriculum(curriculum: PathBuf) -> Self {
        Self::build(curriculum, std::time::Duration::ZERO).await
    }

    /// With dashboards' figures kept for `lifetime` (the others rebuild them at every view).
    pub async fn with_dashboard_cache(lifetime: std::time::Duration) -> Self {
        Self::build(fixture_curriculum(), lifetime).await
    }

    async fn build(curriculum: PathBuf, dashboard_cache: std::time::Duration) -> Self {
        let data_dir = temp_dir();
        let settings = Settings {
            database_url: database_url(&data_dir).await,
            data_dir,
            curriculum,
            site_root: PathBuf::from("target/site"),
            addr: "127.0.0.1:0".parse().unwrap(),
            secure_cookies: false,
            // The test client connects from 192.0.2.10 (below), as a reverse proxy would.
            trusted_proxies: vec!["192.0.2.10".parse().unwrap()],
            server_timing: false,
            demo: false,
            dashboard_cache,
            answer_limit: 30,
            retention_days: None,
            issuer: kujenga_core::issuer::IssuerProfile {
                url: format!("http://{HOST}"),
                name: "Test training centre".into(),
            },
        };
        Self::start(settings).await
    }

    async fn start(settings: Settings) -> Self {
        let state = server::build_state(&settings).await.expect("state");
        let router = server::router(state.clone(), &settings)
            .await
            .expect("router")
            .layer(MockConnectInfo(SocketAddr::from(([192, 0, 2, 10], 4000))));
        TestApp { router, state, settings }
    }

    /// The same install started again: a new server on the same database and data folder.
    pub async fn restart(&self) -> Self {
        Self::start(self.settings.clone()).await
    }

    /// Runs SQL of the tests' own (such as backdating rows), on either engine.
    pub async fn execute(&self, sql: &str) {
        use kujenga_core::storage::Db;
        match &self.state.core.db {
            Db::Sqlite(pool) => sqlx::query(sql).execute(pool).await.map(|_| ()),
            Db::Postgres(pool) => sqlx::query(sql).execute(pool).await.map(|_| ()),
        }
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// The number a `SELECT COUNT(*) ...` of the tests' own gives, on either engine.
    pub async fn count(&self, sql: &str) -> i64 {
        use kujenga_core::storage::Db;
        match &self.state.core.db {
            Db::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await,
            Db::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await,
        }
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// The text a `SELECT` of one text value gives, on either engine.
    pub async fn text(&self, sql: &str) -> String {
        use kujenga_core::storage::Db;
        match &self.state.core.db {
            Db::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await,
            Db::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await,
        }
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// Creates an account with [`PASSWORD`]; returns its id.
    pub async fn user(&self, username: &str, role: Role) -> i64 {
        self.user_with(username, role, Profile::default()).await
    }

    pub async fn user_with(&self, username: &str, role: Role, profile: Profile) -> i64 {
        let form = AccountForm { username, display_name: username, role, password: PASSWORD, profile };
        accounts::create(&self.state.core.db, &form).await.expect("account")
    }

    /// Puts an account in a cohort, as an instructor or a trainee.
    pub async fn enrol(&self, cohort: i64, user: i64, role: Role) {
        let member = if role == Role::Instructor { CohortRole::Instructor } else { CohortRole::Trainee };
        let mut tx = self.state.core.db.begin().await.unwrap();
        cohorts::add_member(&mut tx, cohort, user, member).await.unwrap();
        tx.commit().await.unwrap();
    }

    /// A cohort outside any programme.
    pub async fn cohort(&self, name: &str) -> i64 {
        cohorts::create(&self.state.core.db, &cohorts::NewCohort { name, ..Default::default() })
            .await
            .unwrap()
    }

    /// Records a finished lesson or lab, as if the learner had done it.
    pub async fn complete(&self, user: i64, item: &str, score: Option<f64>) {
        let mut tx = self.state.core.db.begin().await.unwrap();
        progress::complete(&mut tx, user, item, score).await.unwrap();
        tx.commit().await.unwrap();
    }

    pub async fn send(&self, request: Request<Body>) -> Reply {
        let what = format!("{} {}", request.method(), request.uri());
        let response =
            tokio::time::timeout(std::time::Duration::from_secs(5), self.router.clone().oneshot(request))
                .await
                .unwrap_or_else(|_| panic!("no response to {what}"))
                .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = tokio::time::timeout(
            std::time::Duration::from_secs(5),
            axum::body::to_bytes(response.into_body(), usize::MAX),
        )
        .await
        .unwrap_or_else(|_| panic!("no end to the body of {what}"))
        .unwrap();
        Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned(), bytes: bytes.to_vec() }
    }

    /// A page, as a browser navigates to it.
    pub async fn get(&self, path: &str, cookie: Option<&str>) -> Reply {
        let mut request = Request::get(path).header("host", HOST).header("accept", "text/html");
        if let Some(c) = cookie {
            request = request.header("cookie", c);
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    /// A plain HTML form with one field, sent as `multipart/form-data` (as file uploads are).
    pub async fn multipart(&self, path: &str, field: &str, value: &str) -> Reply {
        let boundary = "kujenga-test-boundary";
        let body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"credential.jwt\"\r\n\
             Content-Type: application/jwt\r\n\r\n{value}\r\n--{boundary}--\r\n"
        );
        let request = Request::post(path)
            .header("host", HOST)
            .header("origin", "http://kujenga.test")
            .header("accept", "text/html")
            .header("content-type", format!("multipart/form-data; boundary={boundary}"))
            .header("content-length", body.len());
        self.send(request.body(Body::from(body)).unwrap()).await
    }

    /// A page, as a browser that prefers `language` asks for it.
    pub async fn get_in(&self, path: &str, language: &str) -> Reply {
        let request = Request::get(path)
            .header("host", HOST)
            .header("accept", "text/html")
            .header("accept-language", language);
        self.send(request.body(Body::empty()).unwrap()).await
    }

    /// A plain HTML form post from a page of this site (JavaScript off).
    pub async fn form(&self, path: &str, body: &str, cookie: Option<&str>) -> Reply {
        self.post(
            path,
            body,
            cookie,
            &[
                ("accept", "text/html"),
                ("origin", "http://kujenga.test"),
                ("referer", "http://kujenga.test/from"),
            ],
        )
        .await
    }

    /// A server-function call as an island makes it (JavaScript on).
    pub async fn call(&self, path: &str, body: &str, cookie: Option<&str>) -> Reply {
        self.post(path, body, cookie, &[("accept", "application/json"), ("origin", "http://kujenga.test")])
            .await
    }

    pub async fn post(
        &self,
        path: &str,
        body: &str,
        cookie: Option<&str>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut request = Request::post(path)
            .header("host", HOST)
            .header("content-length", body.len())
            .header("content-type", "application/x-www-form-urlencoded");
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        if let Some(c) = cookie {
            request = request.header("cookie", c);
        }
        self.send(request.body(Body::from(body.to_string())).unwrap()).await
    }

    /// Follows a redirect to a page of this site, as the browser does.
    pub async fn follow(&self, reply: &Reply, cookie: Option<&str>) -> Reply {
        let location = reply.location().trim_start_matches("http://kujenga.test").to_string();
        assert!(location.starts_with('/'), "a redirect within the site: {location}");
        self.get(&location, cookie).await
    }

    /// Signs in through the form; returns the session cookie.
    pub async fn sign_in(&self, username: &str) -> String {
        let reply = self
            .form(
                "/api/sign-in",
                &format!("username={username}&password=correct+horse+battery&next=%2F"),
                None,
            )
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "sign-in of {username}: {}", reply.body);
        reply.cookie().expect("a session cookie")
    }
}
