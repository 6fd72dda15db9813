//! The review queue: free-text answers that an instructor accepts, or returns with a comment.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewItem {
    pub user_id: i64,
    pub trainee: String,
    pub item_id: String,
    pub item: String,
    pub question_id: String,
    pub prompt: String,
    pub answer: String,
    pub submitted: String,
}

/// Who may call: instructors (their cohorts' trainees) and admins (everyone).
#[server(endpoint = "reviews")]
pub async fn review_queue() -> Result<Vec<ReviewItem>, AppError> {
    use crate::auth::policy;
    crate::web::respond(async move {
        let viewer = policy::one_of(policy::STAFF).await?;
        let state = crate::state::state();
        let pending = crate::storage::reviews::pending_for(&state.db, &viewer).await?;
        Ok(pending
            .into_iter()
            .map(|p| {
                let item = state.catalog.item(&p.item_id).map(|found| found.item);
                let question = item.and_then(|i| i.questions.iter().find(|q| q.id == p.question_id));
                ReviewItem {
                    item: item.map(|i| i.title.clone()).unwrap_or_default(),
                    prompt: question.map(|q| q.prompt.clone()).unwrap_or_default(),
                    submitted: crate::api::date_time(p.submitted_at),
                    user_id: p.user_id,
                    trainee: p.trainee,
                    item_id: p.item_id,
                    question_id: p.question_id,
                    answer: p.answer,
                }
            })
            .collect())
    })
    .await
}

/// Who may call: instructors of a cohort the trainee is in, and admins. `decision` is
/// `accept` or `return`; a returned answer needs a comment that says what to improve.
#[server(endpoint = "review")]
pub async fn review_answer(
    trainee: i64,
    item: String,
    question: String,
    decision: String,
    #[server(default)] comment: String,
) -> Result<(), AppError> {
    use crate::api::Role;
    use crate::auth::policy;
    crate::web::respond(async move {
        let viewer = policy::one_of(policy::STAFF).await?;
        let state = crate::state::state();
        if viewer.role != Role::Admin
            && !crate::storage::cohorts::teaches_trainee(&state.db, viewer.id, trainee).await?
        {
            return Err(AppError::Forbidden);
        }
        let accept = match decision.as_str() {
            "accept" => true,
            "return" if comment.trim().is_empty() => {
                return Err(AppError::invalid(
                    "comment",
                    "say what the trainee should improve before returning the answer",
                ));
            }
            "return" => false,
            _ => return Err(AppError::invalid("decision", "choose accept or return")),
        };
        if comment.chars().count() > 2000 {
            return Err(AppError::invalid("comment", "keep the comment under 2000 characters"));
        }
        crate::grading::review(&state, viewer.id, trainee, &item, &question, accept, &comment).await?;
        crate::web::redirect_plain_form("/reviews");
        Ok(())
    })
    .await
}
