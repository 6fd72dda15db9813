use leptos::either::Either;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos::web_sys::SubmitEvent;

use kujenga_types::AppError;
use kujenga_types::answers::{Answered, QuestionView, Status};
use kujenga_types::content::QuestionKind;

use crate::api::answers::{AnswerQuestion, RevealHint};
use crate::components::forms::{field, take_submission};

/// One question, as the server renders it: its prompt, what the learner has done so far, and
/// the forms to answer it or reveal a hint. The forms post to their server functions, so they
/// work without JavaScript; `QuestionCard` answers them in place once WebAssembly is live.
pub fn question_body(item: &str, q: &QuestionView) -> impl IntoView + use<> {
    view! {
        {header(q)}
        {result(q)}
        {(q.status == Status::Open).then(|| forms(item, q))}
    }
}

/// Makes a server-rendered question (its children, from `question_body`) answer in place.
/// It listens for the submit of any form inside it, calls the form's server function, and
/// shows the question as the server returns it. Its props are only the two ids: the question
/// itself travels once, as HTML.
#[island]
pub fn QuestionCard(item: String, id: String, children: Children) -> impl IntoView {
    let current = RwSignal::new(None::<QuestionView>);
    let score = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // Effects run only in the browser: this marks the island as live (and the tests wait for it).
    let hydrated = RwSignal::new(false);
    Effect::new(move || hydrated.set(true));

    let submit = move |ev: SubmitEvent| {
        let Some((form, data)) = take_submission(&ev) else { return };
        let (Some(item), Some(question)) = (field(&data, "item"), field(&data, "question")) else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let asks_hint = form.get_attribute("action").as_deref() == Some(RevealHint::url());
        let fields: usize = form.get_attribute("data-fields").and_then(|n| n.parse().ok()).unwrap_or(1);
        let given: Vec<String> = (0..fields).filter_map(|i| field(&data, &format!("answer[{i}]"))).collect();
        leptos::task::spawn_local(async move {
            let reply: Result<Answered, AppError> = if asks_hint {
                crate::api::answers::reveal_hint(item, question).await
            } else {
                crate::api::answers::answer_question(item, question, given).await
            };
            busy.set(false);
            match reply {
                Ok(a) => {
                    current.set(Some(a.question));
                    score.set(Some(a.score_words));
                    error.set(None);
                }
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    };
    // The server's rendering stays (hidden) once the first reply has replaced it.
    let replaced = move || current.with(Option::is_some);
    let reply = move || current.get().map(|q| question_body(&item, &q));
    view! {
        <section class="question" id=id on:submit=submit aria-busy=move || busy.get().to_string() data-hydrated=move || hydrated.get().to_string()>
            <div hidden=replaced>{children()}</div>
            {reply}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {move || score.get().map(|s| view! { <p class="meta" role="status">{s}</p> })}
        </section>
    }
}

/// The answer form and, while hints remain, the hint form.
fn forms(item: &str, q: &QuestionView) -> impl IntoView + use<> {
    let hint = q.words.take_hint.clone().map(|label| {
        view! {
            <form method="post" action=RevealHint::url() class="hint">
                <input type="hidden" name="item" value=item.to_string() />
                <input type="hidden" name="question" value=q.id.clone() />
                <button type="submit" class="secondary">{label}</button>
            </form>
        }
    });
    view! {
        <form method="post" action=AnswerQuestion::url() class="answer" data-fields=q.choices.len().max(1)>
            <input type="hidden" name="item" value=item.to_string() />
            <input type="hidden" name="question" value=q.id.clone() />
            {inputs(q)}
            <button type="submit">{q.words.check.clone()}</button>
        </form>
        {hint}
    }
}

fn header(q: &QuestionView) -> impl IntoView + use<> {
    let hint = q.words.hint.clone();
    view! {
        <p class="prompt">{q.prompt.clone()}</p>
        <p class="meta">{q.words.meta.clone()}</p>
        {(!q.hints.is_empty()).then(|| view! {
            <ul class="hints">{q.hints.iter().map(|h| view! { <li>{format!("{hint} {h}")}</li> }).collect_view()}</ul>
        })}
    }
}

fn result(q: &QuestionView) -> impl IntoView + use<> {
    let given = q.words.given.clone();
    let answered =
        q.last_answer.clone().map(|a| view! { <p class="given">{format!("{given} ")}<code>{a}</code></p> });
    let class = match q.status {
        Status::Solved => "good",
        Status::AwaitingReview => "wait",
        _ => "bad",
    };
    let verdict = q.words.verdict.clone().map(|text| (class, text));
    let instructor = q.words.instructor.clone();
    view! {
        {answered}
        {verdict.map(|(class, text)| view! { <p class=format!("verdict {class}") role="status">{text}</p> })}
        {q.explanation.clone().map(|e| view! { <p class="explanation">{e}</p> })}
        {q.review_comment.clone().map(|c| view! { <p class="comment">{format!("{instructor} {c}")}</p> })}
    }
}

fn inputs(q: &QuestionView) -> impl IntoView + use<> {
    answer_fields(&q.id, q.kind, &q.choices, q.words.field.clone())
}

/// The answer fields for a question's kind, named `answer[0]`, `answer[1]`, ..., with `label`
/// on a typed answer's field.
pub fn answer_fields(
    id: &str,
    kind: QuestionKind,
    choices: &[String],
    label: String,
) -> impl IntoView + use<> {
    let field = format!("{id}-answer");
    match kind {
        QuestionKind::Choice => Either::Left(Either::Left(
            choices
                .iter()
                .map(|c| view! { <label class="choice"><input type="radio" name="answer[0]" value=c.clone() required />" "{c.clone()}</label> })
                .collect_view(),
        )),
        QuestionKind::Multi if !choices.is_empty() => Either::Left(Either::Right(
            choices
                .iter()
                .enumerate()
                .map(|(i, c)| view! { <label class="choice"><input type="checkbox" name=format!("answer[{i}]") value=c.clone() />" "{c.clone()}</label> })
                .collect_view(),
        )),
        QuestionKind::Review => Either::Right(Either::Left(view! {
            <label for=field.clone()>{label}</label>
            <textarea id=field name="answer[0]" rows="6" required></textarea>
        })),
        _ => {
            let letters = (kind == QuestionKind::Order && !choices.is_empty()).then(|| view! {
                <ol class="letters" type="A">{choices.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ol>
            });
            let mode = if kind == QuestionKind::Number { "decimal" } else { "text" };
            Either::Right(Either::Right(view! {
                {letters}
                <label for=field.clone()>{label}</label>
                <input id=field type="text" name="answer[0]" inputmode=mode autocomplete="off" autocapitalize="off" spellcheck="false" required />
            }))
        }
    }
}
