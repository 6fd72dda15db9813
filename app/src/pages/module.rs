use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use kujenga_types::content::ItemKind;
use kujenga_types::learn::{Lock, ModuleData as Data};

use crate::api::learn::module_page;
use crate::components::layout::{fetch, page};
use crate::components::progress::ProgressBar;
use crate::i18n::{self, Msg, t, tr};

#[component]
pub fn ModulePage() -> impl IntoView {
    let params = use_params_map();
    let data = fetch(move || params.read().get("id").unwrap_or_default(), module_page);
    page(t(Msg::ModuleTitle), data, render)
}

fn render(page: Data) -> impl IntoView {
    view! {
        <nav class="crumbs" aria-label=t(Msg::NavBreadcrumb)>
            <a href="/">{t(Msg::NavCatalog)}</a>
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
                    let kind = t(match i.kind {
                        ItemKind::Lesson => Msg::KindLesson,
                        ItemKind::Lab => Msg::KindLab,
                    });
                    let minutes = tr(Msg::ItemMinutes, &[("count", i.minutes.into())]);
                    view! {
                        <li class:done=i.done>
                            <a href=format!("/learn/{}", i.id)>{i.title}</a>
                            <span class="meta">{format!(" · {kind} · {minutes}")}</span>
                            {i.done.then(|| view! { <span class="tick">" "{t(Msg::ItemDone)}</span> })}
                            {i.lock.map(|lock| {
                                let text = match lock {
                                    Lock::OpensOn(day) => format!(" · {}", tr(Msg::ItemOpens, &[("day", i18n::day(&day).into())])),
                                    Lock::Prerequisites(first) => {
                                        let titles = first.iter().map(|l| l.title.as_str()).collect::<Vec<_>>().join(", ");
                                        format!(" · {}", tr(Msg::ItemAfter, &[("titles", titles.into())]))
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
                <h2 id="trainer-notes">{t(Msg::TrainerNotes)}</h2>
                <p class="meta">{t(Msg::TrainerNotesWho)}</p>
                <div class="content" inner_html=notes></div>
            </section>
        })}
    }
}
