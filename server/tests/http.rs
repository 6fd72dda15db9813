//! HTTP behaviour through the whole axum router: accounts, sessions, the access policy,
//! cross-site refusal, progress, and what pages contain.

mod support;

use axum::http::StatusCode;
use kujenga_core::storage::{progress, users};
use kujenga_types::Role;
use support::{HOST, TestApp};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_rotates_the_session_and_sets_a_safe_cookie() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;

    // A session that exists before sign-in: the id an attacker could have planted.
    let before = app.sign_in("amina").await;

    let reply = app
        .form(
            "/api/sign-in",
            "username=amina&password=correct+horse+battery&next=%2Flearn%2Fbasics-second",
            Some(&before),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), "/learn/basics-second");
    let after = reply.cookie().expect("a new session cookie");
    assert_ne!(before, after, "the session id changes at sign-in");
    let attributes = reply.set_cookie().unwrap().to_ascii_lowercase();
    assert!(attributes.contains("httponly"), "{attributes}");
    assert!(attributes.contains("samesite=lax"), "{attributes}");
    assert!(!attributes.contains("secure"), "plain HTTP in tests: {attributes}");

    assert!(app.get("/", Some(&after)).await.body.contains("amina"));
    assert!(!app.get("/", Some(&before)).await.body.contains("amina"), "the old id signs no one in");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secure_cookies_when_served_over_tls() {
    let app = TestApp::new().await;
    let settings = server::config::Settings { secure_cookies: true, ..app.settings.clone() };
    let router = server::router(app.state.clone(), &settings).await.unwrap();
    app.user("amina", Role::Trainee).await;
    let app = TestApp {
        router: router.layer(axum::extract::connect_info::MockConnectInfo(std::net::SocketAddr::from((
            [192, 0, 2, 1],
            1,
        )))),
        ..app
    };
    let reply =
        app.form("/api/sign-in", "username=amina&password=correct+horse+battery&next=%2F", None).await;
    assert!(reply.set_cookie().unwrap().to_ascii_lowercase().contains("secure"));
    assert_eq!(reply.headers["strict-transport-security"], "max-age=31536000");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_credentials_get_one_generic_message() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    for body in [
        "username=amina&password=wrong-password&next=%2F",
        "username=nobody&password=wrong-password&next=%2F",
    ] {
        let reply = app.form("/api/sign-in", body, None).await;
        assert_eq!(reply.status, StatusCode::FOUND);
        assert!(reply.location().starts_with("http://kujenga.test/from?"), "back to the form's page");
        let page = app.follow(&reply, None).await;
        assert!(page.body.contains(r#"class="flash">Wrong username or password.</p>"#), "{}", page.body);
    }
    let json = app.call("/api/sign-in", "username=nobody&password=x&next=%2F", None).await;
    assert_eq!(json.status, StatusCode::UNAUTHORIZED);
    assert!(json.body.contains("Wrong username or password."), "{}", json.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_failures_are_rate_limited_with_a_wait_time() {
    let app = TestApp::new().await;
    app.user("kofi", Role::Trainee).await;
    for _ in 0..5 {
        let reply = app.call("/api/sign-in", "username=kofi&password=wrong-password&next=%2F", None).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    // Even the right password is refused while the account is locked.
    let locked =
        app.call("/api/sign-in", "username=kofi&password=correct+horse+battery&next=%2F", None).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    let plain = app.form("/api/sign-in", "username=KOFI&password=correct+horse+battery&next=%2F", None).await;
    let page = app.follow(&plain, None).await;
    let message = regex_like(&page.body, "Too many attempts. Try again in ", " s.");
    let seconds: u64 = message.parse().expect("a number of seconds");
    assert!((1..=900).contains(&seconds), "{seconds}");
}

/// The text between `start` and `end` in `body`.
fn regex_like(body: &str, start: &str, end: &str) -> String {
    let from = body.find(start).unwrap_or_else(|| panic!("`{start}` not in {body}")) + start.len();
    body[from..].split(end).next().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_out_ends_the_session() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    let cookie = app.sign_in("amina").await;
    let reply = app.form("/api/sign-out", "", Some(&cookie)).await;
    assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, "/"));
    let page = app.get("/", Some(&cookie)).await;
    assert!(page.body.contains(r#"href="/sign-in""#) && !page.body.contains("amina"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_site_posts_are_refused() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    let body = "username=amina&password=correct+horse+battery&next=%2F";
    let evil = app
        .post("/api/sign-in", body, None, &[("accept", "text/html"), ("origin", "https://evil.example")])
        .await;
    assert_eq!(evil.status, StatusCode::FORBIDDEN);
    assert!(evil.body.contains("Cross-site request refused"));
    assert!(evil.cookie().is_none());
    let fetch = app.post("/api/sign-in", body, None, &[("sec-fetch-site", "cross-site")]).await;
    assert_eq!(fetch.status, StatusCode::FORBIDDEN);
    let same = app
        .post("/api/sign-in", body, None, &[("accept", "text/html"), ("origin", &format!("http://{HOST}"))])
        .await;
    assert_eq!(same.status, StatusCode::SEE_OTHER);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trainee_is_refused_admin_server_functions() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    let cookie = app.sign_in("amina").await;
    let body = "username=mallory&display_name=Mallory&role=admin&password=long+enough+password";
    let reply = app.call("/api/admin/create-user", body, Some(&cookie)).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert!(reply.body.contains("Your account may not do this."), "{}", reply.body);
    let anonymous = app.call("/api/admin/create-user", body, None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.call("/api/admin/users", "", Some(&cookie)).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.call("/api/invites", "", Some(&cookie)).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.call("/api/complete", "id=basics-second", None).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(users::count(&app.state.core.db).await.unwrap(), 1, "no account was created");

    let page = app.get("/admin", Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("Your account may not do this."));
    let anonymous_page = app.get("/admin", None).await;
    assert_eq!(
        (anonymous_page.status, anonymous_page.location()),
        (StatusCode::SEE_OTHER, "/sign-in?next=/admin")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_creates_accounts_and_a_wrong_field_is_named() {
    let app = TestApp::new().await;
    app.user("root", Role::Admin).await;
    let cookie = app.sign_in("root").await;
    let ok = app
        .form(
            "/api/admin/create-user",
            "username=grace&display_name=Grace&role=instructor&password=long+enough+password",
            Some(&cookie),
        )
        .await;
    assert_eq!((ok.status, ok.location()), (StatusCode::SEE_OTHER, "/admin"));
    let page = app.get("/admin", Some(&cookie)).await;
    assert!(page.body.contains("grace") && page.body.contains("Instructor"));

    let short = app
        .call(
            "/api/admin/create-user",
            "username=ben&display_name=Ben&role=trainee&password=short",
            Some(&cookie),
        )
        .await;
    assert_eq!(short.status, StatusCode::BAD_REQUEST);
    assert!(short.body.contains("Password: use at least 12 characters"), "{}", short.body);
    let missing = app
        .call(
            "/api/admin/create-user",
            "username=ben&role=trainee&password=long+enough+password",
            Some(&cookie),
        )
        .await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    assert!(missing.body.contains("display_name"), "the missing field is named: {}", missing.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trainee_joins_a_cohort_with_an_invite_code() {
    let app = TestApp::new().await;
    app.user("ines", Role::Instructor).await;
    let instructor = app.user("grace", Role::Instructor).await;
    let cohort = app.cohort("Accra 2026").await;
    app.enrol(cohort, instructor, Role::Instructor).await;

    let other = app.sign_in("ines").await;
    let refused =
        app.call("/api/create-invite", &format!("cohort_id={cohort}&days=7&max_uses=1"), Some(&other)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "an instructor of another cohort");

    let cookie = app.sign_in("grace").await;
    let created =
        app.call("/api/create-invite", &format!("cohort_id={cohort}&days=7&max_uses=1"), Some(&cookie)).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let code = created.body.trim_matches('"').to_string();
    assert!(app.get("/invites", Some(&cookie)).await.body.contains(&code));

    let join = format!("code={code}&username=esi&display_name=Esi+Mensah&password=long+enough+password");
    let joined = app.form("/api/join", &join, None).await;
    assert_eq!((joined.status, joined.location()), (StatusCode::SEE_OTHER, "/"));
    assert!(app.get("/", joined.cookie().as_deref()).await.body.contains("Esi Mensah"));

    let again = app.call("/api/join", &join.replace("esi", "yaw"), None).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "the code had one use");
    assert!(again.body.contains("used up"), "{}", again.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn marking_a_lesson_complete_shows_on_the_catalog() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    let cookie = app.sign_in("amina").await;
    let before = app.get("/", Some(&cookie)).await;
    assert!(before.body.contains("0 of 4 done (0%)"), "{}", before.body);
    assert!(before.body.contains("Start here: "));

    let reply = app.form("/api/complete", "id=basics-first-lesson", Some(&cookie)).await;
    assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, "/learn/basics-first-lesson"));
    let glossary = app.get("/glossary/basics", None).await;
    assert!(glossary.body.contains(r#"<dt id="csirt">CSIRT</dt>"#), "lessons link to terms by anchor");
    let lesson = app.get("/learn/basics-first-lesson", Some(&cookie)).await;
    assert!(lesson.body.contains("✓ Completed"));

    let after = app.get("/", Some(&cookie)).await;
    assert!(after.body.contains("1 of 4 done (25%)"), "{}", after.body);
    assert!(
        after
            .body
            .contains(r#"<a href="/learn/basics-second">Continue where you left off: Second lesson</a>"#)
    );

    let missing = app.call("/api/complete", "id=no-such-lesson", Some(&cookie)).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lesson_removed_from_content_keeps_history_and_pages_work() {
    let app = TestApp::new().await;
    let id = app.user("amina", Role::Trainee).await;
    app.complete(id, "retired-lesson", None).await;
    let cookie = app.sign_in("amina").await;
    let page = app.get("/", Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("0 of 4 done"));
    assert_eq!(app.get("/learn/retired-lesson", Some(&cookie)).await.status, StatusCode::NOT_FOUND);
    let kept = progress::completed(&app.state.core.db, id).await.unwrap();
    assert!(kept.contains_key("retired-lesson"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_render_on_the_server_and_reference_no_other_host() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    let cookie = app.sign_in("amina").await;
    for path in ["/", "/tracks/basics", "/modules/basics-first", "/learn/basics-second", "/sign-in", "/join"]
    {
        for who in [None, Some(cookie.as_str())] {
            let page = app.get(path, who).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            assert!(page.body.starts_with("<!DOCTYPE html>"), "{path}");
            for attribute in ["src=\"", "href=\"", "action=\""] {
                for (i, _) in page.body.match_indices(attribute) {
                    let value = &page.body[i + attribute.len()..];
                    assert!(
                        value.starts_with('/') || value.starts_with('#') || value.starts_with("data:"),
                        "{path}: {}",
                        &value[..value.len().min(60)]
                    );
                }
            }
            assert!(!page.body.contains("signed_in"), "{path}: page data is not serialised into the page");
            let csp = page.headers["content-security-policy"].to_str().unwrap();
            assert!(csp.starts_with("default-src 'self'") && !csp.contains("unsafe-inline"), "{csp}");
        }
    }
    let glossary = app.get("/glossary/basics", None).await;
    assert!(glossary.body.contains(r#"<dt id="csirt">CSIRT</dt>"#), "lessons link to terms by anchor");
    let lesson = app.get("/learn/basics-first-lesson", Some(&cookie)).await;
    assert!(lesson.body.contains("<h2>Who a CSIRT serves</h2>"));
    assert!(
        lesson.body.contains("What you will be able to do") && lesson.body.contains("RFC 2350, section 3.3")
    );
    assert!(lesson.body.contains("<leptos-island"), "the complete button is an island");
    assert!(lesson.body.contains(r#"action="/api/complete""#), "and a plain form without JavaScript");
    let anonymous = app.get("/learn/basics-first-lesson", None).await;
    assert!(anonymous.body.contains("to record your progress") && !anonymous.body.contains("<leptos-island"));
    assert!(!app.get("/", None).await.body.contains(".wasm"), "pages without islands load no WebAssembly");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_pages_are_404_and_big_bodies_413() {
    let app = TestApp::new().await;
    let page = app.get("/no/such/page", None).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains("Page not found"));
    assert_eq!(app.get("/tracks/nope", None).await.status, StatusCode::NOT_FOUND);
    let big = "x".repeat(server::MAX_BODY_BYTES + 1);
    let reply = app.call("/api/sign-in", &big, None).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn responses_are_compressed_when_the_client_accepts_it() {
    let app = TestApp::new().await;
    let request = axum::http::Request::get("/")
        .header("host", HOST)
        .header("accept-encoding", "br, gzip")
        .body(axum::body::Body::empty())
        .unwrap();
    let reply = app.send(request).await;
    assert_eq!(reply.headers["content-encoding"], "gzip");
    let mut page = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&reply.bytes[..]), &mut page).unwrap();
    assert!(page.contains("<h1>Catalog</h1>"), "not the catalog: {page}");
    assert!(page.len() > reply.bytes.len(), "compressed page is not smaller");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trainer_notes_are_shown_to_staff_only() {
    let app = TestApp::new().await;
    app.user("ines", Role::Instructor).await;
    app.user("amina", Role::Trainee).await;
    let staff = app.get("/modules/basics-first", Some(&app.sign_in("ines").await)).await;
    assert!(staff.body.contains("Trainer notes") && staff.body.contains("Ask each table"), "{}", staff.body);
    for cookie in [Some(app.sign_in("amina").await), None] {
        let page = app.get("/modules/basics-first", cookie.as_deref()).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("Ask each table"), "a trainee or visitor never sees them");
    }
}
