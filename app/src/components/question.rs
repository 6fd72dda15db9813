use leptos::either::Either;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::AppError;
use crate::api::answers::{AnswerQuestion, Answered, QuestionView, RevealHint, Score, Status};
use crate::components::forms::{field, take_submission};

/// One question with its answer form, hints and result. Without JavaScript the forms post and
/// come back to the question; with WebAssembly they answer in place.
#[island]
pub fn QuestionCard(item: String, question: QuestionView) -> impl IntoView {
    let id = question.id.clone();
    let current = RwSignal::new(question);
    let score = RwSignal::new(None::<Score>);
    let error = RwSignal::new(None::<String>);
    let answer = ServerAction::<AnswerQuestion>::new();
    let hint = ServerAction::<RevealHint>::new();
    let apply = move |result: Option<Result<Answered, AppError>>| match result {
        Some(Ok(a)) => {
            current.set(a.question);
            score.set(Some(a.score));
            error.set(None);
        }
        Some(Err(e)) => error.set(Some(e.to_string())),
        None => {}
    };
    Effect::new(move || apply(answer.value().get()));
    Effect::new(move || apply(hint.value().get()));
    // Effects run only in the browser: this marks the island as live (and the tests wait for it).
    let hydrated = RwSignal::new(false);
    Effect::new(move || hydrated.set(true));

    view! {
        <section class="question" id=id data-hydrated=move || hydrated.get().to_string()>
            {move || current.with(header)}
            {move || current.with(result)}
            {move || {
                let q = current.get();
                (q.status == Status::Open)
                    .then(|| {
                        let (item, question) = (item.clone(), q.id.clone());
                        let hint_form = q.next_hint_cost.map(|cost| {
                            let submit = {
                                let (item, question) = (item.clone(), question.clone());
                                move |ev| {
                                    if take_submission(&ev).is_some() {
                                        hint.dispatch(RevealHint { item: item.clone(), question: question.clone() });
                                    }
                                }
                            };
                            view! {
                                <form method="post" action=RevealHint::url() class="hint" on:submit=submit>
                                    <input type="hidden" name="item" value=item.clone() />
                                    <input type="hidden" name="question" value=question.clone() />
                                    <button type="submit" class="secondary">{format!("Show a hint (costs {})", cost.with_unit())}</button>
                                </form>
                            }
                        });
                        let fields = q.choices.len().max(1);
                        let submit = {
                            let (item, question) = (item.clone(), question.clone());
                            move |ev| {
                                if let Some(data) = take_submission(&ev) {
                                    let given = (0..fields).filter_map(|i| field(&data, &format!("answer[{i}]"))).collect();
                                    answer.dispatch(AnswerQuestion { item: item.clone(), question: question.clone(), answer: given });
                                }
                            }
                        };
                        view! {
                            <form method="post" action=AnswerQuestion::url() class="answer" on:submit=submit>
                                <input type="hidden" name="item" value=item />
                                <input type="hidden" name="question" value=question />
                                {inputs(&q)}
                                <button type="submit" disabled=move || answer.pending().get()>"Check answer"</button>
                            </form>
                            {hint_form}
                        }
                    })
            }}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {move || score.get().map(|s| view! { <p class="meta" role="status">{format!("Score so far: {} of {}", s.earned, s.total.with_unit())}</p> })}
        </section>
    }
}

fn header(q: &QuestionView) -> impl IntoView + use<> {
    let mut meta = q.weight.with_unit();
    if let (Some(left), Status::Open) = (q.attempts_left(), q.status) {
        meta.push_str(&format!(" · {left} attempt{} left", if left == 1 { "" } else { "s" }));
    }
    view! {
        <p class="prompt">{q.prompt.clone()}</p>
        <p class="meta">{meta}</p>
        {(!q.hints.is_empty()).then(|| view! {
            <ul class="hints">{q.hints.iter().map(|h| view! { <li>"Hint: "{h.clone()}</li> }).collect_view()}</ul>
        })}
    }
}

fn result(q: &QuestionView) -> impl IntoView + use<> {
    let answered =
        q.last_answer.clone().map(|a| view! { <p class="given">"Your answer: " <code>{a}</code></p> });
    let verdict = match (q.status, q.last_correct) {
        (Status::Solved, _) => {
            Some(("good", format!("✓ Correct: {} of {}.", q.earned, q.weight.with_unit())))
        }
        (Status::OutOfAttempts, _) => Some(("bad", "✗ No attempts left.".to_string())),
        (Status::AwaitingReview, _) => Some(("wait", "Sent to your instructor for review.".to_string())),
        (Status::Open, Some(false)) => Some(("bad", "✗ Not right yet. Try again.".to_string())),
        _ => None,
    };
    view! {
        {answered}
        {verdict.map(|(class, text)| view! { <p class=format!("verdict {class}") role="status">{text}</p> })}
        {q.explanation.clone().map(|e| view! { <p class="explanation">{e}</p> })}
        {q.review_comment.clone().map(|c| view! { <p class="comment">"Your instructor: "{c}</p> })}
    }
}

/// The answer fields for a question's kind, named `answer[0]`, `answer[1]`, ...
fn inputs(q: &QuestionView) -> impl IntoView + use<> {
    let field = format!("{}-answer", q.id);
    match q.kind.as_str() {
        "choice" => Either::Left(Either::Left(
            q.choices
                .iter()
                .map(|c| view! { <label class="choice"><input type="radio" name="answer[0]" value=c.clone() required />" "{c.clone()}</label> })
                .collect_view(),
        )),
        "multi" if !q.choices.is_empty() => Either::Left(Either::Right(
            q.choices
                .iter()
                .enumerate()
                .map(|(i, c)| view! { <label class="choice"><input type="checkbox" name=format!("answer[{i}]") value=c.clone() />" "{c.clone()}</label> })
                .collect_view(),
        )),
        "review" => Either::Right(Either::Left(view! {
            <label for=field.clone()>"Your answer"</label>
            <textarea id=field name="answer[0]" rows="6" required></textarea>
        })),
        _ => {
            let letters = (q.kind == "order" && !q.choices.is_empty()).then(|| view! {
                <ol class="letters" type="A">{q.choices.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ol>
            });
            let mode = if q.kind == "number" { "decimal" } else { "text" };
            Either::Right(Either::Right(view! {
                {letters}
                <label for=field.clone()>{format!("Your answer ({})", q.format)}</label>
                <input id=field type="text" name="answer[0]" inputmode=mode autocomplete="off" autocapitalize="off" spellcheck="false" required />
            }))
        }
    }
}
