//! Limits on guessing and flooding. Every limit is checked and counted in one step, before the
//! work it limits: N parallel requests can never all pass a check that only one of them should
//! pass. One server on SQLite keeps them in memory (under one lock), over sliding windows;
//! several nodes on PostgreSQL share them in the database (`storage::limits`: one UPSERT that
//! counts and checks), over fixed windows, so that requests split over nodes never exceed them
//! either. A fixed window lets a client spend one window's allowance at its end and the next
//! one's at the start, never more.
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
use sqlx::PgPool;

use crate::Result;
use crate::storage::{Db, limits as shared};

/// Keys kept at most per limiter in memory; past it the keys whose hits have all expired are dropped.
const CAPACITY: usize = 50_000;

/// The longest window of any limit: shared hits older than this are purged.
pub const LONGEST_WINDOW: Duration = Duration::from_secs(3600);

/// Where a limiter keeps its hits.
enum Store {
    Memory(Mutex<HashMap<String, VecDeque<Instant>>>),
    /// In the database, each key prefixed with the limiter's name.
    Shared {
        pool: PgPool,
        name: &'static str,
    },
}

impl Store {
    fn for_db(db: &Db, name: &'static str) -> Store {
        match db {
            Db::Sqlite(_) => Store::Memory(Mutex::new(HashMap::new())),
            Db::Postgres(pool) => Store::Shared { pool: pool.clone(), name },
        }
    }
}

/// At most `limit` hits per key within `window`.
pub struct RateLimiter {
    limit: usize,
    window: Duration,
    store: Store,
}

/// A hit that was counted, and can be given back when the work it stood for turns out fine
/// (a right password does not count as a guess).
#[must_use = "a hit is kept unless it is refunded"]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    key: String,
    mark: Mark,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Mark {
    Memory(Instant),
    /// The start of the shared window the hit was counted in.
    Shared(i64),
}

/// Milliseconds since the Unix epoch: the clock every node shares.
fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

impl RateLimiter {
    /// A limiter named `name` (its keys' prefix when shared), kept as `db`'s engine needs.
    pub fn new(db: &Db, name: &'static str, limit: usize, window: Duration) -> Self {
        Self { limit, window, store: Store::for_db(db, name) }
    }

    /// Counts one hit for `key`, or refuses it (counting nothing) with the wait until a hit frees.
    pub async fn take(&self, key: &str) -> Result<Hit> {
        match &self.store {
            Store::Memory(hits) => {
                let now = Instant::now();
                let mut hits = hits.lock().unwrap_or_else(|e| e.into_inner());
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
                    return Err(too_many(self.window.saturating_sub(now.duration_since(oldest))).into());
                }
                times.push_back(now);
                Ok(Hit { key: key.to_string(), mark: Mark::Memory(now) })
            }
            Store::Shared { pool, name } => {
                let most = i64::try_from(self.limit).unwrap_or(i64::MAX);
                let full = format!("{name}|{key}");
                match shared::take(pool, &full, now_ms(), millis(self.window), most).await? {
                    Ok(window) => Ok(Hit { key: key.to_string(), mark: Mark::Shared(window) }),
                    Err(wait_ms) => {
                        Err(too_many(Duration::from_millis(u64::try_from(wait_ms).unwrap_or(0))).into())
                    }
                }
            }
        }
    }

    /// Gives a hit back.
    pub async fn refund(&self, hit: Hit) -> Result<()> {
        match (&self.store, hit.mark) {
            (Store::Memory(hits), Mark::Memory(at)) => {
                let mut hits = hits.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(times) = hits.get_mut(&hit.key)
                    && let Some(i) = times.iter().position(|t| *t == at)
                {
                    times.remove(i);
                }
            }
            (Store::Shared { pool, name }, Mark::Shared(window)) => {
                shared::refund(pool, &format!("{name}|{}", hit.key), window).await?
            }
            _ => {}
        }
        Ok(())
    }

    /// Hits of `key` still within the window.
    async fn count(&self, key: &str) -> Result<usize> {
        match &self.store {
            Store::Memory(hits) => {
                let now = Instant::now();
                let hits = hits.lock().unwrap_or_else(|e| e.into_inner());
                Ok(hits.get(key).map_or(0, |times| {
                    times.iter().filter(|t| now.duration_since(**t) < self.window).count()
                }))
            }
            Store::Shared { pool, name } => {
                let (count, _) =
                    shared::count(pool, &format!("{name}|{key}"), now_ms(), millis(self.window)).await?;
                Ok(usize::try_from(count).unwrap_or(usize::MAX))
            }
        }
    }

    pub async fn clear(&self, key: &str) -> Result<()> {
        match &self.store {
            Store::Memory(hits) => {
                hits.lock().unwrap_or_else(|e| e.into_inner()).remove(key);
            }
            Store::Shared { pool, name } => shared::clear(pool, &format!("{name}|{key}")).await?,
        }
        Ok(())
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
    store: Store,
}

impl Backoff {
    /// How long an address that has failed on `account` must still wait, if at all.
    async fn wait(&self, account: &str) -> Result<Option<Duration>> {
        let (failures, since_last) = match &self.store {
            Store::Memory(failures) => {
                let now = Instant::now();
                let mut failures = failures.lock().unwrap_or_else(|e| e.into_inner());
                let Some(times) = failures.get_mut(account) else { return Ok(None) };
                while times.front().is_some_and(|t| now.duration_since(*t) >= self.window) {
                    times.pop_front();
                }
                let Some(last) = times.back() else { return Ok(None) };
                (times.len(), now.duration_since(*last))
            }
            Store::Shared { pool, name } => {
                let now = now_ms();
                let key = format!("{name}|{account}");
                let (count, last) = shared::count(pool, &key, now, millis(self.window)).await?;
                let Some(last) = last else { return Ok(None) };
                let since = Duration::from_millis(u64::try_from(now - last).unwrap_or(0));
                (usize::try_from(count).unwrap_or(usize::MAX), since)
            }
        };
        let Some(beyond) = failures.checked_sub(self.free) else { return Ok(None) };
        let delay =
            Duration::from_secs(2u64.saturating_pow(beyond as u32 + 1)).min(Duration::from_secs(15 * 60));
        Ok((since_last < delay).then(|| delay - since_last))
    }

    async fn fail(&self, account: &str) -> Result<()> {
        match &self.store {
            Store::Memory(failures) => {
                let mut failures = failures.lock().unwrap_or_else(|e| e.into_inner());
                if failures.len() > CAPACITY {
                    let (now, window) = (Instant::now(), self.window);
                    failures.retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < window));
                }
                failures.entry(account.to_string()).or_default().push_back(Instant::now());
            }
            Store::Shared { pool, name } => {
                shared::add(pool, &format!("{name}|{account}"), now_ms(), millis(self.window)).await?
            }
        }
        Ok(())
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
    fn new(db: &Db) -> Self {
        SignInLimits {
            pair: RateLimiter::new(db, "sign-in", 5, Duration::from_secs(15 * 60)),
            address: RateLimiter::new(db, "sign-in-address", 50, Duration::from_secs(15 * 60)),
            account: Backoff {
                window: LONGEST_WINDOW,
                free: 10,
                store: Store::for_db(db, "sign-in-account"),
            },
        }
    }

    /// Counts an attempt on `account` from `address` before its password is checked, or
    /// refuses it with the wait.
    pub async fn begin(&self, account: &str, address: &str) -> Result<Attempt> {
        let pair_key = format!("{account}|{address}");
        if self.pair.count(&pair_key).await? > 0
            && let Some(wait) = self.account.wait(account).await?
        {
            return Err(too_many(wait).into());
        }
        let pair = self.pair.take(&pair_key).await?;
        let address = match self.address.take(address).await {
            Ok(hit) => hit,
            Err(refused) => {
                self.pair.refund(pair).await?;
                return Err(refused);
            }
        };
        Ok(Attempt { account: account.to_string(), pair, address })
    }

    /// The password was right: the attempt is not a guess, and the pair starts afresh.
    pub async fn succeeded(&self, attempt: Attempt) -> Result<()> {
        self.pair.clear(&attempt.pair.key).await?;
        self.address.refund(attempt.address).await
    }

    /// The password could not be checked (the server was busy): the attempt does not count.
    pub async fn abandoned(&self, attempt: Attempt) -> Result<()> {
        self.pair.refund(attempt.pair).await?;
        self.address.refund(attempt.address).await
    }

    /// The password was wrong: the attempt stays counted.
    pub async fn failed(&self, attempt: Attempt) -> Result<()> {
        self.account.fail(&attempt.account).await
    }
}

/// The limits of one running server (or, on PostgreSQL, of all the nodes together).
pub struct Limits {
    pub sign_in: SignInLimits,
    /// Wrong invite codes per address (codes must not be guessable).
    pub invite_codes: RateLimiter,
    pub answers: RateLimiter,
}

impl Limits {
    /// The sign-in limits, and `answers_per_minute` for each learner, kept as `db` needs.
    pub fn new(db: &Db, answers_per_minute: usize) -> Self {
        Self {
            sign_in: SignInLimits::new(db),
            invite_codes: RateLimiter::new(db, "invite-codes", 20, Duration::from_secs(15 * 60)),
            answers: RateLimiter::new(db, "answers", answers_per_minute, Duration::from_secs(60)),
        }
    }
}

/// Drops shared hits older than every window (nothing to do when they are in memory).
pub async fn purge(db: &Db) -> Result<u64> {
    match db {
        Db::Sqlite(_) => Ok(0),
        Db::Postgres(pool) => shared::purge(pool, now_ms() - millis(LONGEST_WINDOW)).await,
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

    /// Limits as one server on SQLite keeps them: in memory.
    async fn alone() -> Db {
        crate::storage::connect("sqlite::memory:").await.unwrap()
    }

    fn refused<T>(taken: &Result<T>) -> bool {
        matches!(taken, Err(crate::Error::App(AppError::TooManyAttempts { .. })))
    }

    #[tokio::test]
    async fn a_limit_is_counted_when_checked_and_can_be_refunded() {
        let limiter = RateLimiter::new(&alone().await, "test", 2, Duration::from_secs(60));
        let first = limiter.take("a").await.unwrap();
        let _second = limiter.take("a").await.unwrap();
        let third = limiter.take("a").await;
        assert!(matches!(third, Err(crate::Error::App(AppError::TooManyAttempts { retry_after_secs: 60 }))));
        assert!(limiter.take("b").await.is_ok(), "another key is not limited");
        limiter.refund(first).await.unwrap();
        assert!(limiter.take("a").await.is_ok(), "a refunded hit frees its place");
        limiter.clear("a").await.unwrap();
        assert_eq!(limiter.count("a").await.unwrap(), 0);
    }

    #[tokio::test]
    async fn hits_expire_after_the_window() {
        let limiter = RateLimiter::new(&alone().await, "test", 1, Duration::from_millis(1));
        let _hit = limiter.take("a").await.unwrap();
        tokio::time::sleep(Duration::from_millis(5)).await;
        assert!(limiter.take("a").await.is_ok());
    }

    #[tokio::test]
    async fn the_account_backoff_holds_back_only_addresses_that_failed() {
        let limits = SignInLimits::new(&alone().await);
        for i in 0..11 {
            let attempt = limits.begin("amina", &format!("198.51.100.{i}")).await.unwrap();
            limits.failed(attempt).await.unwrap();
        }
        assert!(refused(&limits.begin("amina", "198.51.100.3").await), "an address that failed waits");
        assert!(limits.begin("amina", "203.0.113.9").await.is_ok(), "a clean address is not held back");
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
