//! Cohorts: their details and curriculum, who teaches and who learns in them, and invite codes.

use kujenga_types::accounts::InviteRow;
use kujenga_types::cohorts::{CohortInfo, CohortRow, TraineeRow};
use kujenga_types::{AppError, Msg, Role, Viewer};

use super::{Db, Tx, name_taken, now, on_db, on_tx, or_taken, users};
use crate::Result;

/// What a member does in a cohort. Stored as lowercase text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CohortRole {
    Trainee,
    Instructor,
}

impl CohortRole {
    pub fn as_str(self) -> &'static str {
        match self {
            CohortRole::Trainee => "trainee",
            CohortRole::Instructor => "instructor",
        }
    }
}

/// A cohort to create.
#[derive(Debug, Clone, Default)]
pub struct NewCohort<'a> {
    pub name: &'a str,
    pub program_id: Option<i64>,
    pub starts_on: Option<&'a str>,
    pub ends_on: Option<&'a str>,
    /// Track or module ids; empty for the whole curriculum.
    pub content: &'a [String],
}

pub async fn create(db: &Db, cohort: &NewCohort<'_>) -> Result<i64> {
    let name = cohort.name.trim();
    let mut tx = db.begin().await?;
    let sql = "INSERT INTO cohorts (name, created_at, program_id, starts_on, ends_on)
               VALUES ($1, $2, $3, $4, $5) RETURNING id";
    let id: i64 = on_tx!(&mut tx, conn => sqlx::query_scalar(sql)
        .bind(name)
        .bind(now())
        .bind(cohort.program_id)
        .bind(cohort.starts_on)
        .bind(cohort.ends_on)
        .fetch_one(conn)
        .await
        .map_err(|e| or_taken(e, name_taken(Msg::InvalidCohortNameTaken, name)))?);
    add_content(&mut tx, id, cohort.content).await?;
    tx.commit().await?;
    Ok(id)
}

/// Gives a cohort a new name, dates and curriculum; its programme and members stay. Whether
/// the cohort exists.
pub async fn update(
    db: &Db,
    id: i64,
    name: &str,
    (starts_on, ends_on): (Option<&str>, Option<&str>),
    content: &[String],
) -> Result<bool> {
    let name = name.trim();
    let mut tx = db.begin().await?;
    let sql = "UPDATE cohorts SET name = $1, starts_on = $2, ends_on = $3 WHERE id = $4";
    let updated = on_tx!(&mut tx, conn => sqlx::query(sql)
        .bind(name)
        .bind(starts_on)
        .bind(ends_on)
        .bind(id)
        .execute(conn)
        .await
        .map_err(|e| or_taken(e, name_taken(Msg::InvalidCohortNameTaken, name)))?
        .rows_affected());
    if updated == 0 {
        return Ok(false);
    }
    let clear = "DELETE FROM cohort_content WHERE cohort_id = $1";
    on_tx!(&mut tx, conn => sqlx::query(clear).bind(id).execute(conn).await?.rows_affected());
    add_content(&mut tx, id, content).await?;
    tx.commit().await?;
    Ok(true)
}

async fn add_content(tx: &mut Tx, cohort_id: i64, content: &[String]) -> Result<()> {
    let sql = "INSERT INTO cohort_content (cohort_id, content_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
    for content_id in content {
        on_tx!(tx, conn => sqlx::query(sql).bind(cohort_id).bind(content_id).execute(conn).await?.rows_affected());
    }
    Ok(())
}

/// Makes `user_id` a member; a member already keeps the role they have.
pub async fn add_member(tx: &mut Tx, cohort_id: i64, user_id: i64, role: CohortRole) -> Result<()> {
    let sql =
        "INSERT INTO cohort_members (cohort_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
    on_tx!(tx, conn => sqlx::query(sql).bind(cohort_id).bind(user_id).bind(role.as_str()).execute(conn).await?.rows_affected());
    Ok(())
}

/// A new invite code for a cohort.
pub struct NewInvite<'a> {
    pub cohort_id: i64,
    pub created_by: i64,
    pub code: &'a str,
    /// Unix seconds.
    pub expires_at: i64,
    pub max_uses: i64,
}

pub async fn create_invite(db: &Db, invite: &NewInvite<'_>) -> Result<()> {
    let sql = "INSERT INTO invites (code, cohort_id, created_by, created_at, expires_at, max_uses)
               VALUES ($1, $2, $3, $4, $5, $6)";
    on_db!(db, pool => sqlx::query(sql)
        .bind(invite.code)
        .bind(invite.cohort_id)
        .bind(invite.created_by)
        .bind(now())
        .bind(invite.expires_at)
        .bind(invite.max_uses)
        .execute(pool).await?.rows_affected());
    Ok(())
}

/// Invites still usable, for the given cohorts.
pub async fn open_invites(db: &Db, cohort_ids: &[i64]) -> Result<Vec<InviteRow>> {
    let sql = "SELECT code, cohort_id, expires_at, max_uses, uses FROM invites
               WHERE expires_at > $1 AND uses < max_uses AND revoked_at IS NULL ORDER BY created_at DESC";
    let rows: Vec<(String, i64, i64, i64, i64)> =
        on_db!(db, pool => sqlx::query_as(sql).bind(now()).fetch_all(pool).await?);
    Ok(rows
        .into_iter()
        .filter(|r| cohort_ids.contains(&r.1))
        .map(|(code, cohort_id, expires_at, max_uses, uses)| InviteRow {
            code,
            cohort_id,
            expires_at,
            max_uses,
            uses,
        })
        .collect())
}

/// The error for a code that cannot be used.
pub fn invite_refused() -> AppError {
    AppError::invalid(Msg::FieldCode, Msg::InvalidInviteUnusable)
}

/// Whether `code` names an invite that can still be used.
pub async fn invite_is_open(db: &Db, code: &str) -> Result<bool> {
    let sql = "SELECT EXISTS (SELECT 1 FROM invites i JOIN cohorts c ON c.id = i.cohort_id
                              WHERE i.code = $1 AND i.expires_at > $2 AND i.uses < i.max_uses
                                AND i.revoked_at IS NULL AND c.archived_at IS NULL)";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(code.trim()).bind(now()).fetch_one(pool).await?))
}

/// Uses one invite and creates the trainee in its cohort, all or nothing.
pub async fn join_with_invite(db: &Db, code: &str, user: &users::NewUser<'_>) -> Result<i64> {
    let mut tx = db.begin().await?;
    let sql = "UPDATE invites SET uses = uses + 1
               WHERE code = $1 AND expires_at > $2 AND uses < max_uses AND revoked_at IS NULL
                 AND NOT EXISTS (SELECT 1 FROM cohorts c WHERE c.id = invites.cohort_id AND c.archived_at IS NOT NULL)
               RETURNING cohort_id";
    let cohort_id: Option<i64> = on_tx!(&mut tx, conn => sqlx::query_scalar(sql)
        .bind(code.trim())
        .bind(now())
        .fetch_optional(conn)
        .await?);
    let Some(cohort_id) = cohort_id else {
        return Err(invite_refused().into());
    };
    let user_id = users::insert(&mut tx, user).await?;
    add_member(&mut tx, cohort_id, user_id, CohortRole::Trainee).await?;
    tx.commit().await?;
    Ok(user_id)
}

pub async fn find(db: &Db, name: &str) -> Result<Option<i64>> {
    let sql = "SELECT id FROM cohorts WHERE name = $1";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(name).fetch_optional(pool).await?))
}

pub async fn is_instructor(db: &Db, cohort_id: i64, user_id: i64) -> Result<bool> {
    let sql = "SELECT EXISTS (SELECT 1 FROM cohort_members
                              WHERE cohort_id = $1 AND user_id = $2 AND role = 'instructor')";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(cohort_id).bind(user_id).fetch_one(pool).await?))
}

/// Whether an instructor teaches a cohort that this trainee is in.
pub async fn teaches_trainee(db: &Db, instructor_id: i64, trainee_id: i64) -> Result<bool> {
    let sql =
        "SELECT EXISTS (SELECT 1 FROM cohort_members i JOIN cohort_members t ON t.cohort_id = i.cohort_id
                              WHERE i.user_id = $1 AND i.role = 'instructor' AND t.user_id = $2
                                AND t.role = 'trainee' AND t.withdrawn_at IS NULL)";
    Ok(
        on_db!(db, pool => sqlx::query_scalar(sql).bind(instructor_id).bind(trainee_id).fetch_one(pool).await?),
    )
}

pub async fn info(db: &Db, id: i64) -> Result<Option<CohortInfo>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        name: String,
        program_id: Option<i64>,
        program: Option<String>,
        starts_on: Option<String>,
        ends_on: Option<String>,
        archived: bool,
    }
    let sql = "SELECT c.id, c.name, c.program_id, p.name AS program, c.starts_on, c.ends_on,
                      c.archived_at IS NOT NULL OR p.archived_at IS NOT NULL AS archived
               FROM cohorts c LEFT JOIN programs p ON p.id = c.program_id WHERE c.id = $1";
    let row: Option<Row> = on_db!(db, pool => sqlx::query_as(sql).bind(id).fetch_optional(pool).await?);
    let Some(row) = row else {
        return Ok(None);
    };
    let content = content(db, id).await?;
    let instructors_sql = "SELECT u.display_name FROM cohort_members m JOIN users u ON u.id = m.user_id
                           WHERE m.cohort_id = $1 AND m.role = 'instructor' ORDER BY u.display_name";
    let instructors: Vec<String> =
        on_db!(db, pool => sqlx::query_scalar(instructors_sql).bind(id).fetch_all(pool).await?);
    Ok(Some(CohortInfo {
        id: row.id,
        name: row.name,
        program_id: row.program_id,
        program: row.program,
        starts_on: row.starts_on,
        ends_on: row.ends_on,
        content,
        instructors,
        archived: row.archived,
    }))
}

/// The cohorts a person may see: all for an admin, their own for an instructor, those of their
/// programmes for a manager.
pub async fn visible_to(db: &Db, viewer: &Viewer) -> Result<Vec<CohortRow>> {
    let sql = "SELECT c.id, c.name,
                      (SELECT COUNT(*) FROM cohort_members t
                       WHERE t.cohort_id = c.id AND t.role = 'trainee' AND t.withdrawn_at IS NULL)
               FROM cohorts c
               WHERE $1 OR EXISTS (SELECT 1 FROM cohort_members m
                                   WHERE m.cohort_id = c.id AND m.user_id = $2 AND m.role = 'instructor')
                        OR EXISTS (SELECT 1 FROM program_managers pm
                                   WHERE pm.program_id = c.program_id AND pm.user_id = $2)
               ORDER BY c.name";
    let rows: Vec<(i64, String, i64)> = on_db!(db, pool => sqlx::query_as(sql)
        .bind(viewer.role == Role::Admin)
        .bind(viewer.id)
        .fetch_all(pool)
        .await?);
    Ok(rows.into_iter().map(|(id, name, trainees)| CohortRow { id, name, trainees }).collect())
}

/// A cohort's trainees, by name.
pub async fn trainees(db: &Db, cohort_id: i64) -> Result<Vec<TraineeRow>> {
    let sql = "SELECT u.id, u.username, u.display_name, u.organisation, u.country, u.last_active_at
               FROM cohort_members m JOIN users u ON u.id = m.user_id
               WHERE m.cohort_id = $1 AND m.role = 'trainee' AND m.withdrawn_at IS NULL
               ORDER BY u.display_name, u.id";
    type Row = (i64, String, String, String, String, Option<i64>);
    let rows: Vec<Row> = on_db!(db, pool => sqlx::query_as(sql).bind(cohort_id).fetch_all(pool).await?);
    Ok(rows
        .into_iter()
        .map(|(id, username, display_name, organisation, country, last_active_at)| TraineeRow {
            id,
            username,
            display_name,
            organisation,
            country,
            last_active_at,
        })
        .collect())
}

/// A cohort's withdrawn trainees, by name: (username, display name, when they were withdrawn).
pub async fn withdrawn(db: &Db, cohort_id: i64) -> Result<Vec<(String, String, i64)>> {
    let sql = "SELECT u.username, u.display_name, m.withdrawn_at
               FROM cohort_members m JOIN users u ON u.id = m.user_id
               WHERE m.cohort_id = $1 AND m.role = 'trainee' AND m.withdrawn_at IS NOT NULL
               ORDER BY u.display_name, u.id";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(cohort_id).fetch_all(pool).await?))
}

/// Completions of a cohort's trainees: (user, item, lab score).
pub async fn completions(db: &Db, cohort_id: i64) -> Result<Vec<(i64, String, Option<f64>)>> {
    let sql = "SELECT p.user_id, p.item_id, p.score FROM progress p
               JOIN cohort_members m ON m.user_id = p.user_id AND m.cohort_id = $1 AND m.role = 'trainee'
                                     AND m.withdrawn_at IS NULL";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(cohort_id).fetch_all(pool).await?))
}

/// A programme's cohorts: (id, name).
pub async fn in_program(db: &Db, program_id: i64) -> Result<Vec<(i64, String)>> {
    let sql = "SELECT id, name FROM cohorts WHERE program_id = $1 ORDER BY name";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(program_id).fetch_all(pool).await?))
}

/// Takes a trainee out of a cohort: their work stays, and they no longer count as enrolled.
/// Whether they were an enrolled trainee of it.
pub async fn withdraw(db: &Db, cohort_id: i64, user_id: i64) -> Result<bool> {
    let sql = "UPDATE cohort_members SET withdrawn_at = $1
               WHERE cohort_id = $2 AND user_id = $3 AND role = 'trainee' AND withdrawn_at IS NULL";
    let done = on_db!(db, pool => sqlx::query(sql).bind(now()).bind(cohort_id).bind(user_id).execute(pool).await?.rows_affected());
    Ok(done == 1)
}

/// Enrols an account as a trainee; one who had withdrawn is enrolled again.
pub async fn enrol(tx: &mut Tx, cohort_id: i64, user_id: i64) -> Result<()> {
    let sql = "INSERT INTO cohort_members (cohort_id, user_id, role) VALUES ($1, $2, 'trainee')
               ON CONFLICT (cohort_id, user_id) DO UPDATE SET withdrawn_at = NULL
               WHERE cohort_members.role = 'trainee'";
    on_tx!(tx, conn => sqlx::query(sql).bind(cohort_id).bind(user_id).execute(conn).await?.rows_affected());
    Ok(())
}

/// Moves an enrolled trainee from one cohort to another, in one transaction. Whether they
/// were enrolled in the first.
pub async fn move_trainee(db: &Db, from: i64, to: i64, user_id: i64) -> Result<bool> {
    let mut tx = db.begin().await?;
    let leave = "DELETE FROM cohort_members
                 WHERE cohort_id = $1 AND user_id = $2 AND role = 'trainee' AND withdrawn_at IS NULL";
    let left = on_tx!(&mut tx, conn => sqlx::query(leave).bind(from).bind(user_id).execute(conn).await?.rows_affected());
    if left == 0 {
        return Ok(false);
    }
    enrol(&mut tx, to, user_id).await?;
    tx.commit().await?;
    Ok(true)
}

/// What a person is in a cohort, if anything: their role, and whether they withdrew.
pub async fn membership(db: &Db, cohort_id: i64, user_id: i64) -> Result<Option<(CohortRole, bool)>> {
    let sql =
        "SELECT role, withdrawn_at IS NOT NULL FROM cohort_members WHERE cohort_id = $1 AND user_id = $2";
    let row: Option<(String, bool)> =
        on_db!(db, pool => sqlx::query_as(sql).bind(cohort_id).bind(user_id).fetch_optional(pool).await?);
    Ok(row.map(|(role, withdrawn)| {
        let role = if role == CohortRole::Instructor.as_str() {
            CohortRole::Instructor
        } else {
            CohortRole::Trainee
        };
        (role, withdrawn)
    }))
}

/// The cohorts a trainee follows now, oldest first.
pub async fn of_trainee(db: &Db, user_id: i64) -> Result<Vec<i64>> {
    let sql = "SELECT cohort_id FROM cohort_members
               WHERE user_id = $1 AND role = 'trainee' AND withdrawn_at IS NULL ORDER BY cohort_id";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(user_id).fetch_all(pool).await?))
}

/// Revokes an open invite code; the cohort it was for, if it was open.
pub async fn revoke_invite(db: &Db, code: &str) -> Result<Option<i64>> {
    let sql = "UPDATE invites SET revoked_at = $1 WHERE code = $2 AND revoked_at IS NULL RETURNING cohort_id";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(now()).bind(code.trim()).fetch_optional(pool).await?))
}

/// The cohort an invite code is for, revoked or not.
pub async fn invite_cohort(db: &Db, code: &str) -> Result<Option<i64>> {
    let sql = "SELECT cohort_id FROM invites WHERE code = $1";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(code.trim()).fetch_optional(pool).await?))
}

/// Archives a cohort (read-only from now on) or brings it back.
pub async fn set_archived(db: &Db, cohort_id: i64, archived: bool) -> Result<bool> {
    let sql = "UPDATE cohorts SET archived_at = CASE WHEN $1 THEN $2 ELSE NULL END WHERE id = $3";
    let done = on_db!(db, pool => sqlx::query(sql).bind(archived).bind(now()).bind(cohort_id).execute(pool).await?.rows_affected());
    Ok(done == 1)
}

/// The days each module opens to a cohort: (module id, YYYY-MM-DD).
pub async fn schedule(db: &Db, cohort_id: i64) -> Result<Vec<(String, String)>> {
    let sql = "SELECT module_id, opens_on FROM cohort_schedule WHERE cohort_id = $1 ORDER BY module_id";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(cohort_id).fetch_all(pool).await?))
}

/// Sets (or, with `None`, clears) the day a module opens to a cohort.
pub async fn set_opening(db: &Db, cohort_id: i64, module_id: &str, opens_on: Option<&str>) -> Result<()> {
    match opens_on {
        Some(day) => {
            let sql = "INSERT INTO cohort_schedule (cohort_id, module_id, opens_on) VALUES ($1, $2, $3)
                       ON CONFLICT (cohort_id, module_id) DO UPDATE SET opens_on = excluded.opens_on";
            on_db!(db, pool => sqlx::query(sql).bind(cohort_id).bind(module_id).bind(day).execute(pool).await?.rows_affected());
        }
        None => {
            let sql = "DELETE FROM cohort_schedule WHERE cohort_id = $1 AND module_id = $2";
            on_db!(db, pool => sqlx::query(sql).bind(cohort_id).bind(module_id).execute(pool).await?.rows_affected());
        }
    }
    Ok(())
}

/// Items a trainee may take before their prerequisites are done.
pub async fn overrides(db: &Db, user_id: i64) -> Result<Vec<String>> {
    let sql = "SELECT item_id FROM prerequisite_overrides WHERE user_id = $1";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(user_id).fetch_all(pool).await?))
}

pub async fn grant_override(db: &Db, user_id: i64, item_id: &str, granted_by: i64) -> Result<()> {
    let sql = "INSERT INTO prerequisite_overrides (user_id, item_id, granted_by, granted_at) VALUES ($1, $2, $3, $4)
               ON CONFLICT (user_id, item_id) DO NOTHING";
    on_db!(db, pool => sqlx::query(sql).bind(user_id).bind(item_id).bind(granted_by).bind(now()).execute(pool).await?.rows_affected());
    Ok(())
}

/// The track and module ids a cohort follows; none for the whole curriculum.
pub async fn content(db: &Db, cohort_id: i64) -> Result<Vec<String>> {
    let sql = "SELECT content_id FROM cohort_content WHERE cohort_id = $1 ORDER BY content_id";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(cohort_id).fetch_all(pool).await?))
}
