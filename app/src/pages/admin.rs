use leptos::prelude::*;

use kujenga_types::Role;
use kujenga_types::accounts::{InvitesData, UserRow};
use kujenga_types::format::date;
use kujenga_types::people::MIN_PASSWORD;

use crate::api::admin::{invites_page, list_users};
use crate::components::layout::{fetch, page};

/// Accounts, for admins.
#[component]
pub fn UsersPage() -> impl IntoView {
    let users = fetch(|| (), |_| list_users());
    page("Accounts", users, |users| view! { <h1>"Accounts"</h1> {render_users(users)} })
}

fn render_users(users: Vec<UserRow>) -> impl IntoView {
    view! {
        <table>
            <thead>
                <tr><th scope="col">"Username"</th><th scope="col">"Name"</th><th scope="col">"Role"</th><th scope="col">"Status"</th></tr>
            </thead>
            <tbody>
                {users
                    .into_iter()
                    .map(|u| {
                        view! {
                            <tr>
                                <td>{u.username}</td>
                                <td>{u.display_name}</td>
                                <td>{u.role.label()}</td>
                                <td>{if u.disabled { "disabled" } else { "active" }}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
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
                                        <code class="code">{i.code}</code>
                                        {format!(
                                            " · used {} of {} · valid until {}",
                                            i.uses,
                                            i.max_uses,
                                            date(i.expires_at),
                                        )}
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
