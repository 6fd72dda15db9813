use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use kujenga_types::cohorts::{Cell, CohortGridData, CohortInfo, CohortRow, ImportCheck, TraineeRecord};
use kujenga_types::content::ItemKind;
use kujenga_types::format::{date, encode_query};
use kujenga_types::programs::Choice;

use crate::api::cohorts::{cohort_grid, cohorts_page, trainee_detail};
use crate::components::layout::{fetch, page};
use crate::pages::programs::curriculum_fieldset;

/// The cohorts this person runs or follows.
#[component]
pub fn CohortsPage() -> impl IntoView {
    let data = fetch(|| (), |_| cohorts_page());
    page("Cohorts", data, |cohorts: Vec<CohortRow>| {
        view! {
            <h1>"Cohorts"</h1>
            <ul class="cards">
                {cohorts
                    .into_iter()
                    .map(|c| {
                        view! {
                            <li class="card">
                                <a href=format!("/cohorts/{}", c.id)>{c.name}</a>
                                {format!(" · {} trainees", c.trainees)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// For admins: the cohort's name, dates and curriculum, to change.
fn settings_section(c: &CohortInfo, choices: &[Choice]) -> impl IntoView + use<> {
    view! {
        <section id="settings">
            <h2>"Cohort settings"</h2>
            <form method="post" action="/api/update-cohort" class="stack">
                <input type="hidden" name="cohort" value=c.id />
                <label>"Name" <input name="name" required maxlength="100" value=c.name.clone() /></label>
                <label>"Starts on" <input type="date" name="starts_on" value=c.starts_on.clone().unwrap_or_default() /></label>
                <label>"Ends on" <input type="date" name="ends_on" value=c.ends_on.clone().unwrap_or_default() /></label>
                {curriculum_fieldset(choices, &c.content)}
                <button type="submit">"Save settings"</button>
            </form>
        </section>
    }
}

fn about(c: &CohortInfo) -> impl IntoView + use<> {
    let dates = match (&c.starts_on, &c.ends_on) {
        (Some(s), Some(e)) => format!("{s} to {e}"),
        (Some(s), None) => format!("from {s}"),
        (None, Some(e)) => format!("until {e}"),
        (None, None) => "no dates set".into(),
    };
    let content =
        if c.content.is_empty() { "the whole curriculum".to_string() } else { c.content.join(", ") };
    view! {
        <p class="meta">
            {format!("Programme: {} · {dates} · follows {content} · instructors: {}",
                c.program.clone().unwrap_or_else(|| "none".into()),
                if c.instructors.is_empty() { "none".to_string() } else { c.instructors.join(", ") })}
        </p>
    }
}

/// A cohort's progress grid: trainees by lesson and lab, sortable, filterable and paged with
/// plain links and a GET form.
#[component]
pub fn CohortPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let data = fetch(
        move || {
            let q = query.read();
            (
                params.read().get("id").and_then(|i| i.parse().ok()).unwrap_or(0),
                q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1),
                q.get("sort").unwrap_or_default(),
                q.get("filter").unwrap_or_default(),
            )
        },
        |(id, page, sort, filter)| cohort_grid(id, page, sort, filter),
    );
    page("Cohort", data, render_grid)
}

fn render_grid(g: CohortGridData) -> impl IntoView {
    let id = g.cohort.id;
    let link = {
        let (sort, filter) = (g.sort.clone(), g.filter.clone());
        move |page: u32| {
            format!("/cohorts/{id}?page={page}&sort={}&filter={}", encode_query(&sort), encode_query(&filter))
        }
    };
    let previous = (g.page > 1).then(|| view! { <a href=link(g.page - 1)>"← Previous"</a> });
    let next = (g.page < g.pages).then(|| view! { <a href=link(g.page + 1)>"Next →"</a> });
    let sort = g.sort.clone();
    view! {
        <nav class="crumbs" aria-label="Breadcrumb"><a href="/cohorts">"Cohorts"</a></nav>
        <h1>{g.cohort.name.clone()}</h1>
        {about(&g.cohort)}
        <form method="get" class="inline" aria-label="Sort and filter">
            <label>"Find " <input name="filter" value=g.filter.clone() placeholder="name, organisation, country" /></label>
            <label>
                "Sort "
                <select name="sort">
                    <option value="name" selected=sort == "name" || sort.is_empty()>"by name"</option>
                    <option value="progress" selected=sort == "progress">"by progress"</option>
                    <option value="active" selected=sort == "active">"by last activity"</option>
                </select>
            </label>
            <button type="submit">"Show"</button>
        </form>
        <p class="meta">{format!("{} trainees · page {} of {}", g.matching, g.page, g.pages)}</p>
        <div class="grid-wrap">
            <table class="grid">
                <thead>
                    <tr>
                        <th scope="col">"Trainee"</th>
                        <th scope="col">"Done"</th>
                        {g.columns.iter().enumerate().map(|(i, c)| {
                            let kind = if c.kind == ItemKind::Lab { "Lab" } else { "Lesson" };
                            view! { <th scope="col"><abbr title=format!("{kind}: {} ({})", c.title, c.module)>{i + 1}</abbr></th> }
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {g.rows.iter().map(|r| {
                        let name = if g.can_teach {
                            Either::Left(view! { <a href=format!("/cohorts/{id}/trainees/{}", r.trainee.id)>{r.trainee.display_name.clone()}</a> })
                        } else {
                            Either::Right(r.trainee.display_name.clone())
                        };
                        view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td>{format!("{}/{}", r.done, g.columns.len())}</td>
                                {r.cells.iter().map(|c| match c {
                                    Cell::Open => view! { <td class="open">"·"</td> }.into_any(),
                                    Cell::Done => view! { <td class="done">"✓"</td> }.into_any(),
                                    Cell::Scored(p) => view! { <td class="done">{format!("{p}%")}</td> }.into_any(),
                                }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <nav class="pager" aria-label="Pages">{previous}{next}</nav>
        {g.can_teach.then(|| import_section(id, g.import.clone()))}
        {g.curriculum.as_deref().map(|choices| settings_section(&g.cohort, choices))}
        {g.can_teach.then(|| view! { <p><a href="/invites">"Invite codes for this cohort"</a>" · "<a href="/reviews">"Answers to review"</a></p> })}
    }
}

fn import_section(cohort: i64, check: Option<ImportCheck>) -> impl IntoView {
    let preview = check.map(|c| {
        let ok = c.problems.is_empty();
        view! {
            <h3>{format!("Preview: {} rows ready, {} problems", c.rows.len(), c.problems.len())}</h3>
            {(!ok).then(|| view! {
                <ul class="error" role="alert">{c.problems.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}</ul>
                <p>"Nothing is imported while any row has a problem. Fix the file and preview it again."</p>
            })}
            <table>
                <thead><tr><th scope="col">"Line"</th><th scope="col">"Username"</th><th scope="col">"Name"</th><th scope="col">"Organisation"</th><th scope="col">"Country"</th><th scope="col">"Role"</th></tr></thead>
                <tbody>
                    {c.rows.iter().map(|r| view! {
                        <tr><td>{r.line}</td><td>{r.username.clone()}</td><td>{r.name.clone()}</td><td>{r.profile.organisation.clone()}</td><td>{r.profile.country.clone()}</td><td>{r.profile.job.clone()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p>"Importing creates the accounts and downloads a file of their first passwords. Give each trainee theirs: the passwords are not kept, and are shown nowhere else."</p>
            <form method="post" action=format!("/cohorts/{cohort}/import") class="inline">
                <button type="submit" disabled=!ok>{format!("Import {} trainees and download their passwords", c.rows.len())}</button>
            </form>
            <form method="post" action="/api/import-cancel" class="inline">
                <input type="hidden" name="cohort" value=cohort />
                <button type="submit" class="secondary">"Cancel"</button>
            </form>
        }
    });
    view! {
        <section id="import">
            <h2>"Import trainees from CSV"</h2>
            {preview}
            <p>"Paste the file. Its first line names the columns: name, username, email, organisation, country, role, gender (name, and username or email, are required; country is a two-letter code such as KE)."</p>
            <form method="post" action="/api/import-preview" class="stack">
                <input type="hidden" name="cohort" value=cohort />
                <label>"CSV" <textarea name="csv" rows="8" required placeholder="name,email,organisation,country,role\nAma Mensah,ama@cert.test,Ghana CERT,GH,CERT/CSIRT analyst"></textarea></label>
                <button type="submit">"Preview"</button>
            </form>
        </section>
    }
}

/// One trainee's record: profile, progress by item, and every submission.
#[component]
pub fn TraineePage() -> impl IntoView {
    let params = use_params_map();
    let data = fetch(
        move || {
            let p = params.read();
            let num = |k: &str| p.get(k).and_then(|v| v.parse().ok()).unwrap_or(0);
            (num("cohort"), num("trainee"))
        },
        |(cohort, trainee)| trainee_detail(cohort, trainee),
    );
    page("Trainee", data, render_trainee)
}

fn render_trainee(t: TraineeRecord) -> impl IntoView {
    let p = &t.profile;
    let given = |v: &str| if v.is_empty() { "not given".to_string() } else { v.to_string() };
    view! {
        <nav class="crumbs" aria-label="Breadcrumb">
            <a href="/cohorts">"Cohorts"</a>" › "<a href=format!("/cohorts/{}", t.cohort.id)>{t.cohort.name.clone()}</a>
        </nav>
        <h1>{t.trainee.display_name.clone()}</h1>
        <dl class="profile">
            <dt>"Username"</dt><dd>{t.trainee.username.clone()}</dd>
            <dt>"E-mail"</dt><dd>{given(&p.email)}</dd>
            <dt>"Organisation"</dt><dd>{given(&p.organisation)}</dd>
            <dt>"Country"</dt><dd>{given(&p.country)}</dd>
            <dt>"Role"</dt><dd>{given(&p.job)}</dd>
            <dt>"Gender"</dt><dd>{given(&p.gender)}</dd>
            <dt>"Last active"</dt><dd>{t.trainee.last_active_at.map_or("never".to_string(), date)}</dd>
        </dl>
        <h2>"Progress"</h2>
        <table>
            <thead><tr><th scope="col">"Lesson or lab"</th><th scope="col">"Finished"</th><th scope="col">"Score"</th></tr></thead>
            <tbody>
                {t.items.iter().map(|i| view! {
                    <tr>
                        <th scope="row">{i.title.clone()}</th>
                        <td>{i.completed_on.clone().unwrap_or_else(|| "–".into())}</td>
                        <td>{i.score.map_or("–".to_string(), |s| format!("{s}%"))}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <h2>"Submissions"</h2>
        <table>
            <thead><tr><th scope="col">"When (UTC)"</th><th scope="col">"Lesson or lab"</th><th scope="col">"Question"</th><th scope="col">"Answer"</th><th scope="col">"Verdict"</th></tr></thead>
            <tbody>
                {t.submissions.iter().map(|s| view! {
                    <tr><td>{s.at.clone()}</td><td>{s.item.clone()}</td><td>{s.question.clone()}</td><td><code>{s.answer.clone()}</code></td><td>{s.verdict.as_str()}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
