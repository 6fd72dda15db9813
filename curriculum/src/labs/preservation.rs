//! An Article 29 preservation request with one required element (a)-(f) left out, written as a
//! 24/7 point of contact sends one: an opening and headed paragraphs in a natural order, without
//! the Art 29(2) letters, so the learner must recognise each element by its content. Keys: the
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

/// Parties confirmed on the Council of Europe's list of Parties, with their capitals (the law
/// editor's notes of 1 December 2026).
const COUNTRIES: &[(&str, &str)] = &[
    ("Argentina", "Buenos Aires"),
    ("Benin", "Porto-Novo"),
    ("Cabo Verde", "Praia"),
    ("Cameroon", "Yaoundé"),
    ("Chile", "Santiago"),
    ("Costa Rica", "San José"),
    ("the Dominican Republic", "Santo Domingo"),
    ("Ghana", "Accra"),
];
const PROVIDERS: &[&str] = &["MailNova Ltd", "CloudHarbor Inc.", "ChatLink Services", "HostPoint GmbH"];

/// The closing request of every form. It is none of the elements, so the last paragraph stays
/// whichever element is missing.
const CONFIRM: &str = "Please confirm the preservation, and its date, to our 24/7 point of contact.";

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
        let element = |index: usize, text: String| (index != missing).then_some(text);
        // Each heading covers two elements (or one and the closing request), so no heading
        // disappears with the missing element: it must be found by what the paragraphs say.
        let paragraph =
            |parts: [Option<String>; 2]| parts.into_iter().flatten().collect::<Vec<_>>().join(" ");
        let opening = element(
            0,
            format!(
                "The Public Prosecutor's Office in {city}, {from}, asks for the expedited preservation of the stored computer data described below, under Article 29 of the Convention on Cybercrime. The case prosecutor can be reached at any hour on +000 555 0100 or at duty.prosecutor@prosecution.example."
            ),
        )
        .unwrap_or_else(|| {
            format!(
                "The requesting Party, {from}, asks for the expedited preservation of the stored computer data described below, under Article 29 of the Convention on Cybercrime."
            )
        });
        let background = paragraph([
            element(
                1,
                format!(
                    "We are investigating computer-related fraud (Article 8 of the Convention). In the three months before this request, a person using {account} diverted supplier payments worth {amount} units by sending altered invoices."
                ),
            ),
            element(
                2,
                format!(
                    "Please preserve the subscriber information, the connection logs and the content of the mailbox {account}, which sent the altered invoices."
                ),
            ),
        ]);
        let details = paragraph([
            element(3, format!("The mailbox is provided by {provider}, whose servers for this service are in {to}.")),
            element(
                4,
                "The provider deletes connection logs after 30 days, and the suspect can empty the mailbox at any time, so the data may be lost within days.".to_string(),
            ),
        ]);
        let next = paragraph([
            element(
                5,
                "We will send a request for mutual assistance for the search, seizure and disclosure of these data within the period of preservation.".to_string(),
            ),
            Some(CONFIRM.to_string()),
        ]);
        let form = format!(
            "REQUEST FOR EXPEDITED PRESERVATION OF STORED COMPUTER DATA\n(Article 29, Convention on Cybercrime)\n\n\
             From: {from}    To: the 24/7 point of contact of {to}\nReference: PR-2026-{:04}\n\
             Received: {received}\nData preserved by the provider on: {received}\n\n\
             {opening}\n\nBackground\n{background}\n\nPractical details\n{details}\n\nNext steps\n{next}\n",
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
