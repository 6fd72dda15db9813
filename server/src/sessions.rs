//! The session store: sessions live in the database (they survive restarts, and every node of
//! a PostgreSQL database reads the same), and the ones in use are also kept in memory, so a
//! signed-in page does not read the database to know who is asking. Every write goes to the
//! database first (write-through) and is announced to the other nodes, which drop their copy
//! (see `kujenga_core::peers`): a sign-out on one node holds on all of them at once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use kujenga_core::peers::{Notice, Peers};
use tower_sessions::cookie::time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Result, SessionStore};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

/// Sessions kept in memory at most; beyond it the oldest half is dropped (they reload on use).
const CAPACITY: usize = 20_000;

/// The database's own store of sessions.
#[derive(Debug, Clone)]
pub enum Stored {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl Stored {
    /// The store of `db`, with its table created if needed.
    pub async fn of(db: &kujenga_core::storage::Db) -> anyhow::Result<Stored> {
        let created = match db {
            kujenga_core::storage::Db::Sqlite(pool) => {
                let store = SqliteStore::new(pool.clone());
                store.migrate().await.map(|()| Stored::Sqlite(store))
            }
            kujenga_core::storage::Db::Postgres(pool) => {
                let store = PostgresStore::new(pool.clone());
                store.migrate().await.map(|()| Stored::Postgres(store))
            }
        };
        created.map_err(|e| anyhow::anyhow!("cannot create the session table: {e}"))
    }

    fn store(&self) -> &dyn SessionStore {
        match self {
            Stored::Sqlite(store) => store,
            Stored::Postgres(store) => store,
        }
    }
}

#[derive(Debug, Clone)]
pub struct CachedStore {
    store: Stored,
    cache: Arc<Mutex<HashMap<Id, Record>>>,
    peers: Arc<Peers>,
}

impl CachedStore {
    /// The cache of `store`; forgets the sessions other nodes change (a task on the current
    /// runtime, until the last clone of the cache is dropped).
    pub fn new(store: Stored, peers: Arc<Peers>) -> Self {
        let cache = Arc::new(Mutex::new(HashMap::new()));
        tokio::spawn(forget_what_peers_changed(peers.subscribe(), Arc::downgrade(&cache)));
        Self { store, cache, peers }
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
        self.store.store().create(record).await?;
        self.remember(record);
        Ok(())
    }

    async fn save(&self, record: &Record) -> Result<()> {
        self.store.store().save(record).await?;
        self.remember(record);
        self.peers.announce(Notice::Session(record.id.to_string()));
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
                let loaded = self.store.store().load(id).await?;
                if let Some(r) = &loaded {
                    self.remember(r);
                }
                Ok(loaded)
            }
        }
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.cache.lock().unwrap_or_else(|e| e.into_inner()).remove(id);
        self.store.store().delete(id).await?;
        self.peers.announce(Notice::Session(id.to_string()));
        Ok(())
    }
}

/// Drops the sessions other nodes saved or deleted, and all of them when notices were lost.
async fn forget_what_peers_changed(
    mut notices: tokio::sync::broadcast::Receiver<Notice>,
    cache: std::sync::Weak<Mutex<HashMap<Id, Record>>>,
) {
    use tokio::sync::broadcast::error::RecvError;
    loop {
        let notice = notices.recv().await;
        let Some(cache) = cache.upgrade() else { return };
        let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
        match notice {
            Ok(Notice::Session(id)) => {
                if let Ok(id) = id.parse::<Id>() {
                    cache.remove(&id);
                }
            }
            Ok(Notice::Everything) | Err(RecvError::Lagged(_)) => cache.clear(),
            Ok(_) => {}
            Err(RecvError::Closed) => return,
        }
    }
}
