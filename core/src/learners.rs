//! What each signed-in learner has done, kept in memory so their pages do not read the
//! database, in three parts that change at different times: their completions, where they stand
//! on each question, and their enrolment (the cohorts they follow, with their curriculum and
//! schedule, and the prerequisites waived for them). An answer changes the question states
//! ([`Learners::forget_answers`]); a completion also changes the completions
//! ([`Learners::forget_work`]); a change to a learner's account, membership or waivers changes
//! everything ([`Learners::forget`]), and one to a cohort's curriculum or schedule changes every
//! learner ([`Learners::forget_all`]). Only the parts that changed are read again. Generation
//! counters keep a read that raced with a write from storing what it read. Each forgetting is
//! announced to the other nodes (see `peers`), which forget the same.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use crate::Result;
use crate::peers::{Notice, Peers};
use crate::storage::answers::{self, StateRow};
use crate::storage::{Db, cohorts, progress};

/// Learners kept at most; past it the memory is cleared and refills on use.
const CAPACITY: usize = 1000;

/// Completion times by item id.
pub type Done = HashMap<String, i64>;
/// Question states by item id, then question id.
pub type Questions = HashMap<String, HashMap<String, StateRow>>;

#[derive(Debug, Default)]
pub struct Learner {
    pub done: Arc<Done>,
    pub questions: Arc<Questions>,
    pub enrolment: Arc<Enrolment>,
}

#[derive(Debug, Default)]
pub struct Enrolment {
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

/// One part of every learner kept: its value by learner, and how often each was forgotten.
struct Part<T> {
    known: HashMap<i64, Arc<T>>,
    generations: HashMap<i64, u64>,
}

impl<T> Default for Part<T> {
    fn default() -> Self {
        Part { known: HashMap::new(), generations: HashMap::new() }
    }
}

impl<T> Part<T> {
    fn cached(&self, id: i64) -> (Option<Arc<T>>, u64) {
        (self.known.get(&id).cloned(), self.generations.get(&id).copied().unwrap_or(0))
    }

    /// Keeps what was read, unless the part was forgotten since the read began.
    fn keep(&mut self, id: i64, value: &Arc<T>, generation: u64) {
        if self.generations.get(&id).copied().unwrap_or(0) == generation {
            self.known.insert(id, value.clone());
        }
    }

    fn forget(&mut self, id: i64) {
        self.known.remove(&id);
        *self.generations.entry(id).or_default() += 1;
    }

    /// Changes what is kept of `id` (if anything is) as a write just did; a read that began
    /// before it will not store what it read.
    fn update(&mut self, id: i64, change: impl FnOnce(&mut T))
    where
        T: Clone,
    {
        let changed = self.known.get(&id).map(|value| {
            let mut value = T::clone(value);
            change(&mut value);
            Arc::new(value)
        });
        self.forget(id);
        if let Some(value) = changed {
            self.known.insert(id, value);
        }
    }
}

#[derive(Default)]
struct Inner {
    done: Part<Done>,
    questions: Part<Questions>,
    enrolments: Part<Enrolment>,
    /// Counts every `forget_all`.
    epoch: u64,
}

pub struct Learners {
    inner: Mutex<Inner>,
    peers: Arc<Peers>,
}

/// What is kept of one learner when a read begins, with the generations to check it against.
struct Snapshot {
    done: (Option<Arc<Done>>, u64),
    questions: (Option<Arc<Questions>>, u64),
    enrolment: (Option<Arc<Enrolment>>, u64),
    epoch: u64,
}

impl Learners {
    pub fn new(peers: Arc<Peers>) -> Self {
        Learners { inner: Mutex::default(), peers }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Everything known of a learner, reading only the parts not kept.
    pub async fn get(&self, db: &Db, user_id: i64) -> Result<Arc<Learner>> {
        let kept = self.snapshot(user_id);
        let questions = match kept.questions.0.clone() {
            Some(questions) => questions,
            None => Arc::new(questions_of(db, user_id).await?),
        };
        let (done, enrolment) = self.load(db, user_id, &kept).await?;
        let mut inner = self.lock();
        if inner.epoch == kept.epoch {
            inner.questions.keep(user_id, &questions, kept.questions.1);
        }
        Ok(Arc::new(Learner { done, questions, enrolment }))
    }

    /// A learner's completions and enrolment: all that says what they may take, without their
    /// question states (which every answer changes).
    pub async fn standing(&self, db: &Db, user_id: i64) -> Result<(Arc<Done>, Arc<Enrolment>)> {
        let kept = self.snapshot(user_id);
        self.load(db, user_id, &kept).await
    }

    fn snapshot(&self, user_id: i64) -> Snapshot {
        let mut inner = self.lock();
        if inner.enrolments.known.len() >= CAPACITY {
            inner.done.known.clear();
            inner.questions.known.clear();
            inner.enrolments.known.clear();
        }
        Snapshot {
            done: inner.done.cached(user_id),
            questions: inner.questions.cached(user_id),
            enrolment: inner.enrolments.cached(user_id),
            epoch: inner.epoch,
        }
    }

    /// The completions and enrolment of `kept`, read where they were not kept, and kept.
    async fn load(&self, db: &Db, user_id: i64, kept: &Snapshot) -> Result<(Arc<Done>, Arc<Enrolment>)> {
        let done = match kept.done.0.clone() {
            Some(done) => done,
            None => Arc::new(progress::completed(db, user_id).await?),
        };
        let enrolment = match kept.enrolment.0.clone() {
            Some(enrolment) => enrolment,
            None => Arc::new(enrolment_of(db, user_id).await?),
        };
        let mut inner = self.lock();
        if inner.epoch == kept.epoch {
            inner.done.keep(user_id, &done, kept.done.1);
            inner.enrolments.keep(user_id, &enrolment, kept.enrolment.1);
        }
        Ok((done, enrolment))
    }

    /// Drops what is known of every learner: after a cohort's curriculum, schedule or members change.
    pub fn forget_all(&self) {
        self.heard(&Notice::Learners);
        self.peers.announce(Notice::Learners);
    }

    /// After an answer was recorded: the learner's question states changed.
    pub fn forget_answers(&self, user_id: i64) {
        self.heard(&Notice::Answers(user_id));
        self.peers.announce(Notice::Answers(user_id));
    }

    /// After an answer was recorded: keeps its question's new state (the learner's other states
    /// stay as they were, so the next page need not read them again); the other nodes forget
    /// the learner's states.
    pub fn answered(&self, user_id: i64, item_id: &str, question_id: &str, state: StateRow) {
        self.lock().questions.update(user_id, |questions| {
            questions.entry(item_id.to_string()).or_default().insert(question_id.to_string(), state);
        });
        self.peers.announce(Notice::Answers(user_id));
    }

    /// After a completion was recorded (or may have been): their completions and question
    /// states changed.
    pub fn forget_work(&self, user_id: i64) {
        self.heard(&Notice::Work(user_id));
        self.peers.announce(Notice::Work(user_id));
    }

    /// Drops all that is known of a learner: after a change to their account, membership or
    /// waivers.
    pub fn forget(&self, user_id: i64) {
        self.heard(&Notice::Learner(user_id));
        self.peers.announce(Notice::Learner(user_id));
    }

    /// Forgets what `notice` says changed, here only.
    pub fn heard(&self, notice: &Notice) {
        let mut inner = self.lock();
        match *notice {
            Notice::Answers(id) => inner.questions.forget(id),
            Notice::Work(id) => {
                inner.done.forget(id);
                inner.questions.forget(id);
            }
            Notice::Learner(id) | Notice::Account(id) => {
                inner.done.forget(id);
                inner.questions.forget(id);
                inner.enrolments.forget(id);
            }
            Notice::Learners | Notice::Everything => {
                inner.done.known.clear();
                inner.questions.known.clear();
                inner.enrolments.known.clear();
                inner.epoch += 1;
            }
            Notice::Session(_) => {}
        }
    }
}

async fn questions_of(db: &Db, user_id: i64) -> Result<Questions> {
    let mut questions = Questions::new();
    for (item, question, state) in answers::all_states(db, user_id).await? {
        questions.entry(item).or_default().insert(question, state);
    }
    Ok(questions)
}

async fn enrolment_of(db: &Db, user_id: i64) -> Result<Enrolment> {
    let mut enrolment = Enrolment::default();
    for cohort in cohorts::of_trainee(db, user_id).await? {
        let content = cohorts::content(db, cohort).await?;
        let opens = cohorts::schedule(db, cohort).await?.into_iter().collect();
        enrolment.cohorts.push(Plan { content, opens });
    }
    enrolment.waived = cohorts::overrides(db, user_id).await?.into_iter().collect();
    Ok(enrolment)
}
