use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::learn::CompleteItem;
use crate::components::forms::take_submission;

/// "Mark complete" for a lesson, with its words in the reader's language (`mark`, `completed`). Without JavaScript it is a plain form that posts and comes
/// back to the lesson; with WebAssembly it records the completion without a page load.
#[island]
pub fn CompleteButton(id: String, done: bool, mark: String, completed: String) -> impl IntoView {
    let action = ServerAction::<CompleteItem>::new();
    // Effects run only in the browser: this marks the island as live (and the tests wait for it).
    let hydrated = RwSignal::new(false);
    Effect::new(move || hydrated.set(true));
    let finished = move || done || matches!(action.value().get(), Some(Ok(())));
    let error = move || match action.value().get() {
        Some(Err(e)) => Some(e.to_string()),
        _ => None,
    };
    view! {
        <div class="complete" data-hydrated=move || hydrated.get().to_string()>
            <Show
                when=finished
                fallback=move || {
                    let id = id.clone();
                    let submit = {
                        let id = id.clone();
                        move |ev| {
                            if take_submission(&ev).is_some() {
                                action.dispatch(CompleteItem { id: id.clone() });
                            }
                        }
                    };
                    view! {
                        <form method="post" action=CompleteItem::url() on:submit=submit>
                            <input type="hidden" name="id" value=id />
                            <button type="submit" disabled=move || action.pending().get()>
                                {mark.clone()}
                            </button>
                        </form>
                    }
                }
            >
                <p class="done" role="status">{completed.clone()}</p>
            </Show>
            {move || error().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </div>
    }
}
