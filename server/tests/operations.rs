//! Running a programme day to day, through HTTP as browsers (plain forms) and islands (JSON)
//! call it: accounts and their lifecycle, cohort membership, schedules and prerequisites, the
//! audit log, and a person's own record.

mod support;

use std::collections::HashMap;

use axum::http::StatusCode;
use kujenga_core::storage::{cohorts, programs, users};
use kujenga_types::Role;
use kujenga_types::format::encode_query;
use support::{PASSWORD, Reply, TestApp};

/// Two programmes. Programme 1 has cohorts `c1` and `c1b`, both taught by `i1` (tutor1);
/// programme 2 has `c2`, taught by `i2` (tutor2). `m1` and `m2` (mgr1, mgr2) manage one
/// programme each. Trainees `t1` (t1x, in `c1`) and `t2` (t2x, in `c2`) are signed in; the
/// `s.*` trainees of `c1` are targets of actions, not signed in.
struct World {
    app: TestApp,
    p1: i64,
    p2: i64,
    c1: i64,
    c1b: i64,
    c2: i64,
    ids: HashMap<&'static str, i64>,
    cookies: HashMap<&'static str, String>,
}

const SPARES: [&str; 7] = ["s.reset", "s.enable", "s.role", "s.erase", "s.withdraw", "s.move", "s.enrol"];

async fn world() -> World {
    let app = TestApp::new().await;
    let db = app.state.core.db.clone();
    let mut ids = HashMap::new();
    let mut person = async |name: &'static str, role| {
        let id = app.user(name, role).await;
        ids.insert(name, id);
        id
    };
    person("admin", Role::Admin).await;
    let p1 = programs::create(&db, "Programme 1").await.unwrap();
    let p2 = programs::create(&db, "Programme 2").await.unwrap();
    programs::add_manager(&db, p1, person("mgr1", Role::Manager).await).await.unwrap();
    programs::add_manager(&db, p2, person("mgr2", Role::Manager).await).await.unwrap();
    let cohort = async |name: &str, program| {
        cohorts::create(&db, &cohorts::NewCohort { name, program_id: Some(program), ..Default::default() })
            .await
            .unwrap()
    };
    let (c1, c1b, c2) =
        (cohort("Cohort 1", p1).await, cohort("Cohort 1b", p1).await, cohort("Cohort 2", p2).await);
    let i1 = person("tutor1", Role::Instructor).await;
    let i2 = person("tutor2", Role::Instructor).await;
    let t1 = person("t1x", Role::Trainee).await;
    let t2 = person("t2x", Role::Trainee).await;
    let mut spares = Vec::new();
    for name in SPARES {
        spares.push(person(name, Role::Trainee).await);
    }
    app.enrol(c1, i1, Role::Instructor).await;
    app.enrol(c1b, i1, Role::Instructor).await;
    app.enrol(c2, i2, Role::Instructor).await;
    app.enrol(c1, t1, Role::Trainee).await;
    app.enrol(c2, t2, Role::Trainee).await;
    for (name, id) in SPARES.iter().zip(spares) {
        if *name != "s.enrol" {
            app.enrol(c1, id, Role::Trainee).await;
        }
    }
    let mut cookies = HashMap::new();
    for name in ["admin", "mgr1", "mgr2", "tutor1", "tutor2", "t1x", "t2x"] {
        cookies.insert(name, app.sign_in(name).await);
    }
    World { app, p1, p2, c1, c1b, c2, ids, cookies }
}

impl World {
    fn cookie(&self, who: &str) -> Option<&str> {
        let who = match who {
            "t1" => "t1x",
            "t2" => "t2x",
            "i1" => "tutor1",
            "i2" => "tutor2",
            "m1" => "mgr1",
            "m2" => "mgr2",
            other => other,
        };
        self.cookies.get(who).map(String::as_str)
    }

    fn id(&self, who: &str) -> i64 {
        self.ids[who]
    }

    /// An account's page as an admin reads it.
    async fn account(&self, who: &str) -> serde_json::Value {
        let reply =
            self.app.call("/api/admin/account", &format!("id={}", self.id(who)), self.cookie("admin")).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        serde_json::from_str(&reply.body).unwrap()
    }

    /// A programme's dashboard figures (of one cohort, or of all).
    async fn headline(&self, who: &str, program: i64, cohort: Option<i64>) -> serde_json::Value {
        let filter = cohort.map_or(String::new(), |c| format!("&filters%5Bcohort%5D={c}"));
        let reply =
            self.app.call("/api/dashboard", &format!("program={program}{filter}"), self.cookie(who)).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        serde_json::from_str::<serde_json::Value>(&reply.body).unwrap()["headline"].clone()
    }

    async fn enrolled(&self, cohort: i64) -> u64 {
        self.headline("m1", self.p1, Some(cohort)).await["enrolled"].as_u64().unwrap()
    }

    async fn audit_csv(&self, who: &str) -> String {
        let reply = self.app.get("/audit.csv", self.cookie(who)).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.body
    }
}

fn refused(reply: &Reply) -> bool {
    matches!(reply.status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN)
        || reply.location().starts_with("/sign-in")
}

fn sign_in_body(username: &str, password: &str) -> String {
    format!("username={username}&password={}&next=%2F", encode_query(password))
}

const EVERYONE: [&str; 8] = ["anonymous", "t1", "t2", "i1", "i2", "m1", "m2", "admin"];
const SIGNED_IN: &[&str] = &["t1", "t2", "i1", "i2", "m1", "m2", "admin"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_new_server_function_refuses_whoever_may_not_call_it() {
    let w = world().await;
    let (c1, c1b, c2, p2, t1) = (w.c1, w.c1b, w.c2, w.p2, w.id("t1x"));
    let invite =
        w.app.call("/api/create-invite", &format!("cohort_id={c1}&days=7&max_uses=5"), w.cookie("i1")).await;
    let code: String = serde_json::from_str(&invite.body).unwrap();
    let spare = |name| w.id(name);
    // (what, request, who may call it), in the order the rows run: a caller who may not is
    // refused before anything is looked up or changed, and allowed callers come last.
    let cases: Vec<(&str, String, &[&str])> = vec![
        ("own account", "/api/account".into(), SIGNED_IN),
        ("own record", "/api/record".into(), SIGNED_IN),
        ("change password", "/api/change-password?current=wrong&new=x".into(), SIGNED_IN),
        ("update profile", "/api/update-profile?display_name=Same%20Name".into(), SIGNED_IN),
        ("account directory", "/api/admin/users".into(), &["admin"]),
        ("account page", format!("/api/admin/account?id={t1}"), &["admin"]),
        ("reset password", format!("/api/reset-password?user={}", spare("s.reset")), &["i1", "admin"]),
        ("enable", format!("/api/set-account-enabled?user={}&enabled=true", spare("s.enable")), &["admin"]),
        ("change role", format!("/api/change-role?user={}&role=trainee", spare("s.role")), &["admin"]),
        ("erase", format!("/api/erase-account?user={}&confirm=on", spare("s.erase")), &["admin"]),
        ("audit log", "/api/audit".into(), &["m1", "m2", "admin"]),
        ("revoke invite", format!("/api/revoke-invite?code={code}"), &["i1", "admin"]),
        ("enrol", format!("/api/enrol?cohort={c1}&username=s.enrol"), &["i1", "admin"]),
        ("withdraw", format!("/api/withdraw?cohort={c1}&trainee={}", spare("s.withdraw")), &["i1", "admin"]),
        (
            "move",
            format!("/api/move-trainee?cohort={c1}&trainee={}&to={c1b}", spare("s.move")),
            &["i1", "admin"],
        ),
        (
            "schedule",
            format!("/api/schedule?cohort={c1}&module=basics-first&opens_on=2026-01-05"),
            &["i1", "admin"],
        ),
        (
            "waive prerequisites",
            format!("/api/waive-prerequisites?cohort={c1}&trainee={t1}&item=basics-second"),
            &["i1", "admin"],
        ),
        ("archive cohort", format!("/api/archive-cohort?cohort={c2}&archived=false"), &["admin"]),
        ("archive programme", format!("/api/archive-program?program={p2}&archived=false"), &["admin"]),
    ];
    for (what, request, allowed) in &cases {
        let (path, body) = request.split_once('?').unwrap_or((request.as_str(), ""));
        for who in EVERYONE {
            let reply = w.app.call(path, body, w.cookie(who)).await;
            assert_eq!(
                !refused(&reply),
                allowed.contains(&who),
                "{what} as {who}: {} {}",
                reply.status,
                reply.body
            );
            assert_ne!(reply.status, StatusCode::INTERNAL_SERVER_ERROR, "{what} as {who}: {}", reply.body);
        }
    }
    let downloads: [(String, &[&str]); 4] = [
        ("/record.json".into(), SIGNED_IN),
        ("/record.csv".into(), SIGNED_IN),
        (format!("/cohorts/{c1}/grid.csv"), &["i1", "m1", "admin"]),
        ("/audit.csv".into(), &["m1", "m2", "admin"]),
    ];
    for (path, allowed) in &downloads {
        for who in EVERYONE {
            let reply = w.app.get(path, w.cookie(who)).await;
            assert_eq!(
                reply.status == StatusCode::OK,
                allowed.contains(&who),
                "{path} as {who}: {}",
                reply.status
            );
        }
    }
    for page in ["/account", "/record", "/admin", "/audit", &format!("/admin/accounts/{t1}")] {
        let anonymous = w.app.get(page, None).await;
        assert!(anonymous.location().starts_with("/sign-in"), "{page} asks for a sign-in");
    }
    assert_eq!(w.app.get("/audit", w.cookie("i1")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        w.app.get(&format!("/admin/accounts/{t1}"), w.cookie("m1")).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forgotten_password_is_reset_by_the_instructor_and_changed_at_the_next_sign_in() {
    let w = world().await;
    let (c1, t1) = (w.c1, w.id("t1x"));
    let trainee_page = format!("/cohorts/{c1}/trainees/{t1}");

    let other = w.app.call("/api/reset-password", &format!("user={t1}"), w.cookie("i2")).await;
    assert_eq!(other.status, StatusCode::FORBIDDEN, "another cohort's instructor: {}", other.body);

    // Without JavaScript: the form goes back to the trainee's page, which shows the password.
    let reset =
        w.app.form("/api/reset-password", &format!("user={t1}&back={trainee_page}"), w.cookie("i1")).await;
    assert_eq!(reset.location(), trainee_page);
    let page = w.app.get(&trainee_page, w.cookie("i1")).await;
    let temporary = page
        .body
        .split("Temporary password, until its first use: ")
        .nth(1)
        .and_then(|rest| rest.split("<code class=\"code\">").nth(1))
        .and_then(|rest| rest.split("</code>").next())
        .unwrap_or_else(|| panic!("the temporary password is on the page: {}", page.body))
        .to_string();
    assert!(temporary.len() >= 16, "{temporary}");
    assert!(w.app.get("/", w.cookie("t1")).await.body.contains("Sign in"), "the old session ended");
    let old = w.app.form("/api/sign-in", &sign_in_body("t1x", PASSWORD), None).await;
    assert!(w.app.follow(&old, None).await.body.contains("Wrong username or password."));

    let signed_in = w.app.form("/api/sign-in", &sign_in_body("t1x", &temporary), None).await;
    let cookie = signed_in.cookie().expect("signed in with the temporary password");
    let home = w.app.get("/", Some(&cookie)).await;
    assert_eq!(home.location(), "/account", "every page sends them to choose a password first");
    let refused = w.app.call("/api/record", "", Some(&cookie)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    assert!(refused.body.contains("Your password was reset"), "{}", refused.body);
    let account = w.app.get("/account", Some(&cookie)).await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("Choose a new one"), "{}", account.body);

    let short =
        w.app.call("/api/change-password", &format!("current={temporary}&new=short"), Some(&cookie)).await;
    assert_eq!(short.status, StatusCode::BAD_REQUEST);
    assert!(short.body.contains("New password: use at least 12"), "{}", short.body);
    let wrong = w
        .app
        .call("/api/change-password", "current=not+it&new=amber+lantern+river+maize", Some(&cookie))
        .await;
    assert!(wrong.body.contains("current password"), "{}", wrong.body);
    let body = format!("current={temporary}&new=amber+lantern+river+maize");
    let changed = w.app.form("/api/change-password", &body, Some(&cookie)).await;
    assert_eq!(changed.location(), "/account?saved=password", "{}", changed.body);
    let cookie = changed.cookie().unwrap_or(cookie);
    let home = w.app.get("/", Some(&cookie)).await;
    assert_eq!(home.status, StatusCode::OK, "the same session goes on: {}", home.location());
    assert!(!w.app.get(&trainee_page, w.cookie("i1")).await.body.contains("Temporary password"), "used once");
    let again = w.app.form("/api/sign-in", &sign_in_body("t1x", &temporary), None).await;
    assert!(again.cookie().is_none(), "a temporary password works once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_disables_changes_and_erases_accounts_and_a_wrong_field_is_named() {
    let w = world().await;
    let (admin, t1) = (w.cookie("admin"), w.id("t1x"));
    let disabled = w.app.form("/api/set-account-enabled", &format!("user={t1}&enabled=false"), admin).await;
    assert_eq!(disabled.location(), format!("/admin/accounts/{t1}"));
    let elsewhere = w.app.call("/api/record", "", w.cookie("t1")).await;
    assert_eq!(elsewhere.status, StatusCode::UNAUTHORIZED, "the next request of its session is refused");
    let sign_in = w.app.form("/api/sign-in", &sign_in_body("t1x", PASSWORD), None).await;
    assert!(sign_in.cookie().is_none(), "a disabled account cannot sign in");
    assert_eq!(w.account("t1x").await["summary"]["disabled"], true);
    w.app.call("/api/set-account-enabled", &format!("user={t1}&enabled=true"), admin).await;
    assert!(w.app.form("/api/sign-in", &sign_in_body("t1x", PASSWORD), None).await.cookie().is_some());

    let unknown = w.app.call("/api/change-role", &format!("user={t1}&role=superuser"), admin).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(unknown.body.contains("role") && unknown.body.contains("superuser"), "{}", unknown.body);
    let promoted = w.app.call("/api/change-role", &format!("user={t1}&role=instructor"), admin).await;
    assert_eq!(promoted.status, StatusCode::OK, "{}", promoted.body);
    assert_eq!(w.account("t1x").await["summary"]["role"], "Instructor");
    let me = w.app.call("/api/change-role", &format!("user={}&role=trainee", w.id("admin")), admin).await;
    assert!(me.body.contains("your own account"), "{}", me.body);
    let last =
        w.app.call("/api/set-account-enabled", &format!("user={}&enabled=false", w.id("admin")), admin).await;
    assert_eq!(last.status, StatusCode::BAD_REQUEST, "an admin cannot lock everyone out: {}", last.body);

    // Erasure keeps the programme's figures and drops what names the person.
    let t2 = w.id("t2x");
    w.app.complete(t2, "basics-first-lesson", None).await;
    let before = w.headline("m2", w.p2, None).await;
    let unticked = w.app.call("/api/erase-account", &format!("user={t2}"), admin).await;
    assert!(unticked.body.contains("Confirmation: tick the box"), "{}", unticked.body);
    let erased = w.app.call("/api/erase-account", &format!("user={t2}&confirm=on"), admin).await;
    assert_eq!(erased.status, StatusCode::OK, "{}", erased.body);
    assert_eq!(w.headline("m2", w.p2, None).await, before, "the figures stay");
    let account = users::account(&w.app.state.core.db, t2).await.unwrap().unwrap();
    assert_eq!(account.username, format!("erased-{t2}"));
    assert!(w.app.form("/api/sign-in", &sign_in_body("t2x", PASSWORD), None).await.cookie().is_none());
    assert!(!w.audit_csv("admin").await.contains("t2x"), "the log no longer names them");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_account_directory_searches_filters_and_pages() {
    let w = world().await;
    let admin = w.cookie("admin");
    for n in 0..55 {
        w.app.user(&format!("bulk{n:02}"), Role::Trainee).await;
    }
    let page = async |query: &str| w.app.call("/api/admin/users", query, admin).await;
    let json = |reply: Reply| serde_json::from_str::<serde_json::Value>(&reply.body).unwrap();
    let all = json(page("").await);
    assert_eq!(all["total"], 69);
    assert_eq!((all["pages"].as_u64(), all["accounts"].as_array().unwrap().len()), (Some(2), 50));
    let second = json(page("search%5Bpage%5D=2").await);
    assert_eq!(second["accounts"].as_array().unwrap().len(), 19);
    let found = json(page("search%5Btext%5D=BULK0").await);
    assert_eq!(found["total"], 10, "by username, whatever the case");
    let staff = json(page("search%5Brole%5D=instructor").await);
    let names: Vec<_> =
        staff["accounts"].as_array().unwrap().iter().map(|a| a["username"].as_str().unwrap()).collect();
    assert_eq!(names, ["tutor1", "tutor2"]);
    let cohort = json(page(&format!("search%5Bcohort%5D={}&search%5Brole%5D=trainee", w.c2)).await);
    assert_eq!(cohort["total"], 1);
    let wrong = page("search%5Brole%5D=wizard").await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
    assert!(wrong.body.contains("role"), "{}", wrong.body);

    // Without JavaScript: the page itself, with its search in the address.
    let html = w.app.get("/admin?text=TUTOR&role=instructor", admin).await;
    assert!(html.body.contains(">tutor1<") && html.body.contains(">tutor2<"), "{}", html.body);
    assert!(!html.body.contains(">t1x<") && html.body.contains("2 accounts"), "{}", html.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_instructor_enrols_withdraws_and_moves_trainees_and_the_grid_and_dashboard_follow() {
    let w = world().await;
    let (c1, c1b, c2, i1) = (w.c1, w.c1b, w.c2, w.cookie("i1"));
    let grid = async |cohort: i64| w.app.call("/api/cohort", &format!("id={cohort}"), i1).await.body;
    assert_eq!((w.enrolled(c1).await, w.enrolled(c1b).await), (7, 0));

    let unknown = w.app.call("/api/enrol", &format!("cohort={c1}&username=nobody"), i1).await;
    assert!(unknown.body.contains("Username: there is no account `nobody`"), "{}", unknown.body);
    let twice = w.app.call("/api/enrol", &format!("cohort={c1}&username=t1x"), i1).await;
    assert!(twice.body.contains("already"), "{}", twice.body);
    let added = w.app.form("/api/enrol", &format!("cohort={c1}&username=S.Enrol"), i1).await;
    assert_eq!(added.location(), format!("/cohorts/{c1}"));
    assert!(grid(c1).await.contains("s.enrol"));

    let s_move = w.id("s.move");
    let other_programme =
        w.app.call("/api/move-trainee", &format!("cohort={c1}&trainee={s_move}&to={c2}"), i1).await;
    assert_eq!(other_programme.status, StatusCode::BAD_REQUEST);
    assert!(other_programme.body.contains("same programme"), "{}", other_programme.body);
    let moved = w.app.form("/api/move-trainee", &format!("cohort={c1}&trainee={s_move}&to={c1b}"), i1).await;
    assert_eq!(moved.location(), format!("/cohorts/{c1b}/trainees/{s_move}"));
    assert!(!grid(c1).await.contains("s.move") && grid(c1b).await.contains("s.move"));
    assert_eq!((w.enrolled(c1).await, w.enrolled(c1b).await), (7, 1), "the dashboard follows");

    let s_withdraw = w.id("s.withdraw");
    w.app.complete(s_withdraw, "basics-first-lesson", None).await;
    let withdrawn = w.app.form("/api/withdraw", &format!("cohort={c1}&trainee={s_withdraw}"), i1).await;
    assert_eq!(withdrawn.location(), format!("/cohorts/{c1}"));
    let page = w.app.get(&format!("/cohorts/{c1}"), i1).await.body;
    let (active, left) = page.split_once("id=\"withdrawn\"").expect("a withdrawn section");
    assert!(!active.contains("s.withdraw") && left.contains("s.withdraw"), "marked as withdrawn");
    assert_eq!(w.enrolled(c1).await, 6);
    let progress =
        kujenga_core::storage::progress::completed(&w.app.state.core.db, s_withdraw).await.unwrap();
    assert!(progress.contains_key("basics-first-lesson"), "their work stays");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_archived_cohort_or_programme_is_read_only_and_still_counted() {
    let w = world().await;
    let (c1, admin, i1) = (w.c1, w.cookie("admin"), w.cookie("i1"));
    let counted = async || w.headline("m1", w.p1, None).await["enrolled"].as_u64().unwrap();
    let before = counted().await;
    let archived = w.app.form("/api/archive-cohort", &format!("cohort={c1}&archived=true"), admin).await;
    assert_eq!(archived.location(), format!("/cohorts/{c1}"));
    assert_eq!(counted().await, before, "still counted");
    let enrol = w.app.call("/api/enrol", &format!("cohort={c1}&username=s.enrol"), i1).await;
    assert_eq!(enrol.status, StatusCode::BAD_REQUEST);
    assert!(enrol.body.contains("archived"), "{}", enrol.body);
    let page = w.app.get(&format!("/cohorts/{c1}"), i1).await.body;
    assert!(
        page.contains("archived") && !page.contains("action=\"/api/enrol\""),
        "no forms on a read-only cohort"
    );
    w.app.call("/api/archive-cohort", &format!("cohort={c1}&archived=false"), admin).await;

    let archived =
        w.app.call("/api/archive-program", &format!("program={}&archived=true", w.p1), admin).await;
    assert_eq!(archived.status, StatusCode::OK, "{}", archived.body);
    let rename = w.app.call("/api/rename-program", &format!("program={}&name=Renamed", w.p1), admin).await;
    assert!(rename.body.contains("archived"), "{}", rename.body);
    let enrol = w.app.call("/api/enrol", &format!("cohort={c1}&username=s.enrol"), i1).await;
    assert!(
        enrol.body.contains("archived"),
        "a cohort of an archived programme is read-only: {}",
        enrol.body
    );
    assert_eq!(counted().await, before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_module_opens_on_its_day_and_prerequisites_hold_unless_waived() {
    let w = world().await;
    let (c1, i1, t1, trainee) = (w.c1, w.cookie("i1"), w.id("t1x"), w.cookie("t1"));
    let answer = |item: &str| format!("item={item}&question=q4&answer%5B0%5D=The+ministries.");

    let blocked = w.app.call("/api/answer", &answer("basics-second"), trainee).await;
    assert_eq!(blocked.status, StatusCode::BAD_REQUEST);
    assert!(blocked.body.contains("finish First lesson first"), "{}", blocked.body);
    let page = w.app.get("/learn/basics-second", trainee).await.body;
    assert!(
        page.contains("Finish these first") && page.contains("href=\"/learn/basics-first-lesson\""),
        "{page}"
    );
    let waived = w
        .app
        .form("/api/waive-prerequisites", &format!("cohort={c1}&trainee={t1}&item=basics-second"), i1)
        .await;
    assert_eq!(waived.location(), format!("/cohorts/{c1}/trainees/{t1}"));
    let sent = w.app.call("/api/answer", &answer("basics-second"), trainee).await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    let unknown =
        w.app.call("/api/waive-prerequisites", &format!("cohort={c1}&trainee={t1}&item=nothing"), i1).await;
    assert!(unknown.body.contains("Lesson or lab: `nothing`"), "{}", unknown.body);

    let bad_day =
        w.app.call("/api/schedule", &format!("cohort={c1}&module=basics-first&opens_on=31/12"), i1).await;
    assert!(bad_day.body.contains("Opens on: `31/12` is not a date"), "{}", bad_day.body);
    let later = w
        .app
        .form("/api/schedule", &format!("cohort={c1}&module=basics-first&opens_on=2999-01-04"), i1)
        .await;
    assert_eq!(later.location(), format!("/cohorts/{c1}#schedule"));
    let closed = w.app.call("/api/answer", &answer("basics-second"), trainee).await;
    assert!(closed.body.contains("opens to your cohort on 2999-01-04"), "{}", closed.body);
    assert!(w.app.get("/learn/basics-second", trainee).await.body.contains("4 January 2999"));
    w.app.call("/api/schedule", &format!("cohort={c1}&module=basics-first&opens_on="), i1).await;
    let open = w.app.call("/api/answer", &answer("basics-second"), trainee).await;
    assert!(!open.body.contains("opens to your cohort"), "{}", open.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trainee_reads_and_downloads_their_own_record() {
    let w = world().await;
    let (trainee, t1) = (w.cookie("t1"), w.id("t1x"));
    w.app.complete(t1, "basics-first-lesson", None).await;
    let answer = "item=basics-second&question=q4&answer%5B0%5D=We+serve+the+ministries.";
    w.app.call("/api/answer", answer, trainee).await;
    let body =
        format!("trainee={t1}&item=basics-second&question=q4&decision=return&comment=Name+the+constituency.");
    assert_eq!(w.app.call("/api/review", &body, w.cookie("i1")).await.status, StatusCode::OK);

    let page = w.app.get("/record", trainee).await;
    assert!(
        page.body.contains("First lesson") && page.body.contains("Name the constituency."),
        "{}",
        page.body
    );
    let json = w.app.get("/record.json", trainee).await;
    assert!(json.headers["content-disposition"].to_str().unwrap().contains("kujenga-record.json"));
    let record: serde_json::Value = serde_json::from_slice(&json.bytes).unwrap();
    assert_eq!(record["username"], "t1x");
    assert_eq!(record["submissions"][0]["answer"], "We serve the ministries.");
    assert_eq!(record["reviews"][0]["comment"], "Name the constituency.");
    let done: Vec<_> =
        record["items"].as_array().unwrap().iter().filter(|i| !i["completed_on"].is_null()).collect();
    assert_eq!(done.len(), 1);
    let csv = w.app.get("/record.csv", trainee).await.body;
    let mut lines = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = lines.records().map(Result::unwrap).collect();
    assert!(rows.iter().any(|r| r.iter().any(|f| f == "We serve the ministries.")), "{csv}");
    assert!(!w.app.get("/record.json", w.cookie("t2")).await.body.contains("ministries"), "only one's own");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_person_edits_their_own_profile_and_language() {
    let w = world().await;
    let trainee = w.cookie("t1");
    let body = "display_name=Amina+Diallo&organisation=CERT-SN&country=sn&job=Forensic+analyst&gender=female&language=fr";
    let saved = w.app.form("/api/update-profile", body, trainee).await;
    assert_eq!(saved.location(), "/account?saved=details");
    assert!(w.app.follow(&saved, trainee).await.body.contains("Your details are saved."));
    let mine: serde_json::Value =
        serde_json::from_str(&w.app.call("/api/account", "", trainee).await.body).unwrap();
    assert_eq!(
        (&mine["display_name"], &mine["profile"]["country"], &mine["language"]),
        (&"Amina Diallo".into(), &"SN".into(), &"fr".into())
    );
    let language = w.app.call("/api/update-profile", "display_name=Amina&language=xx", trainee).await;
    assert!(language.body.contains("Language: choose one of"), "{}", language.body);
    let name = w.app.call("/api/update-profile", "display_name=+", trainee).await;
    assert!(name.body.contains("Display name: give a name"), "{}", name.body);

    // The join form asks for the profile too.
    let join = w.app.get("/join", None).await.body;
    for field in ["organisation", "country", "job", "gender"] {
        assert!(join.contains(&format!("name=\"{field}\"")), "the join form asks for {field}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_audit_log_has_a_row_for_each_action_and_no_secret() {
    let w = world().await;
    let (admin, i1, c1, c1b, p1) = (w.cookie("admin"), w.cookie("i1"), w.c1, w.c1b, w.p1);
    let t1 = w.id("t1x");
    let ok = async |path: &str, body: String, cookie: Option<&str>| {
        let reply = w.app.call(path, &body, cookie).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.body);
        reply
    };
    let wrong_password = "Tr0ub4dor&3-typed-in-the-wrong-field";
    w.app.form("/api/sign-in", &sign_in_body("t1x", wrong_password), None).await;
    let invite = ok("/api/create-invite", format!("cohort_id={c1}&days=7&max_uses=5"), i1).await;
    let code: String = serde_json::from_str(&invite.body).unwrap();
    let joined_password = "copper lantern maize river";
    let join =
        format!("code={code}&username=newcomer&display_name=New&password={}", encode_query(joined_password));
    assert_eq!(w.app.form("/api/join", &join, None).await.status, StatusCode::SEE_OTHER);
    ok("/api/revoke-invite", format!("code={code}"), i1).await;
    let created = "username=created&display_name=Created&role=trainee&password=amber+lantern+river+maize";
    ok("/api/admin/create-user", created.into(), admin).await;
    ok("/api/reset-password", format!("user={}", w.id("s.reset")), i1).await;
    let temporary = w.account("s.reset").await["temporary_password"].as_str().unwrap().to_string();
    let new_password = "a quite new river password";
    let body = format!("current={}&new={}", encode_query(PASSWORD), encode_query(new_password));
    ok("/api/change-password", body, w.cookie("m1")).await;
    ok("/api/set-account-enabled", format!("user={}&enabled=false", w.id("s.enable")), admin).await;
    ok("/api/set-account-enabled", format!("user={}&enabled=true", w.id("s.enable")), admin).await;
    ok("/api/change-role", format!("user={}&role=instructor", w.id("s.role")), admin).await;
    ok("/api/update-profile", "display_name=Tee+One".into(), w.cookie("t1")).await;
    ok("/api/enrol", format!("cohort={c1}&username=s.enrol"), i1).await;
    ok("/api/withdraw", format!("cohort={c1}&trainee={}", w.id("s.withdraw")), i1).await;
    ok("/api/move-trainee", format!("cohort={c1}&trainee={}&to={c1b}", w.id("s.move")), i1).await;
    ok("/api/schedule", format!("cohort={c1}&module=basics-first&opens_on=2026-01-05"), i1).await;
    ok("/api/waive-prerequisites", format!("cohort={c1}&trainee={t1}&item=basics-second"), i1).await;
    ok("/api/answer", "item=basics-second&question=q4&answer%5B0%5D=Secret+free+text".into(), w.cookie("t1"))
        .await;
    let review = format!("trainee={t1}&item=basics-second&question=q4&decision=accept");
    ok("/api/review", review, i1).await;
    let issue = format!("cohort={c1}&trainee={t1}&track=basics&reason=Finished+the+pilot+on+paper");
    ok("/api/credentials/issue", issue, i1).await;
    let credential = w.app.text("SELECT id FROM credentials").await;
    ok("/api/credentials/revoke", format!("cohort={c1}&trainee={t1}&id={credential}&reason=In+error"), i1)
        .await;
    ok(
        "/api/import-preview",
        format!("cohort={c1}&csv={}", encode_query("name,email\nAma Mensah,ama@cert.test\n")),
        i1,
    )
    .await;
    let imported = ok("/api/import-commit", format!("cohort={c1}"), i1).await;
    let first_password: serde_json::Value = serde_json::from_str(&imported.body).unwrap();
    let first_password = first_password["accounts"][0][1].as_str().unwrap().to_string();
    ok("/api/create-program", "name=Programme+3".into(), admin).await;
    ok("/api/rename-program", format!("program={p1}&name=Programme+One"), admin).await;
    ok("/api/add-manager", format!("program={p1}&manager={}", w.id("mgr2")), admin).await;
    ok("/api/remove-manager", format!("program={p1}&manager={}", w.id("mgr2")), admin).await;
    ok("/api/create-cohort", format!("name=C9&program={p1}"), admin).await;
    ok("/api/update-cohort", format!("cohort={c1b}&name=Cohort+One+B"), admin).await;
    ok("/api/add-instructor", format!("cohort={c1b}&instructor={}", w.id("tutor2")), admin).await;
    ok("/api/archive-cohort", format!("cohort={c1b}&archived=true"), admin).await;
    ok("/api/archive-cohort", format!("cohort={c1b}&archived=false"), admin).await;
    ok("/api/archive-program", format!("program={}&archived=true", w.p2), admin).await;
    ok("/api/archive-program", format!("program={}&archived=false", w.p2), admin).await;
    ok("/api/erase-account", format!("user={}&confirm=on", w.id("s.erase")), admin).await;
    // Sign-ins of long ago, purged.
    w.app.execute("UPDATE audit_log SET at = 0 WHERE action = 'signed-in'").await;
    kujenga_core::retention::purge(&w.app.state.core.db, 30).await.unwrap();

    let log = w.audit_csv("admin").await;
    let expected = [
        "sign-in-refused",
        "joined",
        "invite-created",
        "invite-revoked",
        "account-created",
        "password-reset",
        "password-changed",
        "account-disabled",
        "account-enabled",
        "role-changed",
        "profile-changed",
        "trainee-enrolled",
        "trainee-withdrawn",
        "trainee-moved",
        "module-scheduled",
        "prerequisite-overridden",
        "answer-reviewed",
        "trainees-imported",
        "program-created",
        "program-renamed",
        "manager-added",
        "manager-removed",
        "cohort-created",
        "cohort-changed",
        "instructor-added",
        "cohort-archived",
        "cohort-restored",
        "program-archived",
        "program-restored",
        "account-erased",
        "records-purged",
        "credential-issued",
        "credential-revoked",
    ];
    let actions: Vec<String> = csv::Reader::from_reader(log.as_bytes())
        .records()
        .map(|r| r.unwrap().get(2).unwrap().to_string())
        .collect();
    for action in expected {
        assert!(actions.iter().any(|a| a == action), "a row for {action}:\n{log}");
    }
    assert!(!actions.iter().any(|a| a == "signed-in"), "purged rows are gone:\n{log}");
    assert_eq!(kujenga_core::audit::Action::ALL.len(), expected.len() + 1, "every action is tried here");
    for secret in [
        PASSWORD,
        wrong_password,
        joined_password,
        new_password,
        &temporary,
        &first_password,
        &code,
        "Secret free text",
    ] {
        assert!(!log.contains(secret), "the log holds no secret ({secret})");
        assert!(!log.contains(&encode_query(secret)), "not even encoded ({secret})");
    }

    // A manager reads their programmes' part only.
    let m2 = w.audit_csv("m2").await;
    assert!(m2.contains("program-archived") && !m2.contains("trainee-moved"), "{m2}");
    let filtered = w.app.call("/api/audit", "filters%5Baction%5D=role-changed", admin).await;
    let page: serde_json::Value = serde_json::from_str(&filtered.body).unwrap();
    assert_eq!(page["total"], 1, "{}", filtered.body);
    assert_eq!(page["rows"][0]["detail"], "role: trainee -> instructor");
}

/// `kujenga` with the test server's database.
fn kujenga(w: &World, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_kujenga"))
        .args(args)
        .arg("--database-url")
        .arg(&w.app.settings.database_url)
        .arg("--data-dir")
        .arg(&w.app.settings.data_dir)
        .env_remove("KUJENGA_RETENTION_DAYS")
        .output()
        .expect("the kujenga binary runs")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_operator_erases_a_person_and_purges_old_records_on_the_command_line() {
    let w = world().await;
    let erased = kujenga(&w, &["user", "erase", "--username", "S.Erase"]);
    assert!(erased.status.success(), "{}", String::from_utf8_lossy(&erased.stderr));
    let id = w.id("s.erase");
    let account = users::account(&w.app.state.core.db, id).await.unwrap().unwrap();
    assert_eq!(
        (account.username.as_str(), account.display_name.as_str()),
        (format!("erased-{id}").as_str(), "Erased account")
    );
    let again = kujenga(&w, &["user", "erase", "--username", "s.erase"]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("account s.erase"), "names what was not found");
    let last_admin = kujenga(&w, &["user", "erase", "--username", "admin"]);
    assert!(String::from_utf8_lossy(&last_admin.stderr).contains("last active admin"));

    let unset = kujenga(&w, &["purge"]);
    assert!(String::from_utf8_lossy(&unset.stderr).contains("--older-than DAYS"));
    let short = kujenga(&w, &["purge", "--older-than", "7"]);
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 30 days"));
    w.app.execute("UPDATE audit_log SET at = 0 WHERE action = 'signed-in'").await;
    let purged = kujenga(&w, &["purge", "--older-than", "30"]);
    let said = String::from_utf8_lossy(&purged.stdout);
    assert!(said.contains("deleted 7 audit rows"), "{said}");
    let log = w.audit_csv("admin").await;
    assert!(log.contains("records-purged") && log.contains("on the server's command line"), "{log}");
}
