//! One writer for answers, with group commit. Every answer must be on disk before its learner
//! is told it was recorded (`synchronous = FULL`), and SQLite commits one transaction at a
//! time, each with its own flush to disk. The writer takes every answer waiting in its queue,
//! records them all in one transaction, commits once, and only then replies to each: under
//! load a hundred answers share one flush instead of queueing for a hundred.

use sqlx::SqlitePool;
use tokio::sync::{mpsc, oneshot};

use crate::api::AppError;
use crate::storage::answers::{self, Recorded, Submission};
use crate::storage::db_error;

/// Answers recorded in one transaction at most.
const BATCH: usize = 256;

type Job = (Submission, oneshot::Sender<Result<Recorded, AppError>>);

pub struct AnswerWriter {
    queue: mpsc::Sender<Job>,
}

impl AnswerWriter {
    /// Starts the writer task on the current runtime.
    pub fn start(db: SqlitePool) -> Self {
        let (queue, jobs) = mpsc::channel(4 * BATCH);
        tokio::spawn(run(db, jobs));
        Self { queue }
    }

    /// Records an answer; returns once it is committed.
    pub async fn record(&self, submission: Submission) -> Result<Recorded, AppError> {
        let (reply, answer) = oneshot::channel();
        self.queue.send((submission, reply)).await.map_err(|_| AppError::Internal)?;
        answer.await.map_err(|_| AppError::Internal)?
    }
}

async fn run(db: SqlitePool, mut jobs: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(BATCH);
    while jobs.recv_many(&mut batch, BATCH).await > 0 {
        match write(&db, &batch).await {
            Ok(results) => {
                for ((_, reply), result) in batch.drain(..).zip(results) {
                    let _ = reply.send(Ok(result));
                }
            }
            Err(error) => {
                for (_, reply) in batch.drain(..) {
                    let _ = reply.send(Err(error.clone()));
                }
            }
        }
    }
}

async fn write(db: &SqlitePool, batch: &[Job]) -> Result<Vec<Recorded>, AppError> {
    let mut tx = db.begin().await.map_err(db_error)?;
    let mut results = Vec::with_capacity(batch.len());
    for (submission, _) in batch {
        results.push(answers::record(&mut tx, submission).await?);
    }
    tx.commit().await.map_err(db_error)?;
    Ok(results)
}
