use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use kujenga_types::accounts::OwnAccount;
use kujenga_types::people::MIN_PASSWORD;

use crate::api::people::account_page;
use crate::components::layout::{fetch, page};
use crate::components::profile_fields::profile_fields;

/// Languages of the interface, by code, in their own names.
const LANGUAGES: [(&str, &str); 5] =
    [("en", "English"), ("fr", "Français"), ("es", "Español"), ("pt", "Português"), ("ar", "العربية")];

/// A person's own account: their password, name, profile and language. After a reset, only
/// the password form matters until a new password is chosen.
#[component]
pub fn AccountPage() -> impl IntoView {
    let saved = use_query_map().read_untracked().get("saved").unwrap_or_default();
    let data = fetch(|| (), |_| account_page());
    page("Your account", data, move |a| render(a, &saved))
}

/// `saved`: what a plain form just saved (`password` or `details`), to say so.
fn render(a: OwnAccount, saved: &str) -> impl IntoView + use<> {
    let confirmation = match saved {
        "password" => Some("Your new password is saved. Your other sessions are signed out."),
        "details" => Some("Your details are saved."),
        _ => None,
    }
    .map(|text| view! { <p class="note" role="status">{text}</p> });
    let reset = a.must_change_password.then(|| {
        view! {
            <p class="flash" role="alert">
                "Your password was reset by your instructor or an administrator. Choose a new one to go on."
            </p>
        }
    });
    let language = a.language.clone();
    let details = (!a.must_change_password).then(|| {
        view! {
            <h2>"Your details"</h2>
            <form method="post" action="/api/update-profile" class="stack">
                <label>"Your name" <input name="display_name" autocomplete="name" required maxlength="80" value=a.display_name.clone() /></label>
                {profile_fields(&a.profile)}
                <label>
                    "Language of the pages"
                    <select name="language">
                        <option value="" selected=language.is_empty()>"(the browser's)"</option>
                        {LANGUAGES.map(|(code, name)| view! { <option value=code selected=language == code>{name}</option> }).collect_view()}
                    </select>
                </label>
                <button type="submit">"Save your details"</button>
            </form>
            <p><a href="/record">"Your record and all your data"</a></p>
        }
    });
    view! {
        <h1>"Your account"</h1>
        <p class="meta">{format!("Signed in as {} · {}", a.username, a.role.label())}</p>
        {reset}
        {confirmation}
        <h2>"Change your password"</h2>
        <form method="post" action="/api/change-password" class="stack">
            <label>"Current password" <input type="password" name="current" autocomplete="current-password" required /></label>
            <label>
                {format!("New password (at least {MIN_PASSWORD} characters; a short sentence is easy to remember)")}
                <input type="password" name="new" autocomplete="new-password" required minlength=MIN_PASSWORD />
            </label>
            <button type="submit">"Change password"</button>
        </form>
        <p class="meta">"Changing your password signs you out everywhere else."</p>
        {details}
    }
}
