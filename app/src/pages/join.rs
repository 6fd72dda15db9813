use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use kujenga_types::Profile;
use kujenga_types::people::MIN_PASSWORD;

use crate::components::layout::static_page;
use crate::components::profile_fields::profile_fields;
use crate::i18n::{Msg, t, tr};

/// A trainee creates their account with a cohort's invite code.
#[component]
pub fn JoinPage() -> impl IntoView {
    let query = use_query_map();
    let code = query.read_untracked().get("code").unwrap_or_default();
    static_page(t(Msg::JoinTitle), move || {
        view! {
            <h1>{t(Msg::JoinTitle)}</h1>
            <p>{t(Msg::JoinIntro)}</p>
            <form method="post" action="/api/join" class="stack">
                <label>{t(Msg::FieldInviteCode)} <input name="code" value=code.clone() required autocomplete="off" /></label>
                <label>
                    {t(Msg::FieldUsername)} <input name="username" autocomplete="username" required minlength="3" maxlength="40" />
                </label>
                <label>{t(Msg::FieldYourName)} <input name="display_name" autocomplete="name" required maxlength="80" /></label>
                <label>
                    {tr(Msg::FieldNewPassword, &[("count", MIN_PASSWORD.into())])}
                    <input type="password" name="password" autocomplete="new-password" required minlength=MIN_PASSWORD />
                </label>
                {profile_fields(&Profile::default())}
                <button type="submit">{t(Msg::JoinCreate)}</button>
            </form>
        }
    })
}
