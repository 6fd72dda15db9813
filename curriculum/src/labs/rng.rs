//! A deterministic random source for generators: the same seed always gives the same lab.

use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

pub struct Rng(ChaCha20Rng);

impl Rng {
    pub fn new(seed: [u8; 32]) -> Self {
        Rng(ChaCha20Rng::from_seed(seed))
    }

    /// A number in `0..n`, without modulo bias.
    pub fn below(&mut self, n: u64) -> u64 {
        assert!(n > 0, "below(0)");
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let v = self.0.next_u64();
            if v < zone {
                return v % n;
            }
        }
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }

    /// `count` distinct items, in random order.
    pub fn sample<T: Clone>(&mut self, items: &[T], count: usize) -> Vec<T> {
        let mut all = items.to_vec();
        self.shuffle(&mut all);
        all.truncate(count);
        all
    }

    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        let mut out = vec![0; n];
        self.0.fill_bytes(&mut out);
        out
    }

    /// A code of unambiguous capitals and digits, such as `7QK2M9XD`.
    pub fn code(&mut self, n: usize) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        (0..n).map(|_| *self.pick(ALPHABET) as char).collect()
    }

    /// A host address from the documentation ranges of RFC 5737.
    pub fn doc_ip(&mut self) -> String {
        let net = *self.pick(&["192.0.2", "198.51.100", "203.0.113"]);
        format!("{net}.{}", self.range(1, 254))
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date, and back: enough calendar for logs.
pub mod calendar {
    use time::{Date, Month, PrimitiveDateTime, Time};

    pub fn datetime(year: i32, day_of_year: u16, seconds_of_day: u32) -> PrimitiveDateTime {
        let date = Date::from_ordinal_date(year, day_of_year).expect("a valid day of the year");
        let time = Time::from_hms(
            (seconds_of_day / 3600) as u8,
            (seconds_of_day / 60 % 60) as u8,
            (seconds_of_day % 60) as u8,
        )
        .expect("a valid time");
        PrimitiveDateTime::new(date, time)
    }

    pub const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    pub fn month_abbrev(month: Month) -> &'static str {
        MONTHS[u8::from(month) as usize - 1]
    }
}
