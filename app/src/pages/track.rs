use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use kujenga_types::learn::TrackData as Data;

use crate::api::learn::track_page;
use crate::components::layout::{fetch, page};
use crate::components::progress::ProgressBar;
use crate::i18n::{Msg, t};

#[component]
pub fn TrackPage() -> impl IntoView {
    let params = use_params_map();
    let data = fetch(move || params.read().get("id").unwrap_or_default(), track_page);
    page(t(Msg::TrackTitle), data, render)
}

fn render(page: Data) -> impl IntoView {
    view! {
        <nav class="crumbs" aria-label=t(Msg::NavBreadcrumb)>
            <a href="/">{t(Msg::NavCatalog)}</a>
        </nav>
        <h1>{page.title}</h1>
        <p>{page.summary}</p>
        <p><a href=format!("/glossary/{}", page.id)>{t(Msg::TrackGlossaryLink)}</a></p>
        {page.signed_in.then(|| view! { <ProgressBar completion=page.completion /> })}
        <ol class="cards">
            {page
                .modules
                .into_iter()
                .map(|m| {
                    view! {
                        <li class="card">
                            <h2>
                                <a href=format!("/modules/{}", m.id)>{m.title}</a>
                            </h2>
                            <p>{m.summary}</p>
                            {page.signed_in.then(|| view! { <ProgressBar completion=m.completion /> })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
