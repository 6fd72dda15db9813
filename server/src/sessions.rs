//! The session store: sessions live in SQLite (they survive restarts), and the ones in use are
//! also kept in memory, so a signed-in page does not read the database to know who is asking.
//! Every write goes to SQLite first (write-through); one server process owns the database.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use tower_sessions::cookie::time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Result, SessionStore};
use tower_sessions_sqlx_store::SqliteStore;

/// Sessions kept in memory at most; beyond it the oldest half is dropped (they reload on use).
const CAPACITY: usize = 20_000;

#[derive(Debug, Clone)]
pub struct CachedStore {
    store: SqliteStore,
    cache: Arc<Mutex<HashMap<Id, Record>>>,
}

impl CachedStore {
    pub fn new(store: SqliteStore) -> Self {
        Self { store, cache: Arc::new(Mutex::new(HashMap::new())) }
    }

    fn remember(&self, record: &Record) {
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if cache.len() >= CAPACITY {
            let mut by_expiry: Vec<_> = cache.iter().map(|(id, r)| (r.expiry_date, *id)).collect();
            by_expiry.sort_by_key(|(expiry, _)| *expiry);
            for (_, id) in by_expiry.into_iter().take(CAPACITY / 2) {
                cache.remove(&id);
            }
        }
        cache.insert(record.id, record.clone());
    }
}

#[async_trait]
impl SessionStore for CachedStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        self.store.create(record).await?;
        self.remember(record);
        Ok(())
    }

    async fn save(&self, record: &Record) -> Result<()> {
        self.store.save(record).await?;
        self.remember(record);
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let cached = self.cache.lock().unwrap_or_else(|e| e.into_inner()).get(id).cloned();
        match cached {
            Some(r) if r.expiry_date > OffsetDateTime::now_utc() => Ok(Some(r)),
            Some(_) => {
                self.cache.lock().unwrap_or_else(|e| e.into_inner()).remove(id);
                Ok(None)
            }
            None => {
                let loaded = self.store.load(id).await?;
                if let Some(r) = &loaded {
                    self.remember(r);
                }
                Ok(loaded)
            }
        }
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.cache.lock().unwrap_or_else(|e| e.into_inner()).remove(id);
        self.store.delete(id).await
    }
}
