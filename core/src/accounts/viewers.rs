//! Who is signed in, by account id: accounts kept in memory for [`VIEWER_TTL`], so that a
//! signed-in page need not read the account each time. A role change or a disabled account
//! takes effect within that time.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use kujenga_types::Viewer;

use crate::Result;
use crate::storage::{Db, users};

pub const VIEWER_TTL: Duration = Duration::from_secs(30);

/// Accounts kept at most; past it the expired ones are dropped.
const CAPACITY: usize = 50_000;

#[derive(Default)]
pub struct ViewerCache(Mutex<HashMap<i64, (Option<Viewer>, Instant)>>);

impl ViewerCache {
    /// The active account `id`, or `None` for a disabled or deleted one.
    pub async fn get(&self, db: &Db, id: i64) -> Result<Option<Viewer>> {
        let cached = self.0.lock().unwrap_or_else(|e| e.into_inner()).get(&id).cloned();
        if let Some((viewer, at)) = cached
            && at.elapsed() < VIEWER_TTL
        {
            return Ok(viewer);
        }
        let viewer = users::viewer(db, id).await?;
        let mut entries = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() > CAPACITY {
            entries.retain(|_, (_, at)| at.elapsed() < VIEWER_TTL);
        }
        entries.insert(id, (viewer.clone(), Instant::now()));
        Ok(viewer)
    }
}
