//! The e-mail-trace lab: over many seeds, `message.eml` is read as a mail program reads it (the
//! header section, unfolded as RFC 5322 section 2.2.3 says), its Received lines are walked from
//! the top while the server that wrote them is in a trusted domain, and the first trusted hop's
//! source address, the number of trusted hops and the seconds to final delivery must equal the
//! generator's keys, which the lab page must accept.

use std::collections::BTreeSet;
use std::path::Path;

use curriculum::labs::{self, Generated, seed};
use curriculum::{AnswerSource, Checked, Expected, Question, load};
use time::{Date, Month, PrimitiveDateTime, Time, UtcOffset};

const SEEDS: u32 = 300;

/// The domains the lab page tells learners to trust.
const TRUSTED: [&str; 2] = ["justice.test", "example.com"];

fn one<'a>(g: &'a Generated, key: &str) -> &'a str {
    match &g.key[key] {
        Expected::One(v) => v,
        Expected::Many(_) => panic!("{key} is a list"),
    }
}

/// The questions of the lab page that runs `generator`, from the shipped content.
fn page_questions(generator: &str) -> Vec<Question> {
    let catalog =
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap_or_else(|e| panic!("{e}"));
    let lab = catalog.items().find(|l| l.item.generator.as_deref() == Some(generator)).expect("a lab page");
    lab.item.questions.clone()
}

/// Every keyed question takes its key as a valid expected answer and marks it correct.
fn page_accepts_key(questions: &[Question], lab: &Generated) {
    for q in questions {
        let AnswerSource::Key(name) = &q.source else { continue };
        let expected = &lab.key[name.as_str()];
        q.validate(expected).unwrap_or_else(|e| panic!("{}: {e}", q.id));
        let given = match expected {
            Expected::One(v) => vec![v.clone()],
            Expected::Many(vs) => vs.clone(),
        };
        assert_eq!(q.check(expected, &given), Checked::Correct, "{}", q.id);
    }
}

fn trusted(host: &str) -> bool {
    TRUSTED.iter().any(|d| host == *d || host.ends_with(&format!(".{d}")))
}

/// Seconds since 1970 of an RFC 5322 date such as `Sat, 14 Mar 2026 10:04:12 +0100`.
fn epoch(date: &str) -> i64 {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let words: Vec<&str> = date.split_whitespace().collect();
    let &[_, day, month, year, clock, zone] = words.as_slice() else {
        panic!("not an RFC 5322 date: {date}")
    };
    let month = Month::try_from(MONTHS.iter().position(|m| *m == month).unwrap() as u8 + 1).unwrap();
    let date = Date::from_calendar_date(year.parse().unwrap(), month, day.parse().unwrap()).unwrap();
    let hms: Vec<u8> = clock.split(':').map(|p| p.parse().unwrap()).collect();
    let time = Time::from_hms(hms[0], hms[1], hms[2]).unwrap();
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let (hours, minutes): (i8, i8) = (zone[1..3].parse().unwrap(), zone[3..5].parse().unwrap());
    let offset = UtcOffset::from_hms(sign * hours, sign * minutes, 0).unwrap();
    PrimitiveDateTime::new(date, time).assume_offset(offset).unix_timestamp()
}

/// One Received line: the host it names as its source, the source address in brackets (taken
/// from the connection), the server that wrote it, and when.
struct Hop {
    from: String,
    ip: String,
    by: String,
    at: i64,
}

fn hop(value: &str) -> Hop {
    let words: Vec<&str> = value.split_whitespace().collect();
    assert_eq!(words[0], "from", "{value}");
    // A line without a "with" clause ends its "by" host with the semicolon before the date.
    let by = words[words.iter().position(|w| *w == "by").expect("a by clause") + 1].trim_end_matches(';');
    let ip = &value[value.find('[').expect("a source address") + 1..value.find(']').unwrap()];
    let (_, date) = value.rsplit_once(';').expect("a date after the last semicolon");
    Hop { from: words[1].to_string(), ip: ip.to_string(), by: by.to_string(), at: epoch(date.trim()) }
}

#[test]
fn the_trusted_part_of_the_route_gives_the_keys() {
    let g = labs::find("email-trace").expect("the email-trace generator is registered");
    let questions = page_questions("email-trace");
    let mut hop_counts = BTreeSet::new();
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let artifact = lab.artifacts.iter().find(|a| a.name == "message.eml").expect("the message");
        let eml = String::from_utf8(artifact.bytes.clone()).unwrap();
        let (head, body) = eml.split_once("\r\n\r\n").expect("a header section, an empty line, a body");
        assert!(!body.trim().is_empty());
        assert!(head.lines().all(|l| l.len() <= 998), "RFC 5322 section 2.1.1 line limit");
        let unfolded = head.replace("\r\n\t", "\t").replace("\r\n ", " ");
        let headers: Vec<(&str, &str)> =
            unfolded.split("\r\n").map(|l| l.split_once(": ").unwrap_or_else(|| panic!("{l}"))).collect();
        for name in ["From", "To", "Subject", "Date", "Message-ID"] {
            assert_eq!(headers.iter().filter(|(n, _)| *n == name).count(), 1, "one {name}: header");
        }

        let route: Vec<Hop> = headers.iter().filter(|(n, _)| *n == "Received").map(|(_, v)| hop(v)).collect();
        assert!((3..=5).contains(&route.len()), "3 to 5 Received lines, not {}", route.len());
        let hops = route.iter().take_while(|h| trusted(&h.by)).count();
        assert!(hops >= 2, "the ministry's MX and the provider's submission server");
        assert_eq!(hops, route.len() - 1, "only the bottom line is outside the trusted domains");
        for pair in route[..hops].windows(2) {
            assert_eq!(pair[0].from, pair[1].by, "each trusted line names the server below as its source");
        }
        let first = &route[hops - 1];
        let forged = &route[hops];
        assert_ne!(first.from, forged.by, "the first trusted server did not receive it from the forged host");
        assert!(forged.at < first.at, "the forged line claims an earlier hop");

        let from = headers.iter().find(|(n, _)| *n == "From").unwrap().1;
        let sender_domain = from.rsplit('@').next().unwrap().trim_end_matches('>');
        assert!(!trusted(sender_domain), "the From: address is spoofed outside the trusted domains: {from}");
        assert!(forged.by.ends_with(sender_domain), "the forgery is in the abused domain");

        assert_eq!(one(&lab, "originating_ip"), first.ip);
        assert_eq!(one(&lab, "trusted_hops"), hops.to_string());
        let delay = route[0].at - first.at;
        assert!(delay > 0);
        assert_eq!(one(&lab, "delay_seconds"), delay.to_string());
        hop_counts.insert(hops);
        page_accepts_key(&questions, &lab);
    }
    assert_eq!(hop_counts, BTreeSet::from([2, 3, 4]), "every number of trusted hops turns up");
}
