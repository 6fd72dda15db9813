use leptos::prelude::*;

use kujenga_types::learn::Completion;

use crate::i18n::{Msg, tr};

/// A progress bar with its numbers in words, readable without colour or JavaScript.
#[component]
pub fn ProgressBar(completion: Completion) -> impl IntoView {
    let Completion { done, total } = completion;
    let args = [("done", done.into()), ("total", total.into()), ("percent", completion.percent().into())];
    let text = tr(Msg::ProgressDone, &args);
    view! {
        <div class="progress">
            <progress max=total value=done aria-label=text.clone()></progress>
            <span>{text}</span>
        </div>
    }
}
