//! Who is signed in, by account id: accounts kept in memory for [`VIEWER_TTL`], so that a
//! signed-in page need not read the account each time. A change made by this server (a role,
//! a disabled account, sessions ended) drops the account at once, here and, through their
//! notices (see `peers`), on the other nodes of a PostgreSQL database; one made by hand in the
//! database takes effect within that time.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::Result;
use crate::peers::{Notice, Peers};
use crate::storage::Db;
use crate::storage::users::{self, Active};

pub const VIEWER_TTL: Duration = Duration::from_secs(30);

/// Accounts kept at most; past it the expired ones are dropped.
const CAPACITY: usize = 50_000;

#[derive(Default)]
struct Entries {
    /// The account (or its absence) and when it was read.
    accounts: HashMap<i64, (Option<Active>, Instant)>,
    /// When each account was last changed, so that a read that began before the change does
    /// not keep what it read.
    changed: HashMap<i64, Instant>,
    /// When everything was last dropped.
    cleared: Option<Instant>,
}

pub struct ViewerCache {
    entries: Mutex<Entries>,
    peers: Arc<Peers>,
}

impl ViewerCache {
    pub fn new(peers: Arc<Peers>) -> Self {
        ViewerCache { entries: Mutex::default(), peers }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Entries> {
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The active account `id`, or `None` for a disabled or deleted one.
    pub async fn get(&self, db: &Db, id: i64) -> Result<Option<Active>> {
        let cached = self.lock().accounts.get(&id).cloned();
        if let Some((viewer, at)) = cached
            && at.elapsed() < VIEWER_TTL
        {
            return Ok(viewer);
        }
        let started = Instant::now();
        let viewer = users::active(db, id).await?;
        let mut entries = self.lock();
        if entries.accounts.len() > CAPACITY {
            entries.accounts.retain(|_, (_, at)| at.elapsed() < VIEWER_TTL);
            entries.changed.retain(|_, at| at.elapsed() < VIEWER_TTL);
        }
        let unchanged = entries.changed.get(&id).is_none_or(|changed| *changed < started)
            && entries.cleared.is_none_or(|cleared| cleared < started);
        if unchanged {
            entries.accounts.insert(id, (viewer.clone(), started));
        }
        Ok(viewer)
    }

    /// Drops what is kept of an account after it changed.
    pub fn forget(&self, id: i64) {
        self.heard(&Notice::Account(id));
        self.peers.announce(Notice::Account(id));
    }

    /// Forgets what `notice` says changed, here only.
    pub fn heard(&self, notice: &Notice) {
        let mut entries = self.lock();
        match *notice {
            Notice::Account(id) => {
                entries.accounts.remove(&id);
                entries.changed.insert(id, Instant::now());
            }
            Notice::Everything => {
                entries.accounts.clear();
                entries.cleared = Some(Instant::now());
            }
            _ => {}
        }
    }
}
