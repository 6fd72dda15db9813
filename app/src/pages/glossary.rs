use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use kujenga_types::learn::GlossaryData as Data;

use crate::api::learn::glossary_page;
use crate::components::layout::{fetch, page};

/// A track's glossary; lessons link to its terms by anchor.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let params = use_params_map();
    let data = fetch(move || params.read().get("track").unwrap_or_default(), glossary_page);
    page("Glossary", data, render)
}

fn render(page: Data) -> impl IntoView {
    view! {
        <nav class="crumbs" aria-label="Breadcrumb">
            <a href="/">"Catalog"</a>
            " › "
            <a href=format!("/tracks/{}", page.track.id)>{page.track.title.clone()}</a>
        </nav>
        <h1>{format!("Glossary: {}", page.track.title)}</h1>
        <dl class="glossary">
            {page
                .terms
                .into_iter()
                .map(|t| {
                    view! {
                        <dt id=t.id>{t.term}</dt>
                        <dd>
                            {t.definition}
                            <br />
                            <span class="meta">{format!("Source: {}", t.source)}</span>
                        </dd>
                    }
                })
                .collect_view()}
        </dl>
    }
}
