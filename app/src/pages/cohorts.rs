use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use kujenga_types::answers::Verdict;
use kujenga_types::cohorts::{
    Cell, CohortGridData, CohortInfo, CohortRow, ImportCheck, ScheduledModule, TraineeRecord,
    WithdrawnTrainee,
};
use kujenga_types::content::ItemKind;
use kujenga_types::format::encode_query;
use kujenga_types::programs::Choice;

use crate::api::cohorts::{cohort_grid, cohorts_page, trainee_detail};
use crate::components::layout::{fetch, page};
use crate::i18n::{Msg, day, language, moment, t, tr, whole_percent};
use crate::pages::credentials::credential_list;
use crate::pages::programs::curriculum_fieldset;

/// The cohorts this person runs or follows.
#[component]
pub fn CohortsPage() -> impl IntoView {
    let data = fetch(|| (), |_| cohorts_page());
    page(t(Msg::NavCohorts), data, |cohorts: Vec<CohortRow>| {
        view! {
            <h1>{t(Msg::NavCohorts)}</h1>
            <ul class="cards">
                {cohorts
                    .into_iter()
                    .map(|c| {
                        view! {
                            <li class="card">
                                <a href=format!("/cohorts/{}", c.id)>{c.name}</a>
                                " · "{tr(Msg::CohortsTrainees, &[("count", c.trainees.into())])}
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
            <h2>{t(Msg::CohortsSettings)}</h2>
            <form method="post" action="/api/update-cohort" class="stack">
                <input type="hidden" name="cohort" value=c.id />
                <label>{t(Msg::CohortsName)} <input name="name" required maxlength="100" value=c.name.clone() /></label>
                <label>{t(Msg::CohortsStartsOn)} <input type="date" name="starts_on" value=c.starts_on.clone().unwrap_or_default() /></label>
                <label>{t(Msg::CohortsEndsOn)} <input type="date" name="ends_on" value=c.ends_on.clone().unwrap_or_default() /></label>
                {curriculum_fieldset(choices, &c.content)}
                <button type="submit">{t(Msg::CohortsSaveSettings)}</button>
            </form>
        </section>
    }
}

fn about(c: &CohortInfo) -> impl IntoView + use<> {
    let dates = match (&c.starts_on, &c.ends_on) {
        (Some(s), Some(e)) => tr(Msg::CohortsDatesRange, &[("start", day(s).into()), ("end", day(e).into())]),
        (Some(s), None) => tr(Msg::CohortsDatesFrom, &[("start", day(s).into())]),
        (None, Some(e)) => tr(Msg::CohortsDatesUntil, &[("end", day(e).into())]),
        (None, None) => t(Msg::CohortsDatesNone).into(),
    };
    let content =
        if c.content.is_empty() { t(Msg::CohortsWholeCurriculum).to_string() } else { c.content.join(", ") };
    let programme = c.program.clone().unwrap_or_else(|| t(Msg::CohortsNone).into());
    let instructors =
        if c.instructors.is_empty() { t(Msg::CohortsNone).to_string() } else { c.instructors.join(", ") };
    view! {
        <p class="meta">
            {tr(Msg::CohortsAbout, &[
                ("programme", programme.into()),
                ("dates", dates.into()),
                ("content", content.into()),
                ("instructors", instructors.into()),
            ])}
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
    page(t(Msg::CohortsCohortTitle), data, render_grid)
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
    let previous = (g.page > 1).then(|| view! { <a href=link(g.page - 1)>{t(Msg::CohortsPrevious)}</a> });
    let next = (g.page < g.pages).then(|| view! { <a href=link(g.page + 1)>{t(Msg::CohortsNext)}</a> });
    let (sort, module) = (g.sort.clone(), g.module.clone());
    let archived = g.cohort.archived.then(|| {
        view! { <p class="note" role="status">{t(Msg::CohortsArchivedNote)}</p> }
    });
    let writable = g.can_teach && !g.cohort.archived;
    view! {
        <nav class="crumbs" aria-label=t(Msg::NavBreadcrumb)><a href="/cohorts">{t(Msg::NavCohorts)}</a></nav>
        <h1>{g.cohort.name.clone()}</h1>
        {about(&g.cohort)}
        {archived}
        <form method="get" class="inline" aria-label=t(Msg::CohortsSortFilter)>
            <label>{t(Msg::CohortsFind)}" " <input name="filter" value=g.filter.clone() placeholder=t(Msg::CohortsFindPlaceholder) /></label>
            <label>
                {t(Msg::CohortsSort)}" "
                <select name="sort">
                    <option value="name" selected=sort == "name" || sort.is_empty()>{t(Msg::CohortsByName)}</option>
                    <option value="progress" selected=sort == "progress">{t(Msg::CohortsByProgress)}</option>
                    <option value="active" selected=sort == "active">{t(Msg::CohortsByActivity)}</option>
                </select>
            </label>
            <label>
                {t(Msg::CohortsModule)}" "
                <select name="module">
                    <option value="" selected=module.is_empty()>{t(Msg::CohortsAllModules)}</option>
                    {g.all_modules.iter().map(|m| view! { <option value=m.id.clone() selected=module == m.id>{m.title.clone()}</option> }).collect_view()}
                </select>
            </label>
            <button type="submit">{t(Msg::CohortsShow)}</button>
        </form>
        <p class="meta">
            {tr(Msg::CohortsTrainees, &[("count", g.matching.into())])}" · "
            {tr(Msg::CohortsPageOf, &[("page", g.page.into()), ("pages", g.pages.into())])}" · "
            <a href=format!("/cohorts/{id}/grid.csv?{}", query()) download>{t(Msg::CohortsDownloadCsv)}</a>
        </p>
        <div class="grid-wrap">
            <table class="grid">
                <thead>
                    <tr>
                        <td colspan="2"></td>
                        {g.modules.iter().map(|m| view! { <th scope="colgroup" colspan=m.columns class="module">{m.title.clone()}</th> }).collect_view()}
                    </tr>
                    <tr>
                        <th scope="col">{t(Msg::CohortsColTrainee)}</th>
                        <th scope="col">{t(Msg::CohortsColDone)}</th>
                        {g.columns.iter().enumerate().map(|(i, c)| {
                            let kind = if c.kind == ItemKind::Lab { Msg::CohortsColumnLab } else { Msg::CohortsColumnLesson };
                            let title = tr(kind, &[("number", (i + 1).into()), ("title", c.title.as_str().into())]);
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
        <nav class="pager" aria-label=t(Msg::CohortsPages)>{previous}{next}</nav>
        {writable.then(|| enrol_section(id))}
        {(!g.withdrawn.is_empty()).then(|| withdrawn_section(id, &g.withdrawn, writable))}
        {writable.then(|| schedule_section(id, &g.schedule))}
        {writable.then(|| import_section(id, g.import.clone()))}
        {g.curriculum.as_deref().filter(|_| !g.cohort.archived).map(|choices| settings_section(&g.cohort, choices))}
        {g.can_archive.then(|| archive_section(id, g.cohort.archived))}
        {g.can_teach.then(|| view! { <p><a href="/invites">{t(Msg::CohortsInviteCodes)}</a>" · "<a href="/reviews">{t(Msg::ReviewsTitle)}</a>" · "<a href=format!("/cohorts/{id}/exercises")>{t(Msg::ExercisesTitle)}</a></p> })}
    }
}

fn enrol_section(cohort: i64) -> impl IntoView {
    view! {
        <section id="enrol">
            <h2>{t(Msg::CohortsEnrolTitle)}</h2>
            <form method="post" action="/api/enrol" class="inline">
                <input type="hidden" name="cohort" value=cohort />
                <label>{t(Msg::FieldUsername)}" " <input name="username" required autocomplete="off" /></label>
                <button type="submit">{t(Msg::CohortsEnrolAdd)}</button>
            </form>
        </section>
    }
}

/// Trainees who left: their work stays, and staff may enrol them again.
fn withdrawn_section(cohort: i64, withdrawn: &[WithdrawnTrainee], writable: bool) -> impl IntoView + use<> {
    view! {
        <section id="withdrawn">
            <h2>{t(Msg::CohortsWithdrawnTitle)}</h2>
            <p class="meta">{t(Msg::CohortsWithdrawnNote)}</p>
            <ul>
                {withdrawn.iter().map(|w| view! {
                    <li>
                        {tr(Msg::CohortsWithdrawnOn, &[
                            ("name", w.display_name.as_str().into()),
                            ("username", w.username.as_str().into()),
                            ("day", day(&w.withdrawn_on).into()),
                        ])}" "
                        {writable.then(|| view! {
                            <form method="post" action="/api/enrol" class="inline">
                                <input type="hidden" name="cohort" value=cohort />
                                <input type="hidden" name="username" value=w.username.clone() />
                                <button type="submit" class="secondary">{t(Msg::CohortsEnrolAgain)}</button>
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
            <h2>{t(Msg::CohortsScheduleTitle)}</h2>
            <p class="meta">{t(Msg::CohortsScheduleNote)}</p>
            <table>
                <thead><tr><th scope="col">{t(Msg::CohortsModule)}</th><th scope="col">{t(Msg::CohortsOpensOn)}</th></tr></thead>
                <tbody>
                    {schedule.iter().map(|m| view! {
                        <tr>
                            <th scope="row">{m.title.clone()}</th>
                            <td>
                                <form method="post" action="/api/schedule" class="inline">
                                    <input type="hidden" name="cohort" value=cohort />
                                    <input type="hidden" name="module" value=m.id.clone() />
                                    <input type="date" name="opens_on" value=m.opens_on.clone().unwrap_or_default() aria-label=tr(Msg::CohortsModuleOpensOn, &[("module", m.title.as_str().into())]) />
                                    <button type="submit" class="secondary">{t(Msg::CohortsSave)}</button>
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
    let (label, to) = if archived { (Msg::CohortsUnarchive, false) } else { (Msg::CohortsArchive, true) };
    view! {
        <section id="archive">
            <h2>{t(Msg::CohortsArchiveTitle)}</h2>
            <p class="meta">{t(Msg::CohortsArchiveNote)}</p>
            <form method="post" action="/api/archive-cohort" class="inline">
                <input type="hidden" name="cohort" value=cohort />
                <input type="hidden" name="archived" value=to.to_string() />
                <button type="submit" class="secondary">{t(label)}</button>
            </form>
        </section>
    }
}

fn import_section(cohort: i64, check: Option<ImportCheck>) -> impl IntoView {
    let preview = check.map(|c| {
        let ok = c.problems.is_empty();
        view! {
            <h3>{tr(Msg::CohortsImportPreview, &[
                ("rows", tr(Msg::CohortsImportRows, &[("count", c.rows.len().into())]).into()),
                ("problems", tr(Msg::CohortsImportProblems, &[("count", c.problems.len().into())]).into()),
            ])}</h3>
            {(!ok).then(|| view! {
                <ul class="error" role="alert">{c.problems.iter().map(|p| view! { <li>{p.write(language())}</li> }).collect_view()}</ul>
                <p>{t(Msg::CohortsImportBlocked)}</p>
            })}
            <table>
                <thead><tr><th scope="col">{t(Msg::CohortsLine)}</th><th scope="col">{t(Msg::FieldUsername)}</th><th scope="col">{t(Msg::CohortsName)}</th><th scope="col">{t(Msg::FieldOrganisation)}</th><th scope="col">{t(Msg::CohortsCountry)}</th><th scope="col">{t(Msg::CohortsJob)}</th></tr></thead>
                <tbody>
                    {c.rows.iter().map(|r| view! {
                        <tr><td>{r.line}</td><td>{r.username.clone()}</td><td>{r.name.clone()}</td><td>{r.profile.organisation.clone()}</td><td>{r.profile.country.clone()}</td><td>{r.profile.job.clone()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p>{t(Msg::CohortsImportPasswordsNote)}</p>
            <form method="post" action=format!("/cohorts/{cohort}/import") class="inline">
                <button type="submit" disabled=!ok>{tr(Msg::CohortsImportButton, &[("count", c.rows.len().into())])}</button>
            </form>
            <form method="post" action="/api/import-cancel" class="inline">
                <input type="hidden" name="cohort" value=cohort />
                <button type="submit" class="secondary">{t(Msg::CohortsCancel)}</button>
            </form>
        }
    });
    view! {
        <section id="import">
            <h2>{t(Msg::CohortsImportTitle)}</h2>
            {preview}
            <p>{t(Msg::CohortsImportHelp)}</p>
            <form method="post" action="/api/import-preview" class="stack">
                <input type="hidden" name="cohort" value=cohort />
                <label>{t(Msg::CohortsCsv)} <textarea name="csv" rows="8" required placeholder="name,email,organisation,country,role\nAma Mensah,ama@cert.test,Ghana CERT,GH,CERT/CSIRT analyst"></textarea></label>
                <button type="submit">{t(Msg::CohortsPreview)}</button>
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
    page(t(Msg::CohortsTraineeTitle), data, render_trainee)
}

fn render_trainee(record: TraineeRecord) -> impl IntoView {
    let p = &record.profile;
    let given = |v: &str| if v.is_empty() { t(Msg::CohortsNotGiven).to_string() } else { v.to_string() };
    let (cohort, trainee) = (record.cohort.id, record.trainee.id);
    let here = format!("/cohorts/{cohort}/trainees/{trainee}");
    let writable = !record.cohort.archived;
    let temporary = record.temporary_password.clone().map(|password| {
        view! {
            <p class="note" role="status">
                {format!("{} ", t(Msg::CohortsTemporaryPassword))}<code class="code">{password}</code>
                " "{t(Msg::CohortsTemporaryPasswordGive)}
            </p>
        }
    });
    let moves = record.move_to.clone();
    let actions = writable.then(|| {
        view! {
            <section id="manage">
                <h2>{t(Msg::CohortsManage)}</h2>
                <form method="post" action="/api/reset-password" class="inline">
                    <input type="hidden" name="user" value=trainee />
                    <input type="hidden" name="back" value=here.clone() />
                    <button type="submit">{t(Msg::CohortsResetPassword)}</button>
                </form>
                {(!moves.is_empty()).then(|| view! {
                    <form method="post" action="/api/move-trainee" class="inline">
                        <input type="hidden" name="cohort" value=cohort />
                        <input type="hidden" name="trainee" value=trainee />
                        <label>
                            {t(Msg::CohortsMoveTo)}" "
                            <select name="to">{moves.iter().map(|(id, name)| view! { <option value=id.clone()>{name.clone()}</option> }).collect_view()}</select>
                        </label>
                        <button type="submit" class="secondary">{t(Msg::CohortsMove)}</button>
                    </form>
                })}
                <form method="post" action="/api/withdraw" class="inline">
                    <input type="hidden" name="cohort" value=cohort />
                    <input type="hidden" name="trainee" value=trainee />
                    <button type="submit" class="secondary">{t(Msg::CohortsWithdraw)}</button>
                </form>
                <p class="meta">{t(Msg::CohortsWithdrawNote)}</p>
            </section>
        }
    });
    view! {
        <nav class="crumbs" aria-label=t(Msg::NavBreadcrumb)>
            <a href="/cohorts">{t(Msg::NavCohorts)}</a>" › "<a href=format!("/cohorts/{cohort}")>{record.cohort.name.clone()}</a>
        </nav>
        <h1>{record.trainee.display_name.clone()}</h1>
        <dl class="profile">
            <dt>{t(Msg::FieldUsername)}</dt><dd>{record.trainee.username.clone()}</dd>
            <dt>{t(Msg::FieldEmail)}</dt><dd>{given(&p.email)}</dd>
            <dt>{t(Msg::FieldOrganisation)}</dt><dd>{given(&p.organisation)}</dd>
            <dt>{t(Msg::CohortsCountry)}</dt><dd>{given(&p.country)}</dd>
            <dt>{t(Msg::CohortsJob)}</dt><dd>{given(&p.job)}</dd>
            <dt>{t(Msg::FieldGender)}</dt><dd>{given(&p.gender)}</dd>
            <dt>{t(Msg::CohortsLastActive)}</dt><dd>{record.trainee.last_active_at.map_or(t(Msg::CohortsNever).to_string(), |at| day(&kujenga_types::format::date(at)))}</dd>
        </dl>
        {temporary}
        {actions}
        <h2>{t(Msg::CredentialsTitle)}</h2>
        {credential_list(record.credentials.clone(), Some((cohort, trainee)))}
        {(!record.tracks.is_empty()).then(|| view! {
            <form method="post" action="/api/credentials/issue" class="stack">
                <h3>{t(Msg::StaffCredentialsIssue)}</h3>
                <input type="hidden" name="cohort" value=cohort />
                <input type="hidden" name="trainee" value=trainee />
                <label>{t(Msg::FieldTrack)} <select name="track">
                    {record.tracks.iter().map(|tr| view! { <option value=tr.id.clone()>{tr.title.clone()}</option> }).collect_view()}
                </select></label>
                <label>{t(Msg::StaffCredentialsReason)} <input name="reason" required maxlength="500" /></label>
                <button type="submit">{t(Msg::StaffCredentialsIssueButton)}</button>
            </form>
        })}
        <h2>{t(Msg::CohortsProgress)}</h2>
        <table>
            <thead><tr><th scope="col">{t(Msg::CohortsLessonOrLab)}</th><th scope="col">{t(Msg::CohortsFinished)}</th><th scope="col">{t(Msg::CohortsScore)}</th><th scope="col">{t(Msg::CohortsPrerequisites)}</th></tr></thead>
            <tbody>
                {record.items.iter().map(|i| {
                    let waive = (i.blocked && writable).then(|| view! {
                        <form method="post" action="/api/waive-prerequisites" class="inline">
                            <input type="hidden" name="cohort" value=cohort />
                            <input type="hidden" name="trainee" value=trainee />
                            <input type="hidden" name="item" value=i.id.clone() />
                            <button type="submit" class="secondary">{t(Msg::CohortsWaive)}</button>
                        </form>
                    });
                    view! {
                        <tr>
                            <th scope="row">{i.title.clone()}</th>
                            <td>{i.completed_on.as_deref().map_or("–".to_string(), day)}</td>
                            <td>{i.score.map_or("–".to_string(), whole_percent)}</td>
                            <td>{if i.blocked { t(Msg::CohortsNotDoneYet) } else { "" }}{waive}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <h2>{t(Msg::CohortsSubmissions)}</h2>
        <table>
            <thead><tr><th scope="col">{t(Msg::CohortsWhenUtc)}</th><th scope="col">{t(Msg::CohortsLessonOrLab)}</th><th scope="col">{t(Msg::CohortsQuestion)}</th><th scope="col">{t(Msg::CohortsAnswer)}</th><th scope="col">{t(Msg::CohortsVerdict)}</th></tr></thead>
            <tbody>
                {record.submissions.iter().map(|s| view! {
                    <tr><td>{moment(&s.at)}</td><td>{s.item.clone()}</td><td>{s.question.clone()}</td><td><code>{s.answer.clone()}</code></td><td>{verdict_name(s.verdict)}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

fn verdict_name(verdict: Verdict) -> &'static str {
    t(match verdict {
        Verdict::Correct => Msg::CohortsVerdictCorrect,
        Verdict::Wrong => Msg::CohortsVerdictWrong,
        Verdict::Review => Msg::CohortsVerdictReview,
    })
}
