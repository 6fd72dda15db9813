//! What each signed-in learner has done, kept in memory so their pages do not read the
//! database: completions, where they stand on each question, the cohorts they follow (with
//! their curriculum and schedule) and the prerequisites waived for them. Every write of a
//! learner's progress or answers is followed by [`Learners::forget`], so the next read loads it
//! again; a change to a cohort's curriculum or schedule forgets everyone ([`Learners::forget_all`]).
//! A generation counter keeps a read that raced with a write from storing what it read.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use crate::Result;
use crate::storage::answers::{self, StateRow};
use crate::storage::{Db, cohorts, progress};

/// Learners kept at most; past it the memory is cleared and refills on use.
const CAPACITY: usize = 1000;

#[derive(Debug, Default)]
pub struct Learner {
    /// Completion times by item id.
    pub done: HashMap<String, i64>,
    /// Question states by item id, then question id.
    pub questions: HashMap<String, HashMap<String, StateRow>>,
    /// The cohorts the learner follows now.
    pub cohorts: Vec<Plan>,
    /// Items whose prerequisites an instructor waived for the learner.
    pub waived: HashSet<String>,
}

/// What one cohort follows, and when each of its modules opens.
#[derive(Debug, Default, Clone)]
pub struct Plan {
    /// Track or module ids; empty for the whole curriculum.
    pub content: Vec<String>,
    /// Module id to the day it opens (YYYY-MM-DD).
    pub opens: HashMap<String, String>,
}

#[derive(Default)]
struct Inner {
    learners: HashMap<i64, Arc<Learner>>,
    generations: HashMap<i64, u64>,
    /// Counts every `forget_all`.
    epoch: u64,
}

#[derive(Default)]
pub struct Learners(Mutex<Inner>);

impl Learners {
    pub async fn get(&self, db: &Db, user_id: i64) -> Result<Arc<Learner>> {
        let (generation, epoch) = {
            let inner = self.0.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(learner) = inner.learners.get(&user_id) {
                return Ok(learner.clone());
            }
            (inner.generations.get(&user_id).copied().unwrap_or(0), inner.epoch)
        };
        let mut learner = Learner { done: progress::completed(db, user_id).await?, ..Default::default() };
        for (item, question, state) in answers::all_states(db, user_id).await? {
            learner.questions.entry(item).or_default().insert(question, state);
        }
        for cohort in cohorts::of_trainee(db, user_id).await? {
            let content = cohorts::content(db, cohort).await?;
            let opens = cohorts::schedule(db, cohort).await?.into_iter().collect();
            learner.cohorts.push(Plan { content, opens });
        }
        learner.waived = cohorts::overrides(db, user_id).await?.into_iter().collect();
        let learner = Arc::new(learner);
        let mut inner = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if inner.generations.get(&user_id).copied().unwrap_or(0) == generation && inner.epoch == epoch {
            if inner.learners.len() >= CAPACITY {
                inner.learners.clear();
            }
            inner.learners.insert(user_id, learner.clone());
        }
        Ok(learner)
    }

    /// Drops what is known of every learner: after a cohort's curriculum, schedule or members change.
    pub fn forget_all(&self) {
        let mut inner = self.0.lock().unwrap_or_else(|e| e.into_inner());
        inner.learners.clear();
        inner.epoch += 1;
    }

    /// Drops what is known of a learner: call after every write of their progress or answers.
    pub fn forget(&self, user_id: i64) {
        let mut inner = self.0.lock().unwrap_or_else(|e| e.into_inner());
        inner.learners.remove(&user_id);
        *inner.generations.entry(user_id).or_default() += 1;
    }
}
