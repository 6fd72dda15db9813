//! The issuer of credentials: its name and address, its signing key (RSA 2048, made at the
//! first start and kept in the database beside the install secret), and the signing and
//! checking of VC-JWTs (RS256, as Open Badges 3.0 asks) and of the signed list of
//! revocations. Checking needs only the issuer's public keys (a JWKS) and that list: no
//! network.

use std::sync::Arc;

use jsonwebtoken::jwk::{
    AlgorithmParameters, CommonParameters, Jwk, JwkSet, KeyAlgorithm, PublicKeyUse, RSAKeyParameters,
    RSAKeyType,
};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use kujenga_types::{Msg, Text};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey, LineEnding};
use rsa::traits::PublicKeyParts;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::storage::{Db, credentials};
use crate::{Error, Result};

/// Who issues: shown on certificates and named in every credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuerProfile {
    /// The address people reach this server at (`https://kujenga.example.org`), no final `/`.
    pub url: String,
    pub name: String,
}

impl IssuerProfile {
    /// The issuer's id in credentials.
    pub fn id(&self) -> String {
        format!("{}/issuer", self.url)
    }

    /// Where a credential is checked; its QR code encodes this.
    pub fn verify_url(&self, credential_id: &str) -> String {
        format!("{}/verify?id={credential_id}", self.url)
    }
}

/// The signing key and what a verifier needs of it.
pub struct Keys {
    encoding: EncodingKey,
    /// The public key as a JWKS, as `/.well-known/jwks.json` publishes it.
    pub jwks: JwkSet,
    /// SHA-256 of the public key (SubjectPublicKeyInfo DER), in hex groups of four: printed
    /// on certificates, for a reader to compare with the issuer's published one.
    pub fingerprint: String,
}

pub struct Issuer {
    pub profile: IssuerProfile,
    keys: tokio::sync::OnceCell<Arc<Keys>>,
}

impl Issuer {
    pub fn new(profile: IssuerProfile) -> Issuer {
        Issuer { profile, keys: tokio::sync::OnceCell::new() }
    }

    /// The signing key: the database's, or a new one stored there (once, whichever node is
    /// first).
    pub async fn keys(&self, db: &Db) -> Result<Arc<Keys>> {
        self.keys
            .get_or_try_init(|| async {
                let pem = match credentials::issuer_key(db).await? {
                    Some(pem) => pem,
                    None => {
                        let made = tokio::task::spawn_blocking(new_key)
                            .await
                            .map_err(|e| Error::Internal(format!("key generation stopped: {e}")))??;
                        credentials::keep_issuer_key(db, &made).await?
                    }
                };
                Ok(Arc::new(Keys::from_pem(&pem)?))
            })
            .await
            .cloned()
    }
}

/// The key this install signs with, without making one: none before its first start.
pub async fn stored_keys(db: &Db) -> Result<Option<Keys>> {
    credentials::issuer_key(db).await?.map(|pem| Keys::from_pem(&pem)).transpose()
}

/// A new RSA 2048 private key, as PKCS#8 PEM (slow: run it off the async threads).
fn new_key() -> Result<String> {
    let key = rsa::RsaPrivateKey::new(&mut argon2::password_hash::rand_core::OsRng, 2048)
        .map_err(|e| Error::Internal(format!("cannot make the issuer key: {e}")))?;
    let pem = key.to_pkcs8_pem(LineEnding::LF).map_err(|e| Error::Internal(format!("issuer key: {e}")))?;
    Ok(pem.to_string())
}

fn base64url(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

impl Keys {
    pub fn from_pem(pem: &str) -> Result<Keys> {
        let bad = |e: String| Error::Internal(format!("the issuer key in the database is unreadable: {e}"));
        let key = rsa::RsaPrivateKey::from_pkcs8_pem(pem).map_err(|e| bad(e.to_string()))?;
        let pkcs1 = key.to_pkcs1_der().map_err(|e| bad(e.to_string()))?;
        let public = key.to_public_key();
        let spki = public.to_public_key_der().map_err(|e| bad(e.to_string()))?;
        let digest = Sha256::digest(spki.as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        let fingerprint = hex
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).to_string())
            .collect::<Vec<_>>()
            .join(" ");
        let jwk = Jwk {
            common: CommonParameters {
                public_key_use: Some(PublicKeyUse::Signature),
                key_algorithm: Some(KeyAlgorithm::RS256),
                key_id: Some(hex[..16].to_string()),
                ..CommonParameters::default()
            },
            algorithm: AlgorithmParameters::RSA(RSAKeyParameters {
                key_type: RSAKeyType::RSA,
                n: base64url(&public.n().to_bytes_be()),
                e: base64url(&public.e().to_bytes_be()),
            }),
        };
        Ok(Keys {
            encoding: EncodingKey::from_rsa_der(pkcs1.as_bytes()),
            jwks: JwkSet { keys: vec![jwk] },
            fingerprint,
        })
    }

    fn kid(&self) -> Option<String> {
        self.jwks.keys.first().and_then(|k| k.common.key_id.clone())
    }

    /// `claims` signed as a JWT (RS256, `typ` JWT, `kid` naming this key).
    pub fn sign(&self, claims: &impl Serialize) -> Result<String> {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = self.kid();
        jsonwebtoken::encode(&header, claims, &self.encoding)
            .map_err(|e| Error::Internal(format!("signing: {e}")))
    }
}

/// A revoked credential, as the signed list of revocations names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revocation {
    /// The credential's id (`urn:uuid:...`).
    pub id: String,
    /// When it was revoked (Unix seconds).
    pub at: i64,
    pub reason: String,
}

/// The signed list of every revocation, as of `iat`: an offline verifier carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revocations {
    pub iss: String,
    /// When the list was made (Unix seconds): a verifier knows how fresh it is.
    pub iat: i64,
    pub revoked: Vec<Revocation>,
}

/// What checking a credential found.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Signed by the issuer, unchanged, within its dates, and not revoked: the credential.
    Valid(Value),
    Revoked(Revocation),
    /// Past its `validUntil` (Unix seconds).
    Expired(i64),
    /// Before its `validFrom` (Unix seconds).
    NotYetValid(i64),
    /// Not a credential of this issuer, or changed since it was signed: why.
    Forged(Text),
}

fn forged(why: Msg) -> Verdict {
    Verdict::Forged(why.into())
}

/// The Unix time of an RFC 3339 UTC time such as `2026-12-02T05:00:00Z`.
fn unix_of(text: &str) -> Option<i64> {
    let time = time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()?;
    Some(time.unix_timestamp())
}

/// A JWT's payload, if its signature is one of `jwks`'s keys'. Dates are checked by the
/// callers, against the clock they are given.
pub fn signed_payload(jwt: &str, jwks: &JwkSet) -> std::result::Result<Value, Text> {
    let header = jsonwebtoken::decode_header(jwt.trim()).map_err(|_| Text::new(Msg::ForgedNotJwt))?;
    if header.alg != Algorithm::RS256 {
        return Err(Text::new(Msg::ForgedAlgorithm).with("algorithm", format!("{:?}", header.alg)));
    }
    let jwk = match header.kid.as_deref() {
        Some(kid) => jwks.find(kid),
        None => jwks.keys.first(),
    }
    .ok_or(Text::new(Msg::ForgedOtherKey))?;
    let key = DecodingKey::from_jwk(jwk)
        .map_err(|e| Text::new(Msg::ForgedKeyUnreadable).with("detail", e.to_string()))?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.required_spec_claims.clear();
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.validate_aud = false;
    match jsonwebtoken::decode::<Value>(jwt.trim(), &key, &validation) {
        Ok(data) => Ok(data.claims),
        Err(e) => Err(match e.kind() {
            jsonwebtoken::errors::ErrorKind::InvalidSignature => Text::new(Msg::ForgedSignature),
            _ => Text::new(Msg::ForgedUnreadable).with("detail", e.to_string()),
        }),
    }
}

/// Checks a credential (VC-JWT) against the issuer's keys, the list of revocations (when the
/// verifier has one) and the clock `now` (Unix seconds).
pub fn verify(jwt: &str, jwks: &JwkSet, revocations: Option<&Revocations>, now: i64) -> Verdict {
    let credential = match signed_payload(jwt, jwks) {
        Ok(payload) => payload,
        Err(why) => return Verdict::Forged(why),
    };
    let text = |pointer: &str| credential.pointer(pointer).and_then(Value::as_str);
    let is_badge = credential
        .get("type")
        .and_then(Value::as_array)
        .is_some_and(|types| types.iter().any(|t| t == "OpenBadgeCredential"));
    if !is_badge {
        return forged(Msg::ForgedNotBadge);
    }
    let Some(id) = text("/id") else { return forged(Msg::ForgedNoId) };
    if text("/jti") != Some(id)
        || text("/iss") != text("/issuer/id")
        || text("/sub") != text("/credentialSubject/id")
    {
        return forged(Msg::ForgedClaims);
    }
    match text("/validFrom").map(unix_of) {
        Some(Some(from)) if from > now + 60 => return Verdict::NotYetValid(from),
        Some(Some(_)) => {}
        _ => return forged(Msg::ForgedValidFrom),
    }
    if let Some(until) = text("/validUntil") {
        match unix_of(until) {
            Some(until) if until < now => return Verdict::Expired(until),
            Some(_) => {}
            None => return forged(Msg::ForgedValidUntil),
        }
    }
    if let Some(revoked) = revocations.and_then(|list| list.revoked.iter().find(|r| r.id == id)) {
        return Verdict::Revoked(revoked.clone());
    }
    Verdict::Valid(credential)
}

/// Reads a signed list of revocations, refusing one the issuer did not sign.
pub fn read_revocations(jwt: &str, jwks: &JwkSet) -> std::result::Result<Revocations, Text> {
    let payload =
        signed_payload(jwt, jwks).map_err(|why| Text::new(Msg::RevocationsUnsigned).with("why", why))?;
    serde_json::from_value(payload)
        .map_err(|e| Text::new(Msg::RevocationsUnreadable).with("detail", e.to_string()))
}

/// The issuer's JWKS, as a verifier is given it (`--key FILE`).
pub fn read_jwks(json: &str) -> std::result::Result<JwkSet, String> {
    serde_json::from_str(json).map_err(|e| format!("not a JWKS (a JSON Web Key Set): {e}"))
}
