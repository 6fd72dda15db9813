use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use kujenga_types::programs::{
    Breakdown, Choice, DashboardData, EXPORTS, Filters, FunnelStep, ProgramsData, Week,
};

use crate::api::programs::{dashboard, programs_page};
use crate::components::layout::{fetch, page};
use crate::i18n::{Msg, day, moment, number, percent, t, tr};

/// Programmes: managers see theirs; admins see all and set up programmes and cohorts.
#[component]
pub fn ProgramsPage() -> impl IntoView {
    let data = fetch(|| (), |_| programs_page());
    page(t(Msg::NavProgrammes), data, |d| view! { <h1>{t(Msg::NavProgrammes)}</h1> {render_programs(d)} })
}

fn options(choices: &[(String, String)]) -> impl IntoView + use<> {
    choices.iter().map(|(v, l)| view! { <option value=v.clone()>{l.clone()}</option> }).collect_view()
}

/// The tracks and modules a cohort follows, as boxes to tick (`ticked`: the current ones).
pub fn curriculum_fieldset(choices: &[Choice], ticked: &[String]) -> impl IntoView + use<> {
    view! {
        <fieldset>
            <legend>{t(Msg::ProgramsCurriculum)}</legend>
            {choices.iter().enumerate().map(|(i, (id, label))| {
                let checked = ticked.contains(id);
                view! {
                    <label class="choice"><input type="checkbox" name=format!("content[{i}]") value=id.clone() checked=checked />" "{label.clone()}</label>
                }
            }).collect_view()}
        </fieldset>
    }
}

fn render_programs(page: ProgramsData) -> impl IntoView {
    let programs: Vec<(String, String)> =
        page.programs.iter().map(|p| (p.id.to_string(), p.name.clone())).collect();
    let list = if page.programs.is_empty() {
        Either::Left(view! { <p>{t(Msg::ProgramsNone)}</p> })
    } else {
        Either::Right(view! {
            <table>
                <thead><tr><th scope="col">{t(Msg::ProgramsProgramme)}</th><th scope="col">{t(Msg::NavCohorts)}</th><th scope="col">{t(Msg::ProgramsTrainees)}</th><th scope="col">{t(Msg::ProgramsManagers)}</th></tr></thead>
                <tbody>
                    {page.programs.into_iter().map(|p| view! {
                        <tr>
                            <td><a href=format!("/programs/{}", p.id)>{p.name}</a></td>
                            <td>{p.cohorts}</td>
                            <td>{p.trainees}</td>
                            <td>{p.managers}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    };
    let admin = page.is_admin.then(|| view! {
        <h2>{t(Msg::ProgramsNewProgramme)}</h2>
        <form method="post" action="/api/create-program" class="stack">
            <label>{t(Msg::ProgramsName)} <input name="name" required maxlength="100" /></label>
            <label>{t(Msg::ProgramsManager)} <select name="manager"><option value="0">{t(Msg::ProgramsLater)}</option>{options(&page.managers)}</select></label>
            <button type="submit">{t(Msg::ProgramsCreateProgramme)}</button>
        </form>
        <h2>{t(Msg::ProgramsManagers)}</h2>
        <p class="meta">{t(Msg::ProgramsManagersNote)}</p>
        <form method="post" action="/api/add-manager" class="stack">
            <label>{t(Msg::ProgramsProgramme)} <select name="program">{options(&programs)}</select></label>
            <label>{t(Msg::ProgramsManager)} <select name="manager">{options(&page.managers)}</select></label>
            <p>
                <button type="submit">{t(Msg::ProgramsAddManager)}</button>
                " "
                <button type="submit" formaction="/api/remove-manager" class="secondary">{t(Msg::ProgramsRemoveManager)}</button>
            </p>
        </form>
        <h2>{t(Msg::ProgramsArchiveTitle)}</h2>
        <p class="meta">{t(Msg::ProgramsArchiveNote)}</p>
        <form method="post" action="/api/archive-program" class="inline">
            <label>{t(Msg::ProgramsProgramme)}" " <select name="program">{options(&programs)}</select></label>
            <button type="submit" name="archived" value="true" class="secondary">{t(Msg::ProgramsArchive)}</button>
            <button type="submit" name="archived" value="false" class="secondary">{t(Msg::ProgramsBringBack)}</button>
        </form>
        <h2>{t(Msg::ProgramsRenameTitle)}</h2>
        <form method="post" action="/api/rename-program" class="stack">
            <label>{t(Msg::ProgramsProgramme)} <select name="program">{options(&programs)}</select></label>
            <label>{t(Msg::ProgramsNewName)} <input name="name" required maxlength="100" /></label>
            <button type="submit">{t(Msg::ProgramsRename)}</button>
        </form>
        <h2>{t(Msg::ProgramsNewCohort)}</h2>
        <form method="post" action="/api/create-cohort" class="stack">
            <label>{t(Msg::ProgramsName)} <input name="name" required maxlength="100" /></label>
            <label>{t(Msg::ProgramsProgramme)} <select name="program">{options(&programs)}</select></label>
            <label>{t(Msg::ProgramsStartsOn)} <input type="date" name="starts_on" /></label>
            <label>{t(Msg::ProgramsEndsOn)} <input type="date" name="ends_on" /></label>
            <label>{t(Msg::RoleInstructor)} <select name="instructor"><option value="0">{t(Msg::ProgramsLater)}</option>{options(&page.instructors)}</select></label>
            {curriculum_fieldset(&page.content, &[])}
            <button type="submit">{t(Msg::ProgramsCreateCohort)}</button>
        </form>
        <h2>{t(Msg::ProgramsAddInstructorTitle)}</h2>
        <form method="post" action="/api/add-instructor" class="stack">
            <label>{t(Msg::ProgramsCohort)} <select name="cohort">{options(&page.cohorts)}</select></label>
            <label>{t(Msg::RoleInstructor)} <select name="instructor">{options(&page.instructors)}</select></label>
            <button type="submit">{t(Msg::ProgramsAddInstructor)}</button>
        </form>
    });
    view! { {list} {admin} }
}

/// A programme's dashboard. The filter form is a plain GET form, so the page, its filters and
/// its CSV links all work without JavaScript.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let data = fetch(
        move || {
            let q = query.read();
            let get = |k: &str| q.get(k).unwrap_or_default();
            let filters = Filters {
                cohort: get("cohort"),
                organisation: get("organisation"),
                country: get("country"),
                gender: get("gender"),
            };
            (params.read().get("id").and_then(|id| id.parse().ok()).unwrap_or(0), filters)
        },
        |(program, filters)| dashboard(program, filters),
    );
    page(t(Msg::ProgramsDashboardTitle), data, render_dashboard)
}

fn select(
    name: &'static str,
    label: &'static str,
    current: &str,
    choices: Vec<(String, String)>,
) -> impl IntoView + use<> {
    let current = current.to_string();
    view! {
        <label>
            {label}" "
            <select name=name>
                <option value="">{t(Msg::ProgramsAll)}</option>
                {choices.into_iter().map(|(v, l)| {
                    let selected = v == current;
                    view! { <option value=v selected=selected>{l}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}

fn render_dashboard(d: DashboardData) -> impl IntoView {
    let same = |v: &Vec<String>| {
        v.iter()
            .map(|x| (x.clone(), if x.is_empty() { t(Msg::NotGiven).to_string() } else { x.clone() }))
            .collect()
    };
    let query = d.filters.query();
    let export = move |table: &str| {
        format!(
            "/programs/{}/export/{table}.csv{}{query}",
            d.program_id,
            if query.is_empty() { "" } else { "?" }
        )
    };
    let h = d.headline;
    view! {
        <nav class="crumbs" aria-label=t(Msg::NavBreadcrumb)><a href="/programs">{t(Msg::NavProgrammes)}</a></nav>
        <h1>{d.program.clone()}</h1>
        <p class="meta">{tr(Msg::ProgramsAsOf, &[("time", moment(&d.as_of).into())])}</p>
        <form method="get" class="inline filters" aria-label=t(Msg::ProgramsFilters)>
            {select("cohort", t(Msg::ProgramsCohort), &d.filters.cohort, d.options.cohorts.clone())}
            {select("organisation", t(Msg::FieldOrganisation), &d.filters.organisation, same(&d.options.organisations))}
            {select("country", t(Msg::ProgramsCountry), &d.filters.country, same(&d.options.countries))}
            {select("gender", t(Msg::FieldGender), &d.filters.gender, same(&d.options.genders))}
            <button type="submit">{t(Msg::ProgramsApply)}</button>
            <a href=format!("/programs/{}", d.program_id)>{t(Msg::ProgramsClear)}</a>
        </form>
        <ul class="headline">
            <li><strong>{number(h.enrolled.into())}</strong>{format!(" {}", tr(Msg::ProgramsHeadlineEnrolled, &[("count", h.enrolled.into())]))}</li>
            <li><strong>{number(h.active.into())}</strong>{format!(" {}", tr(Msg::ProgramsHeadlineActive, &[("count", h.active.into())]))}</li>
            <li><strong>{percent(h.completion)}</strong>{format!(" {}", t(Msg::ProgramsHeadlineCompletion))}</li>
            <li><strong>{h.lab_score.map_or("–".to_string(), percent)}</strong>{format!(" {}", t(Msg::ProgramsHeadlineLabScore))}</li>
            <li><strong>{number(h.credentials.into())}</strong>{format!(" {}", tr(Msg::ProgramsHeadlineCredentials, &[("count", h.credentials.into())]))}</li>
        </ul>

        <h2>{t(Msg::ProgramsWeeksTitle)}</h2>
        {weeks_chart(&d.weeks)}
        <p><a href=export("weeks")>{t(Msg::ProgramsCsv)}</a></p>

        <h2>{t(Msg::ProgramsCompletionTitle)}</h2>
        <table>
            <thead><tr><th scope="col">{t(Msg::ProgramsTrackOrModule)}</th><th scope="col">{t(Msg::ProgramsLearners)}</th><th scope="col">{t(Msg::ProgramsFinished)}</th><th scope="col">{t(Msg::ProgramsCompletion)}</th></tr></thead>
            <tbody>
                {d.completion.iter().map(|r| {
                    let title = if r.is_track { view! { <strong>{r.title.clone()}</strong> }.into_any() } else { view! { <span>{r.title.clone()}</span> }.into_any() };
                    view! { <tr><th scope="row">{title}</th><td>{number(r.learners.into())}</td><td>{number(r.finished.into())}</td><td>{percent(r.completion)}</td></tr> }
                }).collect_view()}
            </tbody>
        </table>
        <p><a href=export("completion")>{t(Msg::ProgramsCsv)}</a></p>

        <h2>{t(Msg::ProgramsFunnelTitle)}</h2>
        {funnel_chart(&d.funnel)}
        <p><a href=export("funnel")>{t(Msg::ProgramsCsv)}</a></p>

        <h2>{t(Msg::ProgramsLabsTitle)}</h2>
        <table>
            <thead><tr><th scope="col">{t(Msg::KindLab)}</th><th scope="col">{t(Msg::ProgramsLearners)}</th><th scope="col">{t(Msg::ProgramsFinished)}</th><th scope="col">{t(Msg::ProgramsAverageScore)}</th></tr></thead>
            <tbody>
                {d.labs.iter().map(|r| view! {
                    <tr><th scope="row">{r.title.clone()}</th><td>{number(r.learners.into())}</td><td>{number(r.finished.into())}</td><td>{r.average.map_or("–".to_string(), percent)}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        <p><a href=export("labs")>{t(Msg::ProgramsCsv)}</a></p>

        {d.breakdowns.iter().map(|b| breakdown(b, export(&b.dimension))).collect_view()}
        <p class="meta">{tr(Msg::ProgramsExports, &[("tables", EXPORTS.join(", ").into())])}</p>
    }
}

fn breakdown(b: &Breakdown, csv: String) -> impl IntoView + use<> {
    let names = match b.dimension.as_str() {
        "cohort" => Some((Msg::ProgramsCohort, Msg::ProgramsByCohort)),
        "organisation" => Some((Msg::FieldOrganisation, Msg::ProgramsByOrganisation)),
        "country" => Some((Msg::ProgramsCountry, Msg::ProgramsByCountry)),
        "gender" => Some((Msg::FieldGender, Msg::ProgramsByGender)),
        _ => None,
    };
    let (title, heading) = names.map_or_else(
        || (t(b.title).to_string(), t(b.title).to_string()),
        |(column, by)| (t(column).to_string(), t(by).to_string()),
    );
    view! {
        <h2>{heading}</h2>
        <table>
            <thead><tr><th scope="col">{title}</th><th scope="col">{t(Msg::ProgramsEnrolled)}</th><th scope="col">{t(Msg::ProgramsActive)}</th><th scope="col">{t(Msg::ProgramsCompletion)}</th><th scope="col">{t(Msg::ProgramsLabScore)}</th><th scope="col">{t(Msg::ProgramsCredentials)}</th></tr></thead>
            <tbody>
                {b.rows.iter().map(|r| view! {
                    <tr><th scope="row">{r.label.clone()}</th><td>{number(r.enrolled.into())}</td><td>{number(r.active.into())}</td><td>{percent(r.completion)}</td><td>{r.lab_score.map_or("–".to_string(), percent)}</td><td>{number(r.credentials.into())}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        <p><a href=csv>{t(Msg::ProgramsCsv)}</a></p>
    }
}

/// Bars of completions per week, drawn on the server; the numbers are also in the SVG's text
/// alternative and in the table under it.
fn weeks_chart(weeks: &[Week]) -> impl IntoView + use<> {
    let max = weeks.iter().map(|w| w.completions).max().unwrap_or(0).max(1);
    let (width, height, bar) = (640u32, 180u32, 40u32);
    let counts = weeks.iter().map(|w| w.completions.to_string()).collect::<Vec<_>>().join(", ");
    let summary = tr(
        Msg::ProgramsWeeksSummary,
        &[
            ("from", weeks.first().map(|w| day(&w.starts)).unwrap_or_default().into()),
            ("to", weeks.last().map(|w| day(&w.starts)).unwrap_or_default().into()),
            ("counts", counts.into()),
        ],
    );
    view! {
        <figure>
            <svg viewBox=format!("0 0 {width} {}", height + 30) role="img" aria-label=summary.clone() class="chart">
                {weeks.iter().enumerate().map(|(i, w)| {
                    let h = w.completions * height / max;
                    let x = i as u32 * bar;
                    view! {
                        <g>
                            <title>{tr(Msg::ProgramsWeekBar, &[("week", day(&w.starts).into()), ("count", w.completions.into())])}</title>
                            <rect x=x + 4 y=height - h width=bar - 8 height=h class="bar"></rect>
                            {(i % 4 == 0).then(|| view! { <text x=x + 4 y=height + 18 class="axis">{w.starts[5..].to_string()}</text> })}
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>{summary}</figcaption>
        </figure>
        <details>
            <summary>{t(Msg::ProgramsNumbers)}</summary>
            <table>
                <thead><tr><th scope="col">{t(Msg::ProgramsWeekStarting)}</th><th scope="col">{t(Msg::ProgramsCompletions)}</th><th scope="col">{t(Msg::ProgramsCumulative)}</th></tr></thead>
                <tbody>{weeks.iter().map(|w| view! { <tr><td>{day(&w.starts)}</td><td>{number(w.completions.into())}</td><td>{number(w.cumulative.into())}</td></tr> }).collect_view()}</tbody>
            </table>
        </details>
    }
}

/// Learners who finished each module, as horizontal bars with their numbers written beside them.
fn funnel_chart(steps: &[FunnelStep]) -> impl IntoView + use<> {
    let max = steps.iter().map(|s| s.learners).max().unwrap_or(0).max(1);
    let row = 22u32;
    let height = row * steps.len() as u32 + 4;
    let summary =
        steps.iter().map(|s| format!("{}: {}", s.module, s.learners)).collect::<Vec<_>>().join("; ");
    let label = tr(Msg::ProgramsFunnelSummary, &[("steps", summary.into())]);
    view! {
        <figure>
            <svg viewBox=format!("0 0 640 {height}") role="img" aria-label=label.clone() class="chart">
                {steps.iter().enumerate().map(|(i, s)| {
                    let y = i as u32 * row;
                    let w = s.learners * 300 / max;
                    view! {
                        <g>
                            <title>{tr(Msg::ProgramsFunnelBar, &[("module", s.module.as_str().into()), ("count", s.learners.into())])}</title>
                            <text x="0" y=y + 15 class="axis">{s.module.chars().take(40).collect::<String>()}</text>
                            <rect x="300" y=y + 3 width=w height=row - 6 class="bar"></rect>
                            <text x=304 + w y=y + 15 class="axis">{s.learners}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>{format!("{label}.")}</figcaption>
        </figure>
    }
}
