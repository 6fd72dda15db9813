//! Facilitated tabletop exercises: a run of one exercise for one cohort, its teams, and its
//! injects released on a timeline kept on the server. The timeline is running time (pauses do
//! not count) since the start; an inject is released once its minute is reached, unless the
//! facilitator holds it, and the facilitator may release any inject early. Everything is
//! stored, so a restarted server goes on where it was.
//!
//! Who may do what: the cohort's staff run the console (create, form teams, start, pause,
//! resume, release, hold, score, note, close); they and the programme's managers read the
//! after-action report; a trainee sees their own team's released injects and answers, and
//! answers for the team.

use std::collections::HashMap;

use curriculum::labs::{self, Artifact, Generated};
use curriculum::{Exercise, Inject, Question, QuestionKind};
use kujenga_types::answers::Points;
use kujenga_types::exercises::{
    CohortExercises, ExerciseOffer, InjectQuestion, InjectView, RoleView, RunData, RunNote, RunState,
    RunSummary, TeamAnswer, TeamData, TeamMember, TeamReport,
};
use kujenga_types::format::date_time;
use kujenga_types::learn::ArtifactView;
use kujenga_types::{AppError, Language, Msg, Text, Viewer};
use kujenga_words::t_in;

use crate::storage::cohorts;
use crate::storage::exercises::{self as store, AnswerRow, Change, NewAnswer, ReleaseRow, RunRow};
use crate::{Core, Result, access, grading};

/// What a facilitator does to a run from the console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Control {
    Start,
    Pause,
    Resume,
    /// Releases the first inject not out yet, now.
    ReleaseNext,
    Release(String),
    Hold(String),
    Close,
}

impl Control {
    /// Reads the console's `action` (and `inject` for release and hold).
    pub fn parse(action: &str, inject: &str) -> Result<Control> {
        Ok(match action {
            "start" => Control::Start,
            "pause" => Control::Pause,
            "resume" => Control::Resume,
            "release-next" => Control::ReleaseNext,
            "release" => Control::Release(inject.to_string()),
            "hold" => Control::Hold(inject.to_string()),
            "close" => Control::Close,
            other => {
                let message = Text::new(Msg::InvalidUnknownAction).with("action", other);
                return Err(AppError::invalid(Msg::FieldAction, message).into());
            }
        })
    }
}

fn exercise<'a>(core: &'a Core, id: &str) -> Result<&'a Exercise> {
    core.catalog
        .exercise(id)
        .map(|(_, e)| e)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingExercise).with("id", id)).into())
}

async fn run_of(core: &Core, run_id: i64) -> Result<(RunRow, &Exercise)> {
    let run = store::run(&core.db, run_id)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingRun).with("id", run_id)))?;
    let exercise = exercise(core, &run.exercise_id)?;
    Ok((run, exercise))
}

fn state(run: &RunRow) -> RunState {
    match (run.started_at, run.paused_at, run.closed_at) {
        (_, _, Some(_)) => RunState::Closed,
        (None, _, _) => RunState::Ready,
        (Some(_), Some(_), _) => RunState::Paused,
        (Some(_), None, _) => RunState::Running,
    }
}

async fn summary(core: &Core, run: &RunRow, exercise: &Exercise) -> Result<RunSummary> {
    let cohort = cohorts::info(&core.db, run.cohort_id).await?.map(|c| c.name).unwrap_or_default();
    Ok(RunSummary {
        id: run.id,
        exercise_id: exercise.id.clone(),
        title: exercise.title.clone(),
        cohort_id: run.cohort_id,
        cohort,
        state: state(run),
        created: date_time(run.created_at),
    })
}

/// Releases every inject whose minute has come, at the moment it came, and returns what has
/// happened to each inject. Called before each read and each change of the clock, so that a
/// run's timeline holds however seldom anyone looks.
async fn settle(core: &Core, run: &RunRow, exercise: &Exercise) -> Result<Vec<ReleaseRow>> {
    let releases = store::releases(&core.db, run.id).await?;
    if state(run) != RunState::Running {
        return Ok(releases);
    }
    let now = core.clock.now();
    let running = run.running_for(now);
    let settled =
        |id: &str| releases.iter().any(|r| r.inject_id == id && (r.released_at.is_some() || r.held));
    let due: Vec<&Inject> =
        exercise.injects.iter().filter(|i| i64::from(i.minute) * 60 <= running && !settled(&i.id)).collect();
    if due.is_empty() {
        return Ok(releases);
    }
    let mut tx = core.db.begin().await?;
    for inject in due {
        // The run has run without a pause since this inject fell due (a pause settles first).
        let at = now - (running - i64::from(inject.minute) * 60);
        store::release(&mut tx, run.id, &inject.id, at, false).await?;
    }
    tx.commit().await?;
    store::releases(&core.db, run.id).await
}

fn released_at(releases: &[ReleaseRow], inject_id: &str) -> Option<i64> {
    releases.iter().find(|r| r.inject_id == inject_id).and_then(|r| r.released_at)
}

/// A team's own files of an inject: generated from the install secret, the team and the inject.
fn team_variant(core: &Core, exercise: &Exercise, inject: &Inject, team_id: i64) -> Option<Generated> {
    let generator = labs::find(inject.generator.as_deref()?)?;
    let seed = labs::seed(&core.secret, team_id, &format!("{}/{}", exercise.id, inject.id));
    Some(generator.generate(seed))
}

fn question_view(question: &Question, with_rubric: bool) -> InjectQuestion {
    InjectQuestion {
        id: question.id.clone(),
        kind: question.kind,
        prompt: question.prompt.clone(),
        choices: question.choices.clone(),
        most: Points::from_f64(question.most()),
        rubric: if with_rubric { question.rubric.clone() } else { Vec::new() },
    }
}

fn inject_view(
    inject: &Inject,
    releases: &[ReleaseRow],
    facilitator: bool,
    files: Vec<ArtifactView>,
) -> InjectView {
    let release = releases.iter().find(|r| r.inject_id == inject.id);
    InjectView {
        id: inject.id.clone(),
        minute: inject.minute,
        title: inject.title.clone(),
        from: inject.from.clone(),
        html: inject.html.clone(),
        questions: inject.questions.iter().map(|q| question_view(q, facilitator)).collect(),
        files,
        released: release.and_then(|r| r.released_at).map(date_time),
        by_hand: release.is_some_and(|r| r.by_hand),
        held: release.is_some_and(|r| r.held && r.released_at.is_none()),
        expected: if facilitator { inject.expected.clone() } else { Vec::new() },
        sources: if facilitator { inject.sources.clone() } else { Vec::new() },
    }
}

fn answer_view(a: &AnswerRow, releases: &[ReleaseRow]) -> TeamAnswer {
    TeamAnswer {
        id: a.id,
        inject_id: a.inject_id.clone(),
        question_id: a.question_id.clone(),
        author: a.author.clone(),
        answer: a.answer.clone(),
        correct: a.correct,
        points: a.points.map(Points::from_f64),
        answered: date_time(a.answered_at),
        after_seconds: released_at(releases, &a.inject_id).map(|at| a.answered_at - at),
    }
}

/// The last answer to each question, in the order they were first answered.
fn last_answers(answers: &[AnswerRow]) -> Vec<&AnswerRow> {
    let mut last: Vec<&AnswerRow> = Vec::new();
    for a in answers {
        match last.iter_mut().find(|l| l.inject_id == a.inject_id && l.question_id == a.question_id) {
            Some(slot) => *slot = a,
            None => last.push(a),
        }
    }
    last
}

fn roles(exercise: &Exercise) -> Vec<RoleView> {
    exercise
        .roles
        .iter()
        .map(|r| RoleView { id: r.id.clone(), name: r.name.clone(), brief: r.brief.clone() })
        .collect()
}

fn members_of(members: &[store::MemberRow], exercise: &Exercise, team_id: i64) -> Vec<TeamMember> {
    members
        .iter()
        .filter(|m| m.team_id == team_id)
        .map(|m| TeamMember {
            user_id: m.user_id,
            name: m.display_name.clone(),
            role: exercise
                .roles
                .iter()
                .find(|r| r.id == m.role_id)
                .map(|r| r.name.clone())
                .unwrap_or_default(),
        })
        .collect()
}

/// Creates a run of an exercise for a cohort; its id. Who may: the cohort's staff.
pub async fn create(core: &Core, viewer: &Viewer, cohort_id: i64, exercise_id: &str) -> Result<i64> {
    access::cohort_staff(&core.db, viewer, cohort_id).await?;
    writable_cohort(core, cohort_id).await?;
    exercise(core, exercise_id)?;
    let mut tx = core.db.begin().await?;
    let id = store::create(&mut tx, cohort_id, exercise_id, viewer.id, core.clock.now()).await?;
    tx.commit().await?;
    Ok(id)
}

async fn writable_cohort(core: &Core, cohort_id: i64) -> Result<()> {
    let cohort = cohorts::info(&core.db, cohort_id)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCohort).with("id", cohort_id)))?;
    access::writable(&cohort)
}

/// A run the viewer runs, and its exercise.
async fn staff_run<'a>(core: &'a Core, viewer: &Viewer, run_id: i64) -> Result<(RunRow, &'a Exercise)> {
    let (run, exercise) = run_of(core, run_id).await?;
    access::cohort_staff(&core.db, viewer, run.cohort_id).await?;
    Ok((run, exercise))
}

/// A run the viewer runs, of a cohort that is not archived (an archived cohort is read-only).
async fn changeable_run<'a>(core: &'a Core, viewer: &Viewer, run_id: i64) -> Result<(RunRow, &'a Exercise)> {
    let (run, exercise) = staff_run(core, viewer, run_id).await?;
    writable_cohort(core, run.cohort_id).await?;
    Ok((run, exercise))
}

fn refuse_closed(run: &RunRow) -> Result<()> {
    if run.closed_at.is_some() {
        return Err(AppError::invalid(Msg::FieldRun, Msg::InvalidRunClosed).into());
    }
    Ok(())
}

/// Changes a run's clock or releases. Who may: the cohort's staff.
pub async fn control(core: &Core, viewer: &Viewer, run_id: i64, control: Control) -> Result<()> {
    let (run, exercise) = changeable_run(core, viewer, run_id).await?;
    refuse_closed(&run)?;
    // What was due is released at its moment before the clock changes.
    let releases = settle(core, &run, exercise).await?;
    let now = core.clock.now();
    let change = |change| async move {
        if store::change(&core.db, run_id, change, now).await? {
            Ok(())
        } else {
            Err(crate::Error::from(AppError::invalid(Msg::FieldRun, Msg::InvalidRunState)))
        }
    };
    match control {
        Control::Start => change(Change::Start).await?,
        Control::Pause => change(Change::Pause).await?,
        Control::Resume => change(Change::Resume).await?,
        Control::Close => change(Change::Close).await?,
        Control::ReleaseNext | Control::Release(_) | Control::Hold(_) => {
            if run.started_at.is_none() {
                return Err(AppError::invalid(Msg::FieldRun, Msg::InvalidRunNotStarted).into());
            }
            let pending = |i: &&Inject| released_at(&releases, &i.id).is_none();
            let inject = match &control {
                Control::ReleaseNext => exercise.injects.iter().find(pending),
                Control::Release(id) | Control::Hold(id) => {
                    exercise.injects.iter().filter(pending).find(|i| i.id == *id)
                }
                _ => None,
            }
            .ok_or_else(|| AppError::invalid(Msg::FieldInject, Msg::InvalidNothingToRelease))?;
            if matches!(control, Control::Hold(_)) {
                store::hold(&core.db, run_id, &inject.id).await?;
            } else {
                let mut tx = core.db.begin().await?;
                store::release(&mut tx, run_id, &inject.id, now, true).await?;
                tx.commit().await?;
            }
        }
    }
    Ok(())
}

/// Forms a team. Who may: the cohort's staff.
pub async fn add_team(core: &Core, viewer: &Viewer, run_id: i64, name: &str) -> Result<i64> {
    let (run, _) = changeable_run(core, viewer, run_id).await?;
    refuse_closed(&run)?;
    let length = name.trim().chars().count();
    if !(1..=60).contains(&length) {
        return Err(AppError::invalid(Msg::FieldTeam, Msg::InvalidTeamName).into());
    }
    store::add_team(&core.db, run_id, name).await
}

/// Puts a trainee of the cohort in a team, in a role (or none). Who may: the cohort's staff.
pub async fn assign(
    core: &Core,
    viewer: &Viewer,
    run_id: i64,
    user_id: i64,
    team_id: i64,
    role_id: &str,
) -> Result<()> {
    let (run, exercise) = changeable_run(core, viewer, run_id).await?;
    refuse_closed(&run)?;
    if !store::teams(&core.db, run_id).await?.iter().any(|(id, _)| *id == team_id) {
        return Err(AppError::not_found(Text::new(Msg::MissingTeam).with("id", team_id)).into());
    }
    if !cohorts::trainees(&core.db, run.cohort_id).await?.iter().any(|t| t.id == user_id) {
        return Err(AppError::invalid(Msg::FieldAccount, Msg::InvalidTraineeOfCohort).into());
    }
    if !role_id.is_empty() && !exercise.roles.iter().any(|r| r.id == role_id) {
        return Err(AppError::invalid(Msg::FieldRole, Msg::InvalidExerciseRole).into());
    }
    store::set_member(&core.db, run_id, team_id, user_id, role_id).await
}

/// Scores a free-text answer against its rubric: one point per criterion met. Who may: the
/// cohort's staff.
pub async fn score(core: &Core, viewer: &Viewer, run_id: i64, answer_id: i64, points: u32) -> Result<()> {
    let (_, exercise) = changeable_run(core, viewer, run_id).await?;
    let (inject_id, question_id) = store::answer_of(&core.db, run_id, answer_id)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingAnswer).with("id", answer_id)))?;
    let question = exercise
        .inject(&inject_id)
        .and_then(|i| i.questions.iter().find(|q| q.id == question_id))
        .filter(|q| q.kind == QuestionKind::Review)
        .ok_or_else(|| AppError::invalid(Msg::FieldPoints, Msg::InvalidScoreChecked))?;
    if points as usize > question.rubric.len() {
        let message = Text::new(Msg::InvalidPoints).with("count", question.rubric.len());
        return Err(AppError::invalid(Msg::FieldPoints, message).into());
    }
    store::score(&core.db, run_id, answer_id, f64::from(points), viewer.id).await?;
    Ok(())
}

/// Adds the facilitator's note, on one inject or the whole run. Who may: the cohort's staff.
pub async fn note(core: &Core, viewer: &Viewer, run_id: i64, inject_id: &str, body: &str) -> Result<()> {
    let (_, exercise) = changeable_run(core, viewer, run_id).await?;
    if !inject_id.is_empty() && exercise.inject(inject_id).is_none() {
        return Err(AppError::not_found(Text::new(Msg::MissingInject).with("id", inject_id)).into());
    }
    if !(1..=2000).contains(&body.trim().chars().count()) {
        return Err(AppError::invalid(Msg::FieldNote, Msg::InvalidNote).into());
    }
    store::add_note(&core.db, run_id, inject_id, viewer.id, body.trim(), core.clock.now()).await
}

/// Everything about a run, as the console and the after-action report show it.
async fn run_data(core: &Core, run: &RunRow, exercise: &Exercise) -> Result<RunData> {
    let releases = settle(core, run, exercise).await?;
    let members = store::members(&core.db, run.id).await?;
    let answers = store::answers(&core.db, run.id, None).await?;
    let teams = store::teams(&core.db, run.id)
        .await?
        .into_iter()
        .map(|(id, name)| {
            let own: Vec<AnswerRow> = answers.iter().filter(|a| a.team_id == id).cloned().collect();
            let score: f64 = last_answers(&own).iter().filter_map(|a| a.points).sum();
            TeamReport {
                id,
                members: members_of(&members, exercise, id),
                name,
                answers: own.iter().map(|a| answer_view(a, &releases)).collect(),
                score: Points::from_f64(score),
                most: Points::from_f64(exercise.points()),
            }
        })
        .collect();
    let trainees = cohorts::trainees(&core.db, run.cohort_id).await?;
    Ok(RunData {
        run: summary(core, run, exercise).await?,
        minutes: exercise.minutes,
        running_minutes: run.running_for(core.clock.now()) / 60,
        started: run.started_at.map(date_time),
        closed: run.closed_at.map(date_time),
        scenario_html: exercise.scenario_html.clone(),
        debrief_html: exercise.debrief_html.clone(),
        roles: roles(exercise),
        injects: exercise.injects.iter().map(|i| inject_view(i, &releases, true, Vec::new())).collect(),
        teams,
        notes: store::notes(&core.db, run.id)
            .await?
            .into_iter()
            .map(|n| RunNote {
                inject_id: n.inject_id,
                author: n.author,
                body: n.body,
                written: date_time(n.written_at),
            })
            .collect(),
        trainees: trainees.into_iter().map(|t| (t.id, t.display_name)).collect(),
    })
}

/// The facilitator's console. Who may: the cohort's staff.
pub async fn console(core: &Core, viewer: &Viewer, run_id: i64) -> Result<RunData> {
    let (run, exercise) = staff_run(core, viewer, run_id).await?;
    run_data(core, &run, exercise).await
}

/// The after-action report. Who may: the cohort's staff, and its programme's managers.
pub async fn report(core: &Core, viewer: &Viewer, run_id: i64) -> Result<RunData> {
    let (run, exercise) = run_of(core, run_id).await?;
    access::cohort_viewer(&core.db, viewer, run.cohort_id).await?;
    run_data(core, &run, exercise).await
}

/// The after-action report as CSV: one line per answer, by team and inject. Who may: as
/// [`report`].
pub async fn report_csv(core: &Core, viewer: &Viewer, run_id: i64, language: Language) -> Result<String> {
    let data = report(core, viewer, run_id).await?;
    let header = [
        Msg::CsvTeam,
        Msg::CsvInject,
        Msg::CsvReleased,
        Msg::CsvQuestion,
        Msg::CsvAnswer,
        Msg::CsvAuthor,
        Msg::CsvAnswered,
        Msg::CsvMinutesAfter,
        Msg::CsvCorrect,
        Msg::CsvPoints,
    ]
    .map(|m| t_in(language, m));
    let injects: HashMap<&str, &InjectView> = data.injects.iter().map(|i| (i.id.as_str(), i)).collect();
    let yes_no =
        |c: Option<bool>| c.map(|c| t_in(language, if c { Msg::CsvYes } else { Msg::CsvNo }).to_string());
    let rows = data.teams.iter().flat_map(|team| {
        team.answers.iter().map(|a| {
            let inject = injects.get(a.inject_id.as_str());
            vec![
                team.name.clone(),
                inject.map_or(a.inject_id.clone(), |i| i.title.clone()),
                inject.and_then(|i| i.released.clone()).unwrap_or_default(),
                inject
                    .and_then(|i| i.questions.iter().find(|q| q.id == a.question_id))
                    .map_or(a.question_id.clone(), |q| q.prompt.clone()),
                a.answer.clone(),
                a.author.clone(),
                a.answered.clone(),
                a.after_seconds.map(|s| (s / 60).to_string()).unwrap_or_default(),
                yes_no(a.correct).unwrap_or_default(),
                a.points.map(|p| p.to_string()).unwrap_or_default(),
            ]
        })
    });
    Ok(crate::spreadsheets::write(&header, rows))
}

/// A cohort's exercises page. Who may: the cohort's staff.
pub async fn of_cohort(
    core: &Core,
    viewer: &Viewer,
    cohort_id: i64,
    language: Language,
) -> Result<CohortExercises> {
    access::cohort_staff(&core.db, viewer, cohort_id).await?;
    let cohort = cohorts::info(&core.db, cohort_id)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCohort).with("id", cohort_id)))?;
    let mut runs = Vec::new();
    for run in store::of_cohort(&core.db, cohort_id).await? {
        if let Ok(exercise) = exercise(core, &run.exercise_id) {
            runs.push(summary(core, &run, exercise).await?);
        }
    }
    let offers = core
        .catalog
        .tracks()
        .iter()
        .flat_map(|t| t.exercises.iter().map(move |e| (t, e)))
        .map(|(track, e)| ExerciseOffer {
            id: e.id.clone(),
            title: e.title.clone(),
            track: track.named(language).title,
            minutes: e.minutes,
            injects: e.injects.len(),
        })
        .collect();
    Ok(CohortExercises {
        cohort_id,
        cohort: cohort.name,
        runs,
        offers,
        exams: crate::exams::of_cohort(core, cohort_id, language).await?,
    })
}

/// The runs the viewer is in a team of, newest first.
pub async fn of_member(core: &Core, viewer: &Viewer) -> Result<Vec<RunSummary>> {
    let mut runs = Vec::new();
    for run in store::of_member(&core.db, viewer.id).await? {
        if let Ok(exercise) = exercise(core, &run.exercise_id) {
            runs.push(summary(core, &run, exercise).await?);
        }
    }
    Ok(runs)
}

/// The viewer's team in a run, or `Forbidden`: only members see a run's injects.
async fn member_run<'a>(core: &'a Core, viewer: &Viewer, run_id: i64) -> Result<(RunRow, &'a Exercise, i64)> {
    let (run, exercise) = run_of(core, run_id).await?;
    let team = store::team_of(&core.db, run_id, viewer.id).await?.ok_or(AppError::Forbidden)?;
    Ok((run, exercise, team))
}

/// A team's view: its released injects in order, with its files and its last answers.
/// Who may: a member of a team of the run.
pub async fn team_view(core: &Core, viewer: &Viewer, run_id: i64) -> Result<TeamData> {
    let (run, exercise, team_id) = member_run(core, viewer, run_id).await?;
    let releases = settle(core, &run, exercise).await?;
    let members = store::members(&core.db, run_id).await?;
    let closed = run.closed_at.is_some();
    let answers = store::answers(&core.db, run_id, Some(team_id)).await?;
    let mut released: Vec<(i64, &Inject)> =
        exercise.injects.iter().filter_map(|i| released_at(&releases, &i.id).map(|at| (at, i))).collect();
    released.sort_by_key(|(at, i)| (*at, i.minute));
    let team = store::teams(&core.db, run_id).await?.into_iter().find(|(id, _)| *id == team_id);
    Ok(TeamData {
        run: summary(core, &run, exercise).await?,
        team: team.map(|(_, name)| name).unwrap_or_default(),
        members: members_of(&members, exercise, team_id),
        roles: roles(exercise),
        scenario_html: exercise.scenario_html.clone(),
        injects: released
            .into_iter()
            .map(|(_, i)| {
                inject_view(
                    i,
                    &releases,
                    false,
                    grading::artifact_views(team_variant(core, exercise, i, team_id)),
                )
            })
            .collect(),
        // Whether an answer was right waits for the debrief.
        answers: last_answers(&answers)
            .into_iter()
            .map(|a| answer_view(a, &releases))
            .map(|a| if closed { a } else { TeamAnswer { correct: None, points: None, ..a } })
            .collect(),
    })
}

/// How many injects the viewer's team has: what a page polls to know there is news.
/// Who may: a member of a team of the run.
pub async fn released_count(core: &Core, viewer: &Viewer, run_id: i64) -> Result<usize> {
    let (run, exercise, _) = member_run(core, viewer, run_id).await?;
    let releases = settle(core, &run, exercise).await?;
    Ok(releases.iter().filter(|r| r.released_at.is_some()).count())
}

/// One file of a released inject: the team's own variant. Who may: a member of a team of the run.
pub async fn team_file(
    core: &Core,
    viewer: &Viewer,
    run_id: i64,
    inject_id: &str,
    name: &str,
) -> Result<Artifact> {
    let (run, exercise, team_id) = member_run(core, viewer, run_id).await?;
    let releases = settle(core, &run, exercise).await?;
    let missing = || AppError::not_found(Text::new(Msg::MissingFile).with("name", name));
    let inject =
        exercise.inject(inject_id).filter(|i| released_at(&releases, &i.id).is_some()).ok_or_else(missing)?;
    let generated = team_variant(core, exercise, inject, team_id).ok_or_else(missing)?;
    Ok(generated.artifacts.into_iter().find(|a| a.name == name).ok_or_else(missing)?)
}

/// Records the team's answer to a question of a released inject; a checked question is
/// checked on the server at once. Who may: a member of a team of the run, while it runs.
pub async fn answer(
    core: &Core,
    viewer: &Viewer,
    run_id: i64,
    inject_id: &str,
    question_id: &str,
    given: &[String],
) -> Result<()> {
    let _sent = core.limits.answers.take(&viewer.id.to_string()).await?;
    let (run, exercise, team_id) = member_run(core, viewer, run_id).await?;
    refuse_closed(&run)?;
    writable_cohort(core, run.cohort_id).await?;
    if run.started_at.is_none() {
        return Err(AppError::invalid(Msg::FieldRun, Msg::InvalidRunNotStarted).into());
    }
    let releases = settle(core, &run, exercise).await?;
    // An inject not released yet is, to a team, one that does not exist.
    let inject = exercise
        .inject(inject_id)
        .filter(|i| released_at(&releases, &i.id).is_some())
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingInject).with("id", inject_id)))?;
    let question = inject
        .questions
        .iter()
        .find(|q| q.id == question_id)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingQuestion).with("id", question_id)))?;
    let text = grading::answer_text(given)?;
    if text.is_empty() {
        return Err(AppError::invalid(Msg::FieldAnswer, Msg::InvalidAnswerEmpty).into());
    }
    let correct = grading::verdict(question, team_variant(core, exercise, inject, team_id).as_ref(), given)?;
    let new = NewAnswer {
        run_id,
        team_id,
        inject_id,
        question_id,
        user_id: viewer.id,
        answer: &text,
        correct,
        points: correct.map(|c| if c { question.weight } else { 0.0 }),
        at: core.clock.now(),
    };
    store::add_answer(&core.db, &new).await?;
    Ok(())
}
