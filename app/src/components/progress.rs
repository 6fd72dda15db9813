use leptos::prelude::*;

use kujenga_types::learn::Completion;

/// A progress bar with its numbers in words, readable without colour or JavaScript.
#[component]
pub fn ProgressBar(completion: Completion) -> impl IntoView {
    let Completion { done, total } = completion;
    let text = format!("{done} of {total} done ({}%)", completion.percent());
    view! {
        <div class="progress">
            <progress max=total value=done aria-label=text.clone()></progress>
            <span>{text}</span>
        </div>
    }
}
