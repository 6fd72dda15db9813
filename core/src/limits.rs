//! Limits on guessing and flooding, kept in memory. Every limit is checked and counted in one
//! step (under one lock), before the work it limits: N parallel requests can never all pass a
//! check that only one of them should pass.
//!
//! Sign-in failures are limited three ways:
//! - per account and address: 5 wrong passwords per 15 minutes, so one client cannot guess on;
//! - per address: 50 per 15 minutes (a classroom often shares one address);
//! - per account, slowly: once an account has had 10 failures within an hour, an address that
//!   has itself failed on it must wait longer after each further failure (2, 4, 8 ... seconds,
//!   at most 15 minutes). An address that has not failed is never held back by this, so
//!   someone else's guessing never locks the owner out.
//!
//! Addresses are keyed as clients are: an IPv6 address by its /64 network (one household or
//! office), an IPv4 address whole.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::str::FromStr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use kujenga_types::AppError;

/// Keys kept at most per limiter; past it the keys whose hits have all expired are dropped.
const CAPACITY: usize = 50_000;

/// At most `limit` hits per key within `window`.
pub struct RateLimiter {
    limit: usize,
    window: Duration,
    hits: Mutex<HashMap<String, VecDeque<Instant>>>,
}

/// A hit that was counted, and can be given back when the work it stood for turns out fine
/// (a right password does not count as a guess).
#[must_use = "a hit is kept unless it is refunded"]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    key: String,
    at: Instant,
}

impl RateLimiter {
    pub fn new(limit: usize, window: Duration) -> Self {
        Self { limit, window, hits: Mutex::new(HashMap::new()) }
    }

    /// Counts one hit for `key`, or refuses it (counting nothing) with the wait until a hit frees.
    pub fn take(&self, key: &str) -> Result<Hit, AppError> {
        let now = Instant::now();
        let mut hits = self.hits.lock().unwrap_or_else(|e| e.into_inner());
        if hits.len() > CAPACITY {
            let window = self.window;
            hits.retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < window));
        }
        let times = hits.entry(key.to_string()).or_default();
        while times.front().is_some_and(|t| now.duration_since(*t) >= self.window) {
            times.pop_front();
        }
        if times.len() >= self.limit {
            let oldest = times.front().copied().unwrap_or(now);
            return Err(too_many(self.window.saturating_sub(now.duration_since(oldest))));
        }
        times.push_back(now);
        Ok(Hit { key: key.to_string(), at: now })
    }

    /// Gives a hit back.
    pub fn refund(&self, hit: Hit) {
        let mut hits = self.hits.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(times) = hits.get_mut(&hit.key)
            && let Some(i) = times.iter().position(|t| *t == hit.at)
        {
            times.remove(i);
        }
    }

    /// Hits of `key` still within the window.
    fn count(&self, key: &str) -> usize {
        let now = Instant::now();
        let hits = self.hits.lock().unwrap_or_else(|e| e.into_inner());
        hits.get(key)
            .map_or(0, |times| times.iter().filter(|t| now.duration_since(**t) < self.window).count())
    }

    pub fn clear(&self, key: &str) {
        self.hits.lock().unwrap_or_else(|e| e.into_inner()).remove(key);
    }
}

fn too_many(wait: Duration) -> AppError {
    // Whole seconds, rounded up, never zero.
    let secs = (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1);
    AppError::TooManyAttempts { retry_after_secs: secs }
}

/// An account's recent failures, for the slow per-account backoff.
struct Backoff {
    window: Duration,
    /// Failures an account may have before addresses that failed on it must wait.
    free: usize,
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl Backoff {
    /// How long an address that has failed on `account` must still wait, if at all.
    fn wait(&self, account: &str) -> Option<Duration> {
        let now = Instant::now();
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let times = failures.get_mut(account)?;
        while times.front().is_some_and(|t| now.duration_since(*t) >= self.window) {
            times.pop_front();
        }
        let beyond = times.len().checked_sub(self.free)?;
        let delay =
            Duration::from_secs(2u64.saturating_pow(beyond as u32 + 1)).min(Duration::from_secs(15 * 60));
        let since = now.duration_since(*times.back()?);
        (since < delay).then(|| delay - since)
    }

    fn fail(&self, account: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        if failures.len() > CAPACITY {
            let (now, window) = (Instant::now(), self.window);
            failures.retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < window));
        }
        failures.entry(account.to_string()).or_default().push_back(Instant::now());
    }
}

/// The sign-in limits of one account and one address.
pub struct SignInLimits {
    pair: RateLimiter,
    address: RateLimiter,
    account: Backoff,
}

/// The hits a sign-in attempt holds while its password is checked.
#[must_use = "a sign-in attempt ends as a success or a failure"]
pub struct Attempt {
    account: String,
    pair: Hit,
    address: Hit,
}

impl SignInLimits {
    fn new() -> Self {
        SignInLimits {
            pair: RateLimiter::new(5, Duration::from_secs(15 * 60)),
            address: RateLimiter::new(50, Duration::from_secs(15 * 60)),
            account: Backoff {
                window: Duration::from_secs(3600),
                free: 10,
                failures: Mutex::new(HashMap::new()),
            },
        }
    }

    /// Counts an attempt on `account` from `address` before its password is checked, or
    /// refuses it with the wait.
    pub fn begin(&self, account: &str, address: &str) -> Result<Attempt, AppError> {
        let pair_key = format!("{account}|{address}");
        if self.pair.count(&pair_key) > 0
            && let Some(wait) = self.account.wait(account)
        {
            return Err(too_many(wait));
        }
        let pair = self.pair.take(&pair_key)?;
        let address = match self.address.take(address) {
            Ok(hit) => hit,
            Err(refused) => {
                self.pair.refund(pair);
                return Err(refused);
            }
        };
        Ok(Attempt { account: account.to_string(), pair, address })
    }

    /// The password was right: the attempt is not a guess, and the pair starts afresh.
    pub fn succeeded(&self, attempt: Attempt) {
        self.pair.clear(&attempt.pair.key);
        self.address.refund(attempt.address);
    }

    /// The password could not be checked (the server was busy): the attempt does not count.
    pub fn abandoned(&self, attempt: Attempt) {
        self.pair.refund(attempt.pair);
        self.address.refund(attempt.address);
    }

    /// The password was wrong: the attempt stays counted.
    pub fn failed(&self, attempt: Attempt) {
        self.account.fail(&attempt.account);
    }
}

/// The limits of one running server.
pub struct Limits {
    pub sign_in: SignInLimits,
    /// Wrong invite codes per address (codes must not be guessable).
    pub invite_codes: RateLimiter,
    pub answers: RateLimiter,
}

impl Limits {
    /// The sign-in limits, and `answers_per_minute` for each learner.
    pub fn new(answers_per_minute: usize) -> Self {
        Self {
            sign_in: SignInLimits::new(),
            invite_codes: RateLimiter::new(20, Duration::from_secs(15 * 60)),
            answers: RateLimiter::new(answers_per_minute, Duration::from_secs(60)),
        }
    }
}

/// The key limits count a client under: an IPv6 address by its /64 network, an IPv4 address
/// whole, and "unknown" when the address is not known.
pub fn address_key(ip: Option<IpAddr>) -> String {
    match ip.map(|ip| ip.to_canonical()) {
        Some(IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Some(ip) => ip.to_string(),
        None => "unknown".into(),
    }
}

/// An address or a network, such as `10.0.0.5` or `10.0.0.0/8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    base: IpAddr,
    prefix: u8,
}

impl FromStr for Network {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let bad = || format!("`{text}` is not an address or a network such as 10.0.0.0/8 or fd00::/8");
        let (address, prefix) =
            text.trim().split_once('/').map_or((text.trim(), None), |(a, p)| (a, Some(p)));
        let base: IpAddr = address.parse().map_err(|_| bad())?;
        let most = if base.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p.parse::<u8>().ok().filter(|p| *p <= most).ok_or_else(bad)?,
            None => most,
        };
        Ok(Network { base, prefix })
    }
}

impl Network {
    pub fn contains(&self, ip: IpAddr) -> bool {
        let bits = |ip: IpAddr| -> (u128, u32) {
            match ip.to_canonical() {
                IpAddr::V4(v4) => (u128::from(u32::from(v4)) << 96, 32),
                IpAddr::V6(v6) => (u128::from(v6), 128),
            }
        };
        let ((base, base_len), (other, other_len)) = (bits(self.base), bits(ip));
        if base_len != other_len {
            return false;
        }
        // IPv4 addresses sit in the top 32 bits, so a prefix counts from the top for both.
        let keep = u32::from(self.prefix);
        let mask = if keep == 0 { 0 } else { u128::MAX << (128 - keep) };
        base & mask == other & mask
    }
}

/// The client's address: the connection's, unless it comes from a trusted proxy, in which case
/// the nearest address in `X-Forwarded-For` that is not itself a trusted proxy. A proxy that is
/// not trusted cannot choose the address its clients are counted under.
pub fn client_address(peer: IpAddr, forwarded_for: Option<&str>, trusted: &[Network]) -> IpAddr {
    let is_trusted = |ip: IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(peer) {
        return peer;
    }
    let chain = forwarded_for.unwrap_or_default().split(',').rev();
    for hop in chain {
        match hop.trim().parse::<IpAddr>() {
            Ok(ip) if is_trusted(ip) => continue,
            Ok(ip) => return ip,
            Err(_) => break,
        }
    }
    peer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_limit_is_counted_when_checked_and_can_be_refunded() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        let first = limiter.take("a").unwrap();
        let _second = limiter.take("a").unwrap();
        assert!(matches!(limiter.take("a"), Err(AppError::TooManyAttempts { retry_after_secs: 60 })));
        assert!(limiter.take("b").is_ok(), "another key is not limited");
        limiter.refund(first);
        assert!(limiter.take("a").is_ok(), "a refunded hit frees its place");
        limiter.clear("a");
        assert_eq!(limiter.count("a"), 0);
    }

    #[test]
    fn hits_expire_after_the_window() {
        let limiter = RateLimiter::new(1, Duration::from_millis(1));
        let _hit = limiter.take("a").unwrap();
        std::thread::sleep(Duration::from_millis(5));
        assert!(limiter.take("a").is_ok());
    }

    #[test]
    fn the_account_backoff_holds_back_only_addresses_that_failed() {
        let limits = SignInLimits::new();
        for i in 0..11 {
            let attempt = limits.begin("amina", &format!("198.51.100.{i}")).unwrap();
            limits.failed(attempt);
        }
        let again = limits.begin("amina", "198.51.100.3");
        assert!(matches!(again, Err(AppError::TooManyAttempts { .. })), "an address that failed waits");
        assert!(limits.begin("amina", "203.0.113.9").is_ok(), "a clean address is not held back");
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64_network() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(address_key(Some(a)), address_key(Some(b)));
        assert_ne!(address_key(Some(a)), address_key(Some(c)));
        assert_eq!(address_key(Some("::ffff:192.0.2.7".parse().unwrap())), "192.0.2.7");
    }

    #[test]
    fn forwarded_addresses_count_only_from_trusted_proxies() {
        let trusted: Vec<Network> = vec!["10.0.0.0/8".parse().unwrap(), "fd00::1".parse().unwrap()];
        let proxy: IpAddr = "10.1.2.3".parse().unwrap();
        let outsider: IpAddr = "192.0.2.50".parse().unwrap();
        let chain = Some("203.0.113.7, 198.51.100.4, 10.9.9.9");
        assert_eq!(client_address(proxy, chain, &trusted), "198.51.100.4".parse::<IpAddr>().unwrap());
        assert_eq!(client_address(outsider, chain, &trusted), outsider, "an untrusted peer is the client");
        assert_eq!(client_address(proxy, None, &trusted), proxy);
        assert_eq!(client_address(proxy, Some("not-an-ip"), &trusted), proxy);
        assert!("300.0.0.1".parse::<Network>().is_err() && "10.0.0.0/33".parse::<Network>().is_err());
    }
}
