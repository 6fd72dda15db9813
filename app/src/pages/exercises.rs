//! Exercises: a cohort's exercises and exam windows, the facilitator's console, the
//! after-action report, and a team's view. Every action is a plain form; with JavaScript, the
//! team's page also watches for new injects.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use kujenga_types::exercises::{
    CohortExercises, InjectView, RunData, RunState, RunSummary, TeamAnswer, TeamData, TeamMember, TeamReport,
};

use crate::api::exercises::{exercises_of_cohort, my_runs, run_console, run_report, team_view};
use crate::components::inject_watch::InjectWatch;
use crate::components::islands::IslandScripts;
use crate::components::layout::{fetch, page};
use crate::components::question::answer_fields;
use crate::i18n::{Msg, field_label, moment, points, t, tr};

fn param(name: &'static str) -> impl Fn() -> i64 + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).and_then(|v| v.parse().ok()).unwrap_or_default()
}

/// A team's members, each with their role: `Amina (Duty officer), Kofi`.
fn members_line(members: &[TeamMember]) -> String {
    let named = members
        .iter()
        .map(|m| if m.role.is_empty() { m.name.clone() } else { format!("{} ({})", m.name, m.role) });
    named.collect::<Vec<_>>().join(", ")
}

fn state_name(state: RunState) -> &'static str {
    t(match state {
        RunState::Ready => Msg::RunReady,
        RunState::Running => Msg::RunRunning,
        RunState::Paused => Msg::RunPaused,
        RunState::Closed => Msg::RunClosed,
    })
}

/// `/cohorts/:id/exercises`: the cohort's runs, a new run, and its exams' windows.
#[component]
pub fn CohortExercisesPage() -> impl IntoView {
    page(t(Msg::ExercisesTitle), fetch(param("id"), exercises_of_cohort), render_cohort)
}

fn run_links(run: &RunSummary) -> impl IntoView + use<> {
    view! {
        <li>
            <strong>{run.title.clone()}</strong>
            {format!(" · {} · {}", state_name(run.state), moment(&run.created))}
            " · "<a href=format!("/exercises/{}/console", run.id)>{t(Msg::ExercisesConsole)}</a>
            " · "<a href=format!("/exercises/{}/report", run.id)>{t(Msg::ExercisesReport)}</a>
        </li>
    }
}

fn render_cohort(c: CohortExercises) -> impl IntoView {
    let cohort = c.cohort_id;
    view! {
        <nav class="crumbs" aria-label=t(Msg::NavBreadcrumb)>
            <a href=format!("/cohorts/{cohort}")>{c.cohort.clone()}</a>
        </nav>
        <h1>{t(Msg::ExercisesTitle)}</h1>
        <section id="runs">
            <h2>{t(Msg::ExercisesRuns)}</h2>
            {if c.runs.is_empty() {
                view! { <p>{t(Msg::ExercisesNoRuns)}</p> }.into_any()
            } else {
                view! { <ul class="runs">{c.runs.iter().map(run_links).collect_view()}</ul> }.into_any()
            }}
            <form method="post" action="/api/exercises/create">
                <input type="hidden" name="cohort" value=cohort />
                <label for="exercise">{t(Msg::ExercisesNew)}</label>
                <select id="exercise" name="exercise" required>
                    {c.offers.iter().map(|o| view! {
                        <option value=o.id.clone()>{tr(Msg::ExercisesOffer, &[
                            ("title", o.title.as_str().into()),
                            ("track", o.track.as_str().into()),
                            ("minutes", o.minutes.into()),
                            ("injects", o.injects.into()),
                        ])}</option>
                    }).collect_view()}
                </select>
                <button type="submit">{t(Msg::ExercisesCreate)}</button>
            </form>
        </section>
        <section id="exams">
            <h2>{t(Msg::ExercisesExams)}</h2>
            {c.exams.is_empty().then(|| view! { <p>{t(Msg::ExercisesNoExams)}</p> })}
            <ul class="exams">
                {c.exams.iter().map(|e| {
                    let window = match &e.window {
                        Some((opens, closes)) => tr(Msg::ExercisesWindow, &[("opens", moment(opens).into()), ("closes", moment(closes).into())]),
                        None => t(Msg::ExercisesNoWindow).to_string(),
                    };
                    view! {
                        <li>
                            <a href=format!("/learn/{}", e.item_id)>{e.title.clone()}</a>
                            {format!(" · {} · {window}", tr(Msg::ExercisesLimit, &[("minutes", e.time_limit.into())]))}
                            <form method="post" action="/api/exams/window" class="inline">
                                <input type="hidden" name="cohort" value=cohort />
                                <input type="hidden" name="exam" value=e.item_id.clone() />
                                <span class="field"><label for=format!("{}-opens", e.item_id)>{t(Msg::ExercisesOpens)}</label><input id=format!("{}-opens", e.item_id) type="datetime-local" name="opens" required /></span>
                                <span class="field"><label for=format!("{}-closes", e.item_id)>{t(Msg::ExercisesCloses)}</label><input id=format!("{}-closes", e.item_id) type="datetime-local" name="closes" required /></span>
                                <button type="submit" class="secondary">{t(Msg::ExercisesSetWindow)}</button>
                            </form>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// A small form that changes the run: one button.
fn control(
    run: i64,
    action: &'static str,
    inject: Option<&str>,
    label: &'static str,
    class: &'static str,
) -> impl IntoView + use<> {
    view! {
        <form method="post" action="/api/exercises/control" class="inline">
            <input type="hidden" name="run" value=run />
            <input type="hidden" name="action" value=action />
            {inject.map(|i| view! { <input type="hidden" name="inject" value=i.to_string() /> })}
            <button type="submit" class=class>{label}</button>
        </form>
    }
}

fn clock(data: &RunData) -> String {
    tr(
        Msg::ConsoleClock,
        &[
            ("state", state_name(data.run.state).into()),
            ("minutes", data.running_minutes.into()),
            ("planned", data.minutes.into()),
        ],
    )
}

/// `/exercises/:run/console`: the facilitator's console.
#[component]
pub fn ConsolePage() -> impl IntoView {
    page(t(Msg::ConsoleTitle), fetch(param("run"), run_console), render_console)
}

fn release_state(inject: &InjectView) -> String {
    match (&inject.released, inject.held) {
        (Some(at), _) if inject.by_hand => tr(Msg::ConsoleReleasedByHand, &[("time", moment(at).into())]),
        (Some(at), _) => tr(Msg::ConsoleReleased, &[("time", moment(at).into())]),
        (None, true) => t(Msg::ConsoleHeld).to_string(),
        (None, false) => tr(Msg::ConsoleDue, &[("minute", inject.minute.into())]),
    }
}

fn answer_line(a: &TeamAnswer) -> String {
    let mut line = tr(
        Msg::ConsoleAnswerBy,
        &[("author", a.author.as_str().into()), ("time", moment(&a.answered).into())],
    );
    if let Some(seconds) = a.after_seconds {
        line = format!("{line} · {}", tr(Msg::ConsoleAfter, &[("minutes", (seconds / 60).into())]));
    }
    match (a.correct, a.points) {
        (Some(true), _) => format!("{line} · {}", t(Msg::ConsoleRight)),
        (Some(false), _) => format!("{line} · {}", t(Msg::ConsoleWrong)),
        (None, Some(p)) => format!("{line} · {}", points(p)),
        (None, None) => format!("{line} · {}", t(Msg::ConsoleUnscored)),
    }
}

/// Each team's answers to one inject: the last one of each question, with the score form for
/// free text on the console.
fn team_answers(run: i64, inject: &InjectView, teams: &[TeamReport], scoring: bool) -> impl IntoView + use<> {
    let rows = teams
        .iter()
        .map(|team| {
            let answers: Vec<&TeamAnswer> = inject
                .questions
                .iter()
                .filter_map(|q| team.answers.iter().rev().find(|a| a.inject_id == inject.id && a.question_id == q.id))
                .collect();
            let body = if answers.is_empty() {
                view! { <p class="meta">{t(Msg::ConsoleNoAnswer)}</p> }.into_any()
            } else {
                answers
                    .into_iter()
                    .map(|a| {
                        let question = inject.questions.iter().find(|q| q.id == a.question_id);
                        let rubric = question.map(|q| q.rubric.len()).unwrap_or_default();
                        let score = (scoring && rubric > 0).then(|| view! {
                            <form method="post" action="/api/exercises/score" class="inline">
                                <input type="hidden" name="run" value=run />
                                <input type="hidden" name="answer" value=a.id />
                                <span class="field">
                                    <label for=format!("score-{}", a.id)>{t(Msg::ConsoleScore)}</label>
                                    <input id=format!("score-{}", a.id) type="number" name="points" min="0" max=rubric required
                                        value=a.points.map(|p| (p.0 / 100).to_string()).unwrap_or_default() />
                                </span>
                                <button type="submit" class="secondary">{t(Msg::ConsoleSaveScore)}</button>
                            </form>
                        });
                        view! {
                            <div class="answer">
                                <p class="meta" lang="en" dir="ltr">{question.map(|q| q.prompt.clone()).unwrap_or_default()}</p>
                                <blockquote>{a.answer.clone()}</blockquote>
                                <p class="meta">{answer_line(a)}</p>
                                {score}
                            </div>
                        }
                        .into_any()
                    })
                    .collect_view()
                    .into_any()
            };
            view! { <div class="team-answers"><h4>{team.name.clone()}</h4>{body}</div> }
        })
        .collect_view();
    view! { <div class="responses">{rows}</div> }
}

fn debrief(inject: &InjectView) -> impl IntoView + use<> {
    view! {
        <details>
            <summary>{t(Msg::ConsoleExpected)}</summary>
            <ul lang="en" dir="ltr">{inject.expected.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}</ul>
            {inject.questions.iter().filter(|q| !q.rubric.is_empty()).map(|q| view! {
                <p>{t(Msg::ConsoleRubric)}" — "{q.prompt.clone()}</p>
                <ul>{q.rubric.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
            }).collect_view()}
            <p class="meta">{t(Msg::ConsoleSources)}": "{inject.sources.join("; ")}</p>
        </details>
    }
}

fn render_console(data: RunData) -> impl IntoView {
    let run = data.run.id;
    let state = data.run.state;
    let open = state != RunState::Closed;
    let started = matches!(state, RunState::Running | RunState::Paused);
    let buttons = view! {
        <div class="controls">
            {(state == RunState::Ready).then(|| control(run, "start", None, t(Msg::ConsoleStart), ""))}
            {(state == RunState::Running).then(|| control(run, "pause", None, t(Msg::ConsolePause), "secondary"))}
            {(state == RunState::Paused).then(|| control(run, "resume", None, t(Msg::ConsoleResume), ""))}
            {started.then(|| control(run, "release-next", None, t(Msg::ConsoleReleaseNext), "secondary"))}
            {started.then(|| control(run, "close", None, t(Msg::ConsoleClose), "secondary"))}
        </div>
    };
    let teams = data.teams.clone();
    let roles = data.roles.clone();
    view! {
        <nav class="crumbs" aria-label=t(Msg::NavBreadcrumb)>
            <a href=format!("/cohorts/{}/exercises", data.run.cohort_id)>{data.run.cohort.clone()}</a>
        </nav>
        <h1 lang="en" dir="ltr">{data.run.title.clone()}</h1>
        <p class="meta" role="status">{clock(&data)}</p>
        {open.then_some(buttons)}
        <p><a href=format!("/exercises/{run}/report")>{t(Msg::ExercisesReport)}</a>" · "{t(Msg::ConsoleReload)}</p>
        <section id="teams">
            <h2>{t(Msg::ConsoleTeams)}</h2>
            {teams.is_empty().then(|| view! { <p>{t(Msg::ConsoleNoTeams)}</p> })}
            <ul>
                {teams.iter().map(|team| view! {
                    <li>
                        <strong>{team.name.clone()}</strong>": "
                        {members_line(&team.members)}
                    </li>
                }).collect_view()}
            </ul>
            {open.then(|| view! {
                <form method="post" action="/api/exercises/team" class="inline">
                    <input type="hidden" name="run" value=run />
                    <span class="field"><label for="team-name">{t(Msg::ConsoleTeamName)}</label><input id="team-name" name="name" required maxlength="60" /></span>
                    <button type="submit" class="secondary">{t(Msg::ConsoleAddTeam)}</button>
                </form>
            })}
            {(open && !teams.is_empty()).then(|| view! {
                <form method="post" action="/api/exercises/member" class="inline">
                    <input type="hidden" name="run" value=run />
                    <span class="field"><label for="member-trainee">{t(Msg::ConsoleTrainee)}</label>
                        <select id="member-trainee" name="trainee" required>
                            {data.trainees.iter().map(|(id, name)| view! { <option value=*id>{name.clone()}</option> }).collect_view()}
                        </select>
                    </span>
                    <span class="field"><label for="member-team">{t(Msg::FieldTeam)}</label>
                        <select id="member-team" name="team" required>
                            {teams.iter().map(|team| view! { <option value=team.id>{team.name.clone()}</option> }).collect_view()}
                        </select>
                    </span>
                    <span class="field"><label for="member-role">{t(Msg::ConsoleRole)}</label>
                        <select id="member-role" name="role">
                            <option value="">{t(Msg::ConsoleNoRole)}</option>
                            {roles.iter().map(|r| view! { <option value=r.id.clone()>{r.name.clone()}</option> }).collect_view()}
                        </select>
                    </span>
                    <button type="submit" class="secondary">{t(Msg::ConsoleAssign)}</button>
                </form>
            })}
        </section>
        <section id="timeline">
            <h2>{t(Msg::ConsoleTimeline)}</h2>
            <ol class="injects">
                {data.injects.iter().map(|inject| {
                    let pending = inject.released.is_none();
                    view! {
                        <li id=inject.id.clone() class=if pending { "inject pending" } else { "inject released" }>
                            <h3 lang="en" dir="ltr">{inject.title.clone()}</h3>
                            <p class="meta">{format!("{} · {}", tr(Msg::ConsoleAt, &[("minute", inject.minute.into())]), release_state(inject))}</p>
                            {(open && started && pending).then(|| view! {
                                <div class="controls">
                                    {control(run, "release", Some(&inject.id), t(Msg::ConsoleRelease), "secondary")}
                                    {(!inject.held).then(|| control(run, "hold", Some(&inject.id), t(Msg::ConsoleHold), "secondary"))}
                                </div>
                            })}
                            {inject.from.clone().map(|f| view! { <p class="from" lang="en" dir="ltr">{f}</p> })}
                            <div class="content" lang="en" dir="ltr" inner_html=inject.html.clone()></div>
                            {debrief(inject)}
                            {(!pending).then(|| team_answers(run, inject, &teams, true))}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
        {notes_section(&data, true)}
        <section id="guide">
            <h2>{t(Msg::ConsoleScenario)}</h2>
            <div class="content" lang="en" dir="ltr" inner_html=data.scenario_html.clone()></div>
            <h2>{t(Msg::ConsoleDebrief)}</h2>
            <div class="content" lang="en" dir="ltr" inner_html=data.debrief_html.clone()></div>
        </section>
    }
}

fn notes_section(data: &RunData, writable: bool) -> impl IntoView + use<> {
    let run = data.run.id;
    let title = |id: &str| data.injects.iter().find(|i| i.id == id).map(|i| i.title.clone());
    view! {
        <section id="notes">
            <h2>{t(Msg::ConsoleNotes)}</h2>
            <ul>
                {data.notes.iter().map(|n| view! {
                    <li>
                        <p>{n.body.clone()}</p>
                        <p class="meta">{format!("{} · {} · {}", title(&n.inject_id).unwrap_or_else(|| t(Msg::ConsoleWholeRun).to_string()), n.author, moment(&n.written))}</p>
                    </li>
                }).collect_view()}
            </ul>
            {writable.then(|| view! {
                <form method="post" action="/api/exercises/note">
                    <input type="hidden" name="run" value=run />
                    <label for="note-inject">{t(Msg::ConsoleNoteOn)}</label>
                    <select id="note-inject" name="inject">
                        <option value="">{t(Msg::ConsoleWholeRun)}</option>
                        {data.injects.iter().map(|i| view! { <option value=i.id.clone()>{i.title.clone()}</option> }).collect_view()}
                    </select>
                    <label for="note-body">{t(Msg::ConsoleNotes)}</label>
                    <textarea id="note-body" name="body" rows="3" required maxlength="2000"></textarea>
                    <button type="submit" class="secondary">{t(Msg::ConsoleAddNote)}</button>
                </form>
            })}
        </section>
    }
}

/// `/exercises/:run/report`: the after-action report, printable, with its CSV.
#[component]
pub fn ReportPage() -> impl IntoView {
    page(t(Msg::ReportTitle), fetch(param("run"), run_report), render_report)
}

fn render_report(data: RunData) -> impl IntoView {
    let run = data.run.id;
    view! {
        <h1>{t(Msg::ReportTitle)}": "<span lang="en" dir="ltr">{data.run.title.clone()}</span></h1>
        <p class="meta">
            {data.run.cohort.clone()}
            {data.started.clone().map(|s| format!(" · {}", tr(Msg::ReportStarted, &[("time", moment(&s).into())])))}
            {data.closed.clone().map(|s| format!(" · {}", tr(Msg::ReportClosed, &[("time", moment(&s).into())])))}
        </p>
        <p class="no-print">{t(Msg::ReportPrint)}" "<a href=format!("/exercises/{run}/report.csv") download>{t(Msg::ReportCsv)}</a></p>
        <section id="scores">
            <h2>{t(Msg::ReportScores)}</h2>
            <ul>
                {data.teams.iter().map(|team| view! {
                    <li>{tr(Msg::ReportScore, &[("team", team.name.as_str().into()), ("score", team.score.to_string().into()), ("most", team.most.to_string().into())])}
                        {format!(" — {}", members_line(&team.members))}
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section id="responses">
            <h2>{t(Msg::ReportResponses)}</h2>
            <ol class="injects">
                {data.injects.iter().map(|inject| view! {
                    <li class="inject">
                        <h3 lang="en" dir="ltr">{inject.title.clone()}</h3>
                        <p class="meta">{format!("{} · {}", tr(Msg::ConsoleAt, &[("minute", inject.minute.into())]), release_state(inject))}</p>
                        <p>{t(Msg::ConsoleExpected)}</p>
                        <ul lang="en" dir="ltr">{inject.expected.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}</ul>
                        <p class="meta">{t(Msg::ConsoleSources)}": "{inject.sources.join("; ")}</p>
                        {team_answers(run, inject, &data.teams, false)}
                    </li>
                }).collect_view()}
            </ol>
        </section>
        {notes_section(&data, false)}
    }
}

/// `/exercises`: the runs the viewer is in a team of.
#[component]
pub fn MyExercisesPage() -> impl IntoView {
    page(t(Msg::TeamList), my_runs, |runs: Vec<RunSummary>| {
        view! {
            <h1>{t(Msg::TeamList)}</h1>
            {if runs.is_empty() {
                view! { <p>{t(Msg::TeamNone)}</p> }.into_any()
            } else {
                view! {
                    <ul class="runs">
                        {runs.iter().map(|r| view! {
                            <li><a href=format!("/exercises/{}", r.id)>{r.title.clone()}</a>{format!(" · {} · {}", r.cohort, state_name(r.state))}</li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        }
    })
}

/// `/exercises/:run`: a team's view.
#[component]
pub fn TeamPage() -> impl IntoView {
    page(t(Msg::TeamTitle), fetch(param("run"), team_view), render_team)
}

fn render_team(data: TeamData) -> impl IntoView {
    let run = data.run.id;
    let state_note = match data.run.state {
        RunState::Ready => Some(t(Msg::TeamReady)),
        RunState::Paused => Some(t(Msg::TeamPaused)),
        RunState::Closed => Some(t(Msg::TeamClosed)),
        RunState::Running => None,
    };
    let answering = matches!(data.run.state, RunState::Running | RunState::Paused);
    let count = data.injects.len();
    let (news, show) = (t(Msg::TeamNews).to_string(), t(Msg::TeamShow).to_string());
    view! {
        <h1 lang="en" dir="ltr">{data.run.title.clone()}</h1>
        <p class="meta">{tr(Msg::TeamYours, &[("team", data.team.as_str().into())])}
            {format!(" · {}", members_line(&data.members))}
        </p>
        {state_note.map(|n| view! { <p class="note" role="status">{n}</p> })}
        {(data.run.state != RunState::Closed).then(|| view! { <InjectWatch run count news show /> <IslandScripts /> })}
        <details>
            <summary>{t(Msg::ConsoleScenario)}</summary>
            <div class="content" lang="en" dir="ltr" inner_html=data.scenario_html.clone()></div>
            <h2>{t(Msg::TeamRoles)}</h2>
            <dl>{data.roles.iter().map(|r| view! { <dt>{r.name.clone()}</dt><dd>{r.brief.clone()}</dd> }).collect_view()}</dl>
        </details>
        {data.injects.is_empty().then(|| view! { <p>{t(Msg::TeamWaiting)}</p> })}
        <ol class="injects">
            {data.injects.iter().map(|inject| {
                let files = (!inject.files.is_empty()).then(|| view! {
                    <p>{t(Msg::TeamFiles)}</p>
                    <ul class="files">
                        {inject.files.iter().map(|f| view! {
                            <li>
                                <a href=format!("/exercises/{run}/files/{}/{}", inject.id, f.name) download>{f.name.clone()}</a>
                                {format!(" · {}", tr(Msg::ItemFileBytes, &[("count", f.bytes.into())]))}
                                <br />"SHA-256: "<code class="digest">{f.sha256.clone()}</code>
                            </li>
                        }).collect_view()}
                    </ul>
                });
                view! {
                    <li id=inject.id.clone() class="inject released">
                        <h2 lang="en" dir="ltr">{inject.title.clone()}</h2>
                        {inject.released.clone().map(|at| view! { <p class="meta">{moment(&at)}</p> })}
                        {inject.from.clone().map(|f| view! { <p class="from" lang="en" dir="ltr">{f}</p> })}
                        <div class="content" lang="en" dir="ltr" inner_html=inject.html.clone()></div>
                        {files}
                        {inject.questions.iter().map(|q| {
                            let last = data.answers.iter().find(|a| a.inject_id == inject.id && a.question_id == q.id);
                            let id = format!("{}-{}", inject.id, q.id);
                            view! {
                                <div class="question" id=id.clone() lang="en" dir="ltr">
                                    <p><strong>{q.prompt.clone()}</strong></p>
                                    {last.map(|a| view! {
                                        <p class="meta">{tr(Msg::TeamAnswered, &[("author", a.author.as_str().into()), ("time", moment(&a.answered).into())])}</p>
                                        <blockquote>{a.answer.clone()}</blockquote>
                                    })}
                                    {answering.then(|| view! {
                                        <form method="post" action="/api/exercises/answer">
                                            <input type="hidden" name="run" value=run />
                                            <input type="hidden" name="inject" value=inject.id.clone() />
                                            <input type="hidden" name="question" value=q.id.clone() />
                                            {answer_fields(&id, q.kind, &q.choices, field_label(q.kind))}
                                            <button type="submit">{t(Msg::TeamSend)}</button>
                                        </form>
                                    })}
                                </div>
                            }
                        }).collect_view()}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
