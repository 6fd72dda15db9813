use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use kujenga_types::answers::QuestionView;
use kujenga_types::content::ItemKind;
use kujenga_types::learn::{ArtifactView, ItemData as Data, Link, Lock, Translation};
use kujenga_types::learn::{ExamState, ExamView};

use crate::api::learn::item_page;
use crate::components::complete_button::CompleteButton;
use crate::components::islands::IslandScripts;
use crate::components::layout::{fetch, page};
use crate::components::question::{QuestionCard, question_body};
use crate::i18n::{self, Msg, t, tr};

#[component]
pub fn ItemPage() -> impl IntoView {
    let params = use_params_map();
    let data = fetch(move || params.read().get("id").unwrap_or_default(), item_page);
    page(t(Msg::KindLesson), data, render)
}

/// Says, in the reader's language, that this page is not in it yet, or that its translation
/// is of an older revision of the English page.
fn translation_note(translation: Translation) -> Option<impl IntoView> {
    let text = match translation {
        Translation::AsAsked => return None,
        Translation::Missing(_) => t(Msg::TranslationMissing),
        Translation::OutOfDate => t(Msg::TranslationOutdated),
    };
    Some(view! { <p class="note translation">{text}</p> })
}

fn render(page: Data) -> impl IntoView {
    let kind = t(match page.kind {
        ItemKind::Lesson => Msg::KindLesson,
        ItemKind::Lab => Msg::KindLab,
    });
    let sign_in = format!("/sign-in?next=/learn/{}", page.id);
    view! {
        <nav class="crumbs" aria-label=t(Msg::NavBreadcrumb)>
            <a href="/">{t(Msg::NavCatalog)}</a>
            " › "
            <a href=format!("/tracks/{}", page.track.id)>{page.track.title}</a>
            " › "
            <a href=format!("/modules/{}", page.module.id)>{page.module.title}</a>
        </nav>
        {translation_note(page.translation)}
        <article lang=page.language.code() dir=page.language.dir()>
            <h1>{page.title}</h1>
            <p class="meta">{format!("{kind} · {}", tr(Msg::ItemAboutMinutes, &[("count", page.minutes.into())]))}</p>
            {(!page.objectives.is_empty())
                .then(|| {
                    view! {
                        <section class="objectives">
                            <h2>{t(Msg::ItemObjectives)}</h2>
                            <ul>{page.objectives.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}</ul>
                        </section>
                    }
                })}
            <div class="content" inner_html=page.html></div>
            {(!page.sources.is_empty())
                .then(|| {
                    view! {
                        <section class="sources">
                            <h2>{t(Msg::ItemSources)}</h2>
                            <ul>{page.sources.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                        </section>
                    }
                })}
        </article>
        {page.lock.clone().map(lock_note)}
        {page.exam.clone().filter(|_| page.lock.is_none()).map(|e| exam_section(&page.id, e))}
        {(page.kind == ItemKind::Lab && page.lock.is_none() && (page.exam.is_none() || !page.questions.is_empty())).then(|| files(&page.id, page.signed_in, page.artifacts.clone(), &sign_in))}
        {questions(&page.id, page.kind, page.signed_in && page.lock.is_none(), page.questions.clone(), &sign_in)}
        {if page.lock.is_some() {
            ().into_any()
        } else if !page.signed_in {
            view! {
                <p class="note">
                    <a href=sign_in.clone()>{t(Msg::SignIn)}</a>
                    " "{t(Msg::ItemSignInToRecord)}
                </p>
            }
                .into_any()
        } else if page.kind == ItemKind::Lab {
            let state = if page.done { format!(" · {}", t(Msg::ItemFinished)) } else { String::new() };
            let score = format!("{}{state}", tr(Msg::ItemScore, &[("score", crate::i18n::score(page.score).into())]));
            view! { <p class="meta" role="status">{score}</p> }.into_any()
        } else {
            let (mark, completed) = (t(Msg::CompleteMark).to_string(), t(Msg::CompleteDone).to_string());
            view! { <CompleteButton id=page.id.clone() done=page.done mark completed /> }.into_any()
        }}
        {page.signed_in.then(|| view! { <IslandScripts /> })}
        <nav class="pager" aria-label=t(Msg::NavPager)>
            {page.previous.map(|l| pager_link(l, "← ".to_string()))}
            {page.next.map(|l| pager_link(l, format!("{} ", t(Msg::ItemNext))))}
        </nav>
    }
}

/// A timed exam's clock: start it, or see how long is left.
fn exam_section(item: &str, exam: ExamView) -> impl IntoView + use<> {
    let state = match exam.state {
        ExamState::NotOpen(next) => view! {
            <p>{t(Msg::ExamNotOpen)}" "{next.map(|at| tr(Msg::ExamOpensAt, &[("time", i18n::moment(&at).into())]))}</p>
        }
        .into_any(),
        ExamState::Open { closes } => view! {
            {(!closes.is_empty()).then(|| view! { <p>{tr(Msg::ExamOpenUntil, &[("time", i18n::moment(&closes).into())])}</p> })}
            <form method="post" action="/api/exams/start">
                <input type="hidden" name="exam" value=item.to_string() />
                <button type="submit">{t(Msg::ExamStart)}</button>
            </form>
        }
        .into_any(),
        ExamState::Running { deadline, seconds_left } => view! {
            <p role="status">{tr(Msg::ExamRunning, &[("time", i18n::moment(&deadline).into()), ("minutes", (seconds_left / 60).into())])}</p>
        }
        .into_any(),
        ExamState::Over { deadline } => {
            view! { <p role="status">{tr(Msg::ExamOver, &[("time", i18n::moment(&deadline).into())])}</p> }.into_any()
        }
    };
    view! {
        <section class="exam" id="exam">
            <p class="note">{tr(Msg::ExamTimed, &[("minutes", exam.time_limit.into())])}</p>
            {state}
        </section>
    }
}

fn files(item: &str, signed_in: bool, artifacts: Vec<ArtifactView>, sign_in: &str) -> impl IntoView + use<> {
    let list = if signed_in {
        Either::Left(view! {
            <p>{t(Msg::ItemFilesYours)}</p>
            <ul class="files">
                {artifacts
                    .into_iter()
                    .map(|a| {
                        view! {
                            <li>
                                <a href=format!("/labs/{item}/files/{}", a.name) download>{a.name.clone()}</a>
                                {format!(" · {}", tr(Msg::ItemFileBytes, &[("count", a.bytes.into())]))}
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
            view! { <p class="note"><a href=sign_in.to_string()>{t(Msg::SignIn)}</a>" "{t(Msg::ItemSignInForFiles)}</p> },
        )
    };
    view! {
        <section class="artifacts">
            <h2>{t(Msg::ItemFiles)}</h2>
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
    let title = t(if kind == ItemKind::Lab { Msg::ItemQuestionsLab } else { Msg::ItemQuestionsLesson });
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
            .then(|| view! { <p class="note"><a href=sign_in.to_string()>{t(Msg::SignIn)}</a>" "{t(Msg::ItemSignInToAnswer)}</p> });
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
        Lock::OpensOn(day) => Either::Left(tr(Msg::LockOpensOn, &[("day", i18n::day(&day).into())])),
        Lock::Prerequisites(first) => Either::Right(view! {
            {t(Msg::LockFinishFirst)}" "
            {first.into_iter().enumerate().map(|(i, l)| view! {
                {(i > 0).then_some(", ")}
                <a href=format!("/learn/{}", l.id)>{l.title}</a>
            }).collect_view()}
            ". "{t(Msg::LockWaiver)}
        }),
    };
    view! { <p class="note lock" role="status">{text}</p> }
}

fn pager_link(link: Link, label: String) -> impl IntoView {
    view! { <a href=format!("/learn/{}", link.id)>{label}{link.title}</a> }
}
