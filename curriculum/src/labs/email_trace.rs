//! E-mail trace: a phishing message (an RFC 5322 `.eml` file, built with mail-builder) whose
//! From: abuses the name of an organisation that is not on the route. Its Received headers show
//! two to four hops by trusted servers (the receiving ministry, justice.test, and its known mail
//! provider, example.com, as in the lesson on Received headers) and, below them, one line the
//! sender forged in the abused organisation's domain, which is outside every trusted domain.
//! Keys: the address that handed the message to the first trusted server, the number of hops
//! added by trusted servers, and the seconds from that first trusted hop to final delivery.

use std::collections::BTreeMap;

use mail_builder::MessageBuilder;
use mail_builder::headers::raw::Raw;
use time::{Duration, PrimitiveDateTime};

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct EmailTrace;

struct Abused {
    domain: &'static str,
    sender: &'static str,
    subject: &'static str,
    link: &'static str,
}

const ABUSED: &[Abused] = &[
    Abused {
        domain: "tamubank.test",
        sender: "Bank of Tamu Security",
        subject: "Urgent: confirm your account",
        link: "tamubank-verify.test/login",
    },
    Abused {
        domain: "pwanipost.test",
        sender: "Pwani Post Parcels",
        subject: "Your parcel is held at customs",
        link: "pwanipost-track.test/release",
    },
    Abused {
        domain: "sokomobile.test",
        sender: "Soko Mobile Money",
        subject: "Your wallet will be suspended today",
        link: "soko-wallet.test/restore",
    },
    Abused {
        domain: "milimatax.test",
        sender: "Milima Tax Office",
        subject: "Refund approved: confirm your details",
        link: "milimatax-refund.test/claim",
    },
];

const RECIPIENTS: &[&str] = &["registrar", "accounts", "procurement", "j.otieno", "court.clerk"];
const CLIENTS: &[&str] = &["desktop-7", "DESKTOP-4KQ2M", "laptop", "user-PC", "android-5f2c"];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// A date as RFC 5322 section 3.3 writes it: the server's local time and its offset from UTC.
fn rfc5322(utc: PrimitiveDateTime, offset_minutes: i64) -> String {
    let local = utc + Duration::minutes(offset_minutes);
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    format!(
        "{}, {} {} {} {:02}:{:02}:{:02} {sign}{:02}{:02}",
        WEEKDAYS[usize::from(local.weekday().number_days_from_monday())],
        local.day(),
        calendar::month_abbrev(local.month()),
        local.year(),
        local.hour(),
        local.minute(),
        local.second(),
        offset_minutes.abs() / 60,
        offset_minutes.abs() % 60,
    )
}

/// One Received line as Postfix and Dovecot write it (RFC 5321 section 4.4).
fn received(from: &str, by: &str, protocol: &str, id: &str, rcpt: &str, date: &str) -> String {
    format!("from {from}\r\n\tby {by} with {protocol} id {id}\r\n\tfor <{rcpt}>; {date}")
}

impl Generator for EmailTrace {
    fn id(&self) -> &'static str {
        "email-trace"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["originating_ip", "trusted_hops", "delay_seconds"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let abused = rng.pick(ABUSED);
        let rcpt = format!("{}@justice.test", rng.pick(RECIPIENTS));
        let account = format!("notify.desk{}@example.com", rng.range(10, 99));
        let client = *rng.pick(CLIENTS);
        let client_ip = format!("203.0.113.{}", rng.range(1, 254));
        let smtp_ip = format!("198.51.100.{}", rng.range(1, 126));
        let relay_ip = format!("198.51.100.{}", rng.range(127, 254));
        let mx_ip = format!("192.0.2.{}", rng.range(1, 126));
        let forged_ip = format!("192.0.2.{}", rng.range(127, 254));
        let provider_zone = *rng.pick(&[-300i64, -180, 0, 60]);
        let ministry_zone = *rng.pick(&[0i64, 60, 120, 180]);

        // Trusted hops: the provider's submission server always, then its relay and the
        // ministry's mailbox server behind its MX as the count allows.
        let trusted = rng.range(2, 4) as usize;
        let (with_relay, with_mailbox) = match trusted {
            2 => (false, false),
            3 => {
                let relay = rng.below(2) == 0;
                (relay, !relay)
            }
            _ => (true, true),
        };
        let first = calendar::datetime(2026, rng.range(1, 360) as u16, rng.range(0, 86399) as u32);
        let mut at = first;
        let mut lines = vec![received(
            &format!("{client} (unknown [{client_ip}])\r\n\t(Authenticated sender: {account})"),
            "smtp.example.com (Postfix)",
            "ESMTPSA",
            &rng.code(12),
            &rcpt,
            &rfc5322(at, provider_zone),
        )];
        let mut last = ("smtp.example.com", smtp_ip);
        if with_relay {
            at += Duration::seconds(rng.range(1, 6) as i64);
            let from = format!("{0} ({0} [{1}])", last.0, last.1);
            let date = rfc5322(at, provider_zone);
            lines.push(received(&from, "relay.example.com (Postfix)", "ESMTP", &rng.code(12), &rcpt, &date));
            last = ("relay.example.com", relay_ip);
        }
        // Now and then the ministry's MX greylists the provider and takes the message later.
        let wait = if rng.below(4) == 0 { rng.range(300, 900) } else { rng.range(2, 40) };
        at += Duration::seconds(wait as i64);
        let from = format!("{0} ({0} [{1}])", last.0, last.1);
        let date = rfc5322(at, ministry_zone);
        lines.push(received(&from, "mx.justice.test (Postfix)", "ESMTPS", &rng.code(12), &rcpt, &date));
        let checked = format!(
            "mx.justice.test;\r\n\tspf=pass (sender IP is {}) smtp.mailfrom=example.com;\r\n\t\
             dkim=pass header.d=example.com;\r\n\tdmarc=fail (p=none dis=none) header.from={}",
            last.1, abused.domain
        );
        if with_mailbox {
            at += Duration::seconds(rng.range(0, 3) as i64);
            let from = format!("mx.justice.test (mx.justice.test [{mx_ip}])");
            let date = rfc5322(at, ministry_zone);
            lines.push(received(&from, "mbox.justice.test (Dovecot)", "LMTP", &rng.code(16), &rcpt, &date));
        }
        let delivered = at;

        // The sender's forgery: a first hop inside the abused domain, written before sending.
        let forged_at = first - Duration::seconds(rng.range(180, 1200) as i64);
        let forged = format!(
            "from mail.{0} ([{forged_ip}])\r\n\tby mail.{0}; {1}",
            abused.domain,
            rfc5322(forged_at, 0)
        );
        let written = forged_at - Duration::seconds(rng.range(10, 60) as i64);

        let mut message = MessageBuilder::new()
            .header("Return-Path", Raw::new(format!("<{account}>")))
            .header("Delivered-To", Raw::new(rcpt.clone()));
        // Servers add their lines at the top, so the newest comes first; the MX writes its
        // check of the sender above its own Received line.
        let mx_line = lines.len() - 1 - usize::from(with_mailbox);
        for (i, line) in lines.into_iter().enumerate().rev() {
            if i == mx_line {
                message = message.header("Authentication-Results", Raw::new(checked.clone()));
            }
            message = message.header("Received", Raw::new(line));
        }
        let mut eml = Vec::new();
        message
            .header("Received", Raw::new(forged))
            .from((abused.sender.to_string(), format!("security@{}", abused.domain)))
            .to(rcpt)
            .subject(abused.subject)
            .header("Date", Raw::new(rfc5322(written, 0)))
            .message_id(format!(
                "{}.{}@{}",
                written.assume_utc().unix_timestamp(),
                rng.code(8),
                abused.domain
            ))
            .text_body(format!(
                "Dear customer,\n\nWe have detected unusual activity. To avoid suspension, confirm your \
                 details within 24 hours:\n\nhttp://{}?ref={}\n\n{}\n",
                abused.link,
                rng.code(10),
                abused.sender
            ))
            .serialize(&mut eml);

        let mut key = BTreeMap::new();
        key.insert("originating_ip", Expected::One(client_ip));
        key.insert("trusted_hops", Expected::One(trusted.to_string()));
        key.insert("delay_seconds", Expected::One((delivered - first).whole_seconds().to_string()));
        Generated {
            artifacts: vec![Artifact {
                name: "message.eml".into(),
                media_type: "message/rfc822",
                bytes: eml,
            }],
            key,
        }
    }
}
