use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Serialize, de::DeserializeOwned};

use crate::api::auth::header_info;
use crate::api::{AppError, Role, Viewer};

/// The frame of every page: header with the viewer and their links, the error of a form
/// posted without JavaScript, then the page.
#[component]
pub fn Layout(#[prop(into)] title: String, children: Children) -> impl IntoView {
    let header = Resource::new(|| (), |_| header_info());
    view! {
        <Title text=format!("{title} · Kujenga") />
        <header class="top">
            <a class="brand" href="/">"Kujenga"</a>
            <Suspense>
                {move || Suspend::new(async move {
                    header.await.ok().map(|h| view! { <Nav viewer=h.viewer /> <FormError message=h.form_error /> })
                })}
            </Suspense>
        </header>
        <main id="main">{children()}</main>
        <footer>"Kujenga — open training for national cybersecurity capacity"</footer>
    }
}

#[component]
fn Nav(viewer: Option<Viewer>) -> impl IntoView {
    match viewer {
        Some(v) => Either::Left(view! {
            <nav class="account" aria-label="Account">
                <a href="/">"Catalog"</a>
                {matches!(v.role, Role::Instructor | Role::Manager | Role::Admin).then(|| view! { <a href="/cohorts">"Cohorts"</a> })}
                {matches!(v.role, Role::Instructor | Role::Admin).then(|| view! { <a href="/reviews">"Reviews"</a> <a href="/invites">"Invites"</a> })}
                {matches!(v.role, Role::Manager | Role::Admin).then(|| view! { <a href="/programs">"Programmes"</a> })}
                {(v.role == Role::Admin).then(|| view! { <a href="/admin">"Accounts"</a> })}
                <span class="who">{v.display_name}" · "{v.role.label()}</span>
                <form method="post" action="/api/sign-out">
                    <button type="submit" class="link">"Sign out"</button>
                </form>
            </nav>
        }),
        None => Either::Right(view! {
            <nav class="account" aria-label="Account">
                <a href="/sign-in">"Sign in"</a>
            </nav>
        }),
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
        AppError::SignInRequired => Some(view! { <a href="/sign-in">"Sign in"</a> }),
        _ => None,
    };
    view! {
        <div class="error" role="alert">
            <p>{error.to_string()}</p>
            {hint}
        </div>
    }
}

/// Renders `render(data)` once the page's data has loaded, or the error.
pub fn loaded<T, V>(
    data: Resource<Result<T, AppError>>,
    render: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(d) => Either::Left(render(d)),
                        Err(error) => Either::Right(view! { <ErrorNote error /> }),
                    }
                })
            }}
        </Suspense>
    }
}
