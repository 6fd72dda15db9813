use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use kujenga_types::learn::GlossaryData as Data;

use crate::api::learn::glossary_page;
use crate::components::layout::{fetch, page};
use crate::i18n::{Msg, t, tr};

/// A track's glossary; lessons link to its terms by anchor.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let params = use_params_map();
    let data = fetch(move || params.read().get("track").unwrap_or_default(), glossary_page);
    page(t(Msg::GlossaryTitle), data, render)
}

fn render(page: Data) -> impl IntoView {
    view! {
        <nav class="crumbs" aria-label=t(Msg::NavBreadcrumb)>
            <a href="/">{t(Msg::NavCatalog)}</a>
            " › "
            <a href=format!("/tracks/{}", page.track.id)>{page.track.title.clone()}</a>
        </nav>
        <h1>{tr(Msg::GlossaryOf, &[("title", page.track.title.into())])}</h1>
        <dl class="glossary">
            {page
                .terms
                .into_iter()
                .map(|term| {
                    view! {
                        <dt id=term.id>{term.term}</dt>
                        <dd>
                            {term.definition}
                            <br />
                            <span class="meta">{tr(Msg::GlossarySource, &[("source", term.source.into())])}</span>
                        </dd>
                    }
                })
                .collect_view()}
        </dl>
    }
}
