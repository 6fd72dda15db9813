use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use kujenga_types::Language;
use kujenga_types::accounts::OwnAccount;
use kujenga_types::people::MIN_PASSWORD;

use crate::api::people::account_page;
use crate::components::layout::{fetch, page, role_name};
use crate::components::profile_fields::profile_fields;
use crate::i18n::{Msg, t, tr};

/// A person's own account: their password, name, profile and language. After a reset, only
/// the password form matters until a new password is chosen.
#[component]
pub fn AccountPage() -> impl IntoView {
    let saved = use_query_map().read_untracked().get("saved").unwrap_or_default();
    let data = fetch(|| (), |_| account_page());
    page(t(Msg::AccountTitle), data, move |a| render(a, &saved))
}

/// `saved`: what a plain form just saved (`password` or `details`), to say so.
fn render(a: OwnAccount, saved: &str) -> impl IntoView + use<> {
    let confirmation = match saved {
        "password" => Some(t(Msg::AccountSavedPassword)),
        "details" => Some(t(Msg::AccountSavedDetails)),
        _ => None,
    }
    .map(|text| view! { <p class="note" role="status">{text}</p> });
    let reset = a.must_change_password.then(|| {
        view! {
            <p class="flash" role="alert">
                {t(Msg::AccountReset)}
            </p>
        }
    });
    let language = a.language.clone();
    let details = (!a.must_change_password).then(|| {
        view! {
            <h2>{t(Msg::AccountDetails)}</h2>
            <form method="post" action="/api/update-profile" class="stack">
                <label>{t(Msg::FieldYourName)} <input name="display_name" autocomplete="name" required maxlength="80" value=a.display_name.clone() /></label>
                {profile_fields(&a.profile)}
                <label>
                    {t(Msg::AccountLanguage)}
                    <select name="language">
                        <option value="" selected=language.is_empty()>{t(Msg::AccountLanguageBrowser)}</option>
                        {Language::ALL
                            .map(|l| view! { <option value=l.code() selected=language == l.code()>{l.name()}</option> })
                            .collect_view()}
                    </select>
                </label>
                <button type="submit">{t(Msg::AccountSave)}</button>
            </form>
            <p><a href="/record">{t(Msg::AccountRecordLink)}</a></p>
        }
    });
    let signed_in_as = [("username", a.username.as_str().into()), ("role", role_name(a.role).into())];
    view! {
        <h1>{t(Msg::AccountTitle)}</h1>
        <p class="meta">{tr(Msg::AccountSignedInAs, &signed_in_as)}</p>
        {reset}
        {confirmation}
        <h2>{t(Msg::AccountPasswordTitle)}</h2>
        <form method="post" action="/api/change-password" class="stack">
            <label>{t(Msg::AccountCurrentPassword)} <input type="password" name="current" autocomplete="current-password" required /></label>
            <label>
                {tr(Msg::AccountNewPassword, &[("count", MIN_PASSWORD.into())])}
                <input type="password" name="new" autocomplete="new-password" required minlength=MIN_PASSWORD />
            </label>
            <button type="submit">{t(Msg::AccountChangePassword)}</button>
        </form>
        <p class="meta">{t(Msg::AccountPasswordNote)}</p>
        {details}
    }
}
