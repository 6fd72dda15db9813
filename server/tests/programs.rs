//! Programmes, cohorts, reviews and dashboards through the router: who may call what, CSV
//! import, reviews of free-text answers, and exports that equal the page.

mod support;

use axum::http::StatusCode;
use kujenga_core::storage::{cohorts, programs, users};
use kujenga_types::format::encode_query;
use kujenga_types::{Profile, Role};
use support::{Reply, TestApp};

/// Two programmes, each with a manager and a cohort with an instructor and a trainee.
struct World {
    app: TestApp,
    p1: i64,
    c1: i64,
    t1: i64,
    /// Session cookies by username.
    cookies: Vec<(&'static str, String)>,
}

fn profile(org: &str, country: &str, gender: &str) -> Profile {
    Profile { organisation: org.into(), country: country.into(), gender: gender.into(), ..Default::default() }
}

async fn world() -> World {
    let app = TestApp::new().await;
    let db = app.state.core.db.clone();
    let admin = app.user("admin", Role::Admin).await;
    let _ = admin;
    let mut ids = Vec::new();
    for (n, (country, gender)) in [("KE", "female"), ("GH", "")].iter().enumerate() {
        let n = n + 1;
        let program = programs::create(&db, &format!("Programme {n}")).await.unwrap();
        let manager = app.user(&format!("manager{n}"), Role::Manager).await;
        programs::add_manager(&db, program, manager).await.unwrap();
        let cohort = cohorts::NewCohort {
            name: &format!("Cohort {n}"),
            program_id: Some(program),
            ..Default::default()
        };
        let cohort = cohorts::create(&db, &cohort).await.unwrap();
        let instructor = app.user(&format!("teacher{n}"), Role::Instructor).await;
        app.enrol(cohort, instructor, Role::Instructor).await;
        let trainee =
            app.user_with(&format!("trainee{n}"), Role::Trainee, profile("CERT", country, gender)).await;
        app.enrol(cohort, trainee, Role::Trainee).await;
        ids.push((program, cohort, trainee));
    }
    let mut cookies = Vec::new();
    for name in ["admin", "manager1", "manager2", "teacher1", "teacher2", "trainee1", "trainee2"] {
        cookies.push((name, app.sign_in(name).await));
    }
    World { app, p1: ids[0].0, c1: ids[0].1, t1: ids[0].2, cookies }
}

impl World {
    /// The cookie of a short name: t1 is trainee1, i1 teacher1, m1 manager1.
    fn cookie(&self, who: &str) -> Option<&str> {
        let full = match who.split_at(1) {
            ("t", n) => format!("trainee{n}"),
            ("i", n) => format!("teacher{n}"),
            ("m", n) => format!("manager{n}"),
            _ => who.to_string(),
        };
        self.cookies.iter().find(|(n, _)| *n == full).map(|(_, c)| c.as_str())
    }
}

fn refused(reply: &Reply) -> bool {
    matches!(reply.status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_server_function_of_the_feature_refuses_whoever_may_not_call_it() {
    let w = world().await;
    let (p1, c1, t1) = (w.p1, w.c1, w.t1);
    let everyone = ["anonymous", "t1", "t2", "i1", "i2", "m1", "m2", "admin"];
    // (what, request, who may call it). A trainee of the other cohort, an instructor of the other
    // cohort and a manager of the other programme are all in the matrix.
    let cases: Vec<(&str, String, &[&str])> = vec![
        ("programmes", "/api/programs".into(), &["m1", "m2", "admin"]),
        ("create programme", "/api/create-program?name=New".into(), &["admin"]),
        ("add manager", format!("/api/add-manager?program={p1}&manager=1"), &["admin"]),
        ("remove manager", format!("/api/remove-manager?program={p1}&manager=1"), &["admin"]),
        ("rename programme", format!("/api/rename-program?program={p1}&name=Programme%201"), &["admin"]),
        ("add instructor", format!("/api/add-instructor?cohort={c1}&instructor=1"), &["admin"]),
        ("cohort settings", format!("/api/update-cohort?cohort={c1}&name=Cohort%201"), &["admin"]),
        ("create cohort", format!("/api/create-cohort?name=C3&program={p1}"), &["admin"]),
        ("dashboard", format!("/api/dashboard?program={p1}"), &["m1", "admin"]),
        ("cohorts", "/api/cohorts".into(), &["i1", "i2", "m1", "m2", "admin"]),
        ("cohort grid", format!("/api/cohort?id={c1}"), &["i1", "m1", "admin"]),
        ("trainee record", format!("/api/trainee?cohort={c1}&trainee={t1}"), &["i1", "admin"]),
        ("import preview", format!("/api/import-preview?cohort={c1}&csv=name,username"), &["i1", "admin"]),
        ("import commit", format!("/api/import-commit?cohort={c1}"), &["i1", "admin"]),
        ("import cancel", format!("/api/import-cancel?cohort={c1}"), &["i1", "admin"]),
        ("review queue", "/api/reviews".into(), &["i1", "i2", "admin"]),
        (
            "review",
            format!("/api/review?trainee={t1}&item=basics-second&question=q4&decision=accept"),
            &["i1", "admin"],
        ),
    ];
    for (what, request, allowed) in &cases {
        let (path, body) = request.split_once('?').unwrap_or((request.as_str(), ""));
        for who in everyone {
            let reply = w.app.call(path, body, w.cookie(who)).await;
            let expected_allowed = allowed.contains(&who);
            assert_eq!(
                !refused(&reply),
                expected_allowed,
                "{what} as {who}: {} {}",
                reply.status,
                reply.body
            );
        }
    }
    for who in everyone {
        let reply = w.app.get(&format!("/programs/{p1}/export/completion.csv"), w.cookie(who)).await;
        assert_eq!(
            reply.status == StatusCode::OK,
            ["m1", "admin"].contains(&who),
            "export as {who}: {}",
            reply.status
        );
    }
    let grid = w.app.get(&format!("/cohorts/{c1}"), w.cookie("t2")).await;
    assert_eq!(grid.status, StatusCode::FORBIDDEN, "a trainee never sees other trainees");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_renames_programmes_and_changes_who_manages_and_teaches() {
    let w = world().await;
    let (p1, c1, admin) = (w.p1, w.c1, w.cookie("admin"));
    let db = &w.app.state.core.db;
    let id = |name: &'static str| async move { users::credentials(db, name).await.unwrap().unwrap().0 };
    let (manager1, teacher2, trainee1) = (id("manager1").await, id("teacher2").await, id("trainee1").await);

    let of_p1 = format!("program={p1}");
    let dashboard = |who| w.app.call("/api/dashboard", &of_p1, w.cookie(who));
    let renamed =
        w.app.call("/api/rename-program", &format!("program={p1}&name=West%20Africa%202027"), admin).await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.body);
    assert!(w.app.get("/programs", admin).await.body.contains("West Africa 2027"));
    let taken = w.app.call("/api/rename-program", &format!("program={p1}&name=Programme%202"), admin).await;
    assert_eq!(taken.status, StatusCode::BAD_REQUEST);
    assert!(taken.body.contains("name") && taken.body.contains("exists already"), "{}", taken.body);
    let blank = w.app.call("/api/rename-program", &format!("program={p1}&name=%20"), admin).await;
    assert!(blank.body.contains("1 to 100 characters"), "{}", blank.body);

    // Without JavaScript the form goes back to the programmes page.
    let plain = w.app.form("/api/remove-manager", &format!("program={p1}&manager={manager1}"), admin).await;
    assert_eq!(plain.location(), "/programs");
    let refusal = dashboard("m1").await;
    assert!(refused(&refusal), "a removed manager no longer sees the programme: {}", refusal.status);
    let again = w.app.call("/api/remove-manager", &format!("program={p1}&manager={manager1}"), admin).await;
    assert!(again.body.contains("does not manage this programme"), "{}", again.body);

    let grid = format!("id={c1}");
    assert!(refused(&w.app.call("/api/cohort", &grid, w.cookie("i2")).await));
    let not_instructor =
        w.app.call("/api/add-instructor", &format!("cohort={c1}&instructor={trainee1}"), admin).await;
    assert!(not_instructor.body.contains("Instructor role"), "{}", not_instructor.body);
    let promoted = w.app.user("promoted", Role::Instructor).await;
    w.app.enrol(c1, promoted, Role::Trainee).await;
    let member =
        w.app.call("/api/add-instructor", &format!("cohort={c1}&instructor={promoted}"), admin).await;
    assert!(member.body.contains("a trainee of the cohort"), "not silently left a trainee: {}", member.body);
    let added = w.app.call("/api/add-instructor", &format!("cohort={c1}&instructor={teacher2}"), admin).await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    let seen = w.app.call("/api/cohort", &grid, w.cookie("i2")).await;
    assert_eq!(seen.status, StatusCode::OK, "the added instructor sees the cohort: {}", seen.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cached_dashboard_shows_new_names_at_once() {
    let app = TestApp::with_dashboard_cache(std::time::Duration::from_secs(3600)).await;
    app.user("admin", Role::Admin).await;
    let admin = app.sign_in("admin").await;
    let program = programs::create(&app.state.core.db, "Old programme").await.unwrap();
    let cohort = cohorts::NewCohort { name: "Old cohort", program_id: Some(program), ..Default::default() };
    let cohort = cohorts::create(&app.state.core.db, &cohort).await.unwrap();
    let trainee = app.user("trainee", Role::Trainee).await;
    app.enrol(cohort, trainee, Role::Trainee).await;
    let of_program = format!("program={program}");
    let dashboard = || app.call("/api/dashboard", &of_program, Some(&admin));
    let before = dashboard().await.body;
    assert!(before.contains("Old programme") && before.contains("Old cohort"), "{before}");

    app.call("/api/rename-program", &format!("program={program}&name=New%20programme"), Some(&admin)).await;
    let renamed = dashboard().await.body;
    assert!(renamed.contains("New programme") && renamed.contains("Old cohort"), "{renamed}");
    app.call("/api/update-cohort", &format!("cohort={cohort}&name=New%20cohort"), Some(&admin)).await;
    assert!(dashboard().await.body.contains("New cohort"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_changes_a_cohorts_name_dates_and_curriculum() {
    let w = world().await;
    let (c1, admin) = (w.c1, w.cookie("admin"));
    let page = w.app.get(&format!("/cohorts/{c1}"), admin).await;
    assert!(page.body.contains("Cohort settings") && page.body.contains("basics-first"), "{}", page.body);
    let instructor_page = w.app.get(&format!("/cohorts/{c1}"), w.cookie("i1")).await;
    assert!(!instructor_page.body.contains("Cohort settings"), "only admins change a cohort's settings");

    let settings = "name=Cohort%201%20(2027)&starts_on=2027-01-11&ends_on=2027-03-26&content[0]=basics-first";
    let saved = w.app.form("/api/update-cohort", &format!("cohort={c1}&{settings}"), admin).await;
    assert_eq!(saved.location(), format!("/cohorts/{c1}"));
    let info = cohorts::info(&w.app.state.core.db, c1).await.unwrap().unwrap();
    assert_eq!(info.name, "Cohort 1 (2027)");
    assert_eq!(
        (info.starts_on.as_deref(), info.ends_on.as_deref()),
        (Some("2027-01-11"), Some("2027-03-26"))
    );
    assert_eq!(info.content, ["basics-first"]);
    assert_eq!(info.instructors.len(), 1, "members stay");
    let page = w.app.get(&format!("/cohorts/{c1}"), admin).await;
    assert!(
        page.body.contains(r#"value="basics-first" checked"#),
        "the form shows what is saved: {}",
        page.body
    );
    assert!(page.body.contains(r#"value="2027-03-26""#), "{}", page.body);

    for (body, problem) in [
        ("name=Cohort%202", "exists already"),
        ("name=X&starts_on=2027-03-01&ends_on=2027-02-01", "end on or after"),
        ("name=X&content[0]=no-such-module", "`no-such-module` is not a track or module"),
        ("name=X&starts_on=31/02/2027", "Starts on: `31/02/2027` is not a date"),
    ] {
        let refused = w.app.call("/api/update-cohort", &format!("cohort={c1}&{body}"), admin).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{body}: {}", refused.body);
        assert!(refused.body.contains(problem), "{body}: {}", refused.body);
    }
    let unchanged = cohorts::info(&w.app.state.core.db, c1).await.unwrap().unwrap();
    assert_eq!(unchanged.name, "Cohort 1 (2027)", "a refused change writes nothing");
    assert_eq!(unchanged.content, ["basics-first"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_csv_import_reports_every_bad_row_and_writes_all_or_nothing() {
    let w = world().await;
    let (c1, i1) = (w.c1, w.cookie("i1"));
    let users_before = users::count(&w.app.state.core.db).await.unwrap();
    let bad = "name,email,organisation,country,role,gender\n\
               Ama Mensah,ama@cert.test,Ghana CERT,GH,CERT/CSIRT analyst,female\n\
               ,nobody@cert.test,X,KE,,\n\
               Kofi Boateng,kofi@cert.test,Police,Ghana,,\n\
               Esi,esi@cert.test,X,KE,Astronaut,\n\
               Yaw,trainee1@cert.test,X,KE,,\n";
    let body = format!("cohort={c1}&csv={}", encode_query(bad));
    let preview = w.app.call("/api/import-preview", &body, i1).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    // The cohort's page shows the preview, each problem in the reader's words.
    let preview = w.app.get(&format!("/cohorts/{c1}"), i1).await;
    for problem in [
        "line 3: Name: is empty",
        "line 4: Country: `GHANA` is not a two-letter country code",
        "line 5: What you do: `Astronaut` is not one of",
        "line 6: username `trainee1` is taken",
    ] {
        assert!(preview.body.contains(problem), "`{problem}` in {}", preview.body);
    }
    let commit = w.app.call("/api/import-commit", &format!("cohort={c1}"), i1).await;
    assert_eq!(commit.status, StatusCode::BAD_REQUEST);
    assert!(commit.body.contains("Nothing was imported"), "{}", commit.body);
    assert_eq!(users::count(&w.app.state.core.db).await.unwrap(), users_before, "nothing written");

    // Without JavaScript the preview comes back on the cohort page, listing the problems.
    let plain = w.app.form("/api/import-preview", &body, i1).await;
    assert_eq!(plain.location(), format!("/cohorts/{c1}#import"));
    let page = w.app.get(&format!("/cohorts/{c1}"), i1).await;
    assert!(
        page.body.contains("line 4: Country:") && page.body.contains("1 row ready, 4 problems"),
        "{}",
        page.body
    );

    let good = "name,email,organisation,country,role,gender\n\
                Ama Mensah,ama@cert.test,Ghana CERT,gh,cert/csirt analyst,Female\n\
                \"Boateng, Kofi\",kofi@cert.test,\"Police, Accra\",GH,Police investigator,\n";
    let body = format!("cohort={c1}&csv={}", encode_query(good));
    let preview = w.app.call("/api/import-preview", &body, i1).await;
    assert!(preview.body.contains(r#""problems":[]"#), "{}", preview.body);
    let commit = w.app.call("/api/import-commit", &format!("cohort={c1}"), i1).await;
    assert_eq!(commit.status, StatusCode::OK, "{}", commit.body);
    assert!(commit.body.contains("ama") && commit.body.contains("kofi"), "{}", commit.body);
    assert_eq!(users::count(&w.app.state.core.db).await.unwrap(), users_before + 2);
    let trainees = cohorts::trainees(&w.app.state.core.db, c1).await.unwrap();
    let kofi = trainees.iter().find(|t| t.username == "kofi").expect("enrolled");
    assert_eq!(
        (kofi.display_name.as_str(), kofi.organisation.as_str(), kofi.country.as_str()),
        ("Boateng, Kofi", "Police, Accra", "GH")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_returned_answer_shows_its_comment_and_an_accepted_one_counts() {
    let w = world().await;
    let (t1, i1) = (w.cookie("t1"), w.cookie("i1"));
    // The second lesson's prerequisite.
    w.app.complete(w.t1, "basics-first-lesson", None).await;
    let answer = |text: &str| format!("item=basics-second&question=q4&answer%5B0%5D={}", encode_query(text));
    let sent = w.app.call("/api/answer", &answer("We serve the ministries."), t1).await;
    assert!(sent.body.contains(r#""status":"AwaitingReview""#), "{}", sent.body);

    let queue = w.app.get("/reviews", i1).await;
    assert!(
        queue.body.contains("We serve the ministries.") && queue.body.contains("trainee1"),
        "{}",
        queue.body
    );
    assert!(
        !w.app.get("/reviews", w.cookie("i2")).await.body.contains("We serve the ministries."),
        "not another cohort's"
    );

    let body = |decision: &str, comment: &str| {
        format!(
            "trainee={}&item=basics-second&question=q4&decision={decision}&comment={}",
            w.t1,
            encode_query(comment)
        )
    };
    let without = w.app.call("/api/review", &body("return", ""), i1).await;
    assert_eq!(without.status, StatusCode::BAD_REQUEST, "a returned answer needs a comment");
    let returned = w.app.form("/api/review", &body("return", "Name the constituency itself."), i1).await;
    assert_eq!(returned.location(), "/reviews");
    let lesson = w.app.get("/learn/basics-second", t1).await;
    assert!(lesson.body.contains("Name the constituency itself."), "the trainee sees the comment");

    w.app.call("/api/answer", &answer("The ministries and their agencies."), t1).await;
    let accepted = w.app.call("/api/review", &body("accept", "Good."), i1).await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    let again = w.app.call("/api/review", &body("accept", ""), i1).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "reviewed already");
    let lesson = w.app.get("/learn/basics-second", t1).await;
    assert!(lesson.body.contains("✓ Correct"), "{}", lesson.body);
}

/// The numbers of one CSV export, row by row.
fn rows(csv: &str) -> Vec<Vec<String>> {
    csv.lines().skip(1).map(|l| l.split(',').map(String::from).collect()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dashboards_count_correctly_filter_and_export_the_same_numbers() {
    let w = world().await;
    // A second trainee in programme 1, from another country and without a gender.
    let other = w.app.user_with("trainee3", Role::Trainee, profile("Police", "GH", "")).await;
    w.app.enrol(w.c1, other, Role::Trainee).await;
    for item in ["basics-first-lesson", "basics-second"] {
        w.app.complete(w.t1, item, None).await;
    }
    w.app.complete(w.t1, "basics-lab-fat", Some(0.5)).await;
    w.app.complete(other, "basics-first-lesson", None).await;

    let m1 = w.cookie("m1");
    let data = w.app.call("/api/dashboard", &format!("program={}", w.p1), m1).await;
    assert!(
        data.body.contains(
            r#""headline":{"enrolled":2,"active":2,"completion":500,"lab_score":500,"credentials":0}"#
        ),
        "{}",
        data.body
    );
    let kenya = w.app.call("/api/dashboard", &format!("program={}&filters[country]=KE", w.p1), m1).await;
    assert!(
        kenya.body.contains(r#""headline":{"enrolled":1,"active":1,"completion":750,"#),
        "{}",
        kenya.body
    );

    // The page, filtered by country, and every CSV export with the same filter.
    let page = w.app.get(&format!("/programs/{}?country=KE", w.p1), m1).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("<strong>1</strong> enrolled")
            && page.body.contains("<strong>75.0%</strong> completion"),
        "{}",
        page.body
    );
    let countries = w.app.get(&format!("/programs/{}/export/country.csv?country=KE", w.p1), m1).await;
    assert_eq!(countries.headers["content-type"], "text/csv; charset=utf-8");
    assert_eq!(rows(&countries.body), [["KE", "1", "1", "75.0%", "50.0%", "0"]]);
    let row = "<tr><th scope=\"row\">KE</th><td>1</td><td>1</td><td>75.0%</td><td>50.0%</td><td>0</td></tr>";
    assert!(page.body.contains(row), "the page shows the same row: {}", page.body);
    let labs = w.app.get(&format!("/programs/{}/export/labs.csv?country=KE", w.p1), m1).await;
    for r in rows(&labs.body) {
        let on_page = format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            r[0],
            r[1],
            r[2],
            if r[3].is_empty() { "–" } else { &r[3] }
        );
        assert!(page.body.contains(&on_page), "{on_page} on the page");
    }
    let all = w.app.get(&format!("/programs/{}/export/gender.csv", w.p1), m1).await;
    assert_eq!(
        rows(&all.body),
        [["female", "1", "1", "75.0%", "50.0%", "0"], ["unspecified", "1", "1", "25.0%", "", "0"]]
    );
    let weeks = w.app.get(&format!("/programs/{}/export/weeks.csv", w.p1), m1).await;
    assert_eq!(rows(&weeks.body).last().unwrap()[2], "4", "all four completions this week");
    assert!(
        page.body.contains("<svg") && page.body.contains("role=\"img\""),
        "charts are server-rendered SVG with text alternatives"
    );
    assert_eq!(
        w.app.get(&format!("/programs/{}/export/secrets.csv", w.p1), m1).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_import_button_downloads_the_first_passwords_which_are_kept_nowhere() {
    let w = world().await;
    let (c1, i1) = (w.c1, w.cookie("i1"));
    let file = "name,email\nAma Mensah,ama@cert.test\nKofi Boateng,kofi@cert.test\n";
    let body = format!("cohort={c1}&csv={}", encode_query(file));
    w.app.form("/api/import-preview", &body, i1).await;
    let page = w.app.get(&format!("/cohorts/{c1}"), i1).await;
    assert!(page.body.contains(&format!(r#"action="/cohorts/{c1}/import""#)), "{}", page.body);

    for who in ["anonymous", "i2", "t1", "m1"] {
        let refused = w.app.form(&format!("/cohorts/{c1}/import"), "", w.cookie(who)).await;
        assert!(matches!(refused.status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN), "{who}");
    }
    let download = w.app.form(&format!("/cohorts/{c1}/import"), "", i1).await;
    assert_eq!(download.status, StatusCode::OK, "{}", download.body);
    assert_eq!(download.headers["content-type"], "text/csv; charset=utf-8");
    assert!(download.headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let lines: Vec<&str> = download.body.lines().collect();
    assert_eq!(lines[0], "username,first password");
    let ama = lines.iter().find_map(|l| l.strip_prefix("ama,")).expect("ama's password");
    let signed_in = w.app.form("/api/sign-in", &format!("username=ama&password={ama}&next=%2F"), None).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "the downloaded password signs ama in");

    assert!(!ama.contains('\''));
    let kept = if w.app.state.core.db.engine() == "sqlite" {
        w.app.count(&format!("SELECT COUNT(*) FROM tower_sessions WHERE data LIKE '%{ama}%'")).await
    } else {
        w.app
            .count(&format!(
                "SELECT COUNT(*) FROM tower_sessions.session WHERE position('{ama}'::bytea in data) > 0"
            ))
            .await
    };
    assert_eq!(kept, 0, "no session holds the password");
    let again = w.app.form(&format!("/cohorts/{c1}/import"), "", i1).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "the draft is gone once imported");
    assert!(again.body.contains("nothing to import"), "{}", again.body);
}
