//! A trainee's own record: their progress and scores, every submission with its verdict, and
//! the reviews of their free-text answers; and the download of all of it (JSON and CSV), which
//! is all Kujenga holds about them.

use std::collections::HashMap;

use kujenga_types::answers::ReviewState;
use kujenga_types::cohorts::{ItemProgress, Submission};
use kujenga_types::format::{date, date_time};
use kujenga_types::record::{MyRecord, ReviewOutcome};
use kujenga_types::{Language, Msg, Viewer};
use kujenga_words::t_in;

use crate::storage::{answers, cohorts, progress, users};
use crate::{Core, Result, spreadsheets};

/// Titles are written in `language`.
pub async fn of(core: &Core, viewer: &Viewer, language: Language) -> Result<MyRecord> {
    let db = &core.db;
    let account = users::account(db, viewer.id).await?;
    let profile = account.map(|a| a.profile).unwrap_or_default();
    let mut cohort_names = Vec::new();
    for id in cohorts::of_trainee(db, viewer.id).await? {
        if let Some(info) = cohorts::info(db, id).await? {
            cohort_names.push(info.name);
        }
    }
    let completed = progress::completed_with_scores(db, viewer.id).await?;
    let items = core
        .catalog
        .items()
        .map(|l| {
            let done = completed.get(&l.item.id);
            ItemProgress {
                id: l.item.id.clone(),
                title: l.item.title_in(language).to_string(),
                kind: l.item.kind,
                completed_on: done.map(|(at, _)| date(*at)),
                score: done.and_then(|(_, s)| s.map(crate::grading::percent)),
                blocked: false,
            }
        })
        .collect();
    let titles: HashMap<&str, &str> =
        core.catalog.items().map(|l| (l.item.id.as_str(), l.item.title_in(language))).collect();
    let title = |id: &str| titles.get(id).map_or(id.to_string(), |t| t.to_string());
    let submissions = answers::submissions(db, viewer.id)
        .await?
        .into_iter()
        .map(|s| Submission {
            item: title(&s.item_id),
            question: s.question_id,
            answer: s.answer,
            verdict: s.verdict,
            at: date_time(s.submitted_at),
        })
        .collect();
    let reviews = answers::all_states(db, viewer.id)
        .await?
        .into_iter()
        .filter_map(|(item, question, state)| {
            let outcome = state.review?;
            Some(ReviewOutcome {
                item: title(&item),
                question,
                state: outcome,
                comment: state.review_comment.unwrap_or_default(),
            })
        })
        .collect();
    Ok(MyRecord {
        username: viewer.username.clone(),
        display_name: viewer.display_name.clone(),
        profile,
        cohorts: cohort_names,
        items,
        submissions,
        reviews,
        credentials: crate::credentials::of_user(core, viewer, viewer.id, language).await?,
    })
}

/// The record as one CSV table: a row per account detail, finished item, submission and review.
pub fn csv(record: &MyRecord, language: Language) -> String {
    let word = |msg| t_in(language, msg).to_string();
    let p = &record.profile;
    let cohorts = record.cohorts.join("; ");
    let details = [
        (Msg::CsvUsername, &record.username),
        (Msg::CsvName, &record.display_name),
        (Msg::CsvEmail, &p.email),
        (Msg::CsvOrganisation, &p.organisation),
        (Msg::CsvCountry, &p.country),
        (Msg::CsvJob, &p.job),
        (Msg::CsvGender, &p.gender),
        (Msg::CsvCohorts, &cohorts),
    ];
    let account = details.into_iter().map(|(field, value)| {
        let blank = String::new;
        [word(Msg::CsvAccount), word(field), blank(), value.clone(), blank(), blank(), blank()]
    });
    let progress = record.items.iter().filter(|i| i.completed_on.is_some()).map(|i| {
        let score = i.score.map(|s| format!("{s}%")).unwrap_or_default();
        [
            word(Msg::CsvFinished),
            i.title.clone(),
            String::new(),
            String::new(),
            score,
            i.completed_on.clone().unwrap_or_default(),
            String::new(),
        ]
    });
    let submissions = record.submissions.iter().map(|s| {
        [
            word(Msg::CsvAnswer),
            s.item.clone(),
            s.question.clone(),
            s.answer.clone(),
            s.verdict.as_str().into(),
            s.at.clone(),
            String::new(),
        ]
    });
    let reviews = record.reviews.iter().map(|r| {
        let state = match r.state {
            ReviewState::Pending => Msg::CsvAwaitingReview,
            ReviewState::Accepted => Msg::CsvAccepted,
            ReviewState::Returned => Msg::CsvReturned,
        };
        [
            word(Msg::CsvReview),
            r.item.clone(),
            r.question.clone(),
            String::new(),
            word(state),
            String::new(),
            r.comment.clone(),
        ]
    });
    spreadsheets::write(
        &[
            Msg::CsvRecord,
            Msg::CsvRecordDetail,
            Msg::CsvQuestion,
            Msg::CsvValue,
            Msg::CsvResult,
            Msg::CsvWhen,
            Msg::CsvComment,
        ]
        .map(|m| t_in(language, m)),
        account.chain(progress).chain(submissions).chain(reviews),
    )
}
