//! Labs through the whole router: per-learner files, server-side checking, hints, attempt
//! limits under parallel submissions, rate limits, and no answer key in any response.

mod support;

use axum::http::StatusCode;
use curriculum::Expected;
use curriculum::labs::{self, Generated};
use kujenga_core::storage::{answers, progress};
use kujenga_types::Role;
use kujenga_types::format::encode_query;
use support::{Reply, TestApp};

const LAB: &str = "basics-lab-integrity";

/// The learner's own lab, as the server generates it from the stored seed.
async fn variant(app: &TestApp, user_id: i64, lab: &str) -> (Generated, [u8; 32]) {
    let core = &app.state.core;
    let seed =
        answers::lab_seed(&core.db, user_id, lab, || labs::seed(&core.secret, user_id, lab)).await.unwrap();
    let item = core.catalog.item(lab).unwrap().item;
    (labs::find(item.generator.as_deref().unwrap()).unwrap().generate(seed), seed)
}

fn key(g: &Generated, name: &str) -> String {
    match &g.key[name] {
        Expected::One(v) => v.clone(),
        Expected::Many(v) => v.join(", "),
    }
}

/// The learner's submissions for the lab, oldest first.
async fn lab_submissions(app: &TestApp, user_id: i64) -> Vec<answers::SubmissionRow> {
    let mut all = answers::submissions(&app.state.core.db, user_id).await.unwrap();
    all.retain(|s| s.item_id == LAB);
    all.reverse();
    all
}

fn answer_body(lab: &str, question: &str, answer: &str) -> String {
    format!("item={lab}&question={question}&answer%5B0%5D={}", encode_query(answer))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_learner_gets_their_own_files_with_hashes_shown() {
    let app = TestApp::new().await;
    let amina = app.user("amina", Role::Trainee).await;
    let kofi = app.user("kofi", Role::Trainee).await;
    let (a, b) = (app.sign_in("amina").await, app.sign_in("kofi").await);

    let page = app.get(&format!("/learn/{LAB}"), Some(&a)).await;
    assert_eq!(page.status, StatusCode::OK);
    let (mine, _) = variant(&app, amina, LAB).await;
    for artifact in &mine.artifacts {
        let download = app.get(&format!("/labs/{LAB}/files/{}", artifact.name), Some(&a)).await;
        assert_eq!(download.status, StatusCode::OK);
        assert_eq!(download.bytes, artifact.bytes, "{}", artifact.name);
        assert!(download.headers["content-disposition"].to_str().unwrap().contains(&artifact.name));
        assert!(page.body.contains(&labs::sha256_hex(&artifact.bytes)), "the page shows each file's SHA-256");
    }
    let again = app.get(&format!("/labs/{LAB}/files/acquisition-log.txt"), Some(&a)).await;
    let other = app.get(&format!("/labs/{LAB}/files/acquisition-log.txt"), Some(&b)).await;
    assert_eq!(
        again.body,
        app.get(&format!("/labs/{LAB}/files/acquisition-log.txt"), Some(&a)).await.body,
        "the same every time"
    );
    assert_ne!(again.body, other.body, "another learner, other files");
    let (theirs, _) = variant(&app, kofi, LAB).await;
    assert_ne!(key(&mine, "altered_hash"), key(&theirs, "altered_hash"), "and other answers");

    assert_eq!(
        app.get(&format!("/labs/{LAB}/files/acquisition-log.txt"), None).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.get(&format!("/labs/{LAB}/files/secret.txt"), Some(&a)).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_are_checked_on_the_server_with_hints_and_scores() {
    let app = TestApp::new().await;
    let id = app.user("amina", Role::Trainee).await;
    let cookie = app.sign_in("amina").await;
    let (lab, _) = variant(&app, id, LAB).await;

    let wrong =
        app.call("/api/answer", &answer_body(LAB, "altered-file", "notes-wrong.txt"), Some(&cookie)).await;
    assert_eq!(wrong.status, StatusCode::OK, "{}", wrong.body);
    assert!(
        wrong.body.contains(r#""last_correct":false"#) && wrong.body.contains(r#""attempts":1"#),
        "{}",
        wrong.body
    );
    assert!(!wrong.body.contains("Hash every file"), "no explanation before it is settled");

    let hint = app.call("/api/hint", &format!("item={LAB}&question=altered-file"), Some(&cookie)).await;
    assert!(hint.body.contains("Use sha256sum."), "{}", hint.body);

    let right = app
        .call(
            "/api/answer",
            &answer_body(LAB, "altered-file", &key(&lab, "altered_file").to_uppercase()),
            Some(&cookie),
        )
        .await;
    assert!(right.body.contains(r#""status":"Solved""#), "{}", right.body);
    assert!(right.body.contains("Hash every file"), "the explanation once solved");
    assert!(right.body.contains(r#""earned":50"#), "1 point less the hint's 0.5: {}", right.body);

    let unreadable =
        app.call("/api/answer", &answer_body(LAB, "altered-hash", "abc123"), Some(&cookie)).await;
    assert_eq!(unreadable.status, StatusCode::BAD_REQUEST);
    assert!(unreadable.body.contains("64 hexadecimal characters"), "{}", unreadable.body);
    let hash = key(&lab, "altered_hash").to_uppercase();
    let solved = app.call("/api/answer", &answer_body(LAB, "altered-hash", &hash), Some(&cookie)).await;
    assert!(
        solved.body.contains(r#""attempts":1"#),
        "the unreadable answer used no attempt: {}",
        solved.body
    );
    assert!(solved.body.contains(r#""score":{"earned":250,"total":300}"#), "{}", solved.body);

    let page = app.get(&format!("/learn/{LAB}"), Some(&cookie)).await;
    assert!(page.body.contains("Score: 2.5 of 3 points · finished ✓"), "{}", page.body);
    let done = progress::completed(&app.state.core.db, id).await.unwrap();
    assert!(done.contains_key(LAB), "a finished lab counts as progress");
    let history = lab_submissions(&app, id).await;
    let verdicts: Vec<_> = history.iter().map(|s| (s.question_id.as_str(), s.verdict.as_str())).collect();
    assert_eq!(
        verdicts,
        [("altered-file", "wrong"), ("altered-file", "correct"), ("altered-hash", "correct")]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_javascript_answers_come_back_to_the_question() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    let cookie = app.sign_in("amina").await;
    let reply =
        app.form("/api/answer", &answer_body(LAB, "altered-file", "nothing.txt"), Some(&cookie)).await;
    assert_eq!(
        (reply.status, reply.location()),
        (StatusCode::SEE_OTHER, "/learn/basics-lab-integrity#altered-file")
    );
    let page = app.get("/learn/basics-lab-integrity", Some(&cookie)).await;
    assert!(page.body.contains("Your answer: <code>nothing.txt</code>"), "{}", page.body);
    assert!(page.body.contains("Not right yet") && page.body.contains("2 attempts left"));

    let bad = app.form("/api/answer", &answer_body(LAB, "altered-hash", "xyz"), Some(&cookie)).await;
    let back = app.follow(&bad, Some(&cookie)).await;
    assert!(
        back.body.contains("Answer: a SHA-256 digest uses only the characters 0-9 and a-f"),
        "{}",
        back.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checkbox_answers_compare_as_sets() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    let cookie = app.sign_in("amina").await;
    let body = "item=basics-lab-fat&question=tools&answer%5B2%5D=a+forensic+suite&answer%5B0%5D=a+hex+viewer";
    let reply = app.call("/api/answer", body, Some(&cookie)).await;
    assert!(reply.body.contains(r#""status":"Solved""#), "{}", reply.body);
    let none = app.call("/api/answer", "item=basics-lab-fat&question=flag", Some(&cookie)).await;
    assert_eq!(none.status, StatusCode::BAD_REQUEST, "an empty answer is not an attempt");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_submissions_never_exceed_the_attempt_limit() {
    let app = TestApp::new().await;
    let id = app.user("amina", Role::Trainee).await;
    let cookie = app.sign_in("amina").await;
    let tasks: Vec<_> = (0..12)
        .map(|i| {
            let router = app.router.clone();
            let cookie = cookie.clone();
            tokio::spawn(async move {
                let body = answer_body(LAB, "altered-file", &format!("wrong-{i}.txt"));
                let request = axum::http::Request::post("/api/answer")
                    .header("host", support::HOST)
                    .header("origin", "http://kujenga.test")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("cookie", cookie)
                    .body(axum::body::Body::from(body))
                    .unwrap();
                tower::ServiceExt::oneshot(router, request).await.unwrap().status()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::OK).count(), 3, "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == StatusCode::OK || *s == StatusCode::BAD_REQUEST), "{statuses:?}");
    let stored = lab_submissions(&app, id).await;
    assert_eq!(stored.len(), 3, "exactly the limit was recorded");
    let late = app.call("/api/answer", &answer_body(LAB, "altered-file", "x.txt"), Some(&cookie)).await;
    assert!(late.body.contains("no attempts are left"), "{}", late.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_are_rate_limited_per_learner() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    app.user("kofi", Role::Trainee).await;
    let (a, k) = (app.sign_in("amina").await, app.sign_in("kofi").await);
    let mut last = StatusCode::OK;
    for _ in 0..31 {
        last = app
            .call("/api/answer", &answer_body("basics-lab-fat", "flag", "FLAG-NOPE-NOPE"), Some(&a))
            .await
            .status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    let other =
        app.call("/api/answer", &answer_body("basics-lab-fat", "flag", "FLAG-NOPE-NOPE"), Some(&k)).await;
    assert_eq!(other.status, StatusCode::OK, "another learner is not limited");
    assert_eq!(
        app.call("/api/answer", &answer_body("basics-lab-fat", "flag", "x"), None).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_answer_key_or_seed_appears_in_any_response() {
    let app = TestApp::new().await;
    let id = app.user("amina", Role::Trainee).await;
    let cookie = app.sign_in("amina").await;
    let (integrity, integrity_seed) = variant(&app, id, LAB).await;
    let (fat, fat_seed) = variant(&app, id, "basics-lab-fat").await;
    let mut replies: Vec<(String, Reply)> = Vec::new();
    let mut files: Vec<(String, Reply)> = Vec::new();
    let run = |path: &'static str, body: String| {
        let app = &app;
        let cookie = cookie.clone();
        async move {
            let json = app.call(path, &body, Some(&cookie)).await;
            let plain = app.form(path, &body, Some(&cookie)).await;
            let back = app.follow(&plain, Some(&cookie)).await;
            [
                (format!("{path} {body}"), json),
                (format!("{path} {body} (form)"), plain),
                (format!("{path} {body} (page)"), back),
            ]
        }
    };

    // Everything a learner does before typing a right answer: pages, files, wrong and unreadable
    // answers, hints, and running out of attempts.
    for lab in [LAB, "basics-lab-fat"] {
        replies.push((lab.into(), app.get(&format!("/learn/{lab}"), Some(&cookie)).await));
        let (generated, _) = variant(&app, id, lab).await;
        for artifact in &generated.artifacts {
            files.push((
                artifact.name.clone(),
                app.get(&format!("/labs/{lab}/files/{}", artifact.name), Some(&cookie)).await,
            ));
        }
    }
    replies.extend(run("/api/hint", format!("item={LAB}&question=altered-file")).await);
    replies.extend(run("/api/answer", answer_body(LAB, "altered-file", "wrong.txt")).await);
    replies.extend(run("/api/answer", answer_body(LAB, "altered-file", "still-wrong.txt")).await);
    replies.extend(run("/api/answer", answer_body(LAB, "altered-hash", &"0".repeat(64))).await);
    replies.extend(run("/api/answer", answer_body(LAB, "altered-hash", "not a hash")).await);
    replies.extend(run("/api/answer", answer_body("basics-lab-fat", "flag", "FLAG-XXXX-XXXX")).await);
    replies.push(("out of attempts".into(), app.get(&format!("/learn/{LAB}"), Some(&cookie)).await));
    assert!(replies.last().unwrap().1.body.contains("No attempts left"), "the run used up the attempts");
    let keys = [key(&integrity, "altered_file"), key(&integrity, "altered_hash"), key(&fat, "flag")];
    for (what, reply) in &replies {
        let headers = format!("{:?}", reply.headers);
        for secret in &keys {
            assert!(
                !reply.body.contains(secret.as_str()) && !headers.contains(secret.as_str()),
                "{what} leaks `{secret}`"
            );
        }
    }
    for (name, reply) in &files {
        // The files hold what the learner must find (a file name in the log, the flag inside
        // the disk image), but never the integrity answer, which is a hash of a file.
        assert!(!reply.body.contains(&keys[1]), "{name} leaks the hash");
    }

    // Right answers: responses now echo what the learner typed, and still never hold a seed.
    replies.extend(run("/api/answer", answer_body(LAB, "altered-hash", &keys[1])).await);
    replies.extend(run("/api/answer", answer_body("basics-lab-fat", "flag", &keys[2])).await);
    replies.push(("catalog".into(), app.get("/", Some(&cookie)).await));
    let hex = |seed: [u8; 32]| seed.iter().map(|b| format!("{b:02x}")).collect::<String>();
    for (what, reply) in replies.iter().chain(&files) {
        for seed in [integrity_seed, fat_seed] {
            assert!(!reply.body.contains(&hex(seed)), "{what} leaks a seed");
            assert!(!reply.bytes.windows(32).any(|w| w == seed), "{what} holds a raw seed");
        }
    }
}
