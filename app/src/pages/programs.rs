use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use kujenga_types::programs::{
    Breakdown, Choice, DashboardData, EXPORTS, Filters, FunnelStep, ProgramsData, Week,
};

use crate::api::programs::{dashboard, programs_page};
use crate::components::layout::{fetch, page};

/// Programmes: managers see theirs; admins see all and set up programmes and cohorts.
#[component]
pub fn ProgramsPage() -> impl IntoView {
    let data = fetch(|| (), |_| programs_page());
    page("Programmes", data, |d| view! { <h1>"Programmes"</h1> {render_programs(d)} })
}

fn options(choices: &[(String, String)]) -> impl IntoView + use<> {
    choices.iter().map(|(v, l)| view! { <option value=v.clone()>{l.clone()}</option> }).collect_view()
}

/// The tracks and modules a cohort follows, as boxes to tick (`ticked`: the current ones).
pub fn curriculum_fieldset(choices: &[Choice], ticked: &[String]) -> impl IntoView + use<> {
    view! {
        <fieldset>
            <legend>"Curriculum (none ticked: all of it)"</legend>
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
        Either::Left(view! { <p>"No programme yet."</p> })
    } else {
        Either::Right(view! {
            <table>
                <thead><tr><th scope="col">"Programme"</th><th scope="col">"Cohorts"</th><th scope="col">"Trainees"</th><th scope="col">"Managers"</th></tr></thead>
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
        <h2>"New programme"</h2>
        <form method="post" action="/api/create-program" class="stack">
            <label>"Name" <input name="name" required maxlength="100" /></label>
            <label>"Manager" <select name="manager"><option value="0">"(later)"</option>{options(&page.managers)}</select></label>
            <button type="submit">"Create programme"</button>
        </form>
        <h2>"Managers"</h2>
        <p class="meta">"A removed manager keeps their account and no longer sees the programme."</p>
        <form method="post" action="/api/add-manager" class="stack">
            <label>"Programme" <select name="program">{options(&programs)}</select></label>
            <label>"Manager" <select name="manager">{options(&page.managers)}</select></label>
            <p>
                <button type="submit">"Add manager"</button>
                " "
                <button type="submit" formaction="/api/remove-manager" class="secondary">"Remove manager"</button>
            </p>
        </form>
        <h2>"Archive a programme"</h2>
        <p class="meta">"An archived programme and its cohorts are read-only, and still counted in the dashboard."</p>
        <form method="post" action="/api/archive-program" class="inline">
            <label>"Programme " <select name="program">{options(&programs)}</select></label>
            <button type="submit" name="archived" value="true" class="secondary">"Archive"</button>
            <button type="submit" name="archived" value="false" class="secondary">"Bring back"</button>
        </form>
        <h2>"Rename a programme"</h2>
        <form method="post" action="/api/rename-program" class="stack">
            <label>"Programme" <select name="program">{options(&programs)}</select></label>
            <label>"New name" <input name="name" required maxlength="100" /></label>
            <button type="submit">"Rename"</button>
        </form>
        <h2>"New cohort"</h2>
        <form method="post" action="/api/create-cohort" class="stack">
            <label>"Name" <input name="name" required maxlength="100" /></label>
            <label>"Programme" <select name="program">{options(&programs)}</select></label>
            <label>"Starts on" <input type="date" name="starts_on" /></label>
            <label>"Ends on" <input type="date" name="ends_on" /></label>
            <label>"Instructor" <select name="instructor"><option value="0">"(later)"</option>{options(&page.instructors)}</select></label>
            {curriculum_fieldset(&page.content, &[])}
            <button type="submit">"Create cohort"</button>
        </form>
        <h2>"Add an instructor to a cohort"</h2>
        <form method="post" action="/api/add-instructor" class="stack">
            <label>"Cohort" <select name="cohort">{options(&page.cohorts)}</select></label>
            <label>"Instructor" <select name="instructor">{options(&page.instructors)}</select></label>
            <button type="submit">"Add instructor"</button>
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
    page("Dashboard", data, render_dashboard)
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
            {label}
            <select name=name>
                <option value="">"All"</option>
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
            .map(|x| (x.clone(), if x.is_empty() { "(not given)".to_string() } else { x.clone() }))
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
        <nav class="crumbs" aria-label="Breadcrumb"><a href="/programs">"Programmes"</a></nav>
        <h1>{d.program.clone()}</h1>
        <p class="meta">{format!("Figures as of {} UTC.", d.as_of)}</p>
        <form method="get" class="inline filters" aria-label="Filters">
            {select("cohort", "Cohort ", &d.filters.cohort, d.options.cohorts.clone())}
            {select("organisation", "Organisation ", &d.filters.organisation, same(&d.options.organisations))}
            {select("country", "Country ", &d.filters.country, same(&d.options.countries))}
            {select("gender", "Gender ", &d.filters.gender, same(&d.options.genders))}
            <button type="submit">"Apply"</button>
            <a href=format!("/programs/{}", d.program_id)>"Clear"</a>
        </form>
        <ul class="headline">
            <li><strong>{h.enrolled}</strong>" enrolled"</li>
            <li><strong>{h.active}</strong>" active in the last 14 days"</li>
            <li><strong>{h.completion.to_string()}</strong>" completion"</li>
            <li><strong>{h.lab_score.map_or("–".to_string(), |p| p.to_string())}</strong>" average lab score"</li>
        </ul>

        <h2>"Completions per week"</h2>
        {weeks_chart(&d.weeks)}
        <p><a href=export("weeks")>"Download as CSV"</a></p>

        <h2>"Completion by track and module"</h2>
        <table>
            <thead><tr><th scope="col">"Track or module"</th><th scope="col">"Learners"</th><th scope="col">"Finished"</th><th scope="col">"Completion"</th></tr></thead>
            <tbody>
                {d.completion.iter().map(|r| {
                    let title = if r.is_track { view! { <strong>{r.title.clone()}</strong> }.into_any() } else { view! { <span>{r.title.clone()}</span> }.into_any() };
                    view! { <tr><th scope="row">{title}</th><td>{r.learners}</td><td>{r.finished}</td><td>{r.completion.to_string()}</td></tr> }
                }).collect_view()}
            </tbody>
        </table>
        <p><a href=export("completion")>"Download as CSV"</a></p>

        <h2>"Module funnel"</h2>
        {funnel_chart(&d.funnel)}
        <p><a href=export("funnel")>"Download as CSV"</a></p>

        <h2>"Labs"</h2>
        <table>
            <thead><tr><th scope="col">"Lab"</th><th scope="col">"Learners"</th><th scope="col">"Finished"</th><th scope="col">"Average score"</th></tr></thead>
            <tbody>
                {d.labs.iter().map(|r| view! {
                    <tr><th scope="row">{r.title.clone()}</th><td>{r.learners}</td><td>{r.finished}</td><td>{r.average.map_or("–".to_string(), |p| p.to_string())}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        <p><a href=export("labs")>"Download as CSV"</a></p>

        {d.breakdowns.iter().map(|b| breakdown(b, export(&b.dimension))).collect_view()}
        <p class="meta">{format!("CSV exports: {}.", EXPORTS.join(", "))}</p>
    }
}

fn breakdown(b: &Breakdown, csv: String) -> impl IntoView + use<> {
    view! {
        <h2>{format!("By {}", b.title.to_lowercase())}</h2>
        <table>
            <thead><tr><th scope="col">{b.title.clone()}</th><th scope="col">"Enrolled"</th><th scope="col">"Active (14 days)"</th><th scope="col">"Completion"</th><th scope="col">"Lab score"</th></tr></thead>
            <tbody>
                {b.rows.iter().map(|r| view! {
                    <tr><th scope="row">{r.label.clone()}</th><td>{r.enrolled}</td><td>{r.active}</td><td>{r.completion.to_string()}</td><td>{r.lab_score.map_or("–".to_string(), |p| p.to_string())}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        <p><a href=csv>"Download as CSV"</a></p>
    }
}

/// Bars of completions per week, drawn on the server; the numbers are also in the SVG's text
/// alternative and in the table under it.
fn weeks_chart(weeks: &[Week]) -> impl IntoView + use<> {
    let max = weeks.iter().map(|w| w.completions).max().unwrap_or(0).max(1);
    let (width, height, bar) = (640u32, 180u32, 40u32);
    let summary = format!(
        "Completions per week from {} to {}: {}.",
        weeks.first().map(|w| w.starts.as_str()).unwrap_or(""),
        weeks.last().map(|w| w.starts.as_str()).unwrap_or(""),
        weeks.iter().map(|w| w.completions.to_string()).collect::<Vec<_>>().join(", ")
    );
    view! {
        <figure>
            <svg viewBox=format!("0 0 {width} {}", height + 30) role="img" aria-label=summary.clone() class="chart">
                {weeks.iter().enumerate().map(|(i, w)| {
                    let h = w.completions * height / max;
                    let x = i as u32 * bar;
                    view! {
                        <g>
                            <title>{format!("Week of {}: {} completions", w.starts, w.completions)}</title>
                            <rect x=x + 4 y=height - h width=bar - 8 height=h class="bar"></rect>
                            {(i % 4 == 0).then(|| view! { <text x=x + 4 y=height + 18 class="axis">{w.starts[5..].to_string()}</text> })}
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>{summary}</figcaption>
        </figure>
        <details>
            <summary>"The numbers"</summary>
            <table>
                <thead><tr><th scope="col">"Week starting"</th><th scope="col">"Completions"</th><th scope="col">"Cumulative"</th></tr></thead>
                <tbody>{weeks.iter().map(|w| view! { <tr><td>{w.starts.clone()}</td><td>{w.completions}</td><td>{w.cumulative}</td></tr> }).collect_view()}</tbody>
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
    view! {
        <figure>
            <svg viewBox=format!("0 0 640 {height}") role="img" aria-label=format!("Learners who finished each module. {summary}") class="chart">
                {steps.iter().enumerate().map(|(i, s)| {
                    let y = i as u32 * row;
                    let w = s.learners * 300 / max;
                    view! {
                        <g>
                            <title>{format!("{}: {} learners finished it", s.module, s.learners)}</title>
                            <text x="0" y=y + 15 class="axis">{s.module.chars().take(40).collect::<String>()}</text>
                            <rect x="300" y=y + 3 width=w height=row - 6 class="bar"></rect>
                            <text x=304 + w y=y + 15 class="axis">{s.learners}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>{format!("Learners who finished each module. {summary}.")}</figcaption>
        </figure>
    }
}
