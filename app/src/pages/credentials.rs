use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use kujenga_types::credentials::{Certificate, Checked, CredentialRow};

use crate::api::credentials::{certificate_of, verification};
use crate::components::layout::{fetch, page};
use crate::i18n::{Msg, day, language, t, tr};

/// A credential's printable certificate (one sheet, A4 or Letter; no JavaScript needed).
#[component]
pub fn CertificatePage() -> impl IntoView {
    let params = use_params_map();
    let data = fetch(move || params.read().get("id").unwrap_or_default(), certificate_of);
    page(t(Msg::CredentialsCertificate), data, render_certificate)
}

/// The QR code as drawn by the server, without the XML prolog that HTML does not take.
fn qr_code(svg: &str) -> String {
    svg.find("<svg").map_or_else(String::new, |start| svg[start..].to_string())
}

fn render_certificate(c: Certificate) -> impl IntoView {
    let files = format!("/certificates/{}", c.id);
    let revoked = c.revoked.clone().map(|reason| {
        view! { <p class="error" role="alert">{tr(Msg::CertificateRevoked, &[("reason", reason.into())])}</p> }
    });
    view! {
        <article class="certificate">
            <p class="issuer">{c.issuer.clone()}</p>
            <h1>{t(Msg::CertificateHeading)}</h1>
            <p>{t(Msg::CertificateCertifies)}</p>
            <p class="holder">{c.name.clone()}</p>
            <p>{t(Msg::CertificateCompleted)}</p>
            <p class="track">{c.track.clone()}</p>
            {c.programme.clone().map(|p| view! { <p>{tr(Msg::CertificateProgramme, &[("programme", p.into())])}</p> })}
            <p>{tr(Msg::CertificateIssued, &[("day", day(&c.issued_on).into()), ("issuer", c.issuer.as_str().into())])}</p>
            {revoked}
            <div class="seal">
                <div class="qr" inner_html=qr_code(&c.qr_svg)></div>
                <dl>
                    <dt>{t(Msg::CertificateId)}</dt><dd><code>{c.id.clone()}</code></dd>
                    <dt>{t(Msg::CertificateCheckAt)}</dt><dd><code>{c.verify_url.clone()}</code></dd>
                    <dt>{t(Msg::CertificateFingerprint)}</dt><dd><code>{c.fingerprint.clone()}</code></dd>
                </dl>
            </div>
        </article>
        <section class="no-print">
            <p>{t(Msg::CertificatePrint)}</p>
            <p>
                {t(Msg::CertificateDownloads)}" "
                <a href=format!("{files}/credential.jwt") download>{t(Msg::CredentialsDownloadJwt)}</a>" · "
                <a href=format!("{files}/credential.json") download>{t(Msg::CredentialsDownloadJson)}</a>
            </p>
        </section>
    }
}

/// A person's credentials, with their certificates; `manage` adds the revoke form (staff).
pub fn credential_list(rows: Vec<CredentialRow>, manage: Option<(i64, i64)>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p>{t(Msg::CredentialsNone)}</p> }.into_any();
    }
    view! {
        <ul class="credentials">
            {rows.into_iter().map(|c| {
                let revoke = manage.filter(|_| c.revoked.is_none()).map(|(cohort, trainee)| view! {
                    <form method="post" action="/api/credentials/revoke" class="inline">
                        <input type="hidden" name="cohort" value=cohort />
                        <input type="hidden" name="trainee" value=trainee />
                        <input type="hidden" name="id" value=c.id.clone() />
                        <label>{t(Msg::StaffCredentialsReason)} <input name="reason" required maxlength="500" /></label>
                        <button type="submit" class="secondary">{t(Msg::StaffCredentialsRevokeButton)}</button>
                    </form>
                });
                view! {
                    <li>
                        <a href=format!("/certificates/{}", c.id)>{c.track.clone()}</a>
                        <span class="meta">{format!(" · {}", tr(Msg::CredentialsIssuedOn, &[("day", day(&c.issued_on).into())]))}</span>
                        {c.revoked.clone().map(|reason| view! { <span class="error">{format!(" · {}", tr(Msg::CredentialsRevoked, &[("reason", reason.into())]))}</span> })}
                        {revoke}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Public: checks a credential given by id, pasted or uploaded (works without JavaScript).
#[component]
pub fn VerifyPage() -> impl IntoView {
    let query = use_query_map();
    let data = fetch(
        move || {
            let q = query.read();
            let get = |k: &str| q.get(k).unwrap_or_default();
            (get("id"), get("result"), get("seal"))
        },
        |(id, result, seal)| verification(id, result, seal),
    );
    page(t(Msg::VerifyTitle), data, render_verify)
}

fn verdict(checked: Checked) -> impl IntoView {
    let (class, text) = match checked {
        Checked::Valid { name, track, issuer, issued_on } => (
            "ok",
            tr(
                Msg::VerifyValid,
                &[
                    ("name", name.into()),
                    ("track", track.into()),
                    ("issuer", issuer.into()),
                    ("day", day(&issued_on).into()),
                ],
            ),
        ),
        Checked::Revoked { name, track, on, reason } => (
            "error",
            tr(
                Msg::VerifyRevoked,
                &[
                    ("day", day(&on).into()),
                    ("reason", reason.into()),
                    ("name", name.into()),
                    ("track", track.into()),
                ],
            ),
        ),
        Checked::Expired { track, on } => {
            ("error", tr(Msg::VerifyExpired, &[("day", day(&on).into()), ("track", track.into())]))
        }
        Checked::NotYetValid { on } => ("error", tr(Msg::VerifyNotYetValid, &[("day", day(&on).into())])),
        Checked::Forged(why) => ("error", tr(Msg::VerifyForged, &[("why", why.write(language()).into())])),
        Checked::Unknown => ("error", t(Msg::VerifyUnknown).to_string()),
    };
    view! { <p class=format!("verdict {class}") role="status">{text}</p> }
}

fn render_verify(checked: Option<Checked>) -> impl IntoView {
    view! {
        <h1>{t(Msg::VerifyTitle)}</h1>
        {checked.map(verdict)}
        <p>{t(Msg::VerifyIntro)}</p>
        <form method="get" action="/verify" class="stack">
            <label>{t(Msg::VerifyById)} <input name="id" autocomplete="off" /></label>
            <button type="submit">{t(Msg::VerifyButton)}</button>
        </form>
        <form method="post" action="/verify/check" enctype="multipart/form-data" class="stack">
            <label>{t(Msg::VerifyPaste)} <textarea name="credential" rows="6" spellcheck="false"></textarea></label>
            <label>{t(Msg::VerifyUpload)} <input type="file" name="file" accept=".jwt,application/jwt,text/plain" /></label>
            <button type="submit">{t(Msg::VerifyButton)}</button>
        </form>
        <p class="meta">
            {t(Msg::VerifyOffline)}" "
            <a href="/.well-known/jwks.json">{t(Msg::VerifyKey)}</a>" · "
            <a href="/credentials/revocations.jwt">{t(Msg::VerifyRevocations)}</a>
        </p>
        <pre><code>"kujenga credential verify FILE --key jwks.json --revocations revocations.jwt"</code></pre>
    }
}
