//! Sliding-window rate limits, kept in memory: sign-in failures per account and per address,
//! and answer submissions per learner.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use kujenga_types::AppError;

/// At most `limit` hits per key within `window`.
pub struct RateLimiter {
    limit: usize,
    window: Duration,
    hits: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl RateLimiter {
    pub fn new(limit: usize, window: Duration) -> Self {
        Self { limit, window, hits: Mutex::new(HashMap::new()) }
    }

    /// Refuses the key when it has used up its hits, saying how long until one frees.
    pub fn check(&self, key: &str) -> Result<(), AppError> {
        self.wait(key).map_err(|wait| AppError::TooManyAttempts { retry_after_secs: retry_secs(wait) })
    }

    /// `Err(wait)` when the key has used up its hits; `wait` is how long until one frees.
    fn wait(&self, key: &str) -> Result<(), Duration> {
        let now = Instant::now();
        let mut hits = self.hits.lock().unwrap_or_else(|e| e.into_inner());
        let Some(times) = hits.get_mut(key) else {
            return Ok(());
        };
        while times.front().is_some_and(|t| now.duration_since(*t) >= self.window) {
            times.pop_front();
        }
        if times.len() < self.limit {
            return Ok(());
        }
        let oldest = times.front().copied().unwrap_or(now);
        Err(self.window.saturating_sub(now.duration_since(oldest)))
    }

    pub fn hit(&self, key: &str) {
        let now = Instant::now();
        let mut hits = self.hits.lock().unwrap_or_else(|e| e.into_inner());
        if hits.len() > 50_000 {
            let window = self.window;
            hits.retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < window));
        }
        let times = hits.entry(key.to_string()).or_default();
        times.push_back(now);
        while times.len() > self.limit {
            times.pop_front();
        }
    }

    pub fn clear(&self, key: &str) {
        self.hits.lock().unwrap_or_else(|e| e.into_inner()).remove(key);
    }
}

/// The limits of one running server.
pub struct Limits {
    pub sign_in_account: RateLimiter,
    pub sign_in_address: RateLimiter,
    pub answers: RateLimiter,
}

impl Limits {
    /// The sign-in limits, and `answers_per_minute` for each learner.
    pub fn new(answers_per_minute: usize) -> Self {
        Self {
            sign_in_account: RateLimiter::new(5, Duration::from_secs(15 * 60)),
            sign_in_address: RateLimiter::new(50, Duration::from_secs(15 * 60)),
            answers: RateLimiter::new(answers_per_minute, Duration::from_secs(60)),
        }
    }
}

/// Whole seconds to wait, rounded up, never zero.
fn retry_secs(wait: Duration) -> u64 {
    (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_holds_per_key_and_clears() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        limiter.hit("a");
        assert!(limiter.check("a").is_ok());
        limiter.hit("a");
        let wait = limiter.wait("a").unwrap_err();
        assert!(wait > Duration::from_secs(58) && wait <= Duration::from_secs(60));
        assert!(limiter.check("b").is_ok());
        limiter.clear("a");
        assert!(limiter.check("a").is_ok());
    }

    #[test]
    fn hits_expire_after_the_window() {
        let limiter = RateLimiter::new(1, Duration::from_millis(1));
        limiter.hit("a");
        std::thread::sleep(Duration::from_millis(5));
        assert!(limiter.check("a").is_ok());
    }
}
