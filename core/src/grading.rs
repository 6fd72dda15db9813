//! Checking answers on the server: a learner's lab variant (from their stored seed), the
//! expected answer of each question, attempts, hints, scores and lab completion.

use std::collections::HashMap;

use curriculum::labs::{self, Generated};
use curriculum::{AnswerSource, Checked, Expected, Item, Question};
use kujenga_types::answers::{Answered, Points, QuestionView, ReviewState, Score, Status};
use kujenga_types::content::{ItemKind, QuestionKind};
use kujenga_types::learn::ArtifactView;
use kujenga_types::reviews::Decision;
use kujenga_types::{AppError, Language, Msg, Text, Viewer};

use crate::audit::{self, Action, Event};
use crate::storage::answers::{self as store, Recorded, StateRow};
use crate::storage::{progress, reviews};
use crate::{Core, Error, Result};

/// A learner's own variant of a lab: its files and answer key. `None` for a lesson.
pub async fn variant(core: &Core, user_id: i64, item: &Item) -> Result<Option<Generated>> {
    let Some(generator) = item.generator.as_deref().and_then(labs::find) else {
        return Ok(None);
    };
    let seed =
        store::lab_seed(&core.db, user_id, &item.id, || labs::seed(&core.secret, user_id, &item.id)).await?;
    Ok(Some(generator.generate(seed)))
}

fn expected(question: &Question, generated: Option<&Generated>) -> Option<Expected> {
    match &question.source {
        AnswerSource::Fixed(e) => Some(e.clone()),
        AnswerSource::Key(k) => generated.and_then(|g| g.key.get(k.as_str()).cloned()),
        AnswerSource::Reviewed => None,
    }
}

/// Whether an answer is right (`None` for one a person reviews), checked against the expected
/// answer of the question, or of the learner's (or team's) generated key.
pub fn verdict(question: &Question, generated: Option<&Generated>, given: &[String]) -> Result<Option<bool>> {
    match expected(question, generated) {
        Some(e) => match question.check(&e, given) {
            Checked::Correct => Ok(Some(true)),
            Checked::Wrong => Ok(Some(false)),
            Checked::Unreadable(message) => Err(AppError::invalid(Msg::FieldAnswer, message).into()),
            Checked::NeedsReview => Ok(None),
        },
        None if question.kind == QuestionKind::Review => Ok(None),
        None => {
            Err(Error::Internal(format!("no expected answer for the checked question `{}`", question.id)))
        }
    }
}

/// An answer as it is stored: its parts joined, within the length every answer keeps to.
pub fn answer_text(given: &[String]) -> Result<String> {
    let text = given.iter().map(|g| g.trim()).collect::<Vec<_>>().join(", ");
    if text.chars().count() > 4000 {
        return Err(AppError::invalid(Msg::FieldAnswer, Msg::InvalidAnswerTooLong).into());
    }
    Ok(text)
}

/// A learner's (or team's) files as their page lists them: name, size and SHA-256.
pub fn artifact_views(generated: Option<Generated>) -> Vec<ArtifactView> {
    generated
        .map(|g| g.artifacts)
        .unwrap_or_default()
        .iter()
        .map(|a| ArtifactView {
            name: a.name.clone(),
            bytes: a.bytes.len(),
            sha256: labs::sha256_hex(&a.bytes),
        })
        .collect()
}

fn status(question: &Question, state: &StateRow) -> Status {
    if state.solved {
        Status::Solved
    } else if state.review == Some(ReviewState::Pending) {
        Status::AwaitingReview
    } else if question.max_attempts.is_some_and(|m| state.attempts >= m) {
        Status::OutOfAttempts
    } else {
        Status::Open
    }
}

/// What a learner sees of a question in a given state.
/// A question as its page shows it, in `language` where it is translated.
pub fn view(question: &Question, state: &StateRow, language: Language) -> QuestionView {
    let status = status(question, state);
    let text = question.text(language);
    let hints_taken = (state.hints as usize).min(question.hints.len());
    QuestionView {
        id: question.id.clone(),
        kind: question.kind,
        prompt: text.prompt,
        weight: Points::from_f64(question.weight),
        choices: text.choices,
        status,
        attempts: state.attempts,
        max_attempts: question.max_attempts,
        last_answer: state.last_answer.clone(),
        last_correct: state.last_correct,
        hints: text.hints.into_iter().take(hints_taken).collect(),
        next_hint_cost: question
            .hints
            .get(hints_taken)
            .filter(|_| status == Status::Open)
            .map(|h| Points::from_f64(h.cost)),
        explanation: text.explanation.filter(|_| matches!(status, Status::Solved | Status::OutOfAttempts)),
        review_comment: state.review_comment.clone(),
        earned: Points::from_f64(question.earned(state.solved, hints_taken)),
        words: Default::default(),
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
    core: &Core,
    viewer: Option<&Viewer>,
    item: &Item,
    language: Language,
) -> Result<(Vec<QuestionView>, Score)> {
    let states = match viewer {
        Some(v) => {
            core.learners.get(&core.db, v.id).await?.questions.get(&item.id).cloned().unwrap_or_default()
        }
        None => HashMap::new(),
    };
    let none = StateRow::default();
    let mut views: Vec<QuestionView> =
        item.questions.iter().map(|q| view(q, states.get(&q.id).unwrap_or(&none), language)).collect();
    if let Some(v) = viewer
        && !crate::exams::explained(core, v.id, item).await?
    {
        views.iter_mut().for_each(|q| q.explanation = None);
    }
    Ok((views, score(item, &states)))
}

fn find<'a>(core: &'a Core, item_id: &str, question_id: &str) -> Result<(&'a Item, &'a Question)> {
    let item = core
        .catalog
        .item(item_id)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingLesson).with("id", item_id)))?
        .item;
    let question = item
        .questions
        .iter()
        .find(|q| q.id == question_id)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingQuestion).with("id", question_id)))?;
    Ok((item, question))
}

/// Checks and records one answer, and finishes the lab when every question is settled.
pub async fn answer(
    core: &Core,
    viewer: &Viewer,
    item_id: &str,
    question_id: &str,
    given: &[String],
    language: Language,
) -> Result<Answered> {
    // Counted whatever follows: the limit is on answers sent, not on answers recorded.
    let _sent = core.limits.answers.take(&viewer.id.to_string()).await?;

    let (item, question) = find(core, item_id, question_id)?;
    let (done, enrolment) = core.learners.standing(&core.db, viewer.id).await?;
    if let Some(lock) = crate::schedule::lock(&core.catalog, &done, &enrolment, viewer, item) {
        return Err(crate::schedule::refusal(&lock).into());
    }
    crate::exams::admit(core, viewer, item).await?;
    let generated = variant(core, viewer.id, item).await?;
    let correct = verdict(question, generated.as_ref(), given)?;
    let text = answer_text(given)?;
    let submission = store::Submission {
        user_id: viewer.id,
        item_id: item_id.to_string(),
        question_id: question_id.to_string(),
        answer: text,
        correct,
        max_attempts: question.max_attempts,
    };
    match core.answers.record(submission).await? {
        Recorded::Counted(state) => core.learners.answered(viewer.id, item_id, question_id, state),
        Recorded::AlreadySolved => {
            return Err(AppError::invalid(Msg::FieldAnswer, Msg::InvalidAlreadySolved).into());
        }
        Recorded::NoAttemptsLeft => {
            return Err(AppError::invalid(Msg::FieldAnswer, Msg::InvalidNoAttempts).into());
        }
    }
    settle(core, viewer.id, item).await?;
    answered(core, viewer, item, question, language).await
}

/// Reveals the next hint of a question.
pub async fn hint(
    core: &Core,
    viewer: &Viewer,
    item_id: &str,
    question_id: &str,
    language: Language,
) -> Result<Answered> {
    let (item, question) = find(core, item_id, question_id)?;
    let (done, enrolment) = core.learners.standing(&core.db, viewer.id).await?;
    if let Some(lock) = crate::schedule::lock(&core.catalog, &done, &enrolment, viewer, item) {
        return Err(crate::schedule::refusal(&lock).into());
    }
    let available = question.hints.len() as u32;
    let revealed =
        store::reveal_hint(&core.db, viewer.id, item_id, question_id, available, question.max_attempts)
            .await?;
    if revealed.is_none() {
        let states = store::states(&core.db, viewer.id, item_id).await?;
        let closed = states.get(question_id).is_some_and(|s| status(question, s) != Status::Open);
        let why = if closed { Msg::InvalidHintClosed } else { Msg::InvalidNoOtherHint };
        return Err(AppError::invalid(Msg::FieldHint, why).into());
    }
    core.learners.forget_answers(viewer.id);
    answered(core, viewer, item, question, language).await
}

async fn answered(
    core: &Core,
    viewer: &Viewer,
    item: &Item,
    question: &Question,
    language: Language,
) -> Result<Answered> {
    let states = store::states(&core.db, viewer.id, &item.id).await?;
    let current = states.get(&question.id).cloned().unwrap_or_default();
    let mut question_view = view(question, &current, language);
    if !crate::exams::explained(core, viewer.id, item).await? {
        question_view.explanation = None;
    }
    Ok(Answered { question: question_view, score: score(item, &states), score_words: String::new() })
}

/// After an answer or a review: a lab is finished when every question is solved, out of
/// attempts or sent for review; its score is then recorded with the completion.
async fn settle(core: &Core, user_id: i64, item: &Item) -> Result<()> {
    if item.kind != ItemKind::Lab {
        return Ok(());
    }
    let states = store::states(&core.db, user_id, &item.id).await?;
    let none = StateRow::default();
    let open = item.questions.iter().any(|q| status(q, states.get(&q.id).unwrap_or(&none)) == Status::Open);
    if !open {
        let (earned, total) = points(item, &states);
        let mut tx = core.db.begin().await?;
        progress::complete(&mut tx, user_id, &item.id, Some(earned / total.max(f64::EPSILON))).await?;
        tx.commit().await?;
        core.learners.forget_work(user_id);
        crate::credentials::award(core, user_id).await?;
    }
    Ok(())
}

/// Records a timed exam whose deadline has passed as finished, with the score of what was
/// answered in time (once; a finished exam keeps its score).
pub async fn finish_exam(core: &Core, user_id: i64, item: &Item) -> Result<()> {
    let states = store::states(&core.db, user_id, &item.id).await?;
    let (earned, total) = points(item, &states);
    let mut tx = core.db.begin().await?;
    progress::complete(&mut tx, user_id, &item.id, Some(earned / total.max(f64::EPSILON))).await?;
    tx.commit().await?;
    core.learners.forget_work(user_id);
    crate::credentials::award(core, user_id).await
}

/// An instructor's decision on a trainee's answer waiting for review; an accepted answer may
/// finish a lab. The caller has checked that the reviewer teaches the trainee.
pub async fn review(core: &Core, actor: &Viewer, review: &reviews::Review<'_>) -> Result<()> {
    let (item, _) = find(core, review.item_id, review.question_id)?;
    if review.decision == Decision::Return && review.comment.trim().is_empty() {
        return Err(AppError::invalid(Msg::FieldComment, Msg::InvalidReturnNeedsComment).into());
    }
    if review.comment.chars().count() > 2000 {
        return Err(AppError::invalid(Msg::FieldComment, Msg::InvalidCommentTooLong).into());
    }
    if !reviews::decide(&core.db, review).await? {
        return Err(AppError::invalid(Msg::FieldAnswer, Msg::InvalidNotAwaitingReview).into());
    }
    core.learners.forget_answers(review.trainee);
    settle(core, review.trainee, item).await?;
    if review.decision == Decision::Accept {
        // An accepted answer may be the last thing a track's credential waited for.
        crate::credentials::award(core, review.trainee).await?;
    }
    let trainee = crate::storage::users::account(&core.db, review.trainee)
        .await?
        .map(|a| a.username)
        .unwrap_or_default();
    let decided = if review.decision == Decision::Accept { "accepted" } else { "returned" };
    let event = Event::new(Action::AnswerReviewed, Some(actor), audit::account(review.trainee, &trainee))
        .detail(format!("{decided} the answer to {} of {}", review.question_id, review.item_id));
    audit::record(&core.db, event).await
}

/// The answers this person may review, oldest first: all for an admin, their cohorts'
/// trainees' for an instructor.
pub async fn review_queue(
    core: &Core,
    viewer: &Viewer,
    language: Language,
) -> Result<Vec<kujenga_types::reviews::ReviewItem>> {
    let pending = reviews::pending_for(&core.db, viewer).await?;
    Ok(pending
        .into_iter()
        .map(|p| {
            let item = core.catalog.item(&p.item_id).map(|found| found.item);
            let question = item.and_then(|i| i.questions.iter().find(|q| q.id == p.question_id));
            kujenga_types::reviews::ReviewItem {
                item: item.map(|i| i.title_in(language).to_string()).unwrap_or_default(),
                prompt: question.map(|q| q.text(language).prompt).unwrap_or_default(),
                submitted: kujenga_types::format::date_time(p.submitted_at),
                user_id: p.user_id,
                trainee: p.trainee,
                item_id: p.item_id,
                question_id: p.question_id,
                answer: p.answer,
            }
        })
        .collect())
}

/// A lab score (0 to 1) in whole percent.
pub fn percent(score: f64) -> u32 {
    (score.clamp(0.0, 1.0) * 100.0).round() as u32
}
