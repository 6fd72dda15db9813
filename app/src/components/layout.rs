use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use kujenga_types::{AppError, Language, Role, Viewer};

use crate::api::auth::header_info;
use crate::i18n::{Msg, t};

/// Every page: its title, then the header (the viewer and their links, and the error of a form
/// posted without JavaScript), the page's own content once its data has loaded, and the footer.
/// The header and the content come from one future under one `<Suspense>`: with two side by side,
/// Leptos 0.8's server rendering occasionally never finished a page.
pub fn page<T, V, Fut>(
    title: &'static str,
    data: impl Fn() -> Fut + Send + Sync + 'static,
    render: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    T: Send + 'static,
    V: IntoView + 'static,
{
    view! {
        <Title text=format!("{title} · Kujenga") />
        <Suspense>
            {move || {
                let (header, data) = (header_info(), data());
                let render = render.clone();
                Suspend::new(async move {
                    let header = header.await.ok();
                    let language = header.as_ref().map(|h| h.language).unwrap_or_default();
                    let content = match data.await {
                        Ok(d) => Either::Left(render(d)),
                        Err(error) => Either::Right(view! { <ErrorNote error /> }),
                    };
                    view! {
                        <header class="top">
                            <a class="brand" href="/">"Kujenga"</a>
                            {header.map(|h| view! { <Nav viewer=h.viewer /> <FormError message=h.form_error /> })}
                        </header>
                        <main id="main">{content}</main>
                        <footer>
                            <Languages current=language />
                            <p>{t(Msg::BrandTagline)}</p>
                        </footer>
                    }
                })
            }}
        </Suspense>
    }
}

/// A page without data of its own.
pub fn static_page<V: IntoView + 'static>(
    title: &'static str,
    render: impl Fn() -> V + Clone + Send + Sync + 'static,
) -> impl IntoView {
    page(title, || async { Ok(()) }, move |()| render())
}

#[component]
fn Nav(viewer: Option<Viewer>) -> impl IntoView {
    match viewer {
        Some(v) => Either::Left(view! {
            <nav class="account" aria-label=t(Msg::NavAccount)>
                <a href="/">{t(Msg::NavCatalog)}</a>
                {matches!(v.role, Role::Instructor | Role::Manager | Role::Admin).then(|| view! { <a href="/cohorts">{t(Msg::NavCohorts)}</a> })}
                {matches!(v.role, Role::Instructor | Role::Admin).then(|| view! { <a href="/reviews">{t(Msg::NavReviews)}</a> <a href="/invites">{t(Msg::NavInvites)}</a> })}
                {matches!(v.role, Role::Manager | Role::Admin).then(|| view! { <a href="/programs">{t(Msg::NavProgrammes)}</a> })}
                {(v.role == Role::Admin).then(|| view! { <a href="/admin">{t(Msg::NavAccounts)}</a> })}
                {matches!(v.role, Role::Manager | Role::Admin).then(|| view! { <a href="/audit">{t(Msg::NavAudit)}</a> })}
                {(v.role == Role::Trainee).then(|| view! { <a href="/exercises">{t(Msg::NavExercises)}</a> <a href="/record">{t(Msg::NavRecord)}</a> })}
                <a href="/account" class="who">{v.display_name}" · "{role_name(v.role)}</a>
                <form method="post" action="/api/sign-out">
                    <button type="submit" class="link">{t(Msg::SignOut)}</button>
                </form>
            </nav>
        }),
        None => Either::Right(view! {
            <nav class="account" aria-label=t(Msg::NavAccount)>
                <a href="/sign-in">{t(Msg::SignIn)}</a>
            </nav>
        }),
    }
}

/// A role as the reader's language names it.
pub fn role_name(role: Role) -> &'static str {
    t(role.title())
}

/// The language menu: plain links (no JavaScript needed), each in its own language, back to
/// this page.
#[component]
fn Languages(current: Language) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let here = format!("{}{}", location.pathname.get_untracked(), location.search.get_untracked());
    let next = kujenga_types::format::encode_query(&here);
    view! {
        <nav class="languages" aria-label=t(Msg::NavLanguage)>
            {Language::ALL
                .map(|l| {
                    let href = format!("/language?to={}&next={next}", l.code());
                    let (lang, dir) = (l.code(), l.dir());
                    if l == current {
                        Either::Left(view! { <span lang=lang dir=dir aria-current="true">{l.name()}</span> })
                    } else {
                        Either::Right(view! { <a href=href lang=lang dir=dir hreflang=lang>{l.name()}</a> })
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn FormError(message: Option<String>) -> impl IntoView {
    message.map(|m| view! { <p class="flash" role="alert">{m}</p> })
}

/// Shows an error the way a reader can act on it.
#[component]
pub fn ErrorNote(error: AppError) -> impl IntoView {
    let hint = match &error {
        AppError::SignInRequired => Some(view! { <a href="/sign-in">{t(Msg::SignIn)}</a> }),
        _ => None,
    };
    view! {
        <div class="error" role="alert">
            <p>{crate::i18n::error(&error)}</p>
            {hint}
        </div>
    }
}

/// A page's data: `fetcher(source())`, with the source (route parameters, query) read when the
/// page renders. Pages are rendered only on the server, so their data needs no `Resource`: a
/// plain future under `<Suspense>` is awaited before the page is sent.
pub fn fetch<S, Fut>(
    source: impl Fn() -> S + Send + Sync + 'static,
    fetcher: impl Fn(S) -> Fut + Send + Sync + 'static,
) -> impl Fn() -> Fut + Clone + Send + Sync + 'static {
    let both = std::sync::Arc::new((source, fetcher));
    move || (both.1)((both.0)())
}
