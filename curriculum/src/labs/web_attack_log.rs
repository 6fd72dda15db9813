//! Web attack triage: an Apache combined-format access log of a public portal (visitors,
//! crawlers, an uptime monitor) in which one address tries path traversal and SQL injection.
//! Exactly one attempt succeeds: a UNION query answered 200 with a body many times larger than
//! the page. The server writes its local time with the UTC offset. Keys: the attacker's address,
//! the UTC time of its first malicious request, how many of its requests were answered 200, the
//! path of the request that succeeded, and the attacker's User-Agent.

use std::collections::BTreeMap;

use time::{Duration, PrimitiveDateTime};

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct WebAttackLog;

pub const YEAR: i32 = 2026;
const WINDOW: u64 = 3 * 3600;

/// Offsets the server clock may use: minutes east of UTC, and as the log writes them.
const OFFSETS: &[(i64, &str)] =
    &[(180, "+0300"), (120, "+0200"), (60, "+0100"), (330, "+0530"), (-300, "-0500"), (-180, "-0300")];
const SITES: &[&str] =
    &["www.mji-city.example", "eservices.revenue.gov.example", "portal.lakeside-water.example"];

/// Pages and files anyone may ask for, with the size of the answer in bytes.
const PAGES: &[(&str, u64)] = &[
    ("/", 18_432),
    ("/news", 12_907),
    ("/services", 9_815),
    ("/about", 7_406),
    ("/contact", 6_218),
    ("/tenders", 11_342),
    ("/faq", 14_120),
];
const ASSETS: &[(&str, u64)] =
    &[("/static/css/site.css", 24_311), ("/static/js/app.js", 61_027), ("/static/img/logo.png", 8_934)];
/// Pages that show one record by its number: path, parameter, usual size.
const RECORDS: &[(&str, &str, u64)] = &[
    ("/news/article", "id", 11_200),
    ("/tenders/view", "ref", 8_700),
    ("/permits/status", "no", 5_400),
    ("/staff/profile", "id", 6_900),
];
const SEARCHES: &[&str] = &["permit+renewal", "water+bill", "tenders", "opening+hours", "vacancies"];
const DOWNLOADS: &[(&str, u64)] =
    &[("annual-report-2025.pdf", 1_248_377), ("tender-notice-17.pdf", 312_554), ("permit-form.docx", 48_210)];

const BROWSERS: &[&str] = &[
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.119 Safari/537.36 Edg/124.0.2478.80",
];
const CRAWLERS: &[&str] = &[
    "Mozilla/5.0 (compatible; ExampleBot/2.1; +https://bot.example.com/about)",
    "Mozilla/5.0 (compatible; TestSearch/1.4; +https://search.test/crawler)",
];
const MONITOR: &str = "UptimeWatch/3.2 (+https://status.example.org)";
/// The attacker's client: tools, or a browser string no visitor here uses.
const TOOLS: &[&str] = &[
    "sqlmap/1.7.2#stable (https://sqlmap.org)",
    "python-requests/2.31.0",
    "curl/8.5.0",
    "Go-http-client/1.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0",
];
/// Path traversal attempts, each refused by the server with this status.
const TRAVERSALS: &[(&str, u16)] = &[
    ("/download?file=..%2F..%2F..%2F..%2Fetc%2Fpasswd", 403),
    ("/download?file=....//....//....//etc/passwd", 404),
    ("/static/..%2f..%2f..%2f..%2fetc%2fpasswd", 400),
    ("/download?file=%2e%2e%2f%2e%2e%2f%2e%2e%2fwindows%2fwin.ini", 403),
    ("/download?file=..%5C..%5C..%5Cwindows%5Cwin.ini", 403),
];

/// One request: when the server received it (UTC), and its line as written in local time.
struct Line {
    at: PrimitiveDateTime,
    text: String,
}

/// The server's setting, and one client, as the log shows them.
struct Client {
    site: &'static str,
    offset: (i64, &'static str),
    ip: String,
    agent: &'static str,
}

impl Client {
    /// The combined log line of a GET; `from` is the path of the page that linked here.
    fn get(&self, at: PrimitiveDateTime, target: &str, status: u16, bytes: u64, from: Option<&str>) -> Line {
        let local = at + Duration::minutes(self.offset.0);
        let bytes = if bytes == 0 { "-".to_string() } else { bytes.to_string() };
        let referer = from.map_or_else(|| "-".to_string(), |path| format!("https://{}{path}", self.site));
        let text = format!(
            "{} - - [{:02}/{}/{}:{:02}:{:02}:{:02} {}] \"GET {target} HTTP/1.1\" {status} {bytes} \"{referer}\" \"{}\"",
            self.ip,
            local.day(),
            calendar::month_abbrev(local.month()),
            local.year(),
            local.hour(),
            local.minute(),
            local.second(),
            self.offset.1,
            self.agent
        );
        Line { at, text }
    }
}

/// A page a visitor or crawler asks for, and the size of the answer.
fn page(rng: &mut Rng) -> (String, u64) {
    match rng.below(10) {
        0..=3 => {
            let (path, size) = *rng.pick(PAGES);
            (path.to_string(), size + rng.range(0, 40))
        }
        4..=6 => {
            let (path, parameter, size) = *rng.pick(RECORDS);
            (format!("{path}?{parameter}={}", rng.range(2, 480)), size + rng.range(0, 3000))
        }
        7 | 8 => (format!("/search?q={}", rng.pick(SEARCHES)), rng.range(6_500, 9_800)),
        _ => {
            let (file, size) = *rng.pick(DOWNLOADS);
            (format!("/download?file={file}"), size)
        }
    }
}

impl Generator for WebAttackLog {
    fn id(&self) -> &'static str {
        "web-attack-log"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["attacker_ip", "first_malicious", "attacker_200_count", "success_path", "attacker_user_agent"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let site = *rng.pick(SITES);
        let offset = *rng.pick(OFFSETS);
        let start =
            calendar::datetime(YEAR, rng.range(30, 330) as u16, rng.range(5 * 3600, 12 * 3600) as u32);
        let secs = |n: u64| Duration::seconds(n as i64);
        let mut used = Vec::new();
        let mut client = |rng: &mut Rng, agent: &'static str| loop {
            let ip = rng.doc_ip();
            if !used.contains(&ip) {
                used.push(ip.clone());
                return Client { site, offset, ip, agent };
            }
        };
        let mut lines = Vec::new();

        // Visitors: a page with its assets (revalidated on a second visit), then a few more pages.
        for _ in 0..rng.range(14, 20) {
            let agent = *rng.pick(BROWSERS);
            let visitor = client(&mut rng, agent);
            for visit in 0..rng.range(1, 3) {
                let mut at = start + secs(rng.below(WINDOW));
                let mut from: Option<String> = None;
                for view in 0..rng.range(1, 5) {
                    let (target, size) = page(&mut rng);
                    lines.push(visitor.get(at, &target, 200, size, from.as_deref()));
                    // A page loads its assets; a file download does not.
                    if view == 0 && !target.starts_with("/download") {
                        for &(asset, size) in ASSETS {
                            let (status, bytes) = if visit == 0 { (200, size) } else { (304, 0) };
                            lines.push(visitor.get(
                                at + secs(1),
                                asset,
                                status,
                                bytes,
                                Some(target.as_str()),
                            ));
                        }
                        if visit == 0 && rng.below(2) == 0 {
                            lines.push(visitor.get(at + secs(2), "/favicon.ico", 404, 209, None));
                        }
                    }
                    from = Some(target);
                    at += secs(rng.range(8, 120));
                }
            }
        }
        // Crawlers read robots.txt, then pages minutes apart; a monitor checks every five minutes.
        for &agent in CRAWLERS {
            let crawler = client(&mut rng, agent);
            let mut at = start + secs(rng.below(WINDOW / 3));
            lines.push(crawler.get(at, "/robots.txt", 200, 112, None));
            for _ in 0..rng.range(10, 25) {
                at += secs(rng.range(60, 500));
                let (target, size) = page(&mut rng);
                lines.push(crawler.get(at, &target, 200, size, None));
            }
        }
        let monitor = client(&mut rng, MONITOR);
        for n in 0..WINDOW / 300 {
            lines.push(monitor.get(start + secs(n * 300 + 17), "/health", 200, 2, None));
        }

        // The attacker looks around; tries traversal, and injection on a record page that is
        // not vulnerable (in either order); then injects into the vulnerable one until a UNION
        // query works. Every request is (target, status, size; 0 for a short error page).
        let agent = *rng.pick(TOOLS);
        let attacker = client(&mut rng, agent);
        let (path, parameter, size) = *rng.pick(RECORDS);
        let (decoy, decoy_parameter, _) = loop {
            let other = *rng.pick(RECORDS);
            if other.0 != path {
                break other;
            }
        };
        let record = rng.range(2, 480);
        let not_found = rng.range(3_100, 3_400);
        let tries = rng.range(2, 4) as usize;
        let mut blocks: Vec<Vec<(String, u16, u64)>> = vec![
            rng.sample(TRAVERSALS, tries).into_iter().map(|(t, status)| (t.to_string(), status, 0)).collect(),
            ["%27", "%20AND%201%3D1", "%27%20OR%20%271%27%3D%271"]
                .iter()
                .map(|p| (format!("{decoy}?{decoy_parameter}={record}{p}"), 200, not_found))
                .collect(),
        ];
        if rng.below(2) == 0 {
            blocks.swap(0, 1);
        }
        let base = format!("{path}?{parameter}={record}");
        let page_size = size + rng.range(0, 3000);
        let mut injection = vec![
            (format!("{base}%27"), 500, 0),
            (format!("{base}%20AND%201%3D1"), 200, page_size),
            (format!("{base}%20AND%201%3D2"), 200, not_found),
        ];
        let columns = rng.range(3, 6);
        // `--+` ends the query with a comment, as injection tools write it: in a query string `+`
        // is a space, which MySQL needs after `--`.
        for k in 1..=columns + 1 {
            let (status, bytes) = if k <= columns { (200, page_size) } else { (500, 0) };
            injection.push((format!("{base}%20ORDER%20BY%20{k}--+"), status, bytes));
        }
        let selected: Vec<&str> = (0..columns as usize)
            .map(|i| ["username", "password_hash", "email"].get(i).copied().unwrap_or("NULL"))
            .collect();
        let union = format!(
            "{path}?{parameter}=-{record}%20UNION%20SELECT%20{}%20FROM%20users--+",
            selected.join(",")
        );
        injection.push((union, 200, rng.range(180_000, 420_000)));
        blocks.push(injection);

        let mut at = start + secs(rng.range(1800, 6000));
        // A look around first, every page answered 200. No file download: the UNION answer stays
        // larger than anything the attacker got before it.
        let (record_page, record_size) = loop {
            let (target, size) = page(&mut rng);
            if !target.starts_with("/download") {
                break (target, size);
            }
        };
        let recon = [(PAGES[0].0, PAGES[0].1), ("/robots.txt", 112), (record_page.as_str(), record_size)];
        let mut answered = recon.len();
        for (target, bytes) in recon {
            lines.push(attacker.get(at, target, 200, bytes, None));
            at += secs(rng.range(5, 60));
        }
        at += secs(rng.range(20, 300));
        let first = at;
        for block in blocks {
            for (target, status, bytes) in block {
                // Error pages and refusals are short; their exact size does not matter.
                let bytes = if bytes == 0 { rng.range(190, 650) } else { bytes };
                answered += usize::from(status == 200);
                lines.push(attacker.get(at, &target, status, bytes, None));
                at += secs(rng.range(1, 4));
            }
            at += secs(rng.range(20, 90));
        }

        lines.sort_by_key(|l| l.at);
        let mut log = lines.into_iter().map(|l| l.text).collect::<Vec<_>>().join("\n");
        log.push('\n');
        let mut key = BTreeMap::new();
        key.insert("attacker_ip", Expected::One(attacker.ip.clone()));
        let utc = format!("{} {:02}:{:02}:{:02}", first.date(), first.hour(), first.minute(), first.second());
        key.insert("first_malicious", Expected::One(utc));
        key.insert("attacker_200_count", Expected::One(answered.to_string()));
        key.insert("success_path", Expected::One(path.to_string()));
        key.insert("attacker_user_agent", Expected::One(agent.to_string()));
        Generated {
            artifacts: vec![Artifact {
                name: "access.log".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: log.into_bytes(),
            }],
            key,
        }
    }
}
