use leptos::hydration::HydrationScripts;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::learn::{ItemData as Data, Kind, Link, item_page};
use crate::components::complete_button::CompleteButton;
use crate::components::layout::{Layout, loaded};

#[component]
pub fn ItemPage() -> impl IntoView {
    let params = use_params_map();
    let data = Resource::new(move || params.read().get("id").unwrap_or_default(), item_page);
    view! { <Layout title="Lesson">{loaded(data, render)}</Layout> }
}

fn render(page: Data) -> impl IntoView {
    let kind = match page.kind {
        Kind::Lesson => "Lesson",
        Kind::Lab => "Lab",
    };
    let sign_in = format!("/sign-in?next=/learn/{}", page.id);
    view! {
        <nav class="crumbs" aria-label="Breadcrumb">
            <a href="/">"Catalog"</a>
            " › "
            <a href=format!("/tracks/{}", page.track.id)>{page.track.title}</a>
            " › "
            <a href=format!("/modules/{}", page.module.id)>{page.module.title}</a>
        </nav>
        <article>
            <h1>{page.title}</h1>
            <p class="meta">{format!("{kind} · about {} minutes", page.minutes)}</p>
            {(!page.objectives.is_empty())
                .then(|| {
                    view! {
                        <section class="objectives">
                            <h2>"What you will be able to do"</h2>
                            <ul>{page.objectives.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}</ul>
                        </section>
                    }
                })}
            <div class="content" inner_html=page.html></div>
            {(!page.sources.is_empty())
                .then(|| {
                    view! {
                        <section class="sources">
                            <h2>"Sources"</h2>
                            <ul>{page.sources.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                        </section>
                    }
                })}
        </article>
        {if page.signed_in {
            let options = expect_context::<LeptosOptions>();
            view! {
                <CompleteButton id=page.id done=page.done />
                <HydrationScripts options islands=true />
            }
                .into_any()
        } else {
            view! {
                <p class="note">
                    <a href=sign_in>"Sign in"</a>
                    " to record your progress."
                </p>
            }
                .into_any()
        }}
        <nav class="pager" aria-label="Previous and next">
            {page.previous.map(|l| pager_link(l, "← "))}
            {page.next.map(|l| pager_link(l, "Next: "))}
        </nav>
    }
}

fn pager_link(link: Link, label: &'static str) -> impl IntoView {
    view! { <a href=format!("/learn/{}", link.id)>{label}{link.title}</a> }
}
