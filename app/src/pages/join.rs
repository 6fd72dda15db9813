use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use kujenga_types::Profile;
use kujenga_types::people::MIN_PASSWORD;

use crate::components::layout::static_page;
use crate::components::profile_fields::profile_fields;

/// A trainee creates their account with a cohort's invite code.
#[component]
pub fn JoinPage() -> impl IntoView {
    let query = use_query_map();
    let code = query.read_untracked().get("code").unwrap_or_default();
    static_page("Join a cohort", move || {
        view! {
            <h1>"Join a cohort"</h1>
            <p>"Your instructor gives you an invite code. It puts your new account in their cohort."</p>
            <form method="post" action="/api/join" class="stack">
                <label>"Invite code" <input name="code" value=code.clone() required autocomplete="off" /></label>
                <label>
                    "Username" <input name="username" autocomplete="username" required minlength="3" maxlength="40" />
                </label>
                <label>"Your name" <input name="display_name" autocomplete="name" required maxlength="80" /></label>
                <label>
                    {format!("Password (at least {MIN_PASSWORD} characters)")}
                    <input type="password" name="password" autocomplete="new-password" required minlength=MIN_PASSWORD />
                </label>
                {profile_fields(&Profile::default())}
                <button type="submit">"Create account"</button>
            </form>
        }
    })
}
