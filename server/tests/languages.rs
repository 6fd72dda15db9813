//! The reader's language: chosen with the menu (a cookie), saved with the account, or the
//! browser's; `<html lang dir>` follows it, and lessons are shown in it where translated, with
//! a note where they are not.

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use kujenga_types::Role;
use support::{HOST, PASSWORD, TestApp};

async fn page(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> support::Reply {
    let mut request = Request::get(path).header("host", HOST).header("accept", "text/html");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    app.send(request.body(Body::empty()).unwrap()).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_browser_s_language_gives_the_lesson_in_it_or_says_it_is_not_translated() {
    let app = TestApp::new().await;
    let french =
        page(&app, "/learn/basics-first-lesson", &[("accept-language", "fr-FR,fr;q=0.9,en;q=0.5")]).await;
    assert_eq!(french.status, StatusCode::OK);
    assert!(french.body.contains(r#"<html lang="fr" dir="ltr""#), "{}", &french.body[..300]);
    assert!(french.body.contains("Première leçon") && french.body.contains("<h2>Qui un CSIRT sert</h2>"));
    assert!(french.body.contains(r#"<a href="/modules/basics-first">Premier module</a>"#));
    assert!(!french.body.contains("pas encore traduite"), "no note: it is translated");

    let arabic = page(&app, "/learn/basics-first-lesson", &[("accept-language", "ar")]).await;
    assert!(arabic.body.contains(r#"<html lang="ar" dir="rtl""#));
    let note = app::i18n::t_in(kujenga_types::Language::Ar, app::i18n::Msg::TranslationMissing);
    assert!(arabic.body.contains(note), "the note, in Arabic");
    assert!(arabic.body.contains(r#"<article lang="en" dir="ltr""#), "the English text is marked English");
    assert!(arabic.body.contains("First lesson"));

    let english = page(&app, "/learn/basics-first-lesson", &[("accept-language", "de, en;q=0.5")]).await;
    assert!(english.body.contains(r#"<html lang="en" dir="ltr""#) && english.body.contains("First lesson"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_menu_s_choice_sticks_and_wins_over_the_browser() {
    let app = TestApp::new().await;
    let chosen = page(&app, "/language?to=fr&next=%2Flearn%2Fbasics-first-lesson", &[]).await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
    assert_eq!(chosen.location(), "/learn/basics-first-lesson");
    let cookie = chosen.set_cookie().expect("the choice is remembered").to_string();
    assert!(
        cookie.starts_with("kujenga_lang=fr;")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
    );
    let menu = page(&app, "/", &[("accept-language", "es")]).await;
    assert!(menu.body.contains(r#"href="/language?to=fr&amp;next=/""#), "every page has the menu");
    assert!(menu.body.contains(r#"<span lang="es" dir="ltr" aria-current="true">Español</span>"#));
    let after =
        page(&app, "/learn/basics-first-lesson", &[("cookie", "kujenga_lang=fr"), ("accept-language", "es")])
            .await;
    assert!(after.body.contains("Première leçon"), "the choice wins over the browser's language");

    let unknown = page(&app, "/language?to=xx&next=/", &[]).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(unknown.body.contains("`to`") && unknown.body.contains("en, fr, es, pt, ar"), "{}", unknown.body);
    let elsewhere = page(&app, "/language?to=pt&next=//evil.example", &[]).await;
    assert_eq!(elsewhere.location(), "/", "only local pages");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_answers_a_french_question_and_their_saved_language_follows_them() {
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    let cookie = app.sign_in("amina").await;
    let saved = app.form("/api/update-profile", "display_name=Amina&language=pt", Some(&cookie)).await;
    assert!(
        saved.set_cookie().is_some_and(|c| c.contains("kujenga_lang=pt")),
        "saving a language chooses it"
    );

    let body = format!("username=amina&password={}&next=%2F", PASSWORD.replace(' ', "+"));
    let again = app.form("/api/sign-in", &body, None).await;
    let cookies: Vec<&str> =
        again.headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).collect();
    assert!(cookies.iter().any(|c| c.starts_with("kujenga_lang=pt;")), "signing in adopts it: {cookies:?}");

    let answered = app
        .call(
            "/api/answer",
            "item=basics-first-lesson&question=q1&answer%5B0%5D=Sa+communaut%C3%A9+desservie",
            Some(&cookie),
        )
        .await;
    assert_eq!(answered.status, StatusCode::OK, "{}", answered.body);
    assert!(answered.body.contains("\"status\":\"Solved\""), "the French choice is right: {}", answered.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_interface_answers_in_each_language_with_its_lang_and_dir() {
    use app::i18n::{Msg, t_in};
    use kujenga_types::Language;
    let app = TestApp::new().await;
    app.user("amina", Role::Trainee).await;
    let cookie = app.sign_in("amina").await;
    for language in Language::ALL {
        let code = language.code();
        let html = format!(r#"<html lang="{code}" dir="{}""#, language.dir());
        let sign_in = page(&app, "/sign-in", &[("accept-language", code)]).await;
        assert!(sign_in.body.contains(&html), "{code}: {}", &sign_in.body[..200]);
        for msg in [Msg::SignInTitle, Msg::FieldUsername, Msg::FieldPassword, Msg::SignInCreateAccount] {
            let words = t_in(language, msg);
            assert!(sign_in.body.contains(words), "{code}: the sign-in page lacks {msg:?} `{words}`");
        }
        let catalog = page(&app, "/", &[("accept-language", code), ("cookie", &cookie)]).await;
        for msg in [Msg::CatalogTitle, Msg::NavRecord, Msg::SignOut, Msg::BrandTagline] {
            let words = t_in(language, msg);
            assert!(catalog.body.contains(words), "{code}: the catalog lacks {msg:?} `{words}`");
        }
        let lab =
            page(&app, "/learn/basics-lab-integrity", &[("accept-language", code), ("cookie", &cookie)])
                .await;
        for msg in
            [Msg::KindLab, Msg::ItemFiles, Msg::ItemFilesYours, Msg::QuestionCheck, Msg::ItemQuestionsLab]
        {
            let words = t_in(language, msg);
            assert!(lab.body.contains(words), "{code}: the lab page lacks {msg:?} `{words}`");
        }
        if language != Language::En {
            assert_ne!(
                t_in(language, Msg::SignInTitle),
                t_in(Language::En, Msg::SignInTitle),
                "{code} is translated"
            );
            assert!(!lab.body.contains(">Your files<"), "{code}: no English heading left on the lab page");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cohort_grid_and_the_dashboard_answer_in_each_language() {
    use app::i18n::{Msg, t_in};
    use kujenga_core::storage::{cohorts, programs};
    use kujenga_types::Language;
    let app = TestApp::new().await;
    let db = &app.state.core.db;
    let program = programs::create(db, "West Africa programme").await.unwrap();
    let new = cohorts::NewCohort { name: "Accra 2026", program_id: Some(program), ..Default::default() };
    let cohort = cohorts::create(db, &new).await.unwrap();
    let instructor = app.user("ines", Role::Instructor).await;
    app.enrol(cohort, instructor, Role::Instructor).await;
    let trainee = app.user("amina", Role::Trainee).await;
    app.enrol(cohort, trainee, Role::Trainee).await;
    let manager = app.user("mosi", Role::Manager).await;
    programs::add_manager(db, program, manager).await.unwrap();
    let (ines, mosi) = (app.sign_in("ines").await, app.sign_in("mosi").await);
    for language in Language::ALL {
        let code = language.code();
        let html = format!(r#"<html lang="{code}" dir="{}""#, language.dir());
        let grid =
            page(&app, &format!("/cohorts/{cohort}"), &[("accept-language", code), ("cookie", &ines)]).await;
        assert_eq!(grid.status, StatusCode::OK);
        assert!(grid.body.contains(&html), "{code}");
        for msg in [Msg::CohortsColTrainee, Msg::CohortsFind, Msg::CohortsImportTitle, Msg::NavCohorts] {
            let words = t_in(language, msg);
            assert!(grid.body.contains(words), "{code}: the cohort grid lacks {msg:?} `{words}`");
        }
        let dashboard =
            page(&app, &format!("/programs/{program}"), &[("accept-language", code), ("cookie", &mosi)])
                .await;
        assert_eq!(dashboard.status, StatusCode::OK);
        assert!(dashboard.body.contains(&html), "{code}");
        for msg in [
            Msg::ProgramsDashboardTitle,
            Msg::ProgramsByCohort,
            Msg::ProgramsByCountry,
            Msg::ProgramsHeadlineCompletion,
        ] {
            let words = t_in(language, msg);
            assert!(dashboard.body.contains(words), "{code}: the dashboard lacks {msg:?} `{words}`");
        }
    }
}

/// What the server itself writes follows the reader too: an island's error, a form's error
/// on the page, a CSV's header and a date.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_csv_and_dates_are_written_in_the_reader_s_language() {
    let app = TestApp::new().await;
    let cohort = app.cohort("Cohort").await;
    let ines = app.user("ines", Role::Instructor).await;
    app.enrol(cohort, ines, Role::Instructor).await;
    let call = |body: &str, language: &'static str| {
        Request::post("/api/sign-in")
            .header("host", HOST)
            .header("origin", "http://kujenga.test")
            .header("accept", "application/json")
            .header("accept-language", language)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body.to_string()))
            .unwrap()
    };
    let wrong = app.send(call("username=ines&password=not+it&next=%2F", "fr")).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("Nom d’utilisateur ou mot de passe incorrect."), "{}", wrong.body);
    let arabic = app.send(call("username=ines&password=not+it&next=%2F", "ar")).await;
    assert!(arabic.body.contains("اسم المستخدم أو كلمة المرور غير صحيحة."), "{}", arabic.body);

    let cookie = app.sign_in("ines").await;
    let french = format!("{cookie}; kujenga_lang=fr");
    let bad_day = app
        .form("/api/schedule", &format!("cohort={cohort}&module=basics-first&opens_on=31/12"), Some(&french))
        .await;
    let back = app.follow(&bad_day, Some(&french)).await;
    assert!(
        back.body.contains("n’est pas une date") || back.body.contains("n'est pas une date"),
        "{}",
        back.body
    );

    let grid = app.get(&format!("/cohorts/{cohort}/grid.csv"), Some(&french)).await;
    assert!(grid.body.starts_with("stagiaire,"), "{}", grid.body);
    app.form(
        "/api/schedule",
        &format!("cohort={cohort}&module=basics-first&opens_on=2027-05-01"),
        Some(&cookie),
    )
    .await;
    let amina = app.user("amina", Role::Trainee).await;
    app.enrol(cohort, amina, Role::Trainee).await;
    let trainee = format!("{}; kujenga_lang=fr", app.sign_in("amina").await);
    let module = app.get("/modules/basics-first", Some(&trainee)).await;
    assert!(module.body.contains("1er mai 2027"), "{}", module.body);
}
