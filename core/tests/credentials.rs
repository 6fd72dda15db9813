//! Credentials: earned once when a track is complete (and not before), issued and revoked by
//! hand by who may, and checked offline: a changed byte, another key, an expired or a
//! revoked credential is refused. The credential validates against 1EdTech's Open Badges 3.0
//! schema.

mod support;
use kujenga_core::credentials;
use kujenga_core::issuer::{self, Verdict};
use kujenga_core::storage::cohorts::CohortRole;
use kujenga_core::storage::reviews::Review;
use kujenga_core::{Error, grading, learn};
use kujenga_types::credentials::Checked;
use kujenga_types::reviews::Decision;
use kujenga_types::{AppError, Language, Role, Viewer};
use serde_json::{Value, json};

const LABS: [&str; 2] = ["basics-lab-integrity", "basics-lab-fat"];

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

/// A trainee and an instructor of one cohort of a programme.
async fn cohort(core: &kujenga_core::Core) -> (Viewer, Viewer, i64) {
    let program = kujenga_core::storage::programs::create(&core.db, "Programme").await.unwrap();
    let cohort = support::cohort(core, "Cohort", Some(program)).await;
    let profile = kujenga_types::Profile {
        organisation: "National CERT".into(),
        country: "KE".into(),
        ..Default::default()
    };
    let amina = support::person_with(core, "amina", Role::Trainee, profile).await;
    let ines = support::person(core, "ines", Role::Instructor).await;
    support::enrol(core, cohort, amina.id, CohortRole::Trainee).await;
    support::enrol(core, cohort, ines.id, CohortRole::Instructor).await;
    (amina, ines, program)
}

/// Finishes both labs with `score`, then the lessons as the trainee does.
async fn finish_track(core: &kujenga_core::Core, trainee: &Viewer, score: f64) {
    for lab in LABS {
        support::complete(core, trainee.id, lab, Some(score)).await;
    }
    learn::complete(core, trainee, "basics-first-lesson").await.unwrap();
    learn::complete(core, trainee, "basics-second").await.unwrap();
}

async fn held(core: &kujenga_core::Core, who: &Viewer) -> Vec<kujenga_types::credentials::CredentialRow> {
    credentials::of_user(core, who, who.id, Language::En).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_credential_is_earned_once_when_the_track_is_complete() {
    let core = support::core().await;
    let (amina, _, program) = cohort(&core).await;
    for lab in LABS {
        support::complete(&core, amina.id, lab, Some(0.9)).await;
    }
    learn::complete(&core, &amina, "basics-first-lesson").await.unwrap();
    assert!(held(&core, &amina).await.is_empty(), "one lesson is still open");

    learn::complete(&core, &amina, "basics-second").await.unwrap();
    let mine = held(&core, &amina).await;
    assert_eq!(mine.len(), 1);
    assert_eq!((mine[0].track_id.as_str(), mine[0].revoked.as_ref()), ("basics", None));
    credentials::award(&core, amina.id).await.unwrap();
    learn::complete(&core, &amina, "basics-second").await.unwrap();
    assert_eq!(held(&core, &amina).await.len(), 1, "issued once");

    let jwt = credentials::signed(&core, &amina, &mine[0].id).await.unwrap();
    let keys = core.issuer.keys(&core.db).await.unwrap();
    let Verdict::Valid(credential) = issuer::verify(&jwt, &keys.jwks, None, now()) else {
        panic!("not valid")
    };
    assert_eq!(credential["credentialSubject"]["identifier"][0]["identityHash"], "amina");
    assert_eq!(credential["name"], "Basics");
    let text = credential.to_string();
    assert!(
        !text.contains("National CERT") && !text.contains("\"KE\""),
        "nothing else of the profile: {text}"
    );

    let data =
        core.analytics.dashboard(&core.db, &core.catalog, program, Default::default(), Language::En).await;
    assert_eq!(data.unwrap().headline.credentials, 1, "the dashboard counts it");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_credential_below_the_pass_mark_or_while_a_review_is_returned() {
    let core = support::core().await;
    let (amina, ines, _) = cohort(&core).await;
    finish_track(&core, &amina, 0.6).await;
    assert!(held(&core, &amina).await.is_empty(), "a lab under 70%");

    for lab in LABS {
        support::complete(&core, amina.id, lab, Some(0.7)).await;
    }
    grading::answer(&core, &amina, "basics-second", "q4", &["We serve ministries.".into()], Language::En)
        .await
        .unwrap();
    let review = |decision, comment| Review {
        reviewer: ines.id,
        trainee: amina.id,
        item_id: "basics-second",
        question_id: "q4",
        decision,
        comment,
    };
    credentials::award(&core, amina.id).await.unwrap();
    assert!(held(&core, &amina).await.is_empty(), "an answer waits for review");
    grading::review(&core, &ines, &review(Decision::Return, "Name the constituency.")).await.unwrap();
    credentials::award(&core, amina.id).await.unwrap();
    assert!(held(&core, &amina).await.is_empty(), "an answer was returned");

    grading::answer(&core, &amina, "basics-second", "q4", &["The ministries.".into()], Language::En)
        .await
        .unwrap();
    grading::review(&core, &ines, &review(Decision::Accept, "")).await.unwrap();
    assert_eq!(held(&core, &amina).await.len(), 1, "issued when the last review is accepted");
}

fn refused(result: Result<(), Error>) -> bool {
    matches!(result, Err(Error::App(AppError::Forbidden)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_issue_and_revoke_with_a_reason_and_a_trainee_may_not() {
    let core = support::core().await;
    let (amina, ines, _) = cohort(&core).await;
    let kofi = support::person(&core, "kofi", Role::Trainee).await;
    assert!(refused(credentials::issue_by_hand(&core, &kofi, amina.id, "basics", "because").await));
    let no_reason = credentials::issue_by_hand(&core, &ines, amina.id, "basics", " ").await.unwrap_err();
    assert!(no_reason.to_string().contains("Reason"), "{no_reason}");
    credentials::issue_by_hand(&core, &ines, amina.id, "basics", "Finished on paper in the pilot")
        .await
        .unwrap();
    let twice = credentials::issue_by_hand(&core, &ines, amina.id, "basics", "again").await.unwrap_err();
    assert!(twice.to_string().contains("already"), "{twice}");

    let id = held(&core, &amina).await[0].id.clone();
    assert!(refused(credentials::revoke(&core, &amina, &id, "mine").await));
    assert!(matches!(
        credentials::certificate(&core, &kofi, &id, Language::En).await,
        Err(Error::App(AppError::Forbidden))
    ));
    let jwt = credentials::signed(&core, &amina, &id).await.unwrap();
    assert!(matches!(credentials::check(&core, &jwt, Language::En).await.unwrap(), Checked::Valid { .. }));

    credentials::revoke(&core, &ines, &id, "Issued in error").await.unwrap();
    match credentials::check(&core, &jwt, Language::En).await.unwrap() {
        Checked::Revoked { reason, name, .. } => {
            assert_eq!((reason.as_str(), name.as_str()), ("Issued in error", "amina"))
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        credentials::check_id(&core, &format!("urn:uuid:{id}"), Language::En).await.unwrap(),
        Checked::Revoked { .. }
    ));
    let keys = core.issuer.keys(&core.db).await.unwrap();
    let list = credentials::revocations(&core.db, &core.issuer).await.unwrap();
    let list = issuer::read_revocations(&list, &keys.jwks).unwrap();
    assert!(matches!(issuer::verify(&jwt, &keys.jwks, Some(&list), now()), Verdict::Revoked(_)));
    let log = kujenga_core::audit::read(
        &core.db,
        &support::person(&core, "ada", Role::Admin).await,
        Default::default(),
        true,
    )
    .await
    .unwrap();
    let actions: Vec<&str> = log.rows.iter().map(|r| r.action.as_str()).collect();
    assert!(actions.contains(&"credential-issued") && actions.contains(&"credential-revoked"), "{actions:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_byte_another_key_or_an_expired_credential_is_refused() {
    let core = support::core().await;
    let (amina, _, _) = cohort(&core).await;
    finish_track(&core, &amina, 1.0).await;
    let id = held(&core, &amina).await[0].id.clone();
    let jwt = credentials::signed(&core, &amina, &id).await.unwrap();
    let keys = core.issuer.keys(&core.db).await.unwrap();
    assert!(matches!(issuer::verify(&jwt, &keys.jwks, None, now()), Verdict::Valid(_)));

    // One byte of the signed payload changed.
    let (header, rest) = jwt.split_once('.').unwrap();
    let mut payload: Vec<u8> = rest.as_bytes().to_vec();
    let at = payload.len() / 3;
    payload[at] = if payload[at] == b'A' { b'B' } else { b'A' };
    let changed = format!("{header}.{}", String::from_utf8(payload).unwrap());
    assert!(
        matches!(issuer::verify(&changed, &keys.jwks, None, now()), Verdict::Forged(_)),
        "a changed byte"
    );

    let elsewhere = support::core().await;
    let other = elsewhere.issuer.keys(&elsewhere.db).await.unwrap();
    assert!(
        matches!(issuer::verify(&jwt, &other.jwks, None, now()), Verdict::Forged(_)),
        "another issuer's key"
    );
    assert!(matches!(issuer::verify("not a credential", &keys.jwks, None, now()), Verdict::Forged(_)));

    let mut expired = credentials::draft(&core, amina.id, "basics", now() - 400 * 86_400).await.unwrap();
    expired["validUntil"] = json!("2025-01-01T00:00:00Z");
    let signed = credentials::sign_claims(&core, &expired).await.unwrap();
    assert!(matches!(issuer::verify(&signed, &keys.jwks, None, now()), Verdict::Expired(_)));
    match credentials::check(&core, &signed, Language::En).await.unwrap() {
        Checked::Expired { track, on } => assert_eq!((track.as_str(), on.as_str()), ("Basics", "2025-01-01")),
        other => panic!("{other:?}"),
    }
    let later = credentials::draft(&core, amina.id, "basics", now() + 30 * 86_400).await.unwrap();
    let signed = credentials::sign_claims(&core, &later).await.unwrap();
    assert!(matches!(issuer::verify(&signed, &keys.jwks, None, now()), Verdict::NotYetValid(_)));
}

/// 1EdTech's JSON schema of an AchievementCredential (OpenBadgeCredential), vendored.
fn schema_check(credential: &Value) -> Result<(), String> {
    let text = include_str!("fixtures/ob_v3p0_achievementcredential_schema.json");
    let schema: Value = serde_json::from_str(text).unwrap();
    let id = schema["$id"].as_str().unwrap().to_string();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    compiler.add_resource(&id, schema).unwrap();
    let mut schemas = boon::Schemas::new();
    let index = compiler.compile(&id, &mut schemas).map_err(|e| e.to_string())?;
    schemas.validate(credential, index).map_err(|e| format!("{e:#}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_credential_is_an_open_badges_3_credential() {
    let core = support::core().await;
    let (amina, _, _) = cohort(&core).await;
    finish_track(&core, &amina, 0.8).await;
    let id = held(&core, &amina).await[0].id.clone();
    let decoded: Value =
        serde_json::from_str(&credentials::decoded(&core, &amina, &id).await.unwrap()).unwrap();
    schema_check(&decoded).unwrap();
    assert_eq!(decoded["@context"][0], "https://www.w3.org/ns/credentials/v2");
    assert_eq!(decoded["type"], json!(["VerifiableCredential", "OpenBadgeCredential"]));
    assert_eq!(decoded["credentialSubject"]["achievement"]["alignment"][0]["targetName"], "First module");

    let mut broken = decoded.clone();
    broken["credentialSubject"]["achievement"].as_object_mut().unwrap().remove("criteria");
    assert!(schema_check(&broken).is_err(), "the schema check can fail");

    let header: Value = {
        use base64::Engine;
        let jwt = credentials::signed(&core, &amina, &id).await.unwrap();
        let bytes =
            base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(jwt.split('.').next().unwrap()).unwrap();
        serde_json::from_slice(&bytes).unwrap()
    };
    assert_eq!((header["alg"].as_str(), header["typ"].as_str()), (Some("RS256"), Some("JWT")));
}
