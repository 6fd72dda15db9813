//! Reading and comparing answers, one function per question kind. Used both to validate
//! content (every expected answer must read correctly for its kind) and to check learners.

use std::collections::BTreeSet;
use std::net::IpAddr;

use kujenga_types::{Msg, Text};
use time::{Date, Month, PrimitiveDateTime, Time};

/// Lowercase with runs of whitespace collapsed to one space.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Splits a typed list on commas, semicolons or new lines.
pub fn split_list(text: &str) -> Vec<String> {
    text.split([',', ';', '\n']).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

/// Text without the punctuation people add around an answer: quotes, backticks, a final full stop.
pub fn undecorated(text: &str) -> &str {
    text.trim()
        .trim_matches(|c| matches!(c, '"' | '\'' | '`' | '“' | '”' | '‘' | '’'))
        .trim_end_matches('.')
        .trim()
}

/// A number, accepting a decimal comma ("7,5"), spaces between thousands, and hexadecimal
/// integers written `0x1F` (as a hex viewer shows them).
pub fn number(text: &str) -> Result<f64, Text> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(hex) = compact.strip_prefix("0x").or_else(|| compact.strip_prefix("0X")) {
        return u64::from_str_radix(hex, 16)
            .map(|n| n as f64)
            .map_err(|_| Text::new(Msg::AnswerNotHex).with("given", text.trim()));
    }
    let compact = if compact.contains('.') { compact.replace(',', "") } else { compact.replace(',', ".") };
    compact
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or_else(|| Text::new(Msg::AnswerNotNumber).with("given", text.trim()))
}

/// An IP address or a network in CIDR form, with host bits cleared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Address {
    Host(IpAddr),
    Network(IpAddr, u8),
}

pub fn address(text: &str) -> Result<Address, Text> {
    let text = text.trim();
    let bad = || Text::new(Msg::AnswerNotAddress).with("given", text);
    match text.split_once('/') {
        None => text.parse().map(Address::Host).map_err(|_| bad()),
        Some((ip, len)) => {
            let ip: IpAddr = ip.trim().parse().map_err(|_| bad())?;
            let len: u8 = len.trim().parse().map_err(|_| bad())?;
            let network = match ip {
                IpAddr::V4(v4) if len <= 32 => {
                    let mask = u32::MAX.checked_shl(32 - u32::from(len)).unwrap_or(0);
                    IpAddr::from((u32::from(v4) & mask).to_be_bytes())
                }
                IpAddr::V6(v6) if len <= 128 => {
                    let mask = u128::MAX.checked_shl(128 - u32::from(len)).unwrap_or(0);
                    IpAddr::from((u128::from(v6) & mask).to_be_bytes())
                }
                _ => return Err(bad()),
            };
            Ok(Address::Network(network, len))
        }
    }
}

/// Hash algorithms and the length of their hex digests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashAlgorithm {
    Md5,
    Sha1,
    Sha256,
    Sha512,
}

impl HashAlgorithm {
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().replace(['-', '_'], "").as_str() {
            "md5" => Some(Self::Md5),
            "sha1" => Some(Self::Sha1),
            "sha256" => Some(Self::Sha256),
            "sha512" => Some(Self::Sha512),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Md5 => "MD5",
            Self::Sha1 => "SHA-1",
            Self::Sha256 => "SHA-256",
            Self::Sha512 => "SHA-512",
        }
    }

    pub fn hex_len(self) -> usize {
        match self {
            Self::Md5 => 32,
            Self::Sha1 => 40,
            Self::Sha256 => 64,
            Self::Sha512 => 128,
        }
    }
}

/// A digest as lowercase hex, ignoring spaces and colons; its length must fit the algorithm.
pub fn digest(text: &str, algorithm: HashAlgorithm) -> Result<String, Text> {
    let hex: String =
        text.chars().filter(|c| !c.is_whitespace() && *c != ':').collect::<String>().to_lowercase();
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(Text::new(Msg::AnswerDigestCharacters).with("algorithm", algorithm.name()));
    }
    if hex.len() != algorithm.hex_len() {
        return Err(Text::new(Msg::AnswerDigestLength)
            .with("algorithm", algorithm.name())
            .with("count", algorithm.hex_len())
            .with("given", hex.len()));
    }
    Ok(hex)
}

/// Numbers separated by `sep`, each with at most `max_digits` digits (leading zeros optional).
fn numbers<const N: usize>(text: &str, sep: char, max_digits: [usize; N]) -> Option<[u32; N]> {
    let parts: Vec<&str> = text.split(sep).collect();
    if parts.len() != N {
        return None;
    }
    let mut out = [0; N];
    for (i, part) in parts.iter().enumerate() {
        if part.is_empty() || part.len() > max_digits[i] || !part.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        out[i] = part.parse().ok()?;
    }
    Some(out)
}

/// A calendar date written YYYY-MM-DD (leading zeros of month and day optional).
pub fn date(text: &str) -> Result<Date, Text> {
    let bad = || Text::new(Msg::AnswerNotDate).with("given", text.trim());
    let [year, month, day] = numbers(text.trim(), '-', [4, 2, 2]).ok_or_else(bad)?;
    let month = Month::try_from(month as u8).map_err(|_| bad())?;
    Date::from_calendar_date(year as i32, month, day as u8).map_err(|_| bad())
}

/// A UTC time written `YYYY-MM-DD HH:MM:SS` (a `T` in place of the space, a final `Z`, and
/// missing leading zeros are fine).
pub fn timestamp(text: &str) -> Result<PrimitiveDateTime, Text> {
    let bad = || Text::new(Msg::AnswerNotTimestamp).with("given", text.trim());
    let cleaned = text.trim().trim_end_matches('Z').trim_end_matches("+00:00").replacen('T', " ", 1);
    let (day, clock) = cleaned.split_once(' ').ok_or_else(bad)?;
    let [h, m, s] = numbers(clock.trim(), ':', [2, 2, 2]).ok_or_else(bad)?;
    let time = Time::from_hms(h as u8, m as u8, s as u8).map_err(|_| bad())?;
    Ok(PrimitiveDateTime::new(date(day).map_err(|_| bad())?, time))
}

/// A reference to an article: optional instrument (`P1`, `P2`), number, then parts such as
/// `(1)(b)`. Written forms like `Article 18 (1) (b)`, `art.18(1)(b)` and `Art 18(1)(b)` all read
/// as `Art 18(1)(b)`.
pub fn article(text: &str) -> Result<String, Text> {
    let bad = || Text::new(Msg::AnswerNotArticle).with("given", text.trim());
    let lower = text.trim().to_lowercase();
    let mut rest = lower.as_str();
    let mut instrument = "";
    for (prefix, name) in [("p1", "P1 "), ("p2", "P2 "), ("bc", "")] {
        if let Some(r) = rest.strip_prefix(prefix) {
            instrument = name;
            rest = r.trim_start();
            break;
        }
    }
    for word in ["articles", "article", "arts.", "arts", "art.", "art"] {
        if let Some(r) = rest.strip_prefix(word) {
            rest = r;
            break;
        }
    }
    let rest: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return Err(bad());
    }
    let number: u32 = digits.parse().map_err(|_| bad())?;
    // Parts: `(1)(b)`, also written `.1.b`, `1b` or `b` after the number.
    let mut parts = String::new();
    let mut tail = &rest[digits.len()..];
    while !tail.is_empty() {
        tail = tail.trim_start_matches('.');
        let (part, next) = if let Some(t) = tail.strip_prefix('(') {
            t.split_once(')').ok_or_else(bad)?
        } else {
            let digits = tail.starts_with(|c: char| c.is_ascii_digit());
            let end = tail
                .find(|c: char| !(if digits { c.is_ascii_digit() } else { c.is_ascii_alphabetic() }))
                .unwrap_or(tail.len());
            tail.split_at(end)
        };
        if part.is_empty() || !part.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(bad());
        }
        parts.push_str(&format!("({part})"));
        tail = next;
    }
    Ok(format!("{instrument}Art {number}{parts}"))
}

/// Whether `given` names `expected` or a part of it: `Art 6(1)(a)` is within `Art 6`.
pub fn within(given: &str, expected: &str) -> bool {
    given == expected || given.strip_prefix(expected).is_some_and(|rest| rest.starts_with('('))
}

/// A set of article references, comma-separated ("Art 2, Art 11", "Articles 4 and 5").
pub fn articles(text: &str) -> Result<BTreeSet<String>, Text> {
    let items = split_list(&text.replace(" and ", ","));
    if items.is_empty() {
        return Err(Msg::AnswerNoArticles.into());
    }
    items.iter().map(|i| article(i)).collect()
}

/// Letters (`A`, `B`, ...) picking items in order, for an ordering question with `count` items.
pub fn letters(text: &str, count: usize) -> Result<Vec<usize>, Text> {
    let last = (b'A' + (count.max(1) as u8) - 1) as char;
    let bad = || Text::new(Msg::AnswerLetters).with("last", last.to_string());
    let picked: Vec<usize> = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace() || c == '>')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let c = s.trim().to_ascii_uppercase();
            match c.as_bytes() {
                [b] if (b'A'..b'A' + count as u8).contains(b) => Ok(usize::from(b - b'A')),
                _ => Err(bad()),
            }
        })
        .collect::<Result<_, _>>()?;
    let unique: BTreeSet<_> = picked.iter().collect();
    if picked.len() != count || unique.len() != count {
        return Err(bad());
    }
    Ok(picked)
}

#[cfg(test)]
mod tests {
    use kujenga_types::Language;

    use super::*;

    #[test]
    fn text_normalisation() {
        assert_eq!(normalise("  RFC   2350 \n"), "rfc 2350");
        assert_eq!(split_list("a, b;c\n d,,"), ["a", "b", "c", "d"]);
    }

    #[test]
    fn numbers_accept_decimal_commas() {
        assert_eq!(number("7,5").unwrap(), 7.5);
        assert_eq!(number(" 1,234.5 ").unwrap(), 1234.5);
        assert_eq!(number("-0.1").unwrap(), -0.1);
        assert!(number("seven").unwrap_err().write(Language::En).contains("not a number"));
        assert!(number("NaN").is_err());
        assert_eq!(number("0x1F").unwrap(), 31.0);
        assert!(number("0xZZ").unwrap_err().write(Language::En).contains("hexadecimal"));
        assert_eq!(undecorated(" \"FLAG-AB12-CD34.\" "), "FLAG-AB12-CD34");
    }

    #[test]
    fn addresses_and_networks() {
        assert_eq!(address("203.0.113.7").unwrap(), Address::Host("203.0.113.7".parse().unwrap()));
        assert_eq!(address("198.51.100.77/24").unwrap(), address("198.51.100.0/24").unwrap());
        assert_ne!(address("198.51.100.0/25").unwrap(), address("198.51.100.0/24").unwrap());
        assert_eq!(address("2001:db8::1/32").unwrap(), address("2001:db8::/32").unwrap());
        assert_eq!(address("0.0.0.0/0").unwrap(), Address::Network("0.0.0.0".parse().unwrap(), 0));
        assert!(address("203.0.113.7/33").is_err());
        assert!(address("203.0.113").is_err());
    }

    #[test]
    fn digests_by_algorithm() {
        let sha = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";
        assert_eq!(digest(sha, HashAlgorithm::Sha256).unwrap(), sha.to_lowercase());
        assert!(digest(&sha[1..], HashAlgorithm::Sha256).unwrap_err().write(Language::En).contains("64"));
        assert!(digest(sha, HashAlgorithm::Md5).unwrap_err().write(Language::En).contains("32"));
        assert!(digest("zz", HashAlgorithm::Md5).unwrap_err().write(Language::En).contains("0-9"));
        assert_eq!(
            digest("d4:1d:8c:d9", HashAlgorithm::Md5).unwrap_err().write(Language::En),
            "a MD5 digest has 32 hexadecimal characters; you typed 8"
        );
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(date("2026-05-13").unwrap().to_string(), "2026-05-13");
        assert!(date("13/05/2026").unwrap_err().write(Language::En).contains("YYYY-MM-DD"));
        assert!(date("2026-02-30").is_err());
        assert_eq!(date("2026-3-4").unwrap(), date("2026-03-04").unwrap());
        assert!(date("2026-003-04").is_err());
        assert_eq!(timestamp("2026-3-4 7:05:09").unwrap(), timestamp("2026-03-04 07:05:09").unwrap());
        assert!(timestamp("2026-03-04 25:00:00").is_err());
        assert_eq!(timestamp("2026-03-14T09:21:07Z").unwrap(), timestamp("2026-03-14 09:21:07").unwrap());
        assert!(timestamp("09:21").is_err());
    }

    #[test]
    fn article_references_read_in_many_spellings() {
        for written in ["Art 18(1)(b)", "Article 18 (1) (b)", "art.18(1)(b)", "ART18(1)(B)", "18(1)(b)"] {
            assert_eq!(article(written).unwrap(), "Art 18(1)(b)", "{written}");
        }
        assert_eq!(article("P2 Art 7").unwrap(), "P2 Art 7");
        assert_eq!(article("p2 article 7").unwrap(), "P2 Art 7");
        assert_eq!(article("Art 32(b)").unwrap(), "Art 32(b)");
        assert_eq!(article("Art 32b").unwrap(), "Art 32(b)");
        assert_eq!(article("art 18.1.b").unwrap(), "Art 18(1)(b)");
        assert_eq!(article("Art 18(1)b").unwrap(), "Art 18(1)(b)");
        assert!(article("Art 18(1)-b").is_err());
        assert!(article("Art").is_err());
        assert!(article("Art 18(1").is_err());
        assert!(article("Art 18(1)(b").is_err());
        assert_eq!(articles("Art 2, art 11 and Art 4").unwrap().len(), 3);
        assert_eq!(articles("Articles 4 and 5").unwrap(), articles("Art 4, Art 5").unwrap());
        assert_eq!(articles("Arts 4, 5").unwrap(), articles("Art 4, Art 5").unwrap());
        assert!(within("Art 6(1)(a)", "Art 6") && within("Art 6", "Art 6"));
        assert!(!within("Art 61", "Art 6") && !within("Art 6", "Art 6(1)"));
    }

    #[test]
    fn letters_pick_every_item_once() {
        assert_eq!(letters("C, A, B", 3).unwrap(), [2, 0, 1]);
        assert_eq!(letters("c a b", 3).unwrap(), [2, 0, 1]);
        assert!(letters("A, A, B", 3).is_err());
        assert!(letters("A, B", 3).is_err());
        assert!(letters("A, B, D", 3).unwrap_err().write(Language::En).contains("A to C"));
    }
}
