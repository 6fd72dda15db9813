//! Which power? A duty log of four requests from investigators in one country, each needing one
//! procedural power of the Budapest Convention (Articles 16-21). Keys: the article for each
//! request, with the paragraph (and letter) where one article holds several powers:
//! `Art 18(1)(a)` or `Art 18(1)(b)`, `Art 19(1)` or `Art 19(2)`.

use std::collections::BTreeMap;

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct WhichPower;

/// One key per request in the log, in the order of the log.
const KEYS: &[&str] = &["request_1", "request_2", "request_3", "request_4"];

/// Each request: the power it needs, and what the investigator wrote. `{provider}`, `{company}`,
/// `{town}`, `{days}`, `{ip}`, `{port}` and `{time}` are filled in per learner. Each story holds
/// the one fact that decides between neighbouring powers (one holder or several providers,
/// subscriber or other data, search or extension, traffic or content), as the lab page's rules
/// ask for. The two production-order stories follow T-CY Guidance Note #10 (Article 18): a
/// company ordered to hand over its own files under 18(1)(a), and a service provider offering
/// its services in the territory ordered to name the customer behind an address under 18(1)(b).
pub const REQUESTS: &[(&str, &str)] = &[
    (
        "Art 16",
        "The video-sharing app {provider}, whose servers are here in {town}, deletes closed accounts and their uploaded videos after {days} days. The suspect closed his account yesterday. We do not need the videos today: we need them kept, unchanged, until the court decides on our application for a production order.",
    ),
    (
        "Art 17",
        "A threatening e-mail reached a judge of the {town} High Court. Her mail provider, {provider}, says its logs show the message came in from another mail provider, and that it overwrites these logs after {days} days. We need the logs kept, and quickly enough of them to know which provider handed the message on, so that we can go to that provider next.",
    ),
    (
        "Art 18(1)(a)",
        "{company} in {town} keeps the recordings of its car park cameras and the log of its door-entry system on its own server. We want copies of the files for the night of the break-in. The manager is willing to help, but needs a formal order before he hands them over.",
    ),
    (
        "Art 18(1)(b)",
        "The bank's CERT sent us a log line: a fraudulent login to a customer's account from {ip}, source port {port}, at {time} UTC. The address belongs to {provider}, an internet provider in {town}. We need to know which of its customers had that address at that moment.",
    ),
    (
        "Art 19(1)",
        "We arrested the suspect at his flat in {town} this morning, and a laptop and two USB drives were on his desk. The drives and the laptop are not connected to anything. We want to search the laptop and the two USB drives for the forged invoices.",
    ),
    (
        "Art 19(2)",
        "We are searching the suspect's office computer at {company} in {town} under a warrant. It is connected to the company's file server in the next building, also in {town}, and the suspect's normal login opens the folders on it. We believe the invoices we are looking for are on that server. We want to look at the server as part of the same search, today.",
    ),
    (
        "Art 20",
        "A kidnapper is sending demands to the family through a messaging account run by {provider}, whose systems are in {town}. We do not want to read the messages. We want to know, each time the account connects over the next {days} days, from which IP address and at what time.",
    ),
    (
        "Art 21",
        "The leader of an extortion gang plans the next threats by voice calls over {provider}'s network in {town}. Extortion is on our law's list of serious offences for which interception may be ordered. We need to hear what is said on his calls over the next {days} days, while the calls take place.",
    ),
];

const OFFICERS: &[&str] = &[
    "DS Achieng",
    "DC Mwangi",
    "Insp. Baraka",
    "DS Wanjiru",
    "DC Otieno",
    "Insp. Zawadi",
    "DS Kamau",
    "DC Nyokabi",
];
const PROVIDERS: &[&str] =
    &["AmaniNet", "TamuTel", "Kilima Online", "BlueRiver Mail", "Jua Hosting", "NyotaChat", "Pwani Connect"];
const COMPANIES: &[&str] = &["Bahari Supermarket", "Mto Logistics", "Kilima Hardware", "Amani Cement Works"];
const TOWNS: &[&str] = &["Amani", "Bahari", "Kilima", "Mto", "Jua", "Nyota"];

impl Generator for WhichPower {
    fn id(&self) -> &'static str {
        "which-power"
    }

    fn keys(&self) -> &'static [&'static str] {
        KEYS
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let day = calendar::datetime(2026, rng.range(10, 350) as u16, 0).date();
        let town = *rng.pick(TOWNS);
        let indexes: Vec<usize> = (0..REQUESTS.len()).collect();
        let chosen = rng.sample(&indexes, KEYS.len());
        // Distinct providers and officers, so that no two requests read as the same case.
        let providers = rng.sample(PROVIDERS, KEYS.len());
        let officers = rng.sample(OFFICERS, KEYS.len());
        let mut minute = rng.range(7 * 60 + 30, 9 * 60);
        let mut text = format!(
            "TAMU NATIONAL POLICE, CYBERCRIME UNIT, {town}\n\
             Duty log: requests for legal advice, {day}\n\
             Duty prosecutor: you\n\n\
             Tamu is a Party to the Convention on Cybercrime, and its law gives the police and the\n\
             courts each procedural power of Articles 16 to 21. Every place and provider named below\n\
             is in Tamu. For each request, name the power the application should rest on.\n"
        );
        let mut key = BTreeMap::new();
        for (n, &i) in chosen.iter().enumerate() {
            let (article, story) = REQUESTS[i];
            let (hour, min, sec) = (rng.range(0, 23), rng.range(0, 59), rng.range(0, 59));
            let story = story
                .replace("{provider}", providers[n])
                .replace("{company}", rng.pick::<&str>(COMPANIES))
                .replace("{town}", town)
                .replace("{days}", &rng.range(3, 14).to_string())
                .replace("{ip}", &rng.doc_ip())
                .replace("{port}", &rng.range(30000, 65000).to_string())
                .replace("{time}", &format!("{day} {hour:02}:{min:02}:{sec:02}"));
            let case = rng.code(6);
            text.push_str(&format!(
                "\nRequest {}, {:02}:{:02}, from {}, case TNP/{case}:\n\"{story}\"\n",
                n + 1,
                minute / 60,
                minute % 60,
                officers[n]
            ));
            minute += rng.range(10, 70);
            key.insert(KEYS[n], Expected::One(article.to_string()));
        }
        Generated {
            artifacts: vec![Artifact {
                name: "duty-log.txt".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: text.into_bytes(),
            }],
            key,
        }
    }
}
