//! What every request can reach: the database, the curriculum, the install secret, the limits,
//! and what is kept in memory between requests.

use std::sync::Arc;
use std::time::Duration;

use curriculum::Catalog;

use crate::accounts::viewers::ViewerCache;
use crate::analytics::Analytics;
use crate::learners::Learners;
use crate::limits::Limits;
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
    pub viewers: ViewerCache,
    pub learners: Learners,
    /// Records answers with group commit.
    pub answers: AnswerWriter,
}

impl Core {
    /// The core of a running server; starts the answer writer on the current runtime.
    pub fn new(db: Db, catalog: Catalog, secret: [u8; 32], options: Options) -> Core {
        Core {
            answers: AnswerWriter::start(db.clone()),
            db,
            catalog: Arc::new(catalog),
            secret,
            limits: Limits::new(options.answer_limit),
            analytics: Arc::new(Analytics::new(options.dashboard_cache)),
            viewers: ViewerCache::default(),
            learners: Learners::default(),
        }
    }
}
