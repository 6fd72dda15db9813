use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use kujenga_types::content::ItemKind;
use kujenga_types::learn::{Lock, ModuleData as Data};

use crate::api::learn::module_page;
use crate::components::layout::{fetch, page};
use crate::components::progress::ProgressBar;

#[component]
pub fn ModulePage() -> impl IntoView {
    let params = use_params_map();
    let data = fetch(move || params.read().get("id").unwrap_or_default(), module_page);
    page("Module", data, render)
}

fn render(page: Data) -> impl IntoView {
    view! {
        <nav class="crumbs" aria-label="Breadcrumb">
            <a href="/">"Catalog"</a>
            " › "
            <a href=format!("/tracks/{}", page.track.id)>{page.track.title}</a>
        </nav>
        <h1>{page.title}</h1>
        <p>{page.summary}</p>
        {page.signed_in.then(|| view! { <ProgressBar completion=page.completion /> })}
        <ol class="items">
            {page
                .items
                .into_iter()
                .map(|i| {
                    let kind = match i.kind {
                        ItemKind::Lesson => "Lesson",
                        ItemKind::Lab => "Lab",
                    };
                    view! {
                        <li class:done=i.done>
                            <a href=format!("/learn/{}", i.id)>{i.title}</a>
                            <span class="meta">{format!(" · {kind} · {} min", i.minutes)}</span>
                            {i.done.then(|| view! { <span class="tick">" ✓ done"</span> })}
                            {i.lock.map(|lock| {
                                let text = match lock {
                                    Lock::OpensOn(day) => format!(" · opens {day}"),
                                    Lock::Prerequisites(first) => {
                                        format!(" · after {}", first.iter().map(|l| l.title.as_str()).collect::<Vec<_>>().join(", "))
                                    }
                                };
                                view! { <span class="meta lock">{text}</span> }
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        {page.trainer_notes.map(|notes| view! {
            <section class="trainer-notes" aria-labelledby="trainer-notes">
                <h2 id="trainer-notes">"Trainer notes"</h2>
                <p class="meta">"Shown to instructors and admins only."</p>
                <div class="content" inner_html=notes></div>
            </section>
        })}
    }
}
