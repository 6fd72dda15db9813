//! Checking answers on the server: a learner's lab variant (from their stored seed), the
//! expected answer of each question, attempts, hints, scores and lab completion.

use std::collections::HashMap;

use curriculum::labs::{self, Generated};
use curriculum::{AnswerSource, Expected, Item, ItemKind, Kind, Question, Verdict};

use crate::api::answers::{Answered, Points, QuestionView, Score, Status};
use crate::api::{AppError, Viewer};
use crate::auth::rate_limit::retry_secs;
use crate::state::AppState;
use crate::storage::answers::{self as store, Recorded, StateRow};
use crate::storage::progress;

/// A learner's own variant of a lab: its files and answer key. `None` for a lesson.
pub async fn variant(state: &AppState, user_id: i64, item: &Item) -> Result<Option<Generated>, AppError> {
    let Some(generator) = item.generator.as_deref().and_then(labs::find) else {
        return Ok(None);
    };
    let seed = store::lab_seed(&state.db, user_id, &item.id, || labs::seed(&state.secret, user_id, &item.id))
        .await?;
    Ok(Some(generator.generate(seed)))
}

fn expected(question: &Question, generated: Option<&Generated>) -> Option<Expected> {
    match &question.source {
        AnswerSource::Fixed(e) => Some(e.clone()),
        AnswerSource::Key(k) => generated.and_then(|g| g.key.get(k.as_str()).cloned()),
        AnswerSource::Reviewed => None,
    }
}

fn status(question: &Question, state: &StateRow) -> Status {
    if state.solved {
        Status::Solved
    } else if state.review.as_deref() == Some("pending") {
        Status::AwaitingReview
    } else if question.max_attempts.is_some_and(|m| state.attempts >= m) {
        Status::OutOfAttempts
    } else {
        Status::Open
    }
}

/// What a learner sees of a question in a given state.
pub fn view(question: &Question, state: &StateRow) -> QuestionView {
    let status = status(question, state);
    let hints_taken = (state.hints as usize).min(question.hints.len());
    QuestionView {
        id: question.id.clone(),
        kind: question.kind.name().to_string(),
        format: question.kind.hint().to_string(),
        prompt: question.prompt.clone(),
        weight: Points::from_f64(question.weight),
        choices: question.choices.clone(),
        status,
        attempts: state.attempts,
        max_attempts: question.max_attempts,
        last_answer: state.last_answer.clone(),
        last_correct: state.last_correct,
        hints: question.hints[..hints_taken].iter().map(|h| h.text.clone()).collect(),
        next_hint_cost: question
            .hints
            .get(hints_taken)
            .filter(|_| status == Status::Open)
            .map(|h| Points::from_f64(h.cost)),
        explanation: question
            .explanation
            .clone()
            .filter(|_| matches!(status, Status::Solved | Status::OutOfAttempts)),
        review_comment: state.review_comment.clone(),
        earned: Points::from_f64(question.earned(state.solved, hints_taken)),
    }
}

/// Points earned and available: (earned, total).
fn points(item: &Item, states: &HashMap<String, StateRow>) -> (f64, f64) {
    let none = StateRow::default();
    item.questions.iter().fold((0.0, 0.0), |(earned, total), q| {
        let state = states.get(&q.id).unwrap_or(&none);
        (earned + q.earned(state.solved, state.hints as usize), total + q.weight)
    })
}

pub fn score(item: &Item, states: &HashMap<String, StateRow>) -> Score {
    let (earned, total) = points(item, states);
    Score { earned: Points::from_f64(earned), total: Points::from_f64(total) }
}

/// The questions of an item as the viewer sees them (all open for a visitor).
pub async fn views(
    state: &AppState,
    viewer: Option<&Viewer>,
    item: &Item,
) -> Result<(Vec<QuestionView>, Score), AppError> {
    let states = match viewer {
        Some(v) => {
            state.learners.get(&state.db, v.id).await?.questions.get(&item.id).cloned().unwrap_or_default()
        }
        None => HashMap::new(),
    };
    let none = StateRow::default();
    let views = item.questions.iter().map(|q| view(q, states.get(&q.id).unwrap_or(&none))).collect();
    Ok((views, score(item, &states)))
}

fn find<'a>(
    state: &'a AppState,
    item_id: &str,
    question_id: &str,
) -> Result<(&'a Item, &'a Question), AppError> {
    let item =
        state.catalog.item(item_id).ok_or_else(|| AppError::NotFound(format!("lesson `{item_id}`")))?.item;
    let question = item
        .questions
        .iter()
        .find(|q| q.id == question_id)
        .ok_or_else(|| AppError::NotFound(format!("question `{question_id}`")))?;
    Ok((item, question))
}

/// Checks and records one answer, and finishes the lab when every question is settled.
pub async fn answer(
    state: &AppState,
    viewer: &Viewer,
    item_id: &str,
    question_id: &str,
    given: &[String],
) -> Result<Answered, AppError> {
    let limiter = &state.limits.answers;
    let learner = viewer.id.to_string();
    limiter
        .check(&learner)
        .map_err(|wait| AppError::TooManyAttempts { retry_after_secs: retry_secs(wait) })?;
    limiter.hit(&learner);

    let (item, question) = find(state, item_id, question_id)?;
    let generated = variant(state, viewer.id, item).await?;
    let correct = match expected(question, generated.as_ref()) {
        Some(e) => match question.check(&e, given) {
            Verdict::Correct => Some(true),
            Verdict::Wrong => Some(false),
            Verdict::Unreadable(message) => return Err(AppError::invalid("answer", message)),
            Verdict::NeedsReview => None,
        },
        None if question.kind == Kind::Review => None,
        None => {
            tracing::error!(
                item = item_id,
                question = question_id,
                "no expected answer for a checked question"
            );
            return Err(AppError::Internal);
        }
    };
    let text = given.iter().map(|g| g.trim()).collect::<Vec<_>>().join(", ");
    if text.chars().count() > 4000 {
        return Err(AppError::invalid("answer", "keep the answer under 4000 characters"));
    }
    let submission = store::Submission {
        user_id: viewer.id,
        item_id: item_id.to_string(),
        question_id: question_id.to_string(),
        answer: text,
        correct,
        max_attempts: question.max_attempts,
    };
    match state.answers.record(submission).await? {
        Recorded::Counted(_) => {}
        Recorded::AlreadySolved => {
            return Err(AppError::invalid("answer", "you have solved this question already"));
        }
        Recorded::NoAttemptsLeft => {
            return Err(AppError::invalid("answer", "no attempts are left for this question"));
        }
    }
    settle(state, viewer.id, item).await?;
    answered(state, viewer, item, question).await
}

/// After a write of a learner's answers or progress: what is kept in memory of them is stale.
fn written(state: &AppState, user_id: i64) {
    state.learners.forget(user_id);
}

/// Reveals the next hint of a question.
pub async fn hint(
    state: &AppState,
    viewer: &Viewer,
    item_id: &str,
    question_id: &str,
) -> Result<Answered, AppError> {
    let (item, question) = find(state, item_id, question_id)?;
    let revealed =
        store::reveal_hint(&state.db, viewer.id, item_id, question_id, question.hints.len() as u32).await?;
    if revealed.is_none() {
        return Err(AppError::invalid("hint", "there is no other hint for this question"));
    }
    written(state, viewer.id);
    answered(state, viewer, item, question).await
}

async fn answered(
    state: &AppState,
    viewer: &Viewer,
    item: &Item,
    question: &Question,
) -> Result<Answered, AppError> {
    let states = store::states(&state.db, viewer.id, &item.id).await?;
    let current = states.get(&question.id).cloned().unwrap_or_default();
    Ok(Answered { question: view(question, &current), score: score(item, &states) })
}

/// A lab is finished when every question is solved, out of attempts or sent for review; its
/// score is then recorded with the completion.
async fn settle(state: &AppState, user_id: i64, item: &Item) -> Result<(), AppError> {
    written(state, user_id);
    if item.kind != ItemKind::Lab {
        return Ok(());
    }
    let states = store::states(&state.db, user_id, &item.id).await?;
    let none = StateRow::default();
    let open = item.questions.iter().any(|q| status(q, states.get(&q.id).unwrap_or(&none)) == Status::Open);
    if !open {
        let (earned, total) = points(item, &states);
        progress::complete(&state.db, user_id, &item.id, Some(earned / total.max(f64::EPSILON))).await?;
    }
    written(state, user_id);
    Ok(())
}

/// An instructor's decision on an answer waiting for review; an accepted answer may finish a lab.
pub async fn review(
    state: &AppState,
    reviewer: i64,
    trainee: i64,
    item_id: &str,
    question_id: &str,
    accept: bool,
    comment: &str,
) -> Result<(), AppError> {
    let (item, _) = find(state, item_id, question_id)?;
    if !crate::storage::reviews::decide(&state.db, reviewer, trainee, item_id, question_id, accept, comment)
        .await?
    {
        return Err(AppError::invalid(
            "answer",
            "this answer is not waiting for review (someone may have reviewed it already)",
        ));
    }
    settle(state, trainee, item).await
}
