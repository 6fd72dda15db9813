//! Cross-border channel: five short cases in which the evidence (or the suspect) is in another
//! Party, each answered by one channel of the Convention (Articles 27(9)(b), 29-32) or of the
//! Second Protocol (P2 Articles 6, 7 and 9). Keys: the channel for each case, as written in
//! `CHANNELS`, which the lab's choice questions list.

use std::collections::BTreeMap;

use time::Duration;

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct CrossBorderChannel;

/// The channels, as the lab's choice questions list them.
pub const CHANNELS: [&str; 9] = [
    "Art 29: preservation request through the 24/7 network (Art 35)",
    "Art 30: expedited disclosure of preserved traffic data",
    "Art 31: mutual assistance request through the central authorities",
    "Art 32(a): access to publicly available data",
    "Art 32(b): access or receipt with lawful and voluntary consent",
    "P2 Art 6: request sent directly to the domain name registrar",
    "P2 Art 7: order sent directly to the service provider",
    "P2 Art 9: emergency disclosure through the 24/7 network",
    "Art 27(9)(b): urgent request through Interpol",
];

const KEYS: &[&str] = &["case_1", "case_2", "case_3", "case_4", "case_5"];

/// What the file says about the Second Protocol where a case depends on it. It is an assumption
/// for the exercise: the Protocol was not yet in force when this lab was written.
const P2_APPLIES: &str = "For this case, take it that the Second Protocol is in force for both countries, and that neither has made a reservation or declaration that blocks the article you need.";
const P2_ABSENT: &str =
    "For this case, take it that the Second Protocol does not apply between the two countries.";

/// Each case: the index of its channel in `CHANNELS`, and its story. `{home}` is the learner's
/// country, `{abroad}` and `{third}` two others; `{p2}` and `{no_p2}` are the sentences above.
pub const CASES: &[(usize, &str)] = &[
    (
        0,
        "A hosting company in {abroad} holds the server logs of a website that sold fake medicines to people in {home}. Its terms say the logs are overwritten after {days} days. The prosecutor in {home} will need the logs as evidence, but her formal request will take weeks to prepare and translate. For now she only wants the logs kept. {no_p2}",
    ),
    (
        1,
        "At the request of {abroad}, your unit had a provider in {home} preserve the traffic data of an e-mail sent on {date}. The preserved data show that the message reached that provider from a mail server run by a provider in {third}. The investigators in {abroad} do not know this yet, and will need to go to that provider next.",
    ),
    (
        2,
        "Last month, at the request of {home}, the authorities of {abroad} had {provider} preserve the mailbox {account}. The prosecutor in {home} now needs the messages in that mailbox, certified, as evidence at the trial of a fraud case. Nobody is in danger. {no_p2}",
    ),
    (
        3,
        "A suspect advertises stolen bank card numbers on a forum hosted in {abroad}. Its pages can be read by anyone, without an account or a password. An officer in {home} wants to save copies of the posts for the case file.",
    ),
    (
        4,
        "The finance director of a company in {home} was tricked into paying a fake invoice. Of her own free will, she offers to log in to the company's cloud mailbox, whose data is stored in {abroad}, and to hand the police the messages with the fraudster. The company's board has authorised her to do so.",
    ),
    (
        5,
        "Text messages sent to people in {home} link to {domain}, a copy of a bank's login page. A public lookup shows only that the domain was registered through a registrar in {abroad}. The police in {home} want the information that identifies the person who registered the domain. {p2}",
    ),
    (
        6,
        "Fake payment e-mails came from {account}, an account at {provider}, a mail provider in {abroad}. The prosecutor in {home} wants only the name, postal address and payment details that the account holder gave the provider. Nobody is in danger, and the account is still open. {p2}",
    ),
    (
        7,
        "A girl of {age} from {home} has disappeared after meeting a man she chatted with on {chat}, a messaging service whose systems are in {abroad}. The police believe her life is in danger now. They need the account's stored messages and connection records within hours. {p2}",
    ),
    (
        8,
        "No mutual assistance treaty or arrangement applies between {home} and {abroad}, so Article 27 governs requests between them. A suspect of a ransomware attack on hospitals in {home} is staying in {abroad} and has a flight out tomorrow. The investigating judge in {home} needs a request to search his hotel room and seize his laptop to reach the authorities of {abroad} today. She knows no judicial authority there, but the police of both countries can reach each other at once through their National Central Bureaus. {no_p2}",
    ),
];

/// Parties confirmed on the Council of Europe's list of Parties (see the law editor's notes).
const PARTIES: &[&str] = &[
    "Argentina",
    "Benin",
    "Cabo Verde",
    "Cameroon",
    "Chile",
    "Costa Rica",
    "the Dominican Republic",
    "Ghana",
];
/// Mail providers and the domains of their addresses.
const PROVIDERS: &[(&str, &str)] = &[
    ("MailNova Ltd", "mailnova.example"),
    ("PostHarbor Inc.", "postharbor.example"),
    ("LetterBox Services", "letterbox.example"),
    ("QuillMail GmbH", "quillmail.example"),
];
const CHATS: &[&str] = &["ChatLink", "TalkNest", "Hallo Messenger"];
const MAILBOXES: &[&str] = &["payments.desk", "accounts-dept", "invoice.office", "finance.team"];

impl Generator for CrossBorderChannel {
    fn id(&self) -> &'static str {
        "cross-border-channel"
    }

    fn keys(&self) -> &'static [&'static str] {
        KEYS
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let home = *rng.pick(PARTIES);
        let foreign: Vec<&str> = PARTIES.iter().copied().filter(|p| *p != home).collect();
        let today = calendar::datetime(2026, rng.range(20, 350) as u16, 0).date();
        let indexes: Vec<usize> = (0..CASES.len()).collect();
        let chosen = rng.sample(&indexes, KEYS.len());
        let mut text = format!(
            "CYBERCRIME UNIT AND 24/7 POINT OF CONTACT OF {}\n\
             Cases for the duty prosecutor, {today}\n\n\
             All the countries named below are Parties to the Convention on Cybercrime. For each\n\
             case, choose the channel that gives the most direct lawful route to what is needed.\n",
            home.to_uppercase()
        );
        let mut key = BTreeMap::new();
        for (n, &i) in chosen.iter().enumerate() {
            let (channel, story) = CASES[i];
            let others = rng.sample(&foreign, 2);
            let (provider, mail_domain) = *rng.pick(PROVIDERS);
            let account = format!("{}{}@{mail_domain}", rng.pick(MAILBOXES), rng.range(1, 99));
            let domain = format!("secure-login-{}.example", rng.code(5).to_lowercase());
            let sent = today - Duration::days(rng.range(3, 20) as i64);
            let story = story
                .replace("{home}", home)
                .replace("{abroad}", others[0])
                .replace("{third}", others[1])
                .replace("{p2}", P2_APPLIES)
                .replace("{no_p2}", P2_ABSENT)
                .replace("{days}", &rng.range(4, 14).to_string())
                .replace("{date}", &sent.to_string())
                .replace("{provider}", provider)
                .replace("{chat}", rng.pick::<&str>(CHATS))
                .replace("{account}", &account)
                .replace("{domain}", &domain)
                .replace("{age}", &rng.range(13, 16).to_string());
            text.push_str(&format!("\nCase {}:\n{story}\n", n + 1));
            key.insert(KEYS[n], Expected::One(CHANNELS[channel].to_string()));
        }
        Generated {
            artifacts: vec![Artifact {
                name: "cases.txt".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: text.into_bytes(),
            }],
            key,
        }
    }
}
