//! Exercise runs: their clock, teams, members, the injects released or held, the teams'
//! answers and the facilitator's notes.

use super::{Db, Tx, on_db, on_tx, or_taken};
use crate::Result;
use kujenga_types::{AppError, Msg, Text};

/// A run as stored. Moments are Unix seconds.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RunRow {
    pub id: i64,
    pub cohort_id: i64,
    pub exercise_id: String,
    pub created_at: i64,
    pub started_at: Option<i64>,
    pub paused_at: Option<i64>,
    pub paused_seconds: i64,
    pub closed_at: Option<i64>,
}

impl RunRow {
    /// Seconds the run has been running at `now`: pauses, and the time after it closed, do not count.
    pub fn running_for(&self, now: i64) -> i64 {
        let Some(started) = self.started_at else { return 0 };
        let until = self.closed_at.or(self.paused_at).unwrap_or(now);
        (until - started - self.paused_seconds).max(0)
    }
}

const RUN: &str = "id, cohort_id, exercise_id, created_at, started_at, paused_at, paused_seconds, closed_at";

pub async fn create(tx: &mut Tx, cohort_id: i64, exercise_id: &str, by: i64, now: i64) -> Result<i64> {
    let sql = "INSERT INTO exercise_runs (cohort_id, exercise_id, created_by, created_at)
               VALUES ($1, $2, $3, $4) RETURNING id";
    Ok(
        on_tx!(tx, conn => sqlx::query_scalar(sql).bind(cohort_id).bind(exercise_id).bind(by).bind(now).fetch_one(conn).await?),
    )
}

pub async fn run(db: &Db, id: i64) -> Result<Option<RunRow>> {
    let sql = format!("SELECT {RUN} FROM exercise_runs WHERE id = $1");
    Ok(on_db!(db, pool => sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?))
}

/// A cohort's runs, newest first.
pub async fn of_cohort(db: &Db, cohort_id: i64) -> Result<Vec<RunRow>> {
    let sql = format!("SELECT {RUN} FROM exercise_runs WHERE cohort_id = $1 ORDER BY id DESC");
    Ok(on_db!(db, pool => sqlx::query_as(&sql).bind(cohort_id).fetch_all(pool).await?))
}

/// The runs a person is in a team of, newest first.
pub async fn of_member(db: &Db, user_id: i64) -> Result<Vec<RunRow>> {
    let sql = "SELECT r.id, r.cohort_id, r.exercise_id, r.created_at, r.started_at, r.paused_at,
                      r.paused_seconds, r.closed_at
               FROM exercise_runs r JOIN exercise_members m ON m.run_id = r.id
               WHERE m.user_id = $1 ORDER BY r.id DESC";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(user_id).fetch_all(pool).await?))
}

/// A change of a run's clock; each applies only from the state it names, so that two
/// facilitators pressing at once change it once. `false` when the run was not in that state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Start,
    Pause,
    Resume,
    Close,
}

pub async fn change(db: &Db, id: i64, change: Change, now: i64) -> Result<bool> {
    let sql = match change {
        Change::Start => "UPDATE exercise_runs SET started_at = $2 WHERE id = $1 AND started_at IS NULL",
        Change::Pause => {
            "UPDATE exercise_runs SET paused_at = $2
             WHERE id = $1 AND started_at IS NOT NULL AND paused_at IS NULL AND closed_at IS NULL"
        }
        Change::Resume => {
            "UPDATE exercise_runs SET paused_seconds = paused_seconds + ($2 - paused_at), paused_at = NULL
             WHERE id = $1 AND paused_at IS NOT NULL AND closed_at IS NULL"
        }
        // A paused run closes where it was paused.
        Change::Close => {
            "UPDATE exercise_runs SET closed_at = COALESCE(paused_at, $2)
             WHERE id = $1 AND started_at IS NOT NULL AND closed_at IS NULL"
        }
    };
    Ok(on_db!(db, pool => sqlx::query(sql).bind(id).bind(now).execute(pool).await?.rows_affected()) == 1)
}

pub async fn add_team(db: &Db, run_id: i64, name: &str) -> Result<i64> {
    let sql = "INSERT INTO exercise_teams (run_id, name) VALUES ($1, $2) RETURNING id";
    let taken =
        || AppError::invalid(Msg::FieldName, Text::new(Msg::InvalidTeamTaken).with("name", name.trim()));
    on_db!(db, pool => sqlx::query_scalar(sql).bind(run_id).bind(name.trim()).fetch_one(pool).await)
        .map_err(|e| or_taken(e, taken))
}

/// A run's teams, in the order they were formed: (id, name).
pub async fn teams(db: &Db, run_id: i64) -> Result<Vec<(i64, String)>> {
    let sql = "SELECT id, name FROM exercise_teams WHERE run_id = $1 ORDER BY id";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(run_id).fetch_all(pool).await?))
}

/// One member of a team of a run.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MemberRow {
    pub team_id: i64,
    pub user_id: i64,
    pub display_name: String,
    pub role_id: String,
}

pub async fn members(db: &Db, run_id: i64) -> Result<Vec<MemberRow>> {
    let sql = "SELECT m.team_id, m.user_id, u.display_name, m.role_id
               FROM exercise_members m JOIN users u ON u.id = m.user_id
               WHERE m.run_id = $1 ORDER BY m.team_id, u.display_name, u.id";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(run_id).fetch_all(pool).await?))
}

/// Puts a person in a team of the run, in a role; a person is in one team of a run, so this
/// moves them if they were in another.
pub async fn set_member(db: &Db, run_id: i64, team_id: i64, user_id: i64, role_id: &str) -> Result<()> {
    let sql = "INSERT INTO exercise_members (run_id, team_id, user_id, role_id) VALUES ($1, $2, $3, $4)
               ON CONFLICT (run_id, user_id) DO UPDATE SET team_id = excluded.team_id, role_id = excluded.role_id";
    on_db!(db, pool => sqlx::query(sql).bind(run_id).bind(team_id).bind(user_id).bind(role_id).execute(pool).await?.rows_affected());
    Ok(())
}

/// The team a person is in, in this run.
pub async fn team_of(db: &Db, run_id: i64, user_id: i64) -> Result<Option<i64>> {
    let sql = "SELECT team_id FROM exercise_members WHERE run_id = $1 AND user_id = $2";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(run_id).bind(user_id).fetch_optional(pool).await?))
}

/// What happened to one inject of a run.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ReleaseRow {
    pub inject_id: String,
    pub released_at: Option<i64>,
    pub by_hand: bool,
    pub held: bool,
}

pub async fn releases(db: &Db, run_id: i64) -> Result<Vec<ReleaseRow>> {
    let sql = "SELECT inject_id, released_at, by_hand, held FROM exercise_releases WHERE run_id = $1";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(run_id).fetch_all(pool).await?))
}

/// Releases injects at the given moments; one already released keeps its first moment.
pub async fn release(tx: &mut Tx, run_id: i64, inject_id: &str, at: i64, by_hand: bool) -> Result<()> {
    let sql =
        "INSERT INTO exercise_releases (run_id, inject_id, released_at, by_hand) VALUES ($1, $2, $3, $4)
               ON CONFLICT (run_id, inject_id) DO UPDATE
               SET released_at = excluded.released_at, by_hand = excluded.by_hand, held = FALSE
               WHERE exercise_releases.released_at IS NULL";
    on_tx!(tx, conn => sqlx::query(sql).bind(run_id).bind(inject_id).bind(at).bind(by_hand).execute(conn).await?.rows_affected());
    Ok(())
}

/// Holds an inject that is not out yet: it waits for the facilitator to release it.
pub async fn hold(db: &Db, run_id: i64, inject_id: &str) -> Result<()> {
    let sql = "INSERT INTO exercise_releases (run_id, inject_id, held) VALUES ($1, $2, TRUE)
               ON CONFLICT (run_id, inject_id) DO UPDATE SET held = TRUE
               WHERE exercise_releases.released_at IS NULL";
    on_db!(db, pool => sqlx::query(sql).bind(run_id).bind(inject_id).execute(pool).await?.rows_affected());
    Ok(())
}

/// An answer a team sent.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct AnswerRow {
    pub id: i64,
    pub team_id: i64,
    pub inject_id: String,
    pub question_id: String,
    pub author: String,
    pub answer: String,
    pub correct: Option<bool>,
    pub points: Option<f64>,
    pub answered_at: i64,
}

pub struct NewAnswer<'a> {
    pub run_id: i64,
    pub team_id: i64,
    pub inject_id: &'a str,
    pub question_id: &'a str,
    pub user_id: i64,
    pub answer: &'a str,
    pub correct: Option<bool>,
    /// A checked answer's points; none for one the facilitator scores.
    pub points: Option<f64>,
    pub at: i64,
}

pub async fn add_answer(db: &Db, a: &NewAnswer<'_>) -> Result<i64> {
    let sql = "INSERT INTO exercise_answers
                 (run_id, team_id, inject_id, question_id, user_id, answer, correct, points, answered_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql)
        .bind(a.run_id)
        .bind(a.team_id)
        .bind(a.inject_id)
        .bind(a.question_id)
        .bind(a.user_id)
        .bind(a.answer)
        .bind(a.correct)
        .bind(a.points)
        .bind(a.at)
        .fetch_one(pool)
        .await?))
}

/// The answers of a run (of one team, or all), oldest first.
pub async fn answers(db: &Db, run_id: i64, team_id: Option<i64>) -> Result<Vec<AnswerRow>> {
    let sql = "SELECT a.id, a.team_id, a.inject_id, a.question_id, COALESCE(u.display_name, '') AS author,
                      a.answer, a.correct, a.points, a.answered_at
               FROM exercise_answers a LEFT JOIN users u ON u.id = a.user_id
               WHERE a.run_id = $1 AND ($2 IS NULL OR a.team_id = $2) ORDER BY a.id";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(run_id).bind(team_id).fetch_all(pool).await?))
}

/// Scores an answer of the run; `false` when the run has no such answer.
pub async fn score(db: &Db, run_id: i64, answer_id: i64, points: f64, by: i64) -> Result<bool> {
    let sql = "UPDATE exercise_answers SET points = $3, scored_by = $4 WHERE run_id = $1 AND id = $2";
    let done = on_db!(db, pool => sqlx::query(sql).bind(run_id).bind(answer_id).bind(points).bind(by).execute(pool).await?.rows_affected());
    Ok(done == 1)
}

/// A question and inject of an answer of the run.
pub async fn answer_of(db: &Db, run_id: i64, answer_id: i64) -> Result<Option<(String, String)>> {
    let sql = "SELECT inject_id, question_id FROM exercise_answers WHERE run_id = $1 AND id = $2";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(run_id).bind(answer_id).fetch_optional(pool).await?))
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct NoteRow {
    pub inject_id: String,
    pub author: String,
    pub body: String,
    pub written_at: i64,
}

pub async fn add_note(
    db: &Db,
    run_id: i64,
    inject_id: &str,
    author_id: i64,
    body: &str,
    at: i64,
) -> Result<()> {
    let sql = "INSERT INTO exercise_notes (run_id, inject_id, author_id, body, written_at) VALUES ($1, $2, $3, $4, $5)";
    on_db!(db, pool => sqlx::query(sql).bind(run_id).bind(inject_id).bind(author_id).bind(body).bind(at).execute(pool).await?.rows_affected());
    Ok(())
}

pub async fn notes(db: &Db, run_id: i64) -> Result<Vec<NoteRow>> {
    let sql = "SELECT n.inject_id, COALESCE(u.display_name, '') AS author, n.body, n.written_at
               FROM exercise_notes n LEFT JOIN users u ON u.id = n.author_id
               WHERE n.run_id = $1 ORDER BY n.id";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(run_id).fetch_all(pool).await?))
}
