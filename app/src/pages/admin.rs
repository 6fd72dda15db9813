use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use kujenga_types::Role;
use kujenga_types::accounts::{AccountDetail, AccountSearch, AccountsPage, InvitesData};
use kujenga_types::format::{date, encode_query};
use kujenga_types::people::MIN_PASSWORD;

use crate::api::admin::invites_page;
use crate::api::people::{account_directory, admin_account};
use crate::components::layout::{fetch, page};

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
    page("Accounts", data, |d| view! { <h1>"Accounts"</h1> {render_users(d)} })
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
    let previous = (page > 1).then(|| view! { <a href=link(page - 1)>"← Previous"</a> });
    let next = (page < d.pages).then(|| view! { <a href=link(page + 1)>"Next →"</a> });
    view! {
        <form method="get" class="inline" aria-label="Find accounts">
            <label>"Find " <input name="text" value=text placeholder="name, username, organisation" /></label>
            <label>
                "Role "
                <select name="role">
                    <option value="" selected=role.is_empty()>"any"</option>
                    {Role::ALL.map(|r| view! { <option value=r.as_str() selected=role == r.as_str()>{r.label()}</option> }).collect_view()}
                </select>
            </label>
            <label>
                "Cohort "
                <select name="cohort">
                    <option value="" selected=cohort.is_empty()>"any"</option>
                    {d.cohorts.iter().map(|(id, name)| view! { <option value=id.clone() selected=cohort == *id>{name.clone()}</option> }).collect_view()}
                </select>
            </label>
            <button type="submit">"Show"</button>
        </form>
        <p class="meta">{format!("{} accounts · page {} of {}", d.total, d.page, d.pages)}</p>
        <table>
            <thead>
                <tr><th scope="col">"Name"</th><th scope="col">"Username"</th><th scope="col">"Role"</th><th scope="col">"Organisation"</th><th scope="col">"Last active"</th><th scope="col">"Status"</th></tr>
            </thead>
            <tbody>
                {d.accounts.into_iter().map(|u| view! {
                    <tr>
                        <th scope="row"><a href=format!("/admin/accounts/{}", u.id)>{u.display_name}</a></th>
                        <td>{u.username}</td>
                        <td>{u.role.label()}</td>
                        <td>{u.organisation}</td>
                        <td>{u.last_active.unwrap_or_else(|| "never".into())}</td>
                        <td>{if u.disabled { "disabled" } else { "active" }}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <nav class="pager" aria-label="Pages">{previous}{next}</nav>
        <h2>"Add an account"</h2>
        <form method="post" action="/api/admin/create-user" class="stack">
            <label>"Username" <input name="username" required minlength="3" maxlength="40" autocomplete="off" /></label>
            <label>"Name" <input name="display_name" required maxlength="80" autocomplete="off" /></label>
            <label>
                "Role"
                <select name="role">
                    {Role::ALL.map(|r| view! { <option value=r.as_str()>{r.label()}</option> }).collect_view()}
                </select>
            </label>
            <label>
                {format!("Password (at least {MIN_PASSWORD} characters)")}
                <input type="password" name="password" required minlength=MIN_PASSWORD autocomplete="new-password" />
            </label>
            <button type="submit">"Add account"</button>
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
    page("Account", data, render_account)
}

fn render_account(a: AccountDetail) -> impl IntoView {
    let id = a.summary.id;
    let back = format!("/admin/accounts/{id}");
    let given = |v: &str| if v.is_empty() { "not given".to_string() } else { v.to_string() };
    let temporary = match (&a.temporary_password, a.must_change_password) {
        (Some(password), _) => Either::Left(view! {
            <p class="note" role="status">
                "Temporary password, until its first use: " <code class="code">{password.clone()}</code>
                " Give it to the person in private. They choose their own at their next sign-in."
            </p>
        }),
        (None, true) => {
            Either::Right(Some(view! { <p class="note">"A temporary password waits to be changed."</p> }))
        }
        (None, false) => Either::Right(None),
    };
    let (enable_label, enabled) =
        if a.summary.disabled { ("Enable the account", true) } else { ("Disable the account", false) };
    let role = a.summary.role;
    view! {
        <nav class="crumbs" aria-label="Breadcrumb"><a href="/admin">"Accounts"</a></nav>
        <h1>{a.summary.display_name.clone()}</h1>
        <dl class="profile">
            <dt>"Username"</dt><dd>{a.summary.username.clone()}</dd>
            <dt>"Role"</dt><dd>{role.label()}</dd>
            <dt>"Status"</dt><dd>{if a.summary.disabled { "disabled" } else { "active" }}</dd>
            <dt>"Created"</dt><dd>{a.created.clone()}</dd>
            <dt>"Cohorts"</dt><dd>{if a.cohorts.is_empty() { "none".to_string() } else { a.cohorts.join(", ") }}</dd>
            <dt>"E-mail"</dt><dd>{given(&a.profile.email)}</dd>
            <dt>"Organisation"</dt><dd>{given(&a.profile.organisation)}</dd>
            <dt>"Country"</dt><dd>{given(&a.profile.country)}</dd>
        </dl>
        {temporary}
        <h2>"Password"</h2>
        <form method="post" action="/api/reset-password" class="inline">
            <input type="hidden" name="user" value=id />
            <input type="hidden" name="back" value=back />
            <button type="submit">"Reset the password"</button>
        </form>
        <p class="meta">"A reset ends the person's sessions and gives a temporary password, shown here."</p>
        <h2>"Access"</h2>
        <form method="post" action="/api/set-account-enabled" class="inline">
            <input type="hidden" name="user" value=id />
            <input type="hidden" name="enabled" value=enabled.to_string() />
            <button type="submit" class="secondary">{enable_label}</button>
        </form>
        <form method="post" action="/api/change-role" class="inline">
            <input type="hidden" name="user" value=id />
            <label>
                "Role "
                <select name="role">
                    {Role::ALL.map(|r| view! { <option value=r.as_str() selected=r == role>{r.label()}</option> }).collect_view()}
                </select>
            </label>
            <button type="submit">"Change role"</button>
        </form>
        <h2>"Erase"</h2>
        <p>"Erasing removes the person's name, username, e-mail and written answers for good. Their scores stay in the programme's figures, with no name."</p>
        <form method="post" action="/api/erase-account" class="inline">
            <input type="hidden" name="user" value=id />
            <label class="choice"><input type="checkbox" name="confirm" required />" I have the person's request to erase their account"</label>
            <button type="submit" class="secondary">"Erase the account"</button>
        </form>
    }
}

/// Invite codes, for instructors (their cohorts) and admins (all cohorts).
#[component]
pub fn InvitesPage() -> impl IntoView {
    let data = fetch(|| (), |_| invites_page());
    page("Invites", data, |data| {
        view! {
            <h1>"Invite codes"</h1>
            <p>"A trainee opens " <code>"/join"</code> " and types the code to create an account in the cohort."</p>
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
                    <p class="meta">{format!("{} trainees", c.trainees)}</p>
                    <ul>
                        {open
                            .into_iter()
                            .map(|i| {
                                view! {
                                    <li>
                                        <code class="code">{i.code.clone()}</code>
                                        {format!(
                                            " · used {} of {} · valid until {}",
                                            i.uses,
                                            i.max_uses,
                                            date(i.expires_at),
                                        )}
                                        " "
                                        <form method="post" action="/api/revoke-invite" class="inline">
                                            <input type="hidden" name="code" value=i.code />
                                            <button type="submit" class="secondary">"Revoke"</button>
                                        </form>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <form method="post" action="/api/create-invite" class="inline">
                        <input type="hidden" name="cohort_id" value=c.id />
                        <label>"Valid for (days) " <input type="number" name="days" value="14" min="1" max="365" /></label>
                        <label>"Uses " <input type="number" name="max_uses" value="30" min="1" max="1000" /></label>
                        <button type="submit">"New invite code"</button>
                    </form>
                </section>
            }
        })
        .collect_view()
}
