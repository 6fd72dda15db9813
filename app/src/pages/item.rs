use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use kujenga_types::Language;
use kujenga_types::answers::QuestionView;
use kujenga_types::content::ItemKind;
use kujenga_types::learn::{ArtifactView, ItemData as Data, Link, Lock, Translation};

use crate::api::learn::item_page;
use crate::components::complete_button::CompleteButton;
use crate::components::islands::IslandScripts;
use crate::components::layout::{fetch, page};
use crate::components::question::{QuestionCard, question_body};

#[component]
pub fn ItemPage() -> impl IntoView {
    let params = use_params_map();
    let data = fetch(move || params.read().get("id").unwrap_or_default(), item_page);
    page("Lesson", data, render)
}

/// Says, in the reader's language, that this page is not in it yet, or that its translation
/// is of an older revision of the English page.
fn translation_note(translation: Translation, shown: Language) -> Option<impl IntoView> {
    let (language, text) = match translation {
        Translation::AsAsked => return None,
        Translation::Missing(asked) => (
            asked,
            match asked {
                Language::Fr => "Cette page n'est pas encore traduite en français ; la voici en anglais.",
                Language::Es => "Esta página aún no está traducida al español; aquí está en inglés.",
                Language::Pt => "Esta página ainda não está traduzida para português; aqui está em inglês.",
                Language::Ar => "لم تُترجم هذه الصفحة إلى العربية بعد؛ إليك نصها بالإنجليزية.",
                Language::En => return None,
            },
        ),
        Translation::OutOfDate => (
            shown,
            match shown {
                Language::Fr => "Cette traduction suit une version antérieure de la page anglaise.",
                Language::Es => "Esta traducción sigue una versión anterior de la página en inglés.",
                Language::Pt => "Esta tradução segue uma versão anterior da página em inglês.",
                Language::Ar => "تتبع هذه الترجمة نسخة سابقة من الصفحة الإنجليزية.",
                Language::En => return None,
            },
        ),
    };
    Some(view! { <p class="note translation" lang=language.code() dir=language.dir()>{text}</p> })
}

fn render(page: Data) -> impl IntoView {
    let kind = match page.kind {
        ItemKind::Lesson => "Lesson",
        ItemKind::Lab => "Lab",
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
        {translation_note(page.translation, page.language)}
        <article lang=page.language.code() dir=page.language.dir()>
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
        {page.lock.clone().map(lock_note)}
        {(page.kind == ItemKind::Lab && page.lock.is_none()).then(|| files(&page.id, page.signed_in, page.artifacts.clone(), &sign_in))}
        {questions(&page.id, page.kind, page.signed_in && page.lock.is_none(), page.questions.clone(), &sign_in)}
        {if page.lock.is_some() {
            ().into_any()
        } else if !page.signed_in {
            view! {
                <p class="note">
                    <a href=sign_in.clone()>"Sign in"</a>
                    " to record your progress."
                </p>
            }
                .into_any()
        } else if page.kind == ItemKind::Lab {
            let state = if page.done { " · finished ✓" } else { "" };
            let score = format!("Score: {} of {}{state}", page.score.earned, page.score.total.with_unit());
            view! { <p class="meta" role="status">{score}</p> }.into_any()
        } else {
            view! { <CompleteButton id=page.id.clone() done=page.done /> }.into_any()
        }}
        {page.signed_in.then(|| view! { <IslandScripts /> })}
        <nav class="pager" aria-label="Previous and next">
            {page.previous.map(|l| pager_link(l, "← "))}
            {page.next.map(|l| pager_link(l, "Next: "))}
        </nav>
    }
}

fn files(item: &str, signed_in: bool, artifacts: Vec<ArtifactView>, sign_in: &str) -> impl IntoView + use<> {
    let list = if signed_in {
        Either::Left(view! {
            <p>"These files were made for you; other learners have different ones. Check each download against its SHA-256."</p>
            <ul class="files">
                {artifacts
                    .into_iter()
                    .map(|a| {
                        view! {
                            <li>
                                <a href=format!("/labs/{item}/files/{}", a.name) download>{a.name.clone()}</a>
                                {format!(" · {} bytes", a.bytes)}
                                <br />
                                "SHA-256: "
                                <code class="digest">{a.sha256}</code>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        })
    } else {
        Either::Right(
            view! { <p class="note"><a href=sign_in.to_string()>"Sign in"</a>" to get your own files for this lab."</p> },
        )
    };
    view! {
        <section class="artifacts">
            <h2>"Your files"</h2>
            {list}
        </section>
    }
}

fn questions(
    item: &str,
    kind: ItemKind,
    signed_in: bool,
    questions: Vec<QuestionView>,
    sign_in: &str,
) -> impl IntoView + use<> {
    let title = if kind == ItemKind::Lab { "Questions" } else { "Check your understanding" };
    (!questions.is_empty()).then(|| {
        let cards = questions
            .into_iter()
            .map(|q| {
                if signed_in {
                    let body = question_body(item, &q);
                    Either::Left(view! { <QuestionCard item=item.to_string() id=q.id>{body}</QuestionCard> })
                } else {
                    Either::Right(
                        view! { <section class="question"><p class="prompt">{q.prompt}</p></section> },
                    )
                }
            })
            .collect_view();
        let note = (!signed_in)
            .then(|| view! { <p class="note"><a href=sign_in.to_string()>"Sign in"</a>" to answer."</p> });
        view! {
            <section class="questions">
                <h2>{title}</h2>
                {note}
                {cards}
            </section>
        }
    })
}

/// Why the learner cannot take this item yet, and what to do.
fn lock_note(lock: Lock) -> impl IntoView {
    let text = match lock {
        Lock::OpensOn(day) => Either::Left(format!(
            "This module opens to your cohort on {day}. You can read it now; answers count from that day."
        )),
        Lock::Prerequisites(first) => Either::Right(view! {
            "Finish these first: "
            {first.into_iter().enumerate().map(|(i, l)| view! {
                {(i > 0).then_some(", ")}
                <a href=format!("/learn/{}", l.id)>{l.title}</a>
            }).collect_view()}
            ". Your instructor can also let you take it now."
        }),
    };
    view! { <p class="note lock" role="status">{text}</p> }
}

fn pager_link(link: Link, label: &'static str) -> impl IntoView {
    view! { <a href=format!("/learn/{}", link.id)>{label}{link.title}</a> }
}
