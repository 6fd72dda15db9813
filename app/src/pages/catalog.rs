use leptos::prelude::*;

use kujenga_types::learn::{CatalogData as Data, TrackSummary};

use crate::api::learn::catalog_page;
use crate::components::layout::{fetch, page};
use crate::components::progress::ProgressBar;

#[component]
pub fn CatalogPage() -> impl IntoView {
    let data = fetch(|| (), |_| catalog_page());
    page("Catalog", data, |d| view! { <h1>"Catalog"</h1> {render(d)} })
}

fn render(page: Data) -> impl IntoView {
    let intro = if page.signed_in {
        page.continue_at.map(|next| {
            let label = if page.starting { "Start here: " } else { "Continue where you left off: " };
            view! {
                <p class="continue">
                    <a href=format!("/learn/{}", next.id)>{format!("{label}{}", next.title)}</a>
                </p>
            }
            .into_any()
        })
    } else {
        Some(
            view! {
                <p class="intro">
                    "Three tracks for national cybersecurity teams, police, prosecutors, judges and forensic analysts. "
                    <a href="/sign-in">"Sign in"</a>" to record your progress and work the labs."
                </p>
            }
            .into_any(),
        )
    };
    let (ours, others): (Vec<_>, Vec<_>) = page.tracks.into_iter().partition(|t| t.in_cohort);
    let signed_in = page.signed_in;
    let cards = move |tracks: Vec<TrackSummary>| {
        view! {
        <ul class="cards">
            {tracks
                .into_iter()
                .map(|t| {
                    view! {
                        <li class="card">
                            <h2>
                                <a href=format!("/tracks/{}", t.id)>{t.title}</a>
                            </h2>
                            <p>{t.summary}</p>
                            <p class="meta">{format!("{} modules", t.modules)}</p>
                            {signed_in.then(|| view! { <ProgressBar completion=t.completion /> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        }
    };
    let grouped = !ours.is_empty();
    view! {
        {intro}
        {grouped.then(|| view! { <h2>"Your cohort's curriculum"</h2> })}
        {cards(ours)}
        {grouped.then(|| view! { <h2>"Also in Kujenga"</h2> })}
        {cards(others)}
    }
}
