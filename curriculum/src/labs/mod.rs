//! Lab generators: pure functions from a seed to a learner's artifacts and answer key.
//!
//! The seed is HMAC-SHA256(install secret, learner id | lab id). Only the seed is stored; the
//! key is generated again whenever an answer is checked, and never leaves the server.

use std::collections::BTreeMap;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::questions::Expected;

pub mod cross_border_channel;
pub mod custody_form;
pub mod cvss;
pub mod data_category;
pub mod dns_exfiltration;
pub mod email_trace;
pub mod extradition;
pub mod fat;
pub mod integrity;
pub mod offences;
pub mod order_of_volatility;
pub mod preservation;
pub mod rfc2350_audit;
pub mod rng;
pub mod rsit_classification;
pub mod ssh_bruteforce;
pub mod tlp_decisions;
pub mod web_attack_log;
pub mod which_power;

/// One file a learner downloads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    pub name: String,
    pub media_type: &'static str,
    pub bytes: Vec<u8>,
}

/// What a generator makes for one learner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    pub artifacts: Vec<Artifact>,
    pub key: BTreeMap<&'static str, Expected>,
}

pub trait Generator: Sync {
    /// The name labs use in `generator = "..."`.
    fn id(&self) -> &'static str;
    /// The answer-key entries that questions may name with `key = "..."`.
    fn keys(&self) -> &'static [&'static str];
    fn generate(&self, seed: [u8; 32]) -> Generated;
}

/// Every generator Kujenga has, by track: CERT, law, forensics.
pub const GENERATORS: &[&dyn Generator] = &[
    &ssh_bruteforce::SshBruteForce,
    &cvss::CvssScore,
    &rsit_classification::RsitClassification,
    &web_attack_log::WebAttackLog,
    &tlp_decisions::TlpDecisions,
    &rfc2350_audit::Rfc2350Audit,
    &preservation::PreservationRequest,
    &offences::OffenceMapping,
    &which_power::WhichPower,
    &cross_border_channel::CrossBorderChannel,
    &data_category::DataCategory,
    &extradition::Extradition,
    &integrity::EvidenceIntegrity,
    &fat::FatDeletedFile,
    &order_of_volatility::OrderOfVolatility,
    &custody_form::CustodyForm,
    &email_trace::EmailTrace,
    &dns_exfiltration::DnsExfiltration,
];

pub fn find(id: &str) -> Option<&'static dyn Generator> {
    GENERATORS.iter().copied().find(|g| g.id() == id)
}

/// A SHA-256 digest in lowercase hex, as labs show it next to each file.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The seed of one learner's variant of one lab.
pub fn seed(secret: &[u8; 32], learner_id: i64, lab_id: &str) -> [u8; 32] {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(format!("{learner_id}|{lab_id}").as_bytes());
    mac.finalize().into_bytes().into()
}
