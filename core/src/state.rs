//! What every request can reach: the database, the curriculum, the install secret, the limits,
//! and what is kept in memory between requests.

use std::sync::Arc;
use std::time::Duration;

use curriculum::Catalog;

use crate::accounts::viewers::ViewerCache;
use crate::analytics::Analytics;
use crate::clock::Clock;
use crate::issuer::{Issuer, IssuerProfile};
use crate::learners::Learners;
use crate::limits::Limits;
use crate::peers::{Notice, Peers};
use crate::storage::Db;
use crate::writer::AnswerWriter;

/// How a running core behaves; each has a command-line flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// How long a programme dashboard's figures are reused before they are computed again.
    pub dashboard_cache: Duration,
    /// Answers each learner may submit per minute.
    pub answer_limit: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { dashboard_cache: Duration::from_secs(30), answer_limit: 30 }
    }
}

pub struct Core {
    pub db: Db,
    pub catalog: Arc<Catalog>,
    /// The install secret: learners' lab seeds derive from it. Never sent or logged.
    pub secret: [u8; 32],
    pub limits: Limits,
    /// Programme dashboards' snapshots.
    pub analytics: Arc<Analytics>,
    pub viewers: Arc<ViewerCache>,
    pub learners: Arc<Learners>,
    /// The other nodes on the same database, told what this one changes.
    pub peers: Arc<Peers>,
    /// Records answers with group commit.
    pub answers: AnswerWriter,
    /// Who signs credentials, and with which key.
    pub issuer: Issuer,
    /// The time exercises and exams run on.
    pub clock: Clock,
}

impl Core {
    /// The core of a running server; starts the answer writer, and the link to the other
    /// nodes, on the current runtime.
    pub fn new(db: Db, catalog: Catalog, secret: [u8; 32], issuer: IssuerProfile, options: Options) -> Core {
        let peers = Peers::start(&db);
        let viewers = Arc::new(ViewerCache::new(peers.clone()));
        let learners = Arc::new(Learners::new(peers.clone()));
        tokio::spawn(forget_what_peers_changed(peers.subscribe(), viewers.clone(), learners.clone()));
        Core {
            answers: AnswerWriter::start(db.clone()),
            limits: Limits::new(&db, options.answer_limit),
            db,
            catalog: Arc::new(catalog),
            secret,
            analytics: Arc::new(Analytics::new(options.dashboard_cache)),
            viewers,
            learners,
            peers,
            issuer: Issuer::new(issuer),
            clock: Clock::default(),
        }
    }
}

/// Applies the other nodes' notices to what this one keeps in memory.
async fn forget_what_peers_changed(
    mut notices: tokio::sync::broadcast::Receiver<Notice>,
    viewers: Arc<ViewerCache>,
    learners: Arc<Learners>,
) {
    use tokio::sync::broadcast::error::RecvError;
    loop {
        let notice = match notices.recv().await {
            Ok(notice) => notice,
            // Too many notices at once: some were missed.
            Err(RecvError::Lagged(_)) => Notice::Everything,
            Err(RecvError::Closed) => return,
        };
        viewers.heard(&notice);
        learners.heard(&notice);
    }
}
