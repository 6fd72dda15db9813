//! Credentials over HTTP: who may open a certificate and download a credential, the public
//! key and list of revocations, the verification page for a signed-out visitor, the staff's
//! issue and revoke forms refused to a trainee, and `kujenga credential verify` with no
//! network at all.

mod support;
use axum::http::StatusCode;
use kujenga_types::Role;
use support::TestApp;

/// A trainee of a cohort, with the fixture track finished (its credential issued), and the
/// cohort's instructor. Returns (cohort, trainee, the credential's id).
async fn finished(app: &TestApp) -> (i64, i64, String) {
    let cohort = app.cohort("Cohort").await;
    let amina = app.user("amina", Role::Trainee).await;
    let ines = app.user("ines", Role::Instructor).await;
    app.enrol(cohort, amina, Role::Trainee).await;
    app.enrol(cohort, ines, Role::Instructor).await;
    for lab in ["basics-lab-integrity", "basics-lab-fat"] {
        app.complete(amina, lab, Some(0.9)).await;
    }
    app.complete(amina, "basics-first-lesson", None).await;
    let cookie = app.sign_in("amina").await;
    let done = app.call("/api/complete", "id=basics-second", Some(&cookie)).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let id = app.text("SELECT id FROM credentials").await;
    (cohort, amina, id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_holder_opens_and_downloads_it_and_another_trainee_may_not() {
    let app = TestApp::new().await;
    let (_, _, id) = finished(&app).await;
    let amina = app.sign_in("amina").await;
    let page = app.get(&format!("/certificates/{id}"), Some(&amina)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Certificate of completion") && page.body.contains("<svg"), "{}", page.body);
    assert!(page.body.contains(&format!("http://kujenga.test/verify?id={id}")));
    let jwt = app.get(&format!("/certificates/{id}/credential.jwt"), Some(&amina)).await;
    assert_eq!((jwt.status, jwt.body.split('.').count()), (StatusCode::OK, 3));
    let json = app.get(&format!("/certificates/{id}/credential.json"), Some(&amina)).await;
    assert!(json.body.contains("\"OpenBadgeCredential\""), "{}", json.body);

    app.user("kofi", Role::Trainee).await;
    let kofi = app.sign_in("kofi").await;
    assert_eq!(app.get(&format!("/certificates/{id}"), Some(&kofi)).await.status, StatusCode::FORBIDDEN);
    let theirs = app.get(&format!("/certificates/{id}/credential.jwt"), Some(&kofi)).await;
    assert_eq!(theirs.status, StatusCode::FORBIDDEN);
    assert!(!theirs.body.contains("eyJ"), "nothing of it: {}", theirs.body);
    let anonymous = app.get(&format!("/certificates/{id}/credential.jwt"), None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_out_visitor_verifies_by_id_and_by_pasting_and_a_forged_one_is_refused() {
    let app = TestApp::new().await;
    let (_, _, id) = finished(&app).await;
    let amina = app.sign_in("amina").await;
    let jwt = app.get(&format!("/certificates/{id}/credential.jwt"), Some(&amina)).await.body;

    let by_id = app.get(&format!("/verify?id={id}"), None).await;
    assert!(by_id.body.contains("Valid: amina completed"), "{}", by_id.body);
    assert!(app.get("/verify?id=no-such-id", None).await.body.contains("No credential of this issuer"));

    let pasted = app.multipart("/verify/check", "credential", &jwt).await;
    assert_eq!(pasted.status, StatusCode::SEE_OTHER, "{}", pasted.body);
    assert!(app.follow(&pasted, None).await.body.contains("Valid: amina completed"));
    let mut forged = jwt.clone().into_bytes();
    let at = forged.len() / 2;
    forged[at] = if forged[at] == b'A' { b'B' } else { b'A' };
    let forged = app.multipart("/verify/check", "file", &String::from_utf8(forged).unwrap()).await;
    assert!(app.follow(&forged, None).await.body.contains("Not valid"));

    // A result is shown only as this server sealed it.
    let location = pasted.location().to_string();
    let tampered = location.replace("seal=", "seal=0");
    assert!(!app.get(&tampered, None).await.body.contains("Valid:"));

    let jwks = app.get("/.well-known/jwks.json", None).await;
    assert!(jwks.body.contains("\"RS256\"") && !jwks.body.contains("\"d\""), "{}", jwks.body);
    let list = app.get("/credentials/revocations.jwt", None).await;
    assert_eq!((list.status, list.body.split('.').count()), (StatusCode::OK, 3));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_staff_issue_and_revoke_and_a_revoked_one_says_so() {
    let app = TestApp::new().await;
    let (cohort, amina, id) = finished(&app).await;
    let trainee = app.sign_in("amina").await;
    let revoke = format!("cohort={cohort}&trainee={amina}&id={id}&reason=mine");
    assert_eq!(
        app.call("/api/credentials/revoke", &revoke, Some(&trainee)).await.status,
        StatusCode::FORBIDDEN
    );
    let issue = format!("cohort={cohort}&trainee={amina}&track=basics&reason=again");
    assert_eq!(
        app.call("/api/credentials/issue", &issue, Some(&trainee)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.call("/api/credentials/revoke", &revoke, None).await.status, StatusCode::UNAUTHORIZED);

    let instructor = app.sign_in("ines").await;
    let record = app.get(&format!("/cohorts/{cohort}/trainees/{amina}"), Some(&instructor)).await;
    assert!(record.body.contains("Issue a credential by hand"), "{}", record.body);
    let revoke = format!("cohort={cohort}&trainee={amina}&id={id}&reason=Issued+in+error");
    let done = app.form("/api/credentials/revoke", &revoke, Some(&instructor)).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let checked = app.get(&format!("/verify?id={id}"), None).await;
    assert!(
        checked.body.contains("Revoked on") && checked.body.contains("Issued in error"),
        "{}",
        checked.body
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'credential-revoked'").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn french_readers_read_the_certificate_and_the_verdict_in_french() {
    let app = TestApp::new().await;
    let (_, _, id) = finished(&app).await;
    let page = app.get_in(&format!("/verify?id={id}"), "fr").await;
    assert!(page.body.contains("<html lang=\"fr\""), "{}", page.body);
    assert!(page.body.contains("amina a terminé"), "{}", page.body);
    assert!(page.body.contains("Vérifier une attestation"), "{}", page.body);
}

/// The credential, the issuer's JWKS and its list of revocations, written to files.
async fn files(app: &TestApp, id: &str) -> std::path::PathBuf {
    let amina = app.sign_in("amina").await;
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("verify-{id}"));
    std::fs::create_dir_all(&dir).unwrap();
    let jwt = app.get(&format!("/certificates/{id}/credential.jwt"), Some(&amina)).await.body;
    std::fs::write(dir.join("credential.jwt"), &jwt).unwrap();
    std::fs::write(dir.join("jwks.json"), app.get("/.well-known/jwks.json", None).await.body).unwrap();
    std::fs::write(dir.join("revocations.jwt"), app.get("/credentials/revocations.jwt", None).await.body)
        .unwrap();
    let mut forged = jwt.into_bytes();
    let at = forged.len() / 2;
    forged[at] = if forged[at] == b'A' { b'B' } else { b'A' };
    std::fs::write(dir.join("forged.jwt"), forged).unwrap();
    dir
}

/// `kujenga credential verify` run in a network namespace of its own, which has no network
/// device but a down loopback: any connection it tried would fail.
fn verify_offline(dir: &std::path::Path, file: &str) -> std::process::Output {
    std::process::Command::new("unshare")
        .args(["--net", "--"])
        .arg(env!("CARGO_BIN_EXE_kujenga"))
        .args(["credential", "verify"])
        .arg(dir.join(file))
        .arg("--key")
        .arg(dir.join("jwks.json"))
        .arg("--revocations")
        .arg(dir.join("revocations.jwt"))
        .output()
        .expect("unshare runs (as root)")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_line_verifies_with_the_network_cut() {
    let app = TestApp::new().await;
    let (_, _, id) = finished(&app).await;
    let dir = files(&app, &id).await;
    let good = verify_offline(&dir, "credential.jwt");
    let said = String::from_utf8_lossy(&good.stdout);
    assert!(good.status.success(), "{said}{}", String::from_utf8_lossy(&good.stderr));
    assert!(said.contains("valid: amina holds \"Basics\"") && said.contains("not revoked"), "{said}");

    let bad = verify_offline(&dir, "forged.jwt");
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("not valid"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
}
