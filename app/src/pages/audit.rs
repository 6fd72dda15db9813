use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use kujenga_types::audit::{AuditFilters, AuditPage};

use crate::api::audit::audit_log;
use crate::components::layout::{fetch, page};

/// The audit log: who did what, when, to what. Admins read all of it, programme managers their
/// programmes' part. Filters are a plain GET form; the CSV has the same rows.
#[component]
pub fn AuditPage() -> impl IntoView {
    let query = use_query_map();
    let data = fetch(
        move || {
            let q = query.read();
            let get = |k: &str| q.get(k).unwrap_or_default();
            AuditFilters {
                actor: get("actor"),
                action: get("action"),
                from: get("from"),
                to: get("to"),
                page: get("page").parse().unwrap_or(1),
            }
        },
        audit_log,
    );
    page("Audit log", data, render)
}

fn render(a: AuditPage) -> impl IntoView {
    let query = a.filters.query();
    let link = move |page: u32| format!("/audit?{query}&page={page}");
    let previous = (a.page > 1).then(|| view! { <a href=link(a.page - 1)>"← Newer"</a> });
    let next = (a.page < a.pages).then(|| view! { <a href=link(a.page + 1)>"Older →"</a> });
    let action = a.filters.action.clone();
    let scope = if a.whole_log { "The whole log." } else { "Your programmes' part of the log." };
    view! {
        <h1>"Audit log"</h1>
        <p class="meta">{scope}" Passwords, codes and answer keys are never written to it."</p>
        <form method="get" class="inline" aria-label="Filter the log">
            <label>"Who " <input name="actor" value=a.filters.actor.clone() placeholder="username" /></label>
            <label>
                "What "
                <select name="action">
                    <option value="" selected=action.is_empty()>"anything"</option>
                    {a.actions.iter().map(|x| view! { <option value=x.clone() selected=action == *x>{x.clone()}</option> }).collect_view()}
                </select>
            </label>
            <label>"From " <input type="date" name="from" value=a.filters.from.clone() /></label>
            <label>"To " <input type="date" name="to" value=a.filters.to.clone() /></label>
            <button type="submit">"Show"</button>
        </form>
        <p class="meta">
            {format!("{} rows · page {} of {} · ", a.total, a.page, a.pages)}
            <a href=format!("/audit.csv?{}", a.filters.query()) download>"Download as CSV"</a>
        </p>
        <table>
            <thead><tr><th scope="col">"When (UTC)"</th><th scope="col">"Who"</th><th scope="col">"What"</th><th scope="col">"To what"</th><th scope="col">"Change"</th></tr></thead>
            <tbody>
                {a.rows.into_iter().map(|r| view! {
                    <tr><td>{r.at}</td><td>{r.actor}</td><td>{r.action}</td><td>{r.object}</td><td>{r.detail}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        <nav class="pager" aria-label="Pages">{previous}{next}</nav>
    }
}
