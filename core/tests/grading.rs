//! Grading, called directly: answers checked against the learner's own lab variant, attempt
//! limits, hints and their cost, free-text reviews, and a lab finished when every question is
//! settled.

mod support;

use curriculum::Expected;
use kujenga_core::storage::cohorts::CohortRole;
use kujenga_core::storage::progress;
use kujenga_core::storage::reviews::Review;
use kujenga_core::{Error, grading};
use kujenga_types::answers::{Points, Status};
use kujenga_types::reviews::Decision;
use kujenga_types::{AppError, Language, Role};

const LAB: &str = "basics-lab-integrity";

fn text(expected: &Expected) -> String {
    match expected {
        Expected::One(v) => v.clone(),
        Expected::Many(v) => v.join(", "),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_learner_is_checked_against_their_own_variant() {
    let core = support::core().await;
    let (amina, kofi) = (
        support::person(&core, "amina", Role::Trainee).await,
        support::person(&core, "kofi", Role::Trainee).await,
    );
    let item = core.catalog.item(LAB).unwrap().item;
    let mine = grading::variant(&core, amina.id, item).await.unwrap().unwrap();
    let theirs = grading::variant(&core, kofi.id, item).await.unwrap().unwrap();
    let (my_hash, their_hash) = (text(&mine.key["altered_hash"]), text(&theirs.key["altered_hash"]));
    assert_ne!(my_hash, their_hash);

    let wrong =
        grading::answer(&core, &amina, LAB, "altered-hash", &[their_hash], Language::En).await.unwrap();
    assert_eq!((wrong.question.status, wrong.question.last_correct), (Status::Open, Some(false)));
    let right = grading::answer(&core, &amina, LAB, "altered-hash", &[my_hash.to_uppercase()], Language::En)
        .await
        .unwrap();
    assert_eq!(right.question.status, Status::Solved);
    assert_eq!(right.question.earned, Points(200));
    let again =
        grading::answer(&core, &amina, LAB, "altered-hash", &[my_hash], Language::En).await.unwrap_err();
    assert!(again.to_string().contains("solved this question already"), "{again}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attempts_are_limited_hints_cost_points_and_a_settled_lab_is_finished() {
    let core = support::core().await;
    let amina = support::person(&core, "amina", Role::Trainee).await;
    let item = core.catalog.item(LAB).unwrap().item;
    let key = grading::variant(&core, amina.id, item).await.unwrap().unwrap().key;

    let hinted = grading::hint(&core, &amina, LAB, "altered-file", Language::En).await.unwrap();
    assert_eq!(hinted.question.hints, ["Use sha256sum."]);
    let no_more = grading::hint(&core, &amina, LAB, "altered-file", Language::En).await.unwrap_err();
    assert!(no_more.to_string().contains("no other hint"), "{no_more}");
    let unreadable =
        grading::answer(&core, &amina, LAB, "altered-hash", &["abc".into()], Language::En).await.unwrap_err();
    assert!(
        matches!(unreadable, Error::App(AppError::Invalid { .. })),
        "an unreadable answer is a form error"
    );
    for guess in ["a.txt", "b.txt", "c.txt"] {
        grading::answer(&core, &amina, LAB, "altered-file", &[guess.into()], Language::En).await.unwrap();
    }
    let late =
        grading::answer(&core, &amina, LAB, "altered-file", &[text(&key["altered_file"])], Language::En)
            .await;
    assert!(late.unwrap_err().to_string().contains("no attempts are left"));
    assert!(
        !progress::completed(&core.db, amina.id).await.unwrap().contains_key(LAB),
        "one question is open"
    );

    let last =
        grading::answer(&core, &amina, LAB, "altered-hash", &[text(&key["altered_hash"])], Language::En)
            .await
            .unwrap();
    assert_eq!((last.score.earned, last.score.total), (Points(200), Points(300)));
    let done = progress::completed_with_scores(&core.db, amina.id).await.unwrap();
    let score = done[LAB].1.unwrap();
    assert!((score - 2.0 / 3.0).abs() < 1e-9, "the lab is finished with its score: {score}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_free_text_answer_waits_for_its_instructor() {
    let core = support::core().await;
    let amina = support::person(&core, "amina", Role::Trainee).await;
    let ines = support::person(&core, "ines", Role::Instructor).await;
    let cohort = support::cohort(&core, "Cohort", None).await;
    support::enrol(&core, cohort, amina.id, CohortRole::Trainee).await;
    support::enrol(&core, cohort, ines.id, CohortRole::Instructor).await;
    // The second lesson's prerequisite.
    support::complete(&core, amina.id, "basics-first-lesson", None).await;

    let sent = grading::answer(
        &core,
        &amina,
        "basics-second",
        "q4",
        &["We serve the ministries.".into()],
        Language::En,
    )
    .await
    .unwrap();
    assert_eq!(sent.question.status, Status::AwaitingReview);
    let queue = grading::review_queue(&core, &ines, Language::En).await.unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(
        (queue[0].answer.as_str(), queue[0].item.as_str()),
        ("We serve the ministries.", "Second lesson")
    );

    let review = |decision, comment| Review {
        reviewer: ines.id,
        trainee: amina.id,
        item_id: "basics-second",
        question_id: "q4",
        decision,
        comment,
    };
    let silent = grading::review(&core, &ines, &review(Decision::Return, " ")).await.unwrap_err();
    assert!(silent.to_string().contains("Comment"), "{silent}");
    grading::review(&core, &ines, &review(Decision::Return, "Name the constituency.")).await.unwrap();
    let (views, _) =
        grading::views(&core, Some(&amina), core.catalog.item("basics-second").unwrap().item, Language::En)
            .await
            .unwrap();
    let q4 = views.iter().find(|q| q.id == "q4").unwrap();
    assert_eq!((q4.status, q4.review_comment.as_deref()), (Status::Open, Some("Name the constituency.")));

    grading::answer(
        &core,
        &amina,
        "basics-second",
        "q4",
        &["The ministries and agencies.".into()],
        Language::En,
    )
    .await
    .unwrap();
    grading::review(&core, &ines, &review(Decision::Accept, "")).await.unwrap();
    let twice = grading::review(&core, &ines, &review(Decision::Accept, "")).await.unwrap_err();
    assert!(twice.to_string().contains("not waiting for review"), "{twice}");
    assert!(grading::review_queue(&core, &ines, Language::En).await.unwrap().is_empty());
}
