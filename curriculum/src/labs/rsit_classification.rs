//! RSIT classification and priority: a ticket-queue export of ten short incident reports, each
//! written from a template of one type of the ENISA RSIT taxonomy (file `machinev1`, version
//! 1003), and a shift lead's note that names three of them. Exactly one report says that a
//! critical service is lost for every user; the three named tickets are never that one. Keys: the
//! machine tag of tickets A, B and C, and the ticket to handle first.

use std::collections::BTreeMap;

use time::Duration;

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct RsitClassification;

pub const YEAR: i32 = 2026;

/// A report template: its RSIT machine tag, its text, and, for the types that can stop a
/// service, a second text in which a critical service is lost for every user (functional
/// impact High, recovery time unknown). `{ip}`, `{n}`, `{minutes}`, `{host}` and `{code}` are
/// filled in per learner.
struct Report {
    tag: &'static str,
    normal: &'static str,
    critical: Option<&'static str>,
}

const REPORTS: &[Report] = &[
    Report {
        tag: "fraud:phishing",
        normal: "Users of our online services forwarded us e-mails that look like ours, with a link to a copy of our login page at {code}-secure-login.example. At least {n} of them typed their password there before we noticed.",
        critical: None,
    },
    Report {
        tag: "intrusion-attempts:brute-force",
        normal: "Our VPN gateway logged {n} failed logins overnight from {ip}, for many different user names. None of them succeeded, and the address is now blocked.",
        critical: None,
    },
    Report {
        tag: "intrusions:system-compromise",
        normal: "An account nobody here recognises logged in to our test web server {host} from {ip} last night and ran commands. We do not know yet what rights the account had. The server is still working normally.",
        critical: Some(
            "Someone logged in from {ip} to {host}, the server of our main business system, and ran commands that stopped its database. We do not know yet which account was used. Since early this morning no office of ours can use the system anywhere in the country, and the supplier cannot say when it will be back.",
        ),
    },
    Report {
        tag: "information-content-security:data-leak",
        normal: "A journalist sent us a link to a paste site. A file posted there holds the names, ID numbers and passwords of {n} of our staff. It looks like a copy of our HR database.",
        critical: None,
    },
    Report {
        tag: "malicious-code:infected-system",
        normal: "Our firewall shows the laptop {host} connecting every five minutes to {ip}, a known botnet control server. The antivirus then found a trojan on the laptop. We have taken it off the network.",
        critical: Some(
            "A worm has spread to {n} of our PCs and servers. To stop it we switched off the whole office network, so no staff member can use e-mail, the case records system or the internet. Our IT team cannot yet say when the network will be back.",
        ),
    },
    Report {
        tag: "availability:ddos",
        normal: "Our web site was very slow for about {minutes} minutes this morning. The hosting company saw a flood of traffic from thousands of addresses, filtered it, and the site is normal again.",
        critical: Some(
            "Since early this morning nobody can reach our online payment service: every customer gets an error page. The provider sees a flood of traffic from thousands of addresses and cannot yet say when it can filter it.",
        ),
    },
    Report {
        tag: "information-gathering:scanner",
        normal: "Our firewall log shows {ip} connecting to every port of every server in our public address range, one after another, for {minutes} minutes. Nothing else came from that address.",
        critical: None,
    },
    Report {
        tag: "vulnerable:vulnerable-system",
        normal: "A researcher tells us that our public web server still runs an old version of its content management system, with a published vulnerability that lets anyone take over the site. She says she did not try it.",
        critical: None,
    },
    Report {
        tag: "abusive-content:spam",
        normal: "Since yesterday our mail server has received about {n} unsolicited advertising e-mails for online casinos, all from the sender domain bulk-{code}.example. They have no attachments and no links to login pages.",
        critical: None,
    },
    Report {
        tag: "other:undetermined",
        normal: "A staff member says that 'something strange' happened on her computer yesterday afternoon, but she cannot describe it. IT has not looked at the machine yet.",
        critical: None,
    },
    Report {
        tag: "intrusion-attempts:ids-alert",
        normal: "Our web server log shows {ip} sending requests built to exploit CVE-2021-41773, a known path traversal flaw in the Apache HTTP Server. Our server is patched and every attempt failed.",
        critical: None,
    },
    Report {
        tag: "intrusions:privileged-account-compromise",
        normal: "Our logs show that someone outside the company logged in from {ip} with the domain administrator account and created two new accounts with administrator rights.",
        critical: None,
    },
    Report {
        tag: "vulnerable:ddos-amplifier",
        normal: "A partner team's scan shows that our server {ip} is an open DNS resolver: it answers queries from anyone on the internet, so it can be abused to amplify attacks on others.",
        critical: None,
    },
    Report {
        tag: "information-gathering:social-engineering",
        normal: "A caller who said he was from our IT help desk phoned {n} of our staff and asked which software they use and who their managers are. Our help desk made no such calls.",
        critical: None,
    },
];

const REPORTERS: &[&str] = &[
    "Bank of Tamu <soc@bankoftamu.example>",
    "Ministry of Health <it-desk@health.gov.example>",
    "Tamu Revenue Authority <security@revenue.gov.example>",
    "Tamu Ports Authority <ict@ports.example>",
    "National University of Tamu <noc@university.example>",
    "Lakeside Water Utility <it@lakeside-water.example>",
    "SunRise Telecom <abuse@sunrise-telecom.example>",
    "Ministry of Education <ict@education.gov.example>",
    "City of Mji <it@mji-city.example>",
    "Tamu Customs Service <helpdesk@customs.gov.example>",
    "Tamu Electricity Company <cyber@tamu-power.example>",
    "Tamu Post <it@tamupost.example>",
];
const CHANNELS: &[&str] = &["e-mail", "web form", "phone"];
const HOSTS: &[&str] = &["srv", "app", "web", "lt", "pc"];
const KEYS: [&str; 3] = ["ticket_a_tag", "ticket_b_tag", "ticket_c_tag"];

fn clock(at: time::PrimitiveDateTime) -> String {
    format!("{} {:02}:{:02}:{:02}", at.date(), at.hour(), at.minute(), at.second())
}

impl Generator for RsitClassification {
    fn id(&self) -> &'static str {
        "rsit-classification"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["ticket_a_tag", "ticket_b_tag", "ticket_c_tag", "first_ticket"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        // One report that can stop a service does so; nine other types fill the queue.
        let stoppable: Vec<usize> = (0..REPORTS.len()).filter(|&i| REPORTS[i].critical.is_some()).collect();
        let critical = *rng.pick(&stoppable);
        let others: Vec<usize> = (0..REPORTS.len()).filter(|&i| i != critical).collect();
        let mut chosen = rng.sample(&others, 9);
        chosen.push(critical);
        rng.shuffle(&mut chosen);
        let reporters = rng.sample(REPORTERS, chosen.len());

        let mut at =
            calendar::datetime(YEAR, rng.range(60, 300) as u16, rng.range(18 * 3600, 21 * 3600) as u32);
        let mut number = rng.range(100, 800);
        let mut queue = csv::Writer::from_writer(Vec::new());
        // The csv writer fails only when what it writes to fails, and a Vec never does.
        queue
            .write_record(["ticket", "received_utc", "reporter", "channel", "description"])
            .expect("writing to a Vec cannot fail");
        let mut tickets = Vec::new();
        let mut first = String::new();
        for (&r, &reporter) in chosen.iter().zip(&reporters) {
            number += rng.range(1, 3);
            // Ten reports between the evening and early morning, UTC.
            at += Duration::seconds(rng.range(1200, 3000) as i64);
            let id = format!("TAM-{YEAR}-{number:04}");
            let report = &REPORTS[r];
            let template = match (r == critical, report.critical) {
                (true, Some(text)) => {
                    first = id.clone();
                    text
                }
                _ => report.normal,
            };
            let host = format!("{}{:02}", rng.pick(HOSTS), rng.range(1, 40));
            let description = template
                .replace("{ip}", &rng.doc_ip())
                .replace("{n}", &rng.range(12, 900).to_string())
                .replace("{minutes}", &rng.range(5, 45).to_string())
                .replace("{host}", &host)
                .replace("{code}", &rng.code(6).to_lowercase());
            let channel = *rng.pick(CHANNELS);
            queue
                .write_record([id.as_str(), clock(at).as_str(), reporter, channel, description.as_str()])
                .expect("writing to a Vec cannot fail");
            tickets.push((id, report.tag));
        }
        let queue = queue.into_inner().expect("writing to a Vec cannot fail");

        // The critical ticket is the answer to the priority question, so tickets A to C come from
        // the other nine and the two tasks do not overlap.
        let ordinary: Vec<(String, &str)> = tickets.iter().filter(|(id, _)| *id != first).cloned().collect();
        let named = rng.sample(&ordinary, 3);
        let note_time = at + Duration::seconds(rng.range(900, 3600) as i64);
        let mut note = format!(
            "From: Amina, shift lead, TamuCERT\nTo: analyst on duty\nDate: {} UTC\nSubject: overnight queue\n\n\
             Good morning. {} tickets came in overnight; the export is queue.csv.\n\n\
             1. Tag these three with their RSIT machine tag (class:type, RSIT 1.3, version 1003):\n",
            clock(note_time),
            tickets.len()
        );
        let mut key = BTreeMap::new();
        for ((letter, (id, tag)), name) in ["A", "B", "C"].iter().zip(&named).zip(KEYS) {
            note.push_str(&format!("   {letter}: {id}\n"));
            key.insert(name, Expected::Many(vec![tag.to_string()]));
        }
        note.push_str(
            "\n2. Tell me which of the ten tickets we handle first, by our priority rule: \
             functional impact first, then information impact, then recoverability.\n\nThanks, Amina\n",
        );
        key.insert("first_ticket", Expected::One(first));
        Generated {
            artifacts: vec![
                Artifact { name: "queue.csv".into(), media_type: "text/csv; charset=utf-8", bytes: queue },
                Artifact {
                    name: "handover.txt".into(),
                    media_type: "text/plain; charset=utf-8",
                    bytes: note.into_bytes(),
                },
            ],
            key,
        }
    }
}
