//! Several nodes on one PostgreSQL database keep the same things in memory (accounts, learners,
//! sessions). What one node changes it announces here; every other node drops its copy as soon
//! as the notice arrives (LISTEN/NOTIFY, within milliseconds), and everything when its listening
//! connection was lost, since notices sent meanwhile are gone. One server on SQLite has no peers:
//! announcing is then nothing.

use std::sync::Arc;

use tokio::sync::{broadcast, mpsc};

use crate::storage::{Db, notices};

/// Notices sent in one statement at most.
const BATCH: usize = 500;

/// What changed, as far as memory is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// An account: its role, its sessions' generation, disabled or erased.
    Account(i64),
    /// A learner's question states.
    Answers(i64),
    /// A learner's completions and question states.
    Work(i64),
    /// All that is known of a learner.
    Learner(i64),
    /// All that is known of every learner (a cohort's curriculum or schedule).
    Learners,
    /// A session, by its id: saved or deleted.
    Session(String),
    /// Everything: notices may have been lost.
    Everything,
}

impl Notice {
    fn encode(&self) -> String {
        match self {
            Notice::Account(id) => format!("account {id}"),
            Notice::Answers(id) => format!("answers {id}"),
            Notice::Work(id) => format!("work {id}"),
            Notice::Learner(id) => format!("learner {id}"),
            Notice::Learners => "learners".into(),
            Notice::Session(id) => format!("session {id}"),
            Notice::Everything => "everything".into(),
        }
    }

    fn decode(text: &str) -> Option<Notice> {
        let (kind, value) = text.split_once(' ').unwrap_or((text, ""));
        let id = || value.parse::<i64>().ok();
        Some(match kind {
            "account" => Notice::Account(id()?),
            "answers" => Notice::Answers(id()?),
            "work" => Notice::Work(id()?),
            "learner" => Notice::Learner(id()?),
            "learners" => Notice::Learners,
            "session" if !value.is_empty() => Notice::Session(value.to_string()),
            "everything" => Notice::Everything,
            _ => return None,
        })
    }
}

/// This node's link to the others.
#[derive(Debug)]
pub struct Peers {
    /// This node's name in its notices, so that it skips its own.
    node: String,
    outgoing: Option<mpsc::UnboundedSender<String>>,
    /// The notices of other nodes, for whatever keeps something in memory.
    incoming: broadcast::Sender<Notice>,
}

impl Peers {
    /// The peers of a node on `db`: none on SQLite; on PostgreSQL, starts the tasks that send
    /// and receive notices on the current runtime.
    pub fn start(db: &Db) -> Arc<Peers> {
        let (incoming, _) = broadcast::channel(4096);
        let node = node_name();
        let Db::Postgres(pool) = db else {
            return Arc::new(Peers { node, outgoing: None, incoming });
        };
        let (outgoing, queue) = mpsc::unbounded_channel();
        let peers = Arc::new(Peers { node, outgoing: Some(outgoing), incoming });
        tokio::spawn(send(pool.clone(), queue));
        tokio::spawn(receive(pool.clone(), Arc::downgrade(&peers)));
        peers
    }

    /// Tells the other nodes that `notice` changed (after it was committed).
    pub fn announce(&self, notice: Notice) {
        if let Some(outgoing) = &self.outgoing {
            let _ = outgoing.send(format!("{} {}", self.node, notice.encode()));
        }
    }

    /// The notices other nodes send from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Notice> {
        self.incoming.subscribe()
    }

    /// A notice as received: `None` when it is this node's own or not understood.
    fn heard(&self, payload: &str) -> Option<Notice> {
        let (node, notice) = payload.split_once(' ')?;
        if node == self.node {
            return None;
        }
        Notice::decode(notice)
    }
}

/// A name no other node has: this process's id and the moment it started, in hex.
fn node_name() -> String {
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("{:x}-{started:x}", std::process::id())
}

async fn send(pool: sqlx::PgPool, mut queue: mpsc::UnboundedReceiver<String>) {
    let mut batch = Vec::with_capacity(BATCH);
    while queue.recv_many(&mut batch, BATCH).await > 0 {
        if let Err(error) = notices::send(&pool, &batch).await {
            // The other nodes keep what they have until their own cache lifetimes end.
            tracing::error!("notices to the other nodes were not sent: {error}");
        }
        batch.clear();
    }
}

async fn receive(pool: sqlx::PgPool, peers: std::sync::Weak<Peers>) {
    loop {
        match notices::listen(&pool).await {
            Ok(mut listener) => loop {
                let received = listener.try_recv().await;
                let Some(peers) = peers.upgrade() else { return };
                match received {
                    Ok(Some(notification)) => {
                        if let Some(notice) = peers.heard(notification.payload()) {
                            let _ = peers.incoming.send(notice);
                        }
                    }
                    // The connection was lost (and is made again at the next call): whatever
                    // was announced meanwhile is unknown.
                    Ok(None) => {
                        let _ = peers.incoming.send(Notice::Everything);
                    }
                    Err(error) => {
                        tracing::warn!("listening to the other nodes: {error}");
                        let _ = peers.incoming.send(Notice::Everything);
                        break;
                    }
                }
            },
            Err(error) => tracing::warn!("cannot listen to the other nodes yet: {error}"),
        }
        if peers.strong_count() == 0 || pool.is_closed() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_read_back_as_they_were_sent() {
        for notice in [
            Notice::Account(7),
            Notice::Answers(8),
            Notice::Work(9),
            Notice::Learner(10),
            Notice::Learners,
            Notice::Session("abc-DEF_1".into()),
            Notice::Everything,
        ] {
            assert_eq!(Notice::decode(&notice.encode()), Some(notice));
        }
        assert_eq!(Notice::decode("account seven"), None);
        assert_eq!(Notice::decode("session"), None);
    }
}
