//! Exercises and timed exams through the whole router, on a clock the test controls: injects
//! release on schedule and none while paused, a restart keeps a run where it was, teams see
//! only their own answers and only released injects, every facilitator and team function
//! refuses those who may not call it, and an exam answer after the deadline is refused.

mod support;

use std::path::PathBuf;

use axum::http::StatusCode;
use kujenga_core::storage::exercises as store;
use kujenga_types::Role;
use kujenga_types::format::{date_time, encode_query};
use support::{Reply, TestApp};

const EXERCISE: &str = "drill-exercise-three";
const EXAM: &str = "drill-exam-integrity";
/// 2026-05-13 08:00 UTC.
const T0: i64 = 1_778_659_200;

fn curriculum() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../curriculum/tests/fixtures/exercises")
}

/// The cohort, its instructor and four trainees (three of them in teams later), each signed in.
struct Class {
    cohort: i64,
    ines: String,
    amina: String,
    kofi: String,
    bea: String,
    zed: String,
    outsider: String,
    ids: [i64; 4],
}

async fn class(app: &TestApp) -> Class {
    app.state.core.clock.set(T0);
    let cohort = app.cohort("Week 1").await;
    let ines = app.user("ines", Role::Instructor).await;
    app.enrol(cohort, ines, Role::Instructor).await;
    app.user("outsider", Role::Instructor).await;
    let mut ids = [0; 4];
    for (i, name) in ["amina", "kofi", "bea", "zed"].into_iter().enumerate() {
        ids[i] = app.user(name, Role::Trainee).await;
        app.enrol(cohort, ids[i], Role::Trainee).await;
    }
    Class {
        cohort,
        ines: app.sign_in("ines").await,
        amina: app.sign_in("amina").await,
        kofi: app.sign_in("kofi").await,
        bea: app.sign_in("bea").await,
        zed: app.sign_in("zed").await,
        outsider: app.sign_in("outsider").await,
        ids,
    }
}

fn control(run: i64, action: &str, inject: &str) -> String {
    format!("run={run}&action={action}&inject={inject}")
}

fn answer(run: i64, inject: &str, question: &str, text: &str) -> String {
    format!("run={run}&inject={inject}&question={question}&answer%5B0%5D={}", encode_query(text))
}

fn done(reply: &Reply, what: &str) {
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{what}: {}", reply.body);
    assert!(!reply.location().contains("__err"), "{what}: {}", reply.location());
}

/// A run with teams Alpha (amina, kofi) and Beta (bea); zed is in no team.
async fn run_with_teams(app: &TestApp, c: &Class) -> (i64, i64, i64) {
    let created = app
        .form("/api/exercises/create", &format!("cohort={}&exercise={EXERCISE}", c.cohort), Some(&c.ines))
        .await;
    done(&created, "create");
    let run: i64 =
        created.location().trim_start_matches("/exercises/").trim_end_matches("/console").parse().unwrap();
    for name in ["Alpha", "Beta"] {
        done(
            &app.form("/api/exercises/team", &format!("run={run}&name={name}"), Some(&c.ines)).await,
            "team",
        );
    }
    let teams = store::teams(&app.state.core.db, run).await.unwrap();
    let (alpha, beta) = (teams[0].0, teams[1].0);
    for (user, team) in [(c.ids[0], alpha), (c.ids[1], alpha), (c.ids[2], beta)] {
        let body = format!("run={run}&trainee={user}&team={team}&role=lead");
        done(&app.form("/api/exercises/member", &body, Some(&c.ines)).await, "member");
    }
    (run, alpha, beta)
}

async fn team_page(app: &TestApp, run: i64, cookie: &str) -> Reply {
    app.get(&format!("/exercises/{run}"), Some(cookie)).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn injects_release_on_the_servers_clock_none_while_paused_and_a_restart_keeps_the_run() {
    let app = TestApp::with_curriculum(curriculum()).await;
    let c = class(&app).await;
    let (run, _, _) = run_with_teams(&app, &c).await;

    let before = team_page(&app, run, &c.amina).await;
    assert_eq!(before.status, StatusCode::OK, "{}", before.body);
    assert!(!before.body.contains("First inject"), "nothing before the start");
    done(&app.form("/api/exercises/control", &control(run, "start", ""), Some(&c.ines)).await, "start");
    let started = team_page(&app, run, &c.amina).await.body;
    assert!(started.contains("First inject") && started.contains("phishing"), "minute 0 is out at the start");
    assert!(!started.contains("Second inject") && !started.contains("SECRET-SECOND-INJECT"));

    app.state.core.clock.advance(9 * 60 + 59);
    assert!(
        !team_page(&app, run, &c.amina).await.body.contains("SECRET-SECOND-INJECT"),
        "not before minute 10"
    );
    app.state.core.clock.advance(1);
    let second = team_page(&app, run, &c.amina).await.body;
    assert!(second.contains("SECRET-SECOND-INJECT"), "minute 10: out");
    let releases = store::releases(&app.state.core.db, run).await.unwrap();
    let at = releases.iter().find(|r| r.inject_id == "second").unwrap().released_at;
    assert_eq!(at, Some(T0 + 600), "released at its minute, on the server's clock");

    // Paused at minute 12 for twenty minutes: the minute-20 inject waits.
    app.state.core.clock.advance(2 * 60);
    done(&app.form("/api/exercises/control", &control(run, "pause", ""), Some(&c.ines)).await, "pause");
    app.state.core.clock.advance(20 * 60);
    let paused = team_page(&app, run, &c.amina).await.body;
    assert!(!paused.contains("THIRD-INJECT-TEXT"), "a paused run releases nothing");
    assert!(paused.contains("paused"), "and the team is told");
    let early =
        app.form("/api/exercises/answer", &answer(run, "third", "press", "No comment"), Some(&c.amina)).await;
    assert!(early.location().contains("__err"), "an inject not out yet cannot be answered");

    // The server restarts in the middle of the run.
    let now = app.state.core.clock.now();
    let app = app.restart().await;
    app.state.core.clock.set(now);
    let after = team_page(&app, run, &c.amina).await.body;
    assert!(after.contains("SECRET-SECOND-INJECT") && !after.contains("THIRD-INJECT-TEXT"), "as it was");
    done(&app.form("/api/exercises/control", &control(run, "resume", ""), Some(&c.ines)).await, "resume");
    app.state.core.clock.advance(7 * 60 + 59);
    assert!(!team_page(&app, run, &c.amina).await.body.contains("THIRD-INJECT-TEXT"), "running minute 19:59");
    app.state.core.clock.advance(1);
    assert!(team_page(&app, run, &c.amina).await.body.contains("THIRD-INJECT-TEXT"), "running minute 20");
    let third = store::releases(&app.state.core.db, run).await.unwrap();
    let at = third.iter().find(|r| r.inject_id == "third").unwrap().released_at.unwrap();
    assert_eq!(at, T0 + 12 * 60 + 20 * 60 + 8 * 60, "twenty minutes of running time, the pause aside");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn teams_answer_apart_and_the_after_action_report_has_every_inject_and_response() {
    let app = TestApp::with_curriculum(curriculum()).await;
    let c = class(&app).await;
    let (run, alpha, _) = run_with_teams(&app, &c).await;
    done(&app.form("/api/exercises/control", &control(run, "start", ""), Some(&c.ines)).await, "start");
    // Released early by hand, and held: the facilitator keeps the timeline.
    done(
        &app.form("/api/exercises/control", &control(run, "release-next", ""), Some(&c.ines)).await,
        "release",
    );
    done(&app.form("/api/exercises/control", &control(run, "hold", "third"), Some(&c.ines)).await, "hold");
    app.state.core.clock.advance(25 * 60);
    assert!(
        !app.get(&format!("/exercises/{run}"), Some(&c.amina)).await.body.contains("THIRD-INJECT-TEXT"),
        "held"
    );
    done(
        &app.form("/api/exercises/control", &control(run, "release", "third"), Some(&c.ines)).await,
        "release",
    );

    done(
        &app.form("/api/exercises/answer", &answer(run, "first", "class", "Phishing"), Some(&c.amina)).await,
        "a1",
    );
    done(
        &app.form("/api/exercises/answer", &answer(run, "first", "class", "Scanning"), Some(&c.bea)).await,
        "b1",
    );
    done(
        &app.form(
            "/api/exercises/answer",
            &answer(run, "third", "press", "AMINA-PRESS-LINE"),
            Some(&c.amina),
        )
        .await,
        "a3",
    );
    done(
        &app.form("/api/exercises/answer", &answer(run, "third", "press", "BEA-PRESS-LINE"), Some(&c.bea))
            .await,
        "b3",
    );
    // The team's own files: generated for the team, checked on the server.
    let generator = curriculum::labs::find("evidence-integrity").unwrap();
    let seed = curriculum::labs::seed(&app.state.core.secret, alpha, &format!("{EXERCISE}/second"));
    let generated = generator.generate(seed);
    let file = app
        .get(&format!("/exercises/{run}/files/second/{}", generated.artifacts[0].name), Some(&c.kofi))
        .await;
    assert_eq!((file.status, file.bytes.clone()), (StatusCode::OK, generated.artifacts[0].bytes.clone()));
    let curriculum::Expected::One(altered) = &generated.key["altered_file"] else { panic!("one file") };
    done(
        &app.form("/api/exercises/answer", &answer(run, "second", "altered", altered), Some(&c.kofi)).await,
        "k2",
    );

    let amina = app.get(&format!("/exercises/{run}"), Some(&c.amina)).await.body;
    let bea = app.get(&format!("/exercises/{run}"), Some(&c.bea)).await.body;
    assert!(
        amina.contains("AMINA-PRESS-LINE") && amina.contains(altered.as_str()),
        "a team shares its answers"
    );
    assert!(
        !amina.contains("BEA-PRESS-LINE") && !bea.contains("AMINA-PRESS-LINE"),
        "and never sees another's"
    );
    for hidden in ["DEBRIEF-GUIDE-TEXT", "Record the report", "Confirms nothing", "Test source, section"] {
        assert!(!amina.contains(hidden), "a team never sees the debrief guide or the rubric: {hidden}");
    }

    let console = app.get(&format!("/exercises/{run}/console"), Some(&c.ines)).await.body;
    assert!(
        console.contains("AMINA-PRESS-LINE") && console.contains("BEA-PRESS-LINE"),
        "the facilitator sees all"
    );
    assert!(console.contains("DEBRIEF-GUIDE-TEXT") && console.contains("Confirms nothing"));
    let answers = store::answers(&app.state.core.db, run, None).await.unwrap();
    let press = answers.iter().find(|a| a.answer == "AMINA-PRESS-LINE").unwrap().id;
    let too_many =
        app.form("/api/exercises/score", &format!("run={run}&answer={press}&points=3"), Some(&c.ines)).await;
    assert!(too_many.location().contains("__err"), "a rubric of two criteria scores at most 2");
    done(
        &app.form("/api/exercises/score", &format!("run={run}&answer={press}&points=2"), Some(&c.ines)).await,
        "score",
    );
    let checked = answers.iter().find(|a| a.answer == "Phishing").unwrap().id;
    let by_hand = app
        .form("/api/exercises/score", &format!("run={run}&answer={checked}&points=1"), Some(&c.ines))
        .await;
    assert!(by_hand.location().contains("__err"), "a checked answer scores itself");
    done(
        &app.form(
            "/api/exercises/note",
            &format!("run={run}&inject=third&body=NOTE-ON-PRESS"),
            Some(&c.ines),
        )
        .await,
        "note",
    );
    done(&app.form("/api/exercises/control", &control(run, "close", ""), Some(&c.ines)).await, "close");
    let late =
        app.form("/api/exercises/answer", &answer(run, "first", "class", "Phishing"), Some(&c.bea)).await;
    assert!(late.location().contains("__err"), "a closed run takes no answer");

    let report = app.get(&format!("/exercises/{run}/report"), Some(&c.ines)).await.body;
    for text in [
        "First inject",
        "Second inject",
        "Third inject",
        "AMINA-PRESS-LINE",
        "BEA-PRESS-LINE",
        "NOTE-ON-PRESS",
        "Record the report",
    ] {
        assert!(report.contains(text), "the report lists {text}");
    }
    assert!(report.contains("Alpha: 5 of 5 points"), "right choice 1, right file 2, rubric 2: {report}");
    let csv = app.get(&format!("/exercises/{run}/report.csv"), Some(&c.ines)).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.starts_with("team,inject,released (UTC),question,answer,sent by"), "{}", csv.body);
    assert!(csv.body.contains("BEA-PRESS-LINE") && csv.body.contains("Alpha,First inject"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_cohorts_staff_run_an_exercise_and_only_its_teams_see_it() {
    let app = TestApp::with_curriculum(curriculum()).await;
    let c = class(&app).await;
    let (run, alpha, _) = run_with_teams(&app, &c).await;
    done(&app.form("/api/exercises/control", &control(run, "start", ""), Some(&c.ines)).await, "start");
    let staff_only = [
        ("/api/exercises/create", format!("cohort={}&exercise={EXERCISE}", c.cohort)),
        ("/api/exercises/control", control(run, "pause", "")),
        ("/api/exercises/team", format!("run={run}&name=Gamma")),
        ("/api/exercises/member", format!("run={run}&trainee={}&team={alpha}", c.ids[3])),
        ("/api/exercises/score", format!("run={run}&answer=1&points=1")),
        ("/api/exercises/note", format!("run={run}&body=x")),
        (
            "/api/exams/window",
            format!("cohort={}&exam={EXAM}&opens=2026-05-13T08:00&closes=2026-05-13T10:00", c.cohort),
        ),
    ];
    for (path, body) in &staff_only {
        for (who, cookie) in [("a trainee", &c.amina), ("another cohort's instructor", &c.outsider)] {
            let reply = app.call(path, body, Some(cookie)).await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{path} by {who}: {}", reply.body);
        }
        assert_eq!(app.call(path, body, None).await.status, StatusCode::UNAUTHORIZED, "{path} signed out");
    }
    for page in ["console", "report"] {
        for cookie in [&c.amina, &c.outsider] {
            let body = app.get(&format!("/exercises/{run}/{page}"), Some(cookie)).await.body;
            assert!(!body.contains("DEBRIEF-GUIDE-TEXT") && !body.contains("phishing"), "{page}");
        }
    }
    assert_eq!(
        app.get(&format!("/exercises/{run}/report.csv"), Some(&c.amina)).await.status,
        StatusCode::FORBIDDEN
    );
    // A trainee in no team of the run, and the instructor (who has the console), have no team view.
    for cookie in [&c.zed, &c.outsider] {
        let view = app.call("/api/exercises/view", &format!("run={run}"), Some(cookie)).await;
        assert_eq!(view.status, StatusCode::FORBIDDEN);
        let answered =
            app.call("/api/exercises/answer", &answer(run, "first", "class", "Phishing"), Some(cookie)).await;
        assert_eq!(answered.status, StatusCode::FORBIDDEN);
        let file = app.get(&format!("/exercises/{run}/files/second/acquisition-log.txt"), Some(cookie)).await;
        assert_eq!(file.status, StatusCode::FORBIDDEN);
    }
    // A team's own calls: the view, the poll, answers; a file of an inject not out is not found.
    let count = app.call("/api/exercises/released", &format!("run={run}"), Some(&c.kofi)).await;
    assert_eq!((count.status, count.body.as_str()), (StatusCode::OK, "1"));
    let file = app.get(&format!("/exercises/{run}/files/second/acquisition-log.txt"), Some(&c.kofi)).await;
    assert_eq!(file.status, StatusCode::NOT_FOUND, "the minute-10 inject's files wait for it");
    let mine = app.get("/exercises", Some(&c.bea)).await.body;
    assert!(mine.contains(&format!("/exercises/{run}")), "a trainee finds their runs");
    assert!(!app.get("/exercises", Some(&c.zed)).await.body.contains(&format!("/exercises/{run}\"")));

    // An archived cohort is read-only: its run neither changes nor takes answers; its report stays.
    kujenga_core::storage::cohorts::set_archived(&app.state.core.db, c.cohort, true).await.unwrap();
    let paused = app.call("/api/exercises/control", &control(run, "pause", ""), Some(&c.ines)).await;
    assert_eq!(paused.status, StatusCode::BAD_REQUEST, "{}", paused.body);
    let answered =
        app.call("/api/exercises/answer", &answer(run, "first", "class", "Phishing"), Some(&c.amina)).await;
    assert_eq!(answered.status, StatusCode::BAD_REQUEST, "{}", answered.body);
    assert_eq!(
        app.call("/api/exercises/report", &format!("run={run}"), Some(&c.ines)).await.status,
        StatusCode::OK
    );
}

fn form_time(unix: i64) -> String {
    date_time(unix).replace(' ', "T")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_exam_fixes_its_deadline_at_the_start_and_refuses_an_answer_a_second_after_it() {
    let app = TestApp::with_curriculum(curriculum()).await;
    let c = class(&app).await;
    let page = format!("/learn/{EXAM}");
    let closed = app.get(&page, Some(&c.amina)).await.body;
    assert!(closed.contains("not open to your cohort"), "no window yet");
    assert!(!closed.contains("Which command computes"), "and no question before the start");
    let start = app.form("/api/exams/start", &format!("exam={EXAM}"), Some(&c.amina)).await;
    assert!(start.location().contains("__err"), "cannot start outside a window");

    let window = format!(
        "cohort={}&exam={EXAM}&opens={}&closes={}",
        c.cohort,
        form_time(T0 - 60),
        form_time(T0 + 3600)
    );
    done(&app.form("/api/exams/window", &window, Some(&c.ines)).await, "window");
    let backwards =
        format!("cohort={}&exam={EXAM}&opens={}&closes={}", c.cohort, form_time(T0), form_time(T0 - 60));
    assert!(app.form("/api/exams/window", &backwards, Some(&c.ines)).await.location().contains("__err"));
    let not_started = app
        .form("/api/answer", &format!("item={EXAM}&question=tool&answer%5B0%5D=sha256sum"), Some(&c.amina))
        .await;
    assert!(not_started.location().contains("__err"), "no answer before the start");

    done(&app.form("/api/exams/start", &format!("exam={EXAM}"), Some(&c.amina)).await, "start");
    let running = app.get(&page, Some(&c.amina)).await.body;
    assert!(running.contains("Which command computes") && running.contains("10 minutes left"), "{running}");
    // Starting again changes nothing: the deadline stays.
    app.state.core.clock.advance(5 * 60);
    done(&app.form("/api/exams/start", &format!("exam={EXAM}"), Some(&c.amina)).await, "again");
    app.state.core.clock.advance(5 * 60);
    let at_deadline = app
        .call("/api/answer", &format!("item={EXAM}&question=tool&answer%5B0%5D=sha256sum"), Some(&c.amina))
        .await;
    assert_eq!(at_deadline.status, StatusCode::OK, "at the deadline: taken ({})", at_deadline.body);
    assert!(!at_deadline.body.contains("prints a file"), "no explanation before the window closes");
    app.state.core.clock.advance(1);
    let late = app
        .call("/api/answer", &format!("item={EXAM}&question=altered-file&answer%5B0%5D=x"), Some(&c.amina))
        .await;
    assert_eq!(late.status, StatusCode::BAD_REQUEST);
    assert!(late.body.contains("ended at 2026-05-13 08:10"), "{}", late.body);

    let over = app.get(&page, Some(&c.amina)).await.body;
    assert!(over.contains("ended at") && !over.contains("prints a file"), "over; explanations wait");
    let recorded = app
        .count(&format!(
            "SELECT COUNT(*) FROM progress WHERE user_id = {} AND item_id = '{EXAM}' AND score = 0.5",
            c.ids[0]
        ))
        .await;
    assert_eq!(recorded, 1, "the exam's result: what was answered in time");
    app.state.core.clock.advance(3600);
    assert!(
        app.get(&page, Some(&c.amina)).await.body.contains("prints a file"),
        "explained after the window"
    );

    // A trainee of no cohort with a window cannot start.
    app.user("solo", Role::Trainee).await;
    let solo = app.sign_in("solo").await;
    assert!(
        app.form("/api/exams/start", &format!("exam={EXAM}"), Some(&solo)).await.location().contains("__err")
    );
}
