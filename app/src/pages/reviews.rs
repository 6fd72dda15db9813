use leptos::prelude::*;

use kujenga_types::reviews::ReviewItem;

use crate::api::reviews::review_queue;
use crate::components::layout::{fetch, page};
use crate::i18n::{Msg, moment, t, tr};

/// Free-text answers waiting for an instructor: accept, or return with a comment.
#[component]
pub fn ReviewsPage() -> impl IntoView {
    let data = fetch(|| (), |_| review_queue());
    page(t(Msg::NavReviews), data, |items| view! { <h1>{t(Msg::ReviewsTitle)}</h1> {render(items)} })
}

fn render(items: Vec<ReviewItem>) -> impl IntoView {
    if items.is_empty() {
        return view! { <p>{t(Msg::ReviewsEmpty)}</p> }.into_any();
    }
    items
        .into_iter()
        .map(|r| {
            view! {
                <section class="card review">
                    <h2>{format!("{} · {}", r.trainee, r.item)}</h2>
                    <p class="prompt">{r.prompt.clone()}</p>
                    <blockquote>{r.answer.clone()}</blockquote>
                    <p class="meta">{tr(Msg::ReviewsSent, &[("when", moment(&r.submitted).into())])}</p>
                    <form method="post" action="/api/review" class="stack">
                        <input type="hidden" name="trainee" value=r.user_id />
                        <input type="hidden" name="item" value=r.item_id.clone() />
                        <input type="hidden" name="question" value=r.question_id.clone() />
                        <label>{t(Msg::ReviewsComment)} <textarea name="comment" rows="3"></textarea></label>
                        <div class="inline">
                            <button type="submit" name="decision" value="accept">{t(Msg::ReviewsAccept)}</button>
                            <button type="submit" name="decision" value="return" class="secondary">{t(Msg::ReviewsReturn)}</button>
                        </div>
                    </form>
                </section>
            }
        })
        .collect_view()
        .into_any()
}
