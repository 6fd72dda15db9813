use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::layout::static_page;
use crate::i18n::{Msg, t};

/// A plain form: it needs no JavaScript, and a failure comes back as a message on this page.
#[component]
pub fn SignInPage() -> impl IntoView {
    let query = use_query_map();
    let next = query.read_untracked().get("next").unwrap_or_else(|| "/".to_string());
    static_page(t(Msg::SignInTitle), move || {
        view! {
            <h1>{t(Msg::SignInTitle)}</h1>
            <form method="post" action="/api/sign-in" class="stack">
                <label>
                    {t(Msg::FieldUsername)} <input name="username" autocomplete="username" required autofocus />
                </label>
                <label>
                    {t(Msg::FieldPassword)}
                    <input type="password" name="password" autocomplete="current-password" required />
                </label>
                <input type="hidden" name="next" value=next.clone() />
                <button type="submit">{t(Msg::SignIn)}</button>
            </form>
            <p>{t(Msg::SignInNewTrainee)}" " <a href="/join">{t(Msg::SignInCreateAccount)}</a></p>
        }
    })
}
