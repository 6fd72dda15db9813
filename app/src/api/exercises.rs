//! Exercises and timed exams: the cohort's exercises page, the facilitator's console and its
//! actions, the after-action report, a team's view and answers, and starting an exam. Every
//! action is a plain form (it works without JavaScript) that comes back to its page.

use kujenga_types::AppError;
use kujenga_types::exercises::{CohortExercises, RunData, RunSummary, TeamData};
use leptos::prelude::*;

/// Who may call: the cohort's instructors and admins.
#[server(endpoint = "exercises/cohort")]
pub async fn exercises_of_cohort(cohort: i64) -> Result<CohortExercises, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exercises::of_cohort(&state.core, &viewer, cohort, crate::i18n::language()).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins. Goes to the new run's console.
#[server(endpoint = "exercises/create")]
pub async fn create_run(cohort: i64, exercise: String) -> Result<i64, AppError> {
    use crate::ssr::{respond, who};
    respond::form_to(|run| format!("/exercises/{run}/console"), async {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exercises::create(&state.core, &viewer, cohort, &exercise).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins. `action`: start, pause, resume,
/// release-next, release, hold or close (`inject` for release and hold).
#[server(endpoint = "exercises/control")]
pub async fn control_run(
    run: i64,
    action: String,
    #[server(default)] inject: String,
) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::exercises::{self, Control};
    respond::form(&format!("/exercises/{run}/console"), async {
        let (state, viewer) = who::signed_in().await?;
        let control = Control::parse(&action, &inject)?;
        Ok(exercises::control(&state.core, &viewer, run, control).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins.
#[server(endpoint = "exercises/team")]
pub async fn add_team(run: i64, name: String) -> Result<i64, AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/exercises/{run}/console"), async {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exercises::add_team(&state.core, &viewer, run, &name).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins; `trainee` must be in the cohort.
#[server(endpoint = "exercises/member")]
pub async fn assign_member(
    run: i64,
    trainee: i64,
    team: i64,
    #[server(default)] role: String,
) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/exercises/{run}/console"), async {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exercises::assign(&state.core, &viewer, run, trainee, team, &role).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins.
#[server(endpoint = "exercises/score")]
pub async fn score_answer(run: i64, answer: i64, points: u32) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/exercises/{run}/console"), async {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exercises::score(&state.core, &viewer, run, answer, points).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins.
#[server(endpoint = "exercises/note")]
pub async fn add_note(run: i64, #[server(default)] inject: String, body: String) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/exercises/{run}/console"), async {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exercises::note(&state.core, &viewer, run, &inject, &body).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins.
#[server(endpoint = "exercises/console")]
pub async fn run_console(run: i64) -> Result<RunData, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exercises::console(&state.core, &viewer, run).await?)
    })
    .await
}

/// Who may call: the cohort's instructors, admins, and the managers of its programme.
#[server(endpoint = "exercises/report")]
pub async fn run_report(run: i64) -> Result<RunData, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exercises::report(&state.core, &viewer, run).await?)
    })
    .await
}

/// Who may call: a member of a team of the run.
#[server(endpoint = "exercises/view")]
pub async fn team_view(run: i64) -> Result<TeamData, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exercises::team_view(&state.core, &viewer, run).await?)
    })
    .await
}

/// Who may call: a member of a team of the run. How many injects the team has: the team page
/// polls it to know when to show new ones.
#[server(endpoint = "exercises/released")]
pub async fn released_count(run: i64) -> Result<usize, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exercises::released_count(&state.core, &viewer, run).await?)
    })
    .await
}

/// Who may call: a member of a team of the run, while it runs. `answer` repeats for the
/// choices of a question that takes several.
#[server(endpoint = "exercises/answer")]
pub async fn team_answer(
    run: i64,
    inject: String,
    question: String,
    #[server(default)] answer: Vec<String>,
) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/exercises/{run}#{inject}"), async {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exercises::answer(&state.core, &viewer, run, &inject, &question, &answer).await?)
    })
    .await
}

/// Who may call: any signed-in person; the runs they are in a team of.
#[server(endpoint = "exercises/mine")]
pub async fn my_runs() -> Result<Vec<RunSummary>, AppError> {
    use crate::ssr::{respond, who};
    respond::answer(async move {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exercises::of_member(&state.core, &viewer).await?)
    })
    .await
}

/// Who may call: the cohort's instructors and admins. `opens` and `closes` as a form's
/// date and time (`2026-05-13T09:00`, UTC).
#[server(endpoint = "exams/window")]
pub async fn set_exam_window(
    cohort: i64,
    exam: String,
    opens: String,
    closes: String,
) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/cohorts/{cohort}/exercises"), async {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exams::set_window(&state.core, &viewer, cohort, &exam, &opens, &closes).await?)
    })
    .await
}

/// Who may call: a trainee while the exam's window is open to one of their cohorts; staff at
/// any time. Starting again changes nothing.
#[server(endpoint = "exams/start")]
pub async fn start_exam(exam: String) -> Result<(), AppError> {
    use crate::ssr::{respond, who};
    respond::form(&format!("/learn/{exam}"), async {
        let (state, viewer) = who::signed_in().await?;
        Ok(kujenga_core::exams::start(&state.core, &viewer, &exam).await?)
    })
    .await
}
