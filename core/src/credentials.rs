//! Credentials for completed tracks. A trainee earns one, once, when every lesson and lab of a
//! track is complete, every lab scored at least the track's pass mark, and no answer of the
//! track waits for review or was returned; an instructor of the trainee's cohort or an admin
//! can also issue one by hand, or revoke one, with a reason (both audited). Each is an Open
//! Badges 3.0 `OpenBadgeCredential` signed as a VC-JWT by the issuer. It names the trainee and
//! the track, and nothing else of their profile.

use std::collections::HashMap;

use kujenga_types::credentials::{Certificate, Checked, CredentialRow};
use kujenga_types::format::date;
use kujenga_types::{AppError, Msg, Role, Text, Viewer};
use serde_json::{Value, json};

use crate::audit::{self, Action, Event};
use crate::issuer::{self, Issuer, Revocation, Revocations, Verdict};
use crate::storage::credentials::{self as store, Stored};
use crate::storage::{Db, cohorts, now, progress, users};
use crate::{Core, Result, access};

const VC_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
const OB_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

/// A random credential id (a version 4 UUID).
fn new_id() -> String {
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    let mut b = [0u8; 16];
    OsRng.fill_bytes(&mut b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    uuid(&hex)
}

/// 32 hexadecimal digits grouped as a UUID is written.
fn uuid(hex: &str) -> String {
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// The subject's id: the same for all of a person's credentials, and not their account id.
fn subject_id(core: &Core, user_id: i64) -> String {
    let hex = crate::accounts::tokens::seal(&core.secret, "credential subject", &user_id.to_string());
    format!("urn:uuid:{}", uuid(&hex))
}

fn rfc3339(unix: i64) -> String {
    let time = time::OffsetDateTime::from_unix_timestamp(unix).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    time.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}

fn track_of<'a>(core: &'a Core, track_id: &str) -> Result<&'a curriculum::Track> {
    core.catalog
        .track(track_id)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingTrack).with("id", track_id)).into())
}

/// The credential of `name` for `track`, as Open Badges 3.0 writes it, with the JWT claims
/// VC-JWT adds (`iss`, `jti`, `sub`, `nbf`).
fn badge(
    core: &Core,
    id: &str,
    user_id: i64,
    name: &str,
    track: &curriculum::Track,
    issued_at: i64,
) -> Value {
    let profile = &core.issuer.profile;
    let url = &profile.url;
    let labs = track
        .modules
        .iter()
        .flat_map(|m| &m.items)
        .filter(|i| i.kind == kujenga_types::content::ItemKind::Lab);
    let criteria = format!(
        "Completed every lesson and lab of the {} modules of this track, with a score of at least {}% in each of its {} labs, and every answer reviewed by an instructor accepted.",
        track.modules.len(),
        track.pass_mark,
        labs.count()
    );
    let alignment: Vec<Value> = track
        .modules
        .iter()
        .map(|m| {
            json!({
                "type": ["Alignment"],
                "targetName": m.title,
                "targetDescription": m.summary,
                "targetType": "ceasn:Competency",
                "targetUrl": format!("{url}/modules/{}", m.id),
            })
        })
        .collect();
    let (credential_id, subject) = (format!("urn:uuid:{id}"), subject_id(core, user_id));
    json!({
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": track.title,
        "issuer": { "id": profile.id(), "type": ["Profile"], "name": profile.name, "url": url },
        "validFrom": rfc3339(issued_at),
        "credentialSubject": {
            "id": subject,
            "type": ["AchievementSubject"],
            "identifier": [{ "type": "IdentityObject", "identityType": "name", "hashed": false, "identityHash": name }],
            "achievement": {
                "id": format!("{url}/tracks/{}", track.id),
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": track.title,
                "description": track.summary,
                "criteria": { "narrative": criteria },
                "alignment": alignment,
                "inLanguage": "en",
            },
        },
        "credentialStatus": { "id": format!("{url}/credentials/revocations.jwt"), "type": "1EdTechRevocationList" },
        "iss": profile.id(),
        "jti": credential_id,
        "sub": subject,
        "nbf": issued_at,
    })
}

/// Whether `user_id`, who finished `done` (item id to when and score), has earned the
/// credential of `track`.
async fn earned(
    core: &Core,
    user_id: i64,
    done: &HashMap<String, (i64, Option<f64>)>,
    track: &curriculum::Track,
) -> Result<bool> {
    let items: Vec<&curriculum::Item> = track.modules.iter().flat_map(|m| &m.items).collect();
    let pass = f64::from(track.pass_mark) / 100.0;
    let complete = !items.is_empty()
        && items.iter().all(|i| match done.get(&i.id) {
            None => false,
            Some((_, score)) => {
                i.kind != kujenga_types::content::ItemKind::Lab || score.is_some_and(|s| s >= pass)
            }
        });
    if !complete {
        return Ok(false);
    }
    let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
    Ok(!store::reviews_unsettled(&core.db, user_id, &ids).await?)
}

/// The cohort (and its programme) in which the trainee follows `track`, if any.
async fn cohort_for(
    core: &Core,
    user_id: i64,
    track: &curriculum::Track,
) -> Result<(Option<i64>, Option<i64>)> {
    for cohort in cohorts::of_trainee(&core.db, user_id).await? {
        let content = cohorts::content(&core.db, cohort).await?;
        let follows = content.is_empty()
            || content.iter().any(|c| *c == track.id || track.modules.iter().any(|m| m.id == *c));
        if follows {
            let program = cohorts::info(&core.db, cohort).await?.and_then(|i| i.program_id);
            return Ok((Some(cohort), program));
        }
    }
    Ok((None, None))
}

/// Signs and stores the credential of `track` for `user_id` unless they have one; returns
/// it when this call issued it.
async fn issue(
    core: &Core,
    user_id: i64,
    track: &curriculum::Track,
    by: Option<(&Viewer, &str)>,
) -> Result<Option<Stored>> {
    let Some(account) = users::account(&core.db, user_id).await?.filter(|a| !a.erased) else {
        return Err(AppError::not_found(Text::new(Msg::MissingAccount).with("name", user_id)).into());
    };
    let keys = core.issuer.keys(&core.db).await?;
    let id = new_id();
    let issued_at = now();
    let jwt = keys.sign(&badge(core, &id, user_id, &account.display_name, track, issued_at))?;
    let (cohort_id, program_id) = cohort_for(core, user_id, track).await?;
    let credential = Stored {
        id,
        user_id,
        track_id: track.id.clone(),
        program_id,
        cohort_id,
        issued_at,
        issued_by: by.map(|(actor, _)| actor.id),
        issue_reason: by.map(|(_, reason)| reason.to_string()).unwrap_or_default(),
        revoked_at: None,
        revoked_by: None,
        revoke_reason: String::new(),
        jwt,
    };
    if !store::insert(&core.db, &credential).await? {
        return Ok(None);
    }
    let detail = match by {
        Some((_, reason)) => format!("{} by hand: {reason}", track.id),
        None => format!("{} earned", track.id),
    };
    let event = Event::new(
        Action::CredentialIssued,
        by.map(|(actor, _)| actor),
        audit::account(user_id, &account.username),
    )
    .in_program(program_id)
    .detail(detail);
    audit::record(&core.db, event).await?;
    if let Some(program) = program_id {
        core.analytics.forget(program);
    }
    Ok(Some(credential))
}

/// Issues every credential `user_id` has earned and not yet received. Called when they
/// finish a lesson or a lab, and when an answer of theirs is accepted.
pub async fn award(core: &Core, user_id: i64) -> Result<()> {
    let held: Vec<String> =
        store::of_user(&core.db, user_id).await?.into_iter().map(|c| c.track_id).collect();
    let done = progress::completed_with_scores(&core.db, user_id).await?;
    for track in core.catalog.tracks() {
        if !held.contains(&track.id) && earned(core, user_id, &done, track).await? {
            issue(core, user_id, track, None).await?;
        }
    }
    Ok(())
}

fn reason_of(reason: &str) -> Result<&str> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(AppError::invalid(Msg::FieldReason, Msg::InvalidCredentialReason).into());
    }
    Ok(reason)
}

/// Issues a credential by hand. Who may: admins, and the instructors of a cohort the trainee
/// is in.
pub async fn issue_by_hand(
    core: &Core,
    actor: &Viewer,
    trainee: i64,
    track_id: &str,
    reason: &str,
) -> Result<()> {
    access::trainee_staff(&core.db, actor, trainee).await?;
    let reason = reason_of(reason)?;
    let track = track_of(core, track_id)?;
    if issue(core, trainee, track, Some((actor, reason))).await?.is_none() {
        return Err(AppError::invalid(Msg::FieldTrack, Msg::InvalidCredentialHeld).into());
    }
    Ok(())
}

/// Revokes a credential. Who may: admins, and the instructors of a cohort its holder is in.
pub async fn revoke(core: &Core, actor: &Viewer, id: &str, reason: &str) -> Result<()> {
    let credential = store::by_id(&core.db, id)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCredential).with("id", id)))?;
    access::trainee_staff(&core.db, actor, credential.user_id).await?;
    let reason = reason_of(reason)?;
    if !store::revoke(&core.db, id, actor.id, reason).await? {
        return Err(AppError::invalid(Msg::FieldCredential, Msg::InvalidCredentialRevoked).into());
    }
    let username =
        users::account(&core.db, credential.user_id).await?.map(|a| a.username).unwrap_or_default();
    let event =
        Event::new(Action::CredentialRevoked, Some(actor), audit::account(credential.user_id, &username))
            .in_program(credential.program_id)
            .detail(format!("{} ({}): {reason}", credential.track_id, credential.id));
    audit::record(&core.db, event).await?;
    if let Some(program) = credential.program_id {
        core.analytics.forget(program);
    }
    Ok(())
}

fn row(core: &Core, c: &Stored, language: kujenga_types::Language) -> CredentialRow {
    let track = core.catalog.track(&c.track_id);
    CredentialRow {
        id: c.id.clone(),
        track_id: c.track_id.clone(),
        track: track.map_or(c.track_id.clone(), |t| t.named(language).title),
        issued_on: date(c.issued_at),
        revoked: c.revoked_at.map(|_| c.revoke_reason.clone()),
    }
}

/// A person's credentials. Who may see them: the person, admins, and the instructors of a
/// cohort they are in.
pub async fn of_user(
    core: &Core,
    viewer: &Viewer,
    user_id: i64,
    language: kujenga_types::Language,
) -> Result<Vec<CredentialRow>> {
    if viewer.id != user_id {
        access::trainee_staff(&core.db, viewer, user_id).await?;
    }
    Ok(store::of_user(&core.db, user_id).await?.iter().map(|c| row(core, c, language)).collect())
}

/// A credential its holder (or their staff) may open; refused to anyone else.
async fn owned(core: &Core, viewer: &Viewer, id: &str) -> Result<Stored> {
    let credential = store::by_id(&core.db, id)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCredential).with("id", id)))?;
    if credential.user_id != viewer.id && viewer.role != Role::Admin {
        access::trainee_staff(&core.db, viewer, credential.user_id).await?;
    }
    Ok(credential)
}

/// The printable certificate of a credential. Who may open it: as [`of_user`].
pub async fn certificate(
    core: &Core,
    viewer: &Viewer,
    id: &str,
    language: kujenga_types::Language,
) -> Result<Certificate> {
    let credential = owned(core, viewer, id).await?;
    let keys = core.issuer.keys(&core.db).await?;
    let name =
        users::account(&core.db, credential.user_id).await?.map(|a| a.display_name).unwrap_or_default();
    let programme = match credential.program_id {
        Some(p) => crate::storage::programs::name(&core.db, p).await?,
        None => None,
    };
    let verify_url = core.issuer.profile.verify_url(&credential.id);
    let qr_svg = qrcode::QrCode::new(verify_url.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color>().min_dimensions(160, 160).quiet_zone(true).build()
        })
        .map_err(|e| crate::Error::Internal(format!("QR code: {e}")))?;
    Ok(Certificate {
        id: credential.id.clone(),
        name,
        track: row(core, &credential, language).track,
        programme,
        issued_on: date(credential.issued_at),
        issuer: core.issuer.profile.name.clone(),
        fingerprint: keys.fingerprint.clone(),
        verify_url,
        qr_svg,
        revoked: credential.revoked_at.map(|_| credential.revoke_reason.clone()),
    })
}

/// The credential as signed (`.jwt`). Who may download it: as [`of_user`].
pub async fn signed(core: &Core, viewer: &Viewer, id: &str) -> Result<String> {
    Ok(owned(core, viewer, id).await?.jwt)
}

/// The credential decoded, as pretty JSON (`.json`). Who may download it: as [`of_user`].
pub async fn decoded(core: &Core, viewer: &Viewer, id: &str) -> Result<String> {
    let jwt = owned(core, viewer, id).await?.jwt;
    let keys = core.issuer.keys(&core.db).await?;
    match issuer::verify(&jwt, &keys.jwks, None, now()) {
        Verdict::Valid(credential) => Ok(serde_json::to_string_pretty(&credential).unwrap_or_default()),
        other => Err(crate::Error::Internal(format!("a stored credential does not verify: {other:?}"))),
    }
}

/// Every revocation, as of now.
async fn revocation_list(db: &Db, issuer: &Issuer) -> Result<Revocations> {
    let revoked = store::revoked(db)
        .await?
        .into_iter()
        .map(|(id, at, reason)| Revocation { id: format!("urn:uuid:{id}"), at, reason })
        .collect();
    Ok(Revocations { iss: issuer.profile.id(), iat: now(), revoked })
}

/// The signed list of every revocation, as of now. Anyone may fetch it.
pub async fn revocations(db: &Db, issuer: &Issuer) -> Result<String> {
    let keys = issuer.keys(db).await?;
    keys.sign(&revocation_list(db, issuer).await?)
}

/// The issuer's public keys (JWKS). Anyone may fetch them.
pub async fn jwks(core: &Core) -> Result<String> {
    let keys = core.issuer.keys(&core.db).await?;
    Ok(serde_json::to_string_pretty(&keys.jwks).unwrap_or_default())
}

/// The track a credential names, in `language` when it is one of this curriculum's.
fn track_title(core: &Core, credential: &Value, language: kujenga_types::Language) -> String {
    let achievement = text(credential, "/credentialSubject/achievement/id");
    let id = achievement.strip_prefix(&format!("{}/tracks/", core.issuer.profile.url));
    match id.and_then(|id| core.catalog.track(id)) {
        Some(track) => track.named(language).title,
        None => text(credential, "/name"),
    }
}

/// Checks a pasted or uploaded credential against this issuer's key and its revocations, for
/// a reader of `language`. Anyone may.
pub async fn check(core: &Core, jwt: &str, language: kujenga_types::Language) -> Result<Checked> {
    let keys = core.issuer.keys(&core.db).await?;
    let list = revocation_list(&core.db, &core.issuer).await?;
    Ok(match issuer::verify(jwt, &keys.jwks, Some(&list), now()) {
        Verdict::Valid(c) => Checked::Valid {
            name: text(&c, "/credentialSubject/identifier/0/identityHash"),
            track: track_title(core, &c, language),
            issuer: text(&c, "/issuer/name"),
            issued_on: text(&c, "/validFrom").chars().take(10).collect(),
        },
        Verdict::Revoked(r) => {
            let credential = issuer::signed_payload(jwt, &keys.jwks).unwrap_or_default();
            Checked::Revoked {
                name: text(&credential, "/credentialSubject/identifier/0/identityHash"),
                track: track_title(core, &credential, language),
                on: date(r.at),
                reason: r.reason,
            }
        }
        Verdict::Expired(until) => Checked::Expired {
            track: track_title(core, &issuer::signed_payload(jwt, &keys.jwks).unwrap_or_default(), language),
            on: date(until),
        },
        Verdict::NotYetValid(from) => Checked::NotYetValid { on: date(from) },
        Verdict::Forged(why) => Checked::Forged(why),
    })
}

fn text(credential: &Value, pointer: &str) -> String {
    credential.pointer(pointer).and_then(Value::as_str).unwrap_or_default().to_string()
}

/// Checks a credential by its id: what this issuer holds of it. Anyone may.
pub async fn check_id(core: &Core, id: &str, language: kujenga_types::Language) -> Result<Checked> {
    let id = id.trim().trim_start_matches("urn:uuid:");
    match store::by_id(&core.db, id).await? {
        None => Ok(Checked::Unknown),
        Some(c) => check(core, &c.jwt, language).await,
    }
}

/// What a check found, sealed for the page's address after a form post: the page shows only
/// results this server wrote, never ones written into a link. Returns (`result`, `seal`).
pub fn seal_checked(secret: &[u8; 32], checked: &Checked) -> (String, String) {
    use base64::Engine;
    let json = serde_json::to_string(checked).unwrap_or_default();
    let result = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json);
    let seal = crate::accounts::tokens::seal(secret, SEALED_CHECK, &result);
    (result, seal)
}

/// A result sealed by [`seal_checked`]; none for anything else.
pub fn open_checked(secret: &[u8; 32], result: &str, seal: &str) -> Option<Checked> {
    use base64::Engine;
    if result.is_empty() || !crate::accounts::tokens::is_sealed(secret, SEALED_CHECK, result, seal) {
        return None;
    }
    let json = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(result).ok()?;
    serde_json::from_slice(&json).ok()
}

const SEALED_CHECK: &str = "credential check";

/// For tests and tools: sign any claims with the issuer's key.
pub async fn sign_claims(core: &Core, claims: &Value) -> Result<String> {
    core.issuer.keys(&core.db).await?.sign(claims)
}

/// The credential of `track_id` as it would be issued to `user_id` at `issued_at`, unsigned:
/// what tests check against the Open Badges schema.
pub async fn draft(core: &Core, user_id: i64, track_id: &str, issued_at: i64) -> Result<Value> {
    let name = users::account(&core.db, user_id).await?.map(|a| a.display_name).unwrap_or_default();
    Ok(badge(core, &new_id(), user_id, &name, track_of(core, track_id)?, issued_at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_4_uuids() {
        let id = new_id();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert_ne!(new_id(), id);
    }
}
