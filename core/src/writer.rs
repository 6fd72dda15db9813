//! Writers for answers, with group commit. Every answer must be on disk before its learner is
//! told it was recorded (`synchronous = FULL` on SQLite, `synchronous_commit = on` on
//! PostgreSQL), and each commit waits for its own flush to disk. A writer takes every answer
//! waiting in its queue, records them all in one transaction, commits once, and only then
//! replies to each: under load a hundred answers share one flush instead of queueing for a
//! hundred. SQLite commits one transaction at a time, so it has one writer; PostgreSQL commits
//! many at once, so it has several, each learner's answers always going to the same one.
//! A batch touches its rows in one order (by learner, item and question), the same in every
//! writer of every node, so that two batches never wait for each other's locks in a circle.

use tokio::sync::{mpsc, oneshot};

use crate::storage::Db;
use crate::storage::answers::{self, Recorded, Submission};
use crate::{Error, Result};

/// Answers recorded in one transaction at most.
const BATCH: usize = 256;

/// Writers on PostgreSQL (each holds a connection while it writes).
const POSTGRES_WRITERS: usize = 4;

/// An answer, and where its result goes once the batch that holds it is committed.
type Job = (Submission, oneshot::Sender<Result<Recorded, String>>);

pub struct AnswerWriter {
    queues: Vec<mpsc::Sender<Job>>,
}

impl AnswerWriter {
    /// Starts the writer tasks on the current runtime.
    pub fn start(db: Db) -> Self {
        let writers = match db {
            Db::Sqlite(_) => 1,
            Db::Postgres(_) => POSTGRES_WRITERS,
        };
        let queues = (0..writers)
            .map(|_| {
                let (queue, jobs) = mpsc::channel(4 * BATCH);
                tokio::spawn(run(db.clone(), jobs));
                queue
            })
            .collect();
        Self { queues }
    }

    /// Records an answer; returns once it is committed.
    pub async fn record(&self, submission: Submission) -> Result<Recorded> {
        let stopped = || Error::Internal("the answer writer has stopped".into());
        let (reply, answer) = oneshot::channel();
        let queue = &self.queues[submission.user_id.unsigned_abs() as usize % self.queues.len()];
        queue.send((submission, reply)).await.map_err(|_| stopped())?;
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

/// Records a batch in one transaction; the results are in the batch's order.
async fn write(db: &Db, batch: &[Job]) -> Result<Vec<Recorded>> {
    let key = |i: &usize| {
        let s = &batch[*i].0;
        (s.user_id, s.item_id.as_str(), s.question_id.as_str())
    };
    // Stable: two answers to one question keep the order they came in.
    let mut order: Vec<usize> = (0..batch.len()).collect();
    order.sort_by(|a, b| key(a).cmp(&key(b)));
    let mut tx = db.begin().await?;
    let mut results: Vec<Option<Recorded>> = vec![None; batch.len()];
    for i in order {
        results[i] = Some(answers::record(&mut tx, &batch[i].0).await?);
    }
    tx.commit().await?;
    Ok(results.into_iter().flatten().collect())
}
