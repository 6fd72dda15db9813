//! An Article 29 preservation request with one required element (a)-(f) left out. Keys: the
//! missing element; the earliest day the requested Party may end the preservation (60 days
//! after the data was preserved, Art 29(7)); and the latest end of a domestic order under
//! Art 16(2) made the same day (90 days).

use std::collections::BTreeMap;

use time::Duration;

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct PreservationRequest;

/// The elements of Art 29(2), as the lab's choice question lists them.
pub const ELEMENTS: [&str; 6] = [
    "(a) the authority seeking the preservation",
    "(b) the offence and a brief summary of the facts",
    "(c) the stored computer data and its relationship to the offence",
    "(d) the custodian of the data or the location of the computer system",
    "(e) the necessity of the preservation",
    "(f) that a request for mutual assistance will be submitted",
];

const COUNTRIES: &[(&str, &str)] = &[
    ("Kenya", "Nairobi"),
    ("Ghana", "Accra"),
    ("Senegal", "Dakar"),
    ("Sri Lanka", "Colombo"),
    ("Peru", "Lima"),
    ("Philippines", "Manila"),
];
const PROVIDERS: &[&str] = &["MailNova Ltd", "CloudHarbor Inc.", "ChatLink Services", "HostPoint GmbH"];

impl Generator for PreservationRequest {
    fn id(&self) -> &'static str {
        "preservation-request"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["missing_element", "earliest_end", "domestic_latest_end"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let (from, city) = *rng.pick(COUNTRIES);
        let (to, _) = loop {
            let c = *rng.pick(COUNTRIES);
            if c.0 != from {
                break c;
            }
        };
        let provider = *rng.pick(PROVIDERS);
        let account = format!(
            "{}{}@mail.example",
            rng.pick(&["k.otieno", "ama.boateng", "m.diallo", "r.perera"]),
            rng.range(1, 99)
        );
        let amount = rng.range(20, 400) * 1000;
        let received = calendar::datetime(2026, rng.range(1, 330) as u16, 0).date();
        let missing = rng.below(6) as usize;
        let sections = [
            format!("(a) Requesting authority: Office of the Director of Public Prosecutions, {city}, {from}. Contact: duty prosecutor, +000 555 0100."),
            format!("(b) Offence and summary of facts: computer-related fraud (Article 8). Between January and March, a person using {account} diverted supplier payments worth {amount} units by sending altered invoices."),
            format!("(c) Data to be preserved and its relationship to the offence: subscriber information, connection logs and the content of the mailbox {account}, which sent the altered invoices."),
            format!("(d) Custodian / location: {provider}, whose servers for this service are in {to}."),
            "(e) Necessity of preservation: the provider keeps connection logs for 30 days only; without preservation they will be deleted before a mutual assistance request can be executed.".to_string(),
            format!("(f) Mutual assistance: {from} intends to submit a request for mutual assistance for the search, seizure and disclosure of these data."),
        ];
        let body = sections
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != missing)
            .map(|(_, s)| s.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        let form = format!(
            "REQUEST FOR EXPEDITED PRESERVATION OF STORED COMPUTER DATA\n(Article 29, Convention on Cybercrime)\n\n\
             From: {from}    To: the 24/7 point of contact of {to}\nReference: PR-2026-{:04}\n\
             Received: {received}\nData preserved by the provider on: {received}\n\n{body}\n",
            rng.range(1, 9999)
        );
        let mut key = BTreeMap::new();
        key.insert("missing_element", Expected::One(ELEMENTS[missing].to_string()));
        key.insert("earliest_end", Expected::One((received + Duration::days(60)).to_string()));
        key.insert("domestic_latest_end", Expected::One((received + Duration::days(90)).to_string()));
        Generated {
            artifacts: vec![Artifact {
                name: "preservation-request.txt".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: form.into_bytes(),
            }],
            key,
        }
    }
}
