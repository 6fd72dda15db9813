//! A trainee's own record: their progress and scores, every submission with its verdict, and
//! the reviews of their free-text answers; and the download of all of it (JSON and CSV), which
//! is all Kujenga holds about them.

use std::collections::HashMap;

use kujenga_types::Viewer;
use kujenga_types::answers::ReviewState;
use kujenga_types::cohorts::{ItemProgress, Submission};
use kujenga_types::format::{date, date_time};
use kujenga_types::record::{MyRecord, ReviewOutcome};

use crate::storage::{answers, cohorts, progress, users};
use crate::{Core, Result, spreadsheets};

pub async fn of(core: &Core, viewer: &Viewer) -> Result<MyRecord> {
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
                title: l.item.title.clone(),
                kind: l.item.kind,
                completed_on: done.map(|(at, _)| date(*at)),
                score: done.and_then(|(_, s)| s.map(crate::grading::percent)),
                blocked: false,
            }
        })
        .collect();
    let titles: HashMap<&str, &str> =
        core.catalog.items().map(|l| (l.item.id.as_str(), l.item.title.as_str())).collect();
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
    })
}

/// The record as one CSV table: a row per account detail, finished item, submission and review.
pub fn csv(record: &MyRecord) -> String {
    let p = &record.profile;
    let cohorts = record.cohorts.join("; ");
    let details = [
        ("username", &record.username),
        ("name", &record.display_name),
        ("e-mail", &p.email),
        ("organisation", &p.organisation),
        ("country", &p.country),
        ("job", &p.job),
        ("gender", &p.gender),
        ("cohorts", &cohorts),
    ];
    let account = details.into_iter().map(|(field, value)| {
        let blank = String::new;
        ["account".into(), field.into(), blank(), value.clone(), blank(), blank(), blank()]
    });
    let progress = record.items.iter().filter(|i| i.completed_on.is_some()).map(|i| {
        let score = i.score.map(|s| format!("{s}%")).unwrap_or_default();
        [
            "finished".into(),
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
            "answer".into(),
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
            ReviewState::Pending => "waiting for review",
            ReviewState::Accepted => "accepted",
            ReviewState::Returned => "returned",
        };
        [
            "review".into(),
            r.item.clone(),
            r.question.clone(),
            String::new(),
            state.into(),
            String::new(),
            r.comment.clone(),
        ]
    });
    spreadsheets::write(
        &[
            "record",
            "detail, lesson or lab",
            "question",
            "value or answer",
            "result",
            "when (UTC)",
            "comment",
        ],
        account.chain(progress).chain(submissions).chain(reviews),
    )
}
