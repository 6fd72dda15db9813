//! Text forms of values that pages, exports and links share.

/// Percent-encodes a value for a query string (`/` is kept, for paths).
pub fn encode_query(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A local path to return to after a form; anything else becomes `/`. Browsers drop tabs and
/// line breaks from a `Location` and read a backslash as `/`, so `/<tab>/evil.example` would
/// send them to `//evil.example`: only printable characters, no backslash, no `//` at the start.
pub fn local_path(next: &str) -> String {
    let printable = next.chars().all(|c| c.is_ascii_graphic());
    if printable && next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next.to_string()
    } else {
        "/".to_string()
    }
}

/// A Unix time as UTC `YYYY-MM-DD HH:MM`.
pub fn date_time(unix_seconds: i64) -> String {
    let seconds = unix_seconds.rem_euclid(86_400);
    format!("{} {:02}:{:02}", date(unix_seconds), seconds / 3600, seconds / 60 % 60)
}

/// A Unix time as a UTC calendar date, `YYYY-MM-DD`.
pub fn date(unix_seconds: i64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = unix_seconds.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(encode_query("/learn/a b?x=1&y"), "/learn/a%20b%3Fx%3D1%26y");
    }

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path("/learn/x?y=1"), "/learn/x?y=1");
        assert_eq!(local_path("//evil.example/x"), "/");
        assert_eq!(local_path("https://evil.example/"), "/");
        assert_eq!(local_path("/\\evil.example"), "/");
        assert_eq!(local_path("/\t/evil.example"), "/");
        assert_eq!(local_path("/\n/evil.example"), "/");
        assert_eq!(local_path("/ /evil.example"), "/");
        assert_eq!(local_path(""), "/");
    }

    #[test]
    fn dates_are_utc_calendar_days() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(951_782_400), "2000-02-29");
        assert_eq!(date(1_795_478_399), "2026-11-23");
        assert_eq!(date_time(1_795_478_399), "2026-11-23 23:59");
    }
}
