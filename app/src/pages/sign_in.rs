use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::layout::static_page;

/// A plain form: it needs no JavaScript, and a failure comes back as a message on this page.
#[component]
pub fn SignInPage() -> impl IntoView {
    let query = use_query_map();
    let next = query.read_untracked().get("next").unwrap_or_else(|| "/".to_string());
    static_page("Sign in", move || {
        view! {
            <h1>"Sign in"</h1>
            <form method="post" action="/api/sign-in" class="stack">
                <label>
                    "Username" <input name="username" autocomplete="username" required autofocus />
                </label>
                <label>
                    "Password"
                    <input type="password" name="password" autocomplete="current-password" required />
                </label>
                <input type="hidden" name="next" value=next.clone() />
                <button type="submit">"Sign in"</button>
            </form>
            <p>"New trainee with an invite code? " <a href="/join">"Create your account"</a></p>
        }
    })
}
