//! The time that exercises and exams run on. A running server reads the system's clock; a test
//! sets it and moves it on, to see injects release on schedule and deadlines hold.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// Unix seconds: the system's, until `set` fixes them.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    /// 0 while the clock follows the system.
    fixed: Arc<AtomicI64>,
}

impl Clock {
    pub fn now(&self) -> i64 {
        match self.fixed.load(Ordering::Acquire) {
            0 => crate::storage::now(),
            fixed => fixed,
        }
    }

    /// Stops the clock at `at` (Unix seconds), for tests.
    pub fn set(&self, at: i64) {
        self.fixed.store(at, Ordering::Release);
    }

    /// Moves a stopped clock on by `seconds`.
    pub fn advance(&self, seconds: i64) {
        self.fixed.fetch_add(seconds, Ordering::AcqRel);
    }
}
