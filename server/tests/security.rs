//! The security review's findings, one test each, named after the finding: limits that hold
//! under parallel requests, redirects, CSV exports, lockout, bounded hashing, passwords, hints,
//! form errors in links, sessions and response headers, and the trainee record.

mod support;

use std::sync::Arc;

use axum::http::StatusCode;
use kujenga_types::{Profile, Role};
use support::{PASSWORD, Reply, TestApp};

fn sign_in_body(username: &str, password: &str) -> String {
    format!("username={username}&password={}&next=%2F", kujenga_types::format::encode_query(password))
}

/// A sign-in as a browser behind the trusted proxy sends it, from `client`.
async fn sign_in_from(app: &TestApp, client: &str, username: &str, password: &str) -> Reply {
    let headers =
        [("accept", "application/json"), ("origin", "http://kujenga.test"), ("x-forwarded-for", client)];
    app.post("/api/sign-in", &sign_in_body(username, password), None, &headers).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_1_forty_parallel_wrong_passwords_are_checked_at_most_five_times() {
    let app = Arc::new(TestApp::new().await);
    app.user("amina", Role::Trainee).await;
    let tries: Vec<_> = (0..40)
        .map(|_| {
            let app = app.clone();
            tokio::spawn(async move {
                sign_in_from(&app, "198.51.100.7", "amina", "not the password at all").await.status
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tries {
        statuses.push(t.await.unwrap());
    }
    let checked = statuses.iter().filter(|s| **s == StatusCode::UNAUTHORIZED).count();
    let refused = statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count();
    assert_eq!((checked, refused), (5, 35), "{statuses:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_2_sign_in_never_sends_the_browser_to_another_host() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    for next in [
        "/\t/evil.example",
        "/\n/evil.example",
        "/\r/evil.example",
        "/\\evil.example",
        "//evil.example",
        "/ /evil.example",
    ] {
        let body = format!(
            "username=amina&password={}&next={}",
            kujenga_types::format::encode_query(PASSWORD),
            kujenga_types::format::encode_query(next)
        );
        let reply = app.form("/api/sign-in", &body, None).await;
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, "/"), "next={next:?}");
    }
    let body = format!(
        "username=amina&password={}&next=%2Flearn%2Fbasics-second%3Fa%3D1",
        kujenga_types::format::encode_query(PASSWORD)
    );
    let kept = app.form("/api/sign-in", &body, None).await;
    assert_eq!(kept.location(), "/learn/basics-second?a=1", "a local path is followed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_3_csv_exports_neutralise_formulas_and_keep_rows_whole() {
    let app = TestApp::new().await;
    app.user("admin", Role::Admin).await;
    let db = &app.state.core.db;
    let program = kujenga_core::storage::programs::create(db, "Programme").await.unwrap();
    let cohort = kujenga_core::storage::cohorts::NewCohort {
        name: "Cohort",
        program_id: Some(program),
        ..Default::default()
    };
    let cohort = kujenga_core::storage::cohorts::create(db, &cohort).await.unwrap();
    for (name, organisation) in
        [("formula", "=HYPERLINK(\"http://evil.example\",\"x\")"), ("split", "Bank\rof X"), ("plain", "-1+2")]
    {
        let profile = Profile { organisation: organisation.into(), ..Default::default() };
        let id = app.user_with(name, Role::Trainee, profile).await;
        app.enrol(cohort, id, Role::Trainee).await;
    }
    let admin = app.sign_in("admin").await;
    let csv = app.get(&format!("/programs/{program}/export/organisation.csv"), Some(&admin)).await;
    assert_eq!(csv.status, StatusCode::OK);
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.body.as_bytes());
    let labels: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_string()).collect();
    assert_eq!(labels.len(), 3, "one row per organisation: {:?}", csv.body);
    for label in &labels {
        assert!(!label.starts_with(['=', '+', '-', '@']), "a cell that a spreadsheet would run: {label}");
    }
    assert!(labels.contains(&"'=HYPERLINK(\"http://evil.example\",\"x\")".to_string()), "{labels:?}");
    assert!(labels.contains(&"Bank\rof X".to_string()), "the line break stays inside its quoted cell");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_4_someone_elses_failures_do_not_lock_out_the_owner() {
    let app = TestApp::new().await;
    app.user("kofi", Role::Trainee).await;
    for _ in 0..5 {
        assert_eq!(
            sign_in_from(&app, "203.0.113.66", "kofi", "guess guess guess").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        sign_in_from(&app, "203.0.113.66", "kofi", PASSWORD).await.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the guessing address is stopped, even with the right password"
    );
    assert_eq!(
        sign_in_from(&app, "198.51.100.20", "kofi", PASSWORD).await.status,
        StatusCode::SEE_OTHER,
        "the owner, elsewhere, is not"
    );

    // Fifty failures of one client behind the proxy do not lock out the others behind it.
    for i in 0..50 {
        sign_in_from(&app, "203.0.113.99", &format!("nobody{i}"), "guess guess guess").await;
    }
    assert_eq!(
        sign_in_from(&app, "203.0.113.99", "kofi", PASSWORD).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(sign_in_from(&app, "198.51.100.21", "kofi", PASSWORD).await.status, StatusCode::SEE_OTHER);

    // IPv6 clients count by their /64 network: another address in it is the same client.
    for _ in 0..5 {
        sign_in_from(&app, "2001:db8:5:6::1", "kofi", "guess guess guess").await;
    }
    assert_eq!(
        sign_in_from(&app, "2001:db8:5:6::ffff", "kofi", PASSWORD).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );

    // A client that is not a trusted proxy cannot choose the address it is counted under.
    let untrusted = [
        ("accept", "application/json"),
        ("origin", "http://kujenga.test"),
        ("x-forwarded-for", "198.51.100.99"),
    ];
    let settings = server::config::Settings { trusted_proxies: Vec::new(), ..app.settings.clone() };
    let direct = TestApp {
        router: server::router(app.state.clone(), &settings).await.unwrap().layer(
            axum::extract::connect_info::MockConnectInfo(std::net::SocketAddr::from(([203, 0, 113, 66], 1))),
        ),
        state: app.state.clone(),
        settings,
    };
    let spoofed = direct.post("/api/sign-in", &sign_in_body("kofi", PASSWORD), None, &untrusted).await;
    assert_eq!(
        spoofed.status,
        StatusCode::TOO_MANY_REQUESTS,
        "counted under its own address, not the header's"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_5_join_checks_the_code_first_and_a_full_hashing_line_answers_busy() {
    let app = Arc::new(TestApp::new().await);
    let teacher = app.user("ines", Role::Instructor).await;
    let cohort = app.cohort("Accra").await;
    app.enrol(cohort, teacher, Role::Instructor).await;
    let code = app
        .call(
            "/api/create-invite",
            &format!("cohort_id={cohort}&days=7&max_uses=1000"),
            Some(&app.sign_in("ines").await),
        )
        .await;
    let code = code.body.trim_matches('"').to_string();

    // A flood of joins with a valid code fills the line of new passwords ...
    let flood: Vec<_> = (0..120)
        .map(|i| {
            let (app, code) = (app.clone(), code.clone());
            tokio::spawn(async move {
                let body = format!(
                    "code={code}&username=joiner{i}&display_name=Joiner&password=amber+tiger+violin+{i}"
                );
                // Each from its own address, as a region's trainees joining at once would be.
                let client = format!("198.51.100.{}", i % 250);
                let headers = [
                    ("accept", "application/json"),
                    ("origin", "http://kujenga.test"),
                    ("x-forwarded-for", client.as_str()),
                ];
                let reply = app.post("/api/join", &body, None, &headers).await;
                (reply.status, reply.headers.get("retry-after").is_some(), std::time::Instant::now())
            })
        })
        .collect();
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    // ... yet a wrong code is refused without waiting for it, and a sign-in has its own line.
    let wrong = app
        .call(
            "/api/join",
            "code=NOPE-NOPE-NOPE&username=mallory&display_name=M&password=amber+tiger+violin+x",
            None,
        )
        .await;
    let wrong_at = std::time::Instant::now();
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST, "{}", wrong.body);
    assert!(wrong.body.contains("invite code"), "{}", wrong.body);
    let signed_in = app.sign_in("ines").await;
    let signed_in_at = std::time::Instant::now();
    assert!(!signed_in.is_empty());

    let mut busy = 0;
    let mut finished_after = 0;
    for t in flood {
        let (status, retry_after, at) = t.await.unwrap();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            assert!(retry_after, "a busy answer says when to try again");
            busy += 1;
        } else {
            assert_eq!(status, StatusCode::SEE_OTHER);
            finished_after += usize::from(at > wrong_at && at > signed_in_at);
        }
    }
    assert!(busy > 0, "the line of new passwords is bounded");
    assert!(
        finished_after > 0,
        "the wrong code and the sign-in were answered before the joins ahead of them"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_6_passwords_have_12_characters_and_are_not_easy_to_guess() {
    let app = TestApp::new().await;
    app.user("root", Role::Admin).await;
    let admin = app.sign_in("root").await;
    for (password, reason) in [
        ("elevenchars", "at least 12 characters"),
        ("password1234", "easy to guess"),
        ("qwertyuiop12", "easy to guess"),
        ("grace.hopper", "easy to guess"),
    ] {
        let body = format!(
            "username=grace.hopper&display_name=Grace&role=trainee&password={}",
            kujenga_types::format::encode_query(password)
        );
        let reply = app.call("/api/admin/create-user", &body, Some(&admin)).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{password}");
        assert!(
            reply.body.contains("Password: ") && reply.body.contains(reason),
            "{password}: {}",
            reply.body
        );
    }
    let strong = "username=grace.hopper&display_name=Grace&role=trainee&password=lantern+copper+maize+river";
    assert_eq!(app.call("/api/admin/create-user", strong, Some(&admin)).await.status, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_7_hints_cannot_be_taken_for_a_closed_question() {
    let app = TestApp::new().await;
    let amina = app.user("amina", Role::Trainee).await;
    app.complete(amina, "basics-first-lesson", None).await;
    let cookie = app.sign_in("amina").await;
    // basics-second q3: 3 attempts, one hint.
    for guess in ["1", "2", "3"] {
        app.call(
            "/api/answer",
            &format!("item=basics-second&question=q3&answer%5B0%5D={guess}"),
            Some(&cookie),
        )
        .await;
    }
    let hint = app.call("/api/hint", "item=basics-second&question=q3", Some(&cookie)).await;
    assert_eq!(hint.status, StatusCode::BAD_REQUEST, "{}", hint.body);
    assert!(hint.body.contains("closed"), "{}", hint.body);
    let page = app.get("/learn/basics-second", Some(&cookie)).await;
    assert!(!page.body.contains("Hint: Think."), "no hint was revealed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_8_an_error_written_into_a_link_is_not_shown() {
    use base64::Engine;
    let app = TestApp::new().await;
    let forged =
        serde_json::to_vec(&kujenga_types::AppError::Shown("call +1 555 0100 to unlock it".into())).unwrap();
    let encoded = base64::engine::general_purpose::URL_SAFE.encode(forged);
    let page = app.get(&format!("/sign-in?__path=/api/sign-in&__err={encoded}"), None).await;
    assert!(!page.body.contains("555 0100"), "{}", page.body);
    let forged_seal =
        app.get(&format!("/sign-in?__err={encoded}&__seal=00112233445566778899aabbccddeeff"), None).await;
    assert!(!forged_seal.body.contains("555 0100"));
    // A real error still comes back to its page.
    let wrong = app.form("/api/sign-in", &sign_in_body("nobody", "wrong password here"), None).await;
    assert!(app.follow(&wrong, None).await.body.contains("Wrong username or password."));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_9_sessions_end_at_once_and_responses_are_private_and_quiet() {
    let app = TestApp::new().await;
    let id = app.user("amina", Role::Trainee).await;
    let cookie = app.sign_in("amina").await;
    let page = app.get("/", Some(&cookie)).await;
    assert!(page.body.contains("amina"));
    assert_eq!(page.headers["cache-control"], "private, no-store", "pages are never cached");
    assert!(page.headers.get("server-timing").is_none(), "no timings in production");

    app.user("root", Role::Admin).await;
    let admin = app.sign_in("root").await;
    let disabled =
        app.form("/api/set-account-enabled", &format!("user={id}&enabled=false"), Some(&admin)).await;
    assert!(disabled.status.is_redirection() || disabled.status.is_success(), "{}", disabled.body);
    let after = app.get("/", Some(&cookie)).await;
    assert!(!after.body.contains("amina"), "a session made before its account was disabled signs no one in");
    app.form("/api/set-account-enabled", &format!("user={id}&enabled=true"), Some(&admin)).await;
    assert!(
        app.get("/", Some(&app.sign_in("amina").await)).await.body.contains("amina"),
        "a new sign-in works"
    );

    // Behind a trusted proxy that received the request over HTTPS: Secure cookies and HSTS.
    let headers =
        [("accept", "application/json"), ("origin", "http://kujenga.test"), ("x-forwarded-proto", "https")];
    let over_https = app.post("/api/sign-in", &sign_in_body("amina", PASSWORD), None, &headers).await;
    assert!(over_https.set_cookie().unwrap().contains("; Secure"), "{:?}", over_https.set_cookie());
    assert_eq!(over_https.headers["strict-transport-security"], "max-age=31536000");
    let plain = app.form("/api/sign-in", &sign_in_body("amina", PASSWORD), None).await;
    assert!(
        !plain.set_cookie().unwrap().contains("Secure")
            && plain.headers.get("strict-transport-security").is_none()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_10_the_trainee_record_shows_only_this_cohorts_work() {
    let fixture =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../curriculum/tests/fixtures/two-modules");
    let app = TestApp::with_curriculum(fixture).await;
    let db = app.state.core.db.clone();
    let amina = app.user("amina", Role::Trainee).await;
    let mut cohorts = Vec::new();
    for (teacher, module) in [("ines", "pair-one"), ("omar", "pair-two")] {
        let id = app.user(teacher, Role::Instructor).await;
        let content = [module.to_string()];
        let cohort = kujenga_core::storage::cohorts::NewCohort {
            name: module,
            content: &content,
            ..Default::default()
        };
        let cohort = kujenga_core::storage::cohorts::create(&db, &cohort).await.unwrap();
        app.enrol(cohort, id, Role::Instructor).await;
        app.enrol(cohort, amina, Role::Trainee).await;
        cohorts.push(cohort);
    }
    let trainee = app.sign_in("amina").await;
    app.call(
        "/api/answer",
        "item=pair-two-lesson&question=q1&answer%5B0%5D=written+for+module+two",
        Some(&trainee),
    )
    .await;
    let record = |cohort: i64, who: &'static str| {
        let app = &app;
        async move {
            let cookie = app.sign_in(who).await;
            app.call("/api/trainee", &format!("cohort={cohort}&trainee={amina}"), Some(&cookie)).await.body
        }
    };
    assert!(record(cohorts[1], "omar").await.contains("written for module two"), "module two's staff see it");
    assert!(
        !record(cohorts[0], "ines").await.contains("written for module two"),
        "module one's staff do not"
    );
}
