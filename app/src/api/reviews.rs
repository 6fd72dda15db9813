//! The review queue: free-text answers that an instructor accepts, or returns with a comment.

use kujenga_types::reviews::ReviewItem;
use kujenga_types::{AppError, Msg};
use leptos::prelude::*;

/// Who may call: instructors (their cohorts' trainees) and admins (everyone).
#[server(endpoint = "reviews")]
pub async fn review_queue() -> Result<Vec<ReviewItem>, AppError> {
    use crate::ssr::{respond, who};
    use kujenga_core::access::STAFF;
    respond::answer(async move {
        let (state, viewer) = who::one_of(STAFF).await?;
        Ok(kujenga_core::grading::review_queue(&state.core, &viewer, crate::i18n::language()).await?)
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
    use crate::ssr::{respond, who};
    use kujenga_core::storage::reviews::Review;
    use kujenga_types::reviews::Decision;
    respond::form("/reviews", async {
        let (state, viewer) = who::trainee_staff(trainee).await?;
        let decision = Decision::parse(&decision)
            .ok_or_else(|| AppError::invalid(Msg::FieldDecision, Msg::InvalidDecision))?;
        let review = Review {
            reviewer: viewer.id,
            trainee,
            item_id: &item,
            question_id: &question,
            decision,
            comment: &comment,
        };
        Ok(kujenga_core::grading::review(&state.core, &viewer, &review).await?)
    })
    .await
}
