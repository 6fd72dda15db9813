use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use kujenga_types::audit::{AuditFilters, AuditPage};

use crate::api::audit::audit_log;
use crate::components::layout::{fetch, page};
use crate::i18n::{Msg, moment, t, tr};

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
    page(t(Msg::AuditTitle), data, render)
}

fn render(a: AuditPage) -> impl IntoView {
    let query = a.filters.query();
    let link = move |page: u32| format!("/audit?{query}&page={page}");
    let previous = (a.page > 1).then(|| view! { <a href=link(a.page - 1)>{t(Msg::AuditNewer)}</a> });
    let next = (a.page < a.pages).then(|| view! { <a href=link(a.page + 1)>{t(Msg::AuditOlder)}</a> });
    let action = a.filters.action.clone();
    let scope = t(if a.whole_log { Msg::AuditWhole } else { Msg::AuditPart });
    let count = [("count", a.total.into()), ("page", a.page.into()), ("pages", a.pages.into())];
    view! {
        <h1>{t(Msg::AuditTitle)}</h1>
        <p class="meta">{scope}" "{t(Msg::AuditNeverWritten)}</p>
        <form method="get" class="inline" aria-label=t(Msg::AuditFilter)>
            <label>{t(Msg::AuditWho)}" " <input name="actor" value=a.filters.actor.clone() placeholder=t(Msg::AuditWhoPlaceholder) /></label>
            <label>
                {t(Msg::AuditWhat)}" "
                <select name="action">
                    <option value="" selected=action.is_empty()>{t(Msg::AuditAnything)}</option>
                    {a.actions.iter().map(|x| view! { <option value=x.clone() selected=action == *x>{x.clone()}</option> }).collect_view()}
                </select>
            </label>
            <label>{t(Msg::AuditFrom)}" " <input type="date" name="from" value=a.filters.from.clone() /></label>
            <label>{t(Msg::AuditTo)}" " <input type="date" name="to" value=a.filters.to.clone() /></label>
            <button type="submit">{t(Msg::AuditShow)}</button>
        </form>
        <p class="meta">
            {tr(Msg::AuditCount, &count)}" · "
            <a href=format!("/audit.csv?{}", a.filters.query()) download>{t(Msg::AuditCsv)}</a>
        </p>
        <table>
            <thead>
                <tr>
                    <th scope="col">{t(Msg::AuditWhen)}</th>
                    <th scope="col">{t(Msg::AuditWho)}</th>
                    <th scope="col">{t(Msg::AuditWhat)}</th>
                    <th scope="col">{t(Msg::AuditObject)}</th>
                    <th scope="col">{t(Msg::AuditChange)}</th>
                </tr>
            </thead>
            <tbody>
                {a.rows.into_iter().map(|r| view! {
                    <tr><td>{moment(&r.at)}</td><td>{r.actor}</td><td>{r.action}</td><td>{r.object}</td><td>{r.detail}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        <nav class="pager" aria-label=t(Msg::AuditPages)>{previous}{next}</nav>
    }
}
