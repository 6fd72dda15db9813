//! One writer for answers, with group commit. Every answer must be on disk before its learner
//! is told it was recorded (`synchronous = FULL`), and SQLite commits one transaction at a
//! time, each with its own flush to disk. The writer takes every answer waiting in its queue,
//! records them all in one transaction, commits once, and only then replies to each: under
//! load a hundred answers share one flush instead of queueing for a hundred.

use tokio::sync::{mpsc, oneshot};

use crate::storage::Db;
use crate::storage::answers::{self, Recorded, Submission};
use crate::{Error, Result};

/// Answers recorded in one transaction at most.
const BATCH: usize = 256;

/// An answer, and where its result goes once the batch that holds it is committed.
type Job = (Submission, oneshot::Sender<Result<Recorded, String>>);

pub struct AnswerWriter {
    queue: mpsc::Sender<Job>,
}

impl AnswerWriter {
    /// Starts the writer task on the current runtime.
    pub fn start(db: Db) -> Self {
        let (queue, jobs) = mpsc::channel(4 * BATCH);
        tokio::spawn(run(db, jobs));
        Self { queue }
    }

    /// Records an answer; returns once it is committed.
    pub async fn record(&self, submission: Submission) -> Result<Recorded> {
        let stopped = || Error::Internal("the answer writer has stopped".into());
        let (reply, answer) = oneshot::channel();
        self.queue.send((submission, reply)).await.map_err(|_| stopped())?;
        answer
            .await
            .map_err(|_| stopped())?
            .map_err(|e| Error::Internal(format!("answers not recorded: {e}")))
    }
}

async fn run(db: Db, mut jobs: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(BATCH);
    while jobs.recv_many(&mut batch, BATCH).await > 0 {
        match write(&db, &batch).await {
            Ok(results) => {
                for ((_, reply), result) in batch.drain(..).zip(results) {
                    let _ = reply.send(Ok(result));
                }
            }
            Err(error) => {
                // Every answer of the batch is refused with the cause; none was recorded.
                let cause = error.to_string();
                for (_, reply) in batch.drain(..) {
                    let _ = reply.send(Err(cause.clone()));
                }
            }
        }
    }
}

async fn write(db: &Db, batch: &[Job]) -> Result<Vec<Recorded>> {
    let mut tx = db.begin().await?;
    let mut results = Vec::with_capacity(batch.len());
    for (submission, _) in batch {
        results.push(answers::record(&mut tx, submission).await?);
    }
    tx.commit().await?;
    Ok(results)
}
