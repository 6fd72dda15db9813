//! The HTML shell and the routes.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::pages::{
    account, admin, audit, catalog, cohorts, credentials, exercises, glossary, item, join, module, not_found,
    programs, record, reviews, sign_in, track,
};

#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    crate::ssr::page::prepare_page();
    let css = format!("/pkg/{}.css", crate::ssr::page::assets(&options).css);
    let language = crate::ssr::language::current();
    view! {
        <!DOCTYPE html>
        <html lang=language.code() dir=language.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="icon" href="data:," />
                <link rel="stylesheet" href=css />
                <leptos_meta::MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Every page renders completely on the server before it is sent (`SsrMode::Async`), so it
/// works without JavaScript and gets the right status code.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=not_found::NotFound>
                <Route path=path!("/") view=catalog::CatalogPage ssr=SsrMode::Async />
                <Route path=path!("/tracks/:id") view=track::TrackPage ssr=SsrMode::Async />
                <Route path=path!("/modules/:id") view=module::ModulePage ssr=SsrMode::Async />
                <Route path=path!("/learn/:id") view=item::ItemPage ssr=SsrMode::Async />
                <Route path=path!("/glossary/:track") view=glossary::GlossaryPage ssr=SsrMode::Async />
                <Route path=path!("/sign-in") view=sign_in::SignInPage ssr=SsrMode::Async />
                <Route path=path!("/join") view=join::JoinPage ssr=SsrMode::Async />
                <Route path=path!("/admin") view=admin::UsersPage ssr=SsrMode::Async />
                <Route path=path!("/admin/accounts/:id") view=admin::AccountPage ssr=SsrMode::Async />
                <Route path=path!("/account") view=account::AccountPage ssr=SsrMode::Async />
                <Route path=path!("/record") view=record::RecordPage ssr=SsrMode::Async />
                <Route path=path!("/audit") view=audit::AuditPage ssr=SsrMode::Async />
                <Route path=path!("/invites") view=admin::InvitesPage ssr=SsrMode::Async />
                <Route path=path!("/programs") view=programs::ProgramsPage ssr=SsrMode::Async />
                <Route path=path!("/programs/:id") view=programs::DashboardPage ssr=SsrMode::Async />
                <Route path=path!("/cohorts") view=cohorts::CohortsPage ssr=SsrMode::Async />
                <Route path=path!("/cohorts/:id") view=cohorts::CohortPage ssr=SsrMode::Async />
                <Route path=path!("/cohorts/:cohort/trainees/:trainee") view=cohorts::TraineePage ssr=SsrMode::Async />
                <Route path=path!("/reviews") view=reviews::ReviewsPage ssr=SsrMode::Async />
                <Route path=path!("/cohorts/:id/exercises") view=exercises::CohortExercisesPage ssr=SsrMode::Async />
                <Route path=path!("/exercises") view=exercises::MyExercisesPage ssr=SsrMode::Async />
                <Route path=path!("/exercises/:run") view=exercises::TeamPage ssr=SsrMode::Async />
                <Route path=path!("/exercises/:run/console") view=exercises::ConsolePage ssr=SsrMode::Async />
                <Route path=path!("/exercises/:run/report") view=exercises::ReportPage ssr=SsrMode::Async />
                <Route path=path!("/certificates/:id") view=credentials::CertificatePage ssr=SsrMode::Async />
                <Route path=path!("/verify") view=credentials::VerifyPage ssr=SsrMode::Async />
            </Routes>
        </Router>
    }
}
