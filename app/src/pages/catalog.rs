use leptos::prelude::*;

use kujenga_types::learn::{CatalogData as Data, TrackSummary};

use crate::api::learn::catalog_page;
use crate::components::layout::{fetch, page};
use crate::components::progress::ProgressBar;
use crate::i18n::{Msg, t, tr};

#[component]
pub fn CatalogPage() -> impl IntoView {
    let data = fetch(|| (), |_| catalog_page());
    page(t(Msg::CatalogTitle), data, |d| view! { <h1>{t(Msg::CatalogTitle)}</h1> {render(d)} })
}

fn render(page: Data) -> impl IntoView {
    let intro = if page.signed_in {
        page.continue_at.map(|next| {
            let label = if page.starting { Msg::CatalogStartHere } else { Msg::CatalogContinue };
            view! {
                <p class="continue">
                    <a href=format!("/learn/{}", next.id)>{tr(label, &[("title", next.title.into())])}</a>
                </p>
            }
            .into_any()
        })
    } else {
        Some(
            view! {
                <p class="intro">
                    {t(Msg::CatalogIntro)}" "
                    <a href="/sign-in">{t(Msg::SignIn)}</a>" "{t(Msg::CatalogSignInToRecord)}
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
                .map(|track| {
                    view! {
                        <li class="card">
                            <h2>
                                <a href=format!("/tracks/{}", track.id)>{track.title}</a>
                            </h2>
                            <p>{track.summary}</p>
                            <p class="meta">{tr(Msg::TrackModules, &[("count", track.modules.into())])}</p>
                            {signed_in.then(|| view! { <ProgressBar completion=track.completion /> })}
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
        {grouped.then(|| view! { <h2>{t(Msg::CatalogYourCohort)}</h2> })}
        {cards(ours)}
        {grouped.then(|| view! { <h2>{t(Msg::CatalogAlso)}</h2> })}
        {cards(others)}
    }
}
