//! Data category: a mail provider's answer to a production order, listing twelve numbered items
//! from the account record, the login records and two stored messages. Each item is subscriber
//! information (Art 18(3)), traffic data (Art 1(d)) or content data. Items whose category is
//! contested (subject lines, attachment names, registration IP addresses, drafts, a last login
//! filed with the account) are left out, so that every item has one answer. Keys: the item
//! numbers of each category.

use std::collections::BTreeMap;

use time::{Duration, PrimitiveDateTime};

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct DataCategory;

/// Every learner's answer lists this many items, so that the lab's checkboxes are always 1-12.
pub const ITEMS: usize = 12;

#[derive(Clone, Copy)]
enum Category {
    Subscriber,
    Traffic,
    Content,
}

const PROVIDERS: &[(&str, &str)] = &[
    ("MailNova Ltd", "mailnova.example"),
    ("PostHarbor Inc.", "postharbor.example"),
    ("QuillMail GmbH", "quillmail.example"),
];
const FIRST: &[&str] = &["Grace", "Kwame", "Amina", "Tendai", "Lucia", "Yaw", "Fatou", "Nadia"];
const LAST: &[&str] = &["Mensah", "Diallo", "Okoro", "Banda", "Silva", "Haddad", "Mwale", "Perera"];
const STREETS: &[&str] = &["Market Road", "Station Street", "Harbour View", "Lake Drive", "Church Lane"];
const TOWNS: &[&str] = &["Amani", "Bahari", "Kilima", "Mto", "Jua"];
const VICTIMS: &[&str] =
    &["accounts@harbourfoods.example", "finance@kilimabuild.example", "pay@amanischool.example"];

fn stamp(at: PrimitiveDateTime) -> String {
    format!("{} {:02}:{:02}:{:02}", at.date(), at.hour(), at.minute(), at.second())
}

impl Generator for DataCategory {
    fn id(&self) -> &'static str {
        "data-category"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["subscriber", "traffic", "content"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let (provider, domain) = *rng.pick(PROVIDERS);
        let (first, last) = (*rng.pick(FIRST), *rng.pick(LAST));
        let account =
            format!("{}.{}{}@{domain}", first.to_lowercase(), last.to_lowercase(), rng.range(1, 99));
        let start = calendar::datetime(2026, rng.range(30, 300) as u16, rng.range(0, 86_399) as u32);
        let at = |rng: &mut Rng| start + Duration::seconds(rng.range(0, 9 * 86_400) as i64);

        // The account record: three or four items of subscriber information.
        let opened = start.date() - Duration::days(rng.range(60, 900) as i64);
        let subscriber = [
            format!("Name given by the account holder: {first} {last}"),
            format!(
                "Postal address given at sign-up: Plot {}, {}, {}",
                rng.range(2, 240),
                rng.pick(STREETS),
                rng.pick(TOWNS)
            ),
            format!("Mobile number verified for the account: +000 555 0{}", rng.range(100, 999)),
            format!("Service: Plus mailbox (50 GB), opened {opened}, still active"),
            format!("Payment method on file: bank card ending {}, billed yearly", rng.range(1000, 9999)),
            format!("Identity card number given at sign-up: TM-{}", rng.code(7)),
        ];
        // Three or four of the six, kept in the order a provider's record lists them.
        let indexes: Vec<usize> = (0..subscriber.len()).collect();
        let count = rng.range(3, 4) as usize;
        let mut kept = rng.sample(&indexes, count);
        kept.sort_unstable();
        let record: Vec<(Category, String)> =
            kept.into_iter().map(|i| (Category::Subscriber, subscriber[i].clone())).collect();

        // Two stored messages, the fraudster's and the victim's reply: each an envelope (traffic
        // data) and a text (content). The first may also carry an attached file, whose contents
        // are content data too. Items name their message by its number, not by its time: a time
        // is traffic data, and an item that carried one would hold two categories.
        let mut messages = Vec::new();
        let mut times: Vec<PrimitiveDateTime> = (0..2).map(|_| at(&mut rng)).collect();
        times.sort();
        let with_file = rng.below(2) == 0;
        let other = *rng.pick(VICTIMS);
        let amount = rng.range(20, 400) * 1000;
        let iban = format!("TM{} {} {}", rng.range(10, 99), rng.range(1000, 9999), rng.range(1000, 9999));
        for (m, when) in times.into_iter().enumerate() {
            // A message with an invoice attached is larger than a few lines of text.
            let kb = if m == 0 && with_file { rng.range(60, 900) } else { rng.range(2, 30) };
            let when = stamp(when);
            if m == 0 {
                messages.push((
                    Category::Traffic,
                    format!("Message 1, sent {when} UTC, from {account} to {other}, {kb} KB"),
                ));
                messages.push((
                    Category::Content,
                    format!("Text of message 1: \"Our bank details have changed. Please pay the invoice of {amount} today to account {iban}.\""),
                ));
                if with_file {
                    messages.push((
                        Category::Content,
                        format!("Contents of the file attached to message 1: an invoice for {amount}, payable to account {iban}"),
                    ));
                }
            } else {
                messages.push((
                    Category::Traffic,
                    format!("Message 2, received {when} UTC, from {other} to {account}, {kb} KB"),
                ));
                messages.push((
                    Category::Content,
                    format!(
                        "Text of message 2: \"We have paid {amount}. Please confirm that you received it.\""
                    ),
                ));
            }
        }

        // The login records fill the list up to twelve items, in time order.
        let logins = ITEMS - record.len() - messages.len();
        let mut sessions: Vec<PrimitiveDateTime> = (0..logins).map(|_| at(&mut rng)).collect();
        sessions.sort();
        let logins: Vec<(Category, String)> = sessions
            .into_iter()
            .map(|t| {
                let line = if rng.below(2) == 0 {
                    format!("{} UTC  webmail login  from {}", stamp(t), rng.doc_ip())
                } else {
                    format!(
                        "{} UTC  IMAP session  from {}, lasting {:02}:{:02}:{:02}",
                        stamp(t),
                        rng.doc_ip(),
                        rng.range(0, 2),
                        rng.range(0, 59),
                        rng.range(0, 59)
                    )
                };
                (Category::Traffic, line)
            })
            .collect();

        let mut text = format!(
            "{}, LAW ENFORCEMENT RESPONSE\n\
             Your reference: order {}/2026    Our reference: LER-{}\n\
             Account: {account}\n\
             We disclose the following items, as the order requires. All times are UTC.\n",
            provider.to_uppercase(),
            rng.range(100, 999),
            rng.code(8)
        );
        let (mut subscriber, mut traffic, mut content) = (Vec::new(), Vec::new(), Vec::new());
        let mut number = 0;
        let parts = [("ACCOUNT RECORD", record), ("LOGIN RECORDS", logins), ("STORED MESSAGES", messages)];
        for (heading, items) in parts {
            text.push_str(&format!("\n{heading}\n"));
            for (category, item) in items {
                number += 1;
                text.push_str(&format!("{number:>2}. {item}\n"));
                let list = match category {
                    Category::Subscriber => &mut subscriber,
                    Category::Traffic => &mut traffic,
                    Category::Content => &mut content,
                };
                list.push(number.to_string());
            }
        }
        let mut key = BTreeMap::new();
        key.insert("subscriber", Expected::Many(subscriber));
        key.insert("traffic", Expected::Many(traffic));
        key.insert("content", Expected::Many(content));
        Generated {
            artifacts: vec![Artifact {
                name: "disclosure.txt".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: text.into_bytes(),
            }],
            key,
        }
    }
}
