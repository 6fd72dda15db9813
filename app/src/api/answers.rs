//! Answering questions (knowledge checks and labs) and revealing hints. Answers are checked
//! on the server; no answer key ever leaves it.

use kujenga_types::AppError;
use kujenga_types::answers::Answered;
use leptos::prelude::*;

/// Who may call: any signed-in learner, for their own answers; rate-limited per learner.
/// `answer` holds one value per form field (`answer[0]`, `answer[1]`, ...: checkboxes give several).
#[server(endpoint = "answer")]
pub async fn answer_question(
    item: String,
    question: String,
    #[server(default)] answer: Vec<String>,
) -> Result<Answered, AppError> {
    use crate::ssr::{language, respond, who};
    respond::form(&format!("/learn/{item}#{question}"), async {
        let (state, viewer) = who::signed_in().await?;
        let mut answered = kujenga_core::grading::answer(
            &state.core,
            &viewer,
            &item,
            &question,
            &answer,
            language::current(),
        )
        .await?;
        crate::i18n::fill_answered(&mut answered);
        Ok(answered)
    })
    .await
}

/// Who may call: any signed-in learner, for their own questions.
#[server(endpoint = "hint")]
pub async fn reveal_hint(item: String, question: String) -> Result<Answered, AppError> {
    use crate::ssr::{language, respond, who};
    respond::form(&format!("/learn/{item}#{question}"), async {
        let (state, viewer) = who::signed_in().await?;
        let mut answered =
            kujenga_core::grading::hint(&state.core, &viewer, &item, &question, language::current()).await?;
        crate::i18n::fill_answered(&mut answered);
        Ok(answered)
    })
    .await
}
