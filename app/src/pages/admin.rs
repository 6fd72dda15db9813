use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use kujenga_types::Role;
use kujenga_types::accounts::{AccountDetail, AccountSearch, AccountsPage, InvitesData};
use kujenga_types::format::{date, encode_query};
use kujenga_types::people::MIN_PASSWORD;

use crate::api::admin::invites_page;
use crate::api::people::{account_directory, admin_account};
use crate::components::layout::{fetch, page, role_name};
use crate::i18n::{Msg, day, moment, t, tr};

/// Accounts, for admins: found by name, username or organisation, by role and cohort, a page
/// at a time; and the form to add one.
#[component]
pub fn UsersPage() -> impl IntoView {
    let query = use_query_map();
    let data = fetch(
        move || {
            let q = query.read();
            let get = |k: &str| q.get(k).unwrap_or_default();
            AccountSearch {
                text: get("text"),
                role: get("role"),
                cohort: get("cohort"),
                page: get("page").parse().unwrap_or(1),
            }
        },
        account_directory,
    );
    page(t(Msg::NavAccounts), data, |d| view! { <h1>{t(Msg::NavAccounts)}</h1> {render_users(d)} })
}

fn render_users(d: AccountsPage) -> impl IntoView {
    let AccountSearch { text, role, cohort, page } = d.search.clone();
    let link = {
        let (text, role, cohort) = (text.clone(), role.clone(), cohort.clone());
        move |page: u32| {
            format!(
                "/admin?text={}&role={}&cohort={}&page={page}",
                encode_query(&text),
                encode_query(&role),
                encode_query(&cohort)
            )
        }
    };
    let previous = (page > 1).then(|| view! { <a href=link(page - 1)>{t(Msg::AdminPrevious)}</a> });
    let next = (page < d.pages).then(|| view! { <a href=link(page + 1)>{t(Msg::AdminNext)}</a> });
    view! {
        <form method="get" class="inline" aria-label=t(Msg::AdminFindLabel)>
            <label>{t(Msg::AdminFind)}" " <input name="text" value=text placeholder=t(Msg::AdminFindPlaceholder) /></label>
            <label>
                {t(Msg::AdminRole)}" "
                <select name="role">
                    <option value="" selected=role.is_empty()>{t(Msg::AdminAny)}</option>
                    {Role::ALL.map(|r| view! { <option value=r.as_str() selected=role == r.as_str()>{role_name(r)}</option> }).collect_view()}
                </select>
            </label>
            <label>
                {t(Msg::AdminCohort)}" "
                <select name="cohort">
                    <option value="" selected=cohort.is_empty()>{t(Msg::AdminAny)}</option>
                    {d.cohorts.iter().map(|(id, name)| view! { <option value=id.clone() selected=cohort == *id>{name.clone()}</option> }).collect_view()}
                </select>
            </label>
            <button type="submit">{t(Msg::AdminShow)}</button>
        </form>
        <p class="meta">{tr(Msg::AdminCount, &[("count", d.total.into()), ("page", d.page.into()), ("pages", d.pages.into())])}</p>
        <table>
            <thead>
                <tr>
                    <th scope="col">{t(Msg::AdminName)}</th>
                    <th scope="col">{t(Msg::FieldUsername)}</th>
                    <th scope="col">{t(Msg::AdminRole)}</th>
                    <th scope="col">{t(Msg::FieldOrganisation)}</th>
                    <th scope="col">{t(Msg::AdminLastActive)}</th>
                    <th scope="col">{t(Msg::AdminStatus)}</th>
                </tr>
            </thead>
            <tbody>
                {d.accounts.into_iter().map(|u| view! {
                    <tr>
                        <th scope="row"><a href=format!("/admin/accounts/{}", u.id)>{u.display_name}</a></th>
                        <td>{u.username}</td>
                        <td>{role_name(u.role)}</td>
                        <td>{u.organisation}</td>
                        <td>{u.last_active.unwrap_or_else(|| t(Msg::AdminNever).into())}</td>
                        <td>{t(if u.disabled { Msg::AdminDisabled } else { Msg::AdminActive })}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <nav class="pager" aria-label=t(Msg::AdminPages)>{previous}{next}</nav>
        <h2>{t(Msg::AdminAddTitle)}</h2>
        <form method="post" action="/api/admin/create-user" class="stack">
            <label>{t(Msg::FieldUsername)} <input name="username" required minlength="3" maxlength="40" autocomplete="off" /></label>
            <label>{t(Msg::AdminName)} <input name="display_name" required maxlength="80" autocomplete="off" /></label>
            <label>
                {t(Msg::AdminRole)}
                <select name="role">
                    {Role::ALL.map(|r| view! { <option value=r.as_str()>{role_name(r)}</option> }).collect_view()}
                </select>
            </label>
            <label>
                {tr(Msg::FieldNewPassword, &[("count", MIN_PASSWORD.into())])}
                <input type="password" name="password" required minlength=MIN_PASSWORD autocomplete="new-password" />
            </label>
            <button type="submit">{t(Msg::AdminAdd)}</button>
        </form>
    }
}

/// One account, for admins: its details, the temporary password of a reset, and what an admin
/// can change.
#[component]
pub fn AccountPage() -> impl IntoView {
    let params = use_params_map();
    let data =
        fetch(move || params.read().get("id").and_then(|i| i.parse().ok()).unwrap_or(0), admin_account);
    page(t(Msg::AdminAccountTitle), data, render_account)
}

fn render_account(a: AccountDetail) -> impl IntoView {
    let id = a.summary.id;
    let back = format!("/admin/accounts/{id}");
    let given = |v: &str| if v.is_empty() { t(Msg::AdminNotGiven).to_string() } else { v.to_string() };
    let temporary = match (&a.temporary_password, a.must_change_password) {
        (Some(password), _) => Either::Left(view! {
            <p class="note" role="status">
                {format!("{} ", t(Msg::AdminTemporary))}<code class="code">{password.clone()}</code>
                " "{t(Msg::AdminTemporaryGive)}
            </p>
        }),
        (None, true) => Either::Right(Some(view! { <p class="note">{t(Msg::AdminTemporaryWaiting)}</p> })),
        (None, false) => Either::Right(None),
    };
    let (enable_label, enabled) =
        if a.summary.disabled { (t(Msg::AdminEnable), true) } else { (t(Msg::AdminDisable), false) };
    let role = a.summary.role;
    view! {
        <nav class="crumbs" aria-label=t(Msg::NavBreadcrumb)><a href="/admin">{t(Msg::NavAccounts)}</a></nav>
        <h1>{a.summary.display_name.clone()}</h1>
        <dl class="profile">
            <dt>{t(Msg::FieldUsername)}</dt><dd>{a.summary.username.clone()}</dd>
            <dt>{t(Msg::AdminRole)}</dt><dd>{role_name(role)}</dd>
            <dt>{t(Msg::AdminStatus)}</dt><dd>{t(if a.summary.disabled { Msg::AdminDisabled } else { Msg::AdminActive })}</dd>
            <dt>{t(Msg::AdminCreated)}</dt><dd>{moment(&a.created)}</dd>
            <dt>{t(Msg::NavCohorts)}</dt><dd>{if a.cohorts.is_empty() { t(Msg::AdminNone).to_string() } else { a.cohorts.join(", ") }}</dd>
            <dt>{t(Msg::FieldEmail)}</dt><dd>{given(&a.profile.email)}</dd>
            <dt>{t(Msg::FieldOrganisation)}</dt><dd>{given(&a.profile.organisation)}</dd>
            <dt>{t(Msg::AdminCountry)}</dt><dd>{given(&a.profile.country)}</dd>
        </dl>
        {temporary}
        <h2>{t(Msg::FieldPassword)}</h2>
        <form method="post" action="/api/reset-password" class="inline">
            <input type="hidden" name="user" value=id />
            <input type="hidden" name="back" value=back />
            <button type="submit">{t(Msg::AdminReset)}</button>
        </form>
        <p class="meta">{t(Msg::AdminResetNote)}</p>
        <h2>{t(Msg::AdminAccess)}</h2>
        <form method="post" action="/api/set-account-enabled" class="inline">
            <input type="hidden" name="user" value=id />
            <input type="hidden" name="enabled" value=enabled.to_string() />
            <button type="submit" class="secondary">{enable_label}</button>
        </form>
        <form method="post" action="/api/change-role" class="inline">
            <input type="hidden" name="user" value=id />
            <label>
                {t(Msg::AdminRole)}" "
                <select name="role">
                    {Role::ALL.map(|r| view! { <option value=r.as_str() selected=r == role>{role_name(r)}</option> }).collect_view()}
                </select>
            </label>
            <button type="submit">{t(Msg::AdminChangeRole)}</button>
        </form>
        <h2>{t(Msg::AdminEraseTitle)}</h2>
        <p>{t(Msg::AdminEraseNote)}</p>
        <form method="post" action="/api/erase-account" class="inline">
            <input type="hidden" name="user" value=id />
            <label class="choice"><input type="checkbox" name="confirm" required />" "{t(Msg::AdminEraseConfirm)}</label>
            <button type="submit" class="secondary">{t(Msg::AdminErase)}</button>
        </form>
    }
}

/// Invite codes, for instructors (their cohorts) and admins (all cohorts).
#[component]
pub fn InvitesPage() -> impl IntoView {
    let data = fetch(|| (), |_| invites_page());
    page(t(Msg::NavInvites), data, |data| {
        view! {
            <h1>{t(Msg::AdminInvitesTitle)}</h1>
            <p>{t(Msg::AdminInvitesIntroOpens)}" " <code>"/join"</code> " "{t(Msg::AdminInvitesIntroTypes)}</p>
            {render_invites(data)}
        }
    })
}

fn render_invites(page: InvitesData) -> impl IntoView {
    let InvitesData { cohorts, invites } = page;
    cohorts
        .into_iter()
        .map(|c| {
            let open: Vec<_> = invites.iter().filter(|i| i.cohort_id == c.id).cloned().collect();
            view! {
                <section class="card">
                    <h2>{c.name}</h2>
                    <p class="meta">{tr(Msg::AdminInvitesTrainees, &[("count", c.trainees.into())])}</p>
                    <ul>
                        {open
                            .into_iter()
                            .map(|i| {
                                let usage = [
                                    ("uses", i.uses.into()),
                                    ("max", i.max_uses.into()),
                                    ("day", day(&date(i.expires_at)).into()),
                                ];
                                view! {
                                    <li>
                                        <code class="code">{i.code.clone()}</code>
                                        " · "{tr(Msg::AdminInvitesUsage, &usage)}
                                        " "
                                        <form method="post" action="/api/revoke-invite" class="inline">
                                            <input type="hidden" name="code" value=i.code />
                                            <button type="submit" class="secondary">{t(Msg::AdminInvitesRevoke)}</button>
                                        </form>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <form method="post" action="/api/create-invite" class="inline">
                        <input type="hidden" name="cohort_id" value=c.id />
                        <label>{t(Msg::AdminInvitesDays)}" " <input type="number" name="days" value="14" min="1" max="365" /></label>
                        <label>{t(Msg::AdminInvitesUses)}" " <input type="number" name="max_uses" value="30" min="1" max="1000" /></label>
                        <button type="submit">{t(Msg::AdminInvitesNew)}</button>
                    </form>
                </section>
            }
        })
        .collect_view()
}
