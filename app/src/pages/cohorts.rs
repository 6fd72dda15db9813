use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use kujenga_types::cohorts::{
    Cell, CohortGridData, CohortInfo, CohortRow, ImportCheck, ScheduledModule, TraineeRecord,
    WithdrawnTrainee,
};
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
                q.get("module").unwrap_or_default(),
            )
        },
        |(id, page, sort, filter, module)| cohort_grid(id, page, sort, filter, module),
    );
    page("Cohort", data, render_grid)
}

fn render_grid(g: CohortGridData) -> impl IntoView {
    let id = g.cohort.id;
    let query = {
        let (sort, filter, module) = (g.sort.clone(), g.filter.clone(), g.module.clone());
        move || {
            format!(
                "sort={}&filter={}&module={}",
                encode_query(&sort),
                encode_query(&filter),
                encode_query(&module)
            )
        }
    };
    let link = {
        let query = query.clone();
        move |page: u32| format!("/cohorts/{id}?page={page}&{}", query())
    };
    let previous = (g.page > 1).then(|| view! { <a href=link(g.page - 1)>"← Previous"</a> });
    let next = (g.page < g.pages).then(|| view! { <a href=link(g.page + 1)>"Next →"</a> });
    let (sort, module) = (g.sort.clone(), g.module.clone());
    let archived = g.cohort.archived.then(|| {
        view! { <p class="note" role="status">"This cohort is archived: it is read-only, and still counted in its programme's figures."</p> }
    });
    let writable = g.can_teach && !g.cohort.archived;
    view! {
        <nav class="crumbs" aria-label="Breadcrumb"><a href="/cohorts">"Cohorts"</a></nav>
        <h1>{g.cohort.name.clone()}</h1>
        {about(&g.cohort)}
        {archived}
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
            <label>
                "Module "
                <select name="module">
                    <option value="" selected=module.is_empty()>"all modules"</option>
                    {g.all_modules.iter().map(|m| view! { <option value=m.id.clone() selected=module == m.id>{m.title.clone()}</option> }).collect_view()}
                </select>
            </label>
            <button type="submit">"Show"</button>
        </form>
        <p class="meta">
            {format!("{} trainees · page {} of {} · ", g.matching, g.page, g.pages)}
            <a href=format!("/cohorts/{id}/grid.csv?{}", query()) download>"Download the grid as CSV"</a>
        </p>
        <div class="grid-wrap">
            <table class="grid">
                <thead>
                    <tr>
                        <td colspan="2"></td>
                        {g.modules.iter().map(|m| view! { <th scope="colgroup" colspan=m.columns class="module">{m.title.clone()}</th> }).collect_view()}
                    </tr>
                    <tr>
                        <th scope="col">"Trainee"</th>
                        <th scope="col">"Done"</th>
                        {g.columns.iter().enumerate().map(|(i, c)| {
                            let kind = if c.kind == ItemKind::Lab { "Lab" } else { "Lesson" };
                            let title = format!("{kind} {}: {}", i + 1, c.title);
                            view! {
                                <th scope="col" class="item">
                                    <span class="item-number" tabindex="0" aria-label=title.clone() title=title.clone()>{i + 1}</span>
                                    <span class="item-title" aria-hidden="true">{title}</span>
                                </th>
                            }
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
        {writable.then(|| enrol_section(id))}
        {(!g.withdrawn.is_empty()).then(|| withdrawn_section(id, &g.withdrawn, writable))}
        {writable.then(|| schedule_section(id, &g.schedule))}
        {writable.then(|| import_section(id, g.import.clone()))}
        {g.curriculum.as_deref().filter(|_| !g.cohort.archived).map(|choices| settings_section(&g.cohort, choices))}
        {g.can_archive.then(|| archive_section(id, g.cohort.archived))}
        {g.can_teach.then(|| view! { <p><a href="/invites">"Invite codes for this cohort"</a>" · "<a href="/reviews">"Answers to review"</a></p> })}
    }
}

fn enrol_section(cohort: i64) -> impl IntoView {
    view! {
        <section id="enrol">
            <h2>"Add a trainee who has an account"</h2>
            <form method="post" action="/api/enrol" class="inline">
                <input type="hidden" name="cohort" value=cohort />
                <label>"Username " <input name="username" required autocomplete="off" /></label>
                <button type="submit">"Add to this cohort"</button>
            </form>
        </section>
    }
}

/// Trainees who left: their work stays, and staff may enrol them again.
fn withdrawn_section(cohort: i64, withdrawn: &[WithdrawnTrainee], writable: bool) -> impl IntoView + use<> {
    view! {
        <section id="withdrawn">
            <h2>"Withdrawn"</h2>
            <p class="meta">"Their work stays; they no longer count as enrolled."</p>
            <ul>
                {withdrawn.iter().map(|t| view! {
                    <li>
                        {format!("{} ({}), withdrawn on {} ", t.display_name, t.username, t.withdrawn_on)}
                        {writable.then(|| view! {
                            <form method="post" action="/api/enrol" class="inline">
                                <input type="hidden" name="cohort" value=cohort />
                                <input type="hidden" name="username" value=t.username.clone() />
                                <button type="submit" class="secondary">"Enrol again"</button>
                            </form>
                        })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// When each module opens to the cohort's trainees: one small form per module.
fn schedule_section(cohort: i64, schedule: &[ScheduledModule]) -> impl IntoView + use<> {
    view! {
        <section id="schedule">
            <h2>"Schedule"</h2>
            <p class="meta">"A module with a date opens to this cohort's trainees on that day; one without is open from the start."</p>
            <table>
                <thead><tr><th scope="col">"Module"</th><th scope="col">"Opens on"</th></tr></thead>
                <tbody>
                    {schedule.iter().map(|m| view! {
                        <tr>
                            <th scope="row">{m.title.clone()}</th>
                            <td>
                                <form method="post" action="/api/schedule" class="inline">
                                    <input type="hidden" name="cohort" value=cohort />
                                    <input type="hidden" name="module" value=m.id.clone() />
                                    <input type="date" name="opens_on" value=m.opens_on.clone().unwrap_or_default() aria-label=format!("{} opens on", m.title) />
                                    <button type="submit" class="secondary">"Save"</button>
                                </form>
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

fn archive_section(cohort: i64, archived: bool) -> impl IntoView {
    let (label, to) = if archived { ("Bring the cohort back", false) } else { ("Archive the cohort", true) };
    view! {
        <section id="archive">
            <h2>"Archive"</h2>
            <p class="meta">"An archived cohort is read-only: no changes, no invites, no imports. Its trainees keep learning, and its figures stay in the programme's dashboard."</p>
            <form method="post" action="/api/archive-cohort" class="inline">
                <input type="hidden" name="cohort" value=cohort />
                <input type="hidden" name="archived" value=to.to_string() />
                <button type="submit" class="secondary">{label}</button>
            </form>
        </section>
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
    let (cohort, trainee) = (t.cohort.id, t.trainee.id);
    let here = format!("/cohorts/{cohort}/trainees/{trainee}");
    let writable = !t.cohort.archived;
    let temporary = t.temporary_password.clone().map(|password| {
        view! {
            <p class="note" role="status">
                "Temporary password, until its first use: " <code class="code">{password}</code>
                " Give it to the trainee in private; they choose their own at their next sign-in."
            </p>
        }
    });
    let moves = t.move_to.clone();
    let actions = writable.then(|| {
        view! {
            <section id="manage">
                <h2>"Manage"</h2>
                <form method="post" action="/api/reset-password" class="inline">
                    <input type="hidden" name="user" value=trainee />
                    <input type="hidden" name="back" value=here.clone() />
                    <button type="submit">"Reset the password"</button>
                </form>
                {(!moves.is_empty()).then(|| view! {
                    <form method="post" action="/api/move-trainee" class="inline">
                        <input type="hidden" name="cohort" value=cohort />
                        <input type="hidden" name="trainee" value=trainee />
                        <label>
                            "Move to "
                            <select name="to">{moves.iter().map(|(id, name)| view! { <option value=id.clone()>{name.clone()}</option> }).collect_view()}</select>
                        </label>
                        <button type="submit" class="secondary">"Move"</button>
                    </form>
                })}
                <form method="post" action="/api/withdraw" class="inline">
                    <input type="hidden" name="cohort" value=cohort />
                    <input type="hidden" name="trainee" value=trainee />
                    <button type="submit" class="secondary">"Withdraw from the cohort"</button>
                </form>
                <p class="meta">"A withdrawn trainee's work stays; they no longer count as enrolled."</p>
            </section>
        }
    });
    view! {
        <nav class="crumbs" aria-label="Breadcrumb">
            <a href="/cohorts">"Cohorts"</a>" › "<a href=format!("/cohorts/{cohort}")>{t.cohort.name.clone()}</a>
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
        {temporary}
        {actions}
        <h2>"Progress"</h2>
        <table>
            <thead><tr><th scope="col">"Lesson or lab"</th><th scope="col">"Finished"</th><th scope="col">"Score"</th><th scope="col">"Prerequisites"</th></tr></thead>
            <tbody>
                {t.items.iter().map(|i| {
                    let waive = (i.blocked && writable).then(|| view! {
                        <form method="post" action="/api/waive-prerequisites" class="inline">
                            <input type="hidden" name="cohort" value=cohort />
                            <input type="hidden" name="trainee" value=trainee />
                            <input type="hidden" name="item" value=i.id.clone() />
                            <button type="submit" class="secondary">"Let them take it now"</button>
                        </form>
                    });
                    view! {
                        <tr>
                            <th scope="row">{i.title.clone()}</th>
                            <td>{i.completed_on.clone().unwrap_or_else(|| "–".into())}</td>
                            <td>{i.score.map_or("–".to_string(), |s| format!("{s}%"))}</td>
                            <td>{if i.blocked { "not done yet" } else { "" }}{waive}</td>
                        </tr>
                    }
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
