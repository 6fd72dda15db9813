//! Accounts: who may sign in, their role and their profile.

use kujenga_types::{AppError, Msg, Profile, Role, Text, Viewer};

use super::{Db, Tx, known, now, on_db, on_tx, or_taken};
use crate::Result;

/// An account to create; the password is already hashed.
pub struct NewUser<'a> {
    /// Lowercase: usernames are matched without regard to case.
    pub username: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub password_hash: &'a str,
    pub profile: &'a Profile,
}

fn role(text: &str) -> Result<Role> {
    known("role", text, Role::parse)
}

pub async fn insert(tx: &mut Tx, user: &NewUser<'_>) -> Result<i64> {
    let taken = || {
        AppError::invalid(
            Msg::FieldUsername,
            Text::new(Msg::InvalidUsernameTaken).with("name", user.username),
        )
    };
    on_tx!(tx, conn => sqlx::query_scalar(
        "INSERT INTO users (username, display_name, email, role, password_hash, created_at,
                            organisation, country, job, gender)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(user.username)
    .bind(user.display_name)
    .bind(Some(user.profile.email.as_str()).filter(|e| !e.is_empty()))
    .bind(user.role.as_str())
    .bind(user.password_hash)
    .bind(now())
    .bind(&user.profile.organisation)
    .bind(&user.profile.country)
    .bind(&user.profile.job)
    .bind(&user.profile.gender)
    .fetch_one(conn)
    .await
    .map_err(|e| or_taken(e, taken)))
}

/// The id and password hash of an active account (`username` in lowercase).
pub async fn credentials(db: &Db, username: &str) -> Result<Option<(i64, String)>> {
    let sql = "SELECT id, password_hash FROM users WHERE username = $1 AND NOT disabled";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(username).fetch_optional(pool).await?))
}

/// An account that may sign in, as a session sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Active {
    pub viewer: Viewer,
    /// Sessions made under an older generation are signed out.
    pub session_generation: i64,
    /// The password was reset: it must be changed before anything else.
    pub must_change_password: bool,
    /// The interface language the person chose (empty: none chosen).
    pub language: String,
}

/// An active account, by id.
pub async fn active(db: &Db, id: i64) -> Result<Option<Active>> {
    let sql = "SELECT id, username, display_name, role, session_generation, must_change_password, language
               FROM users WHERE id = $1 AND NOT disabled";
    let row: Option<(i64, String, String, String, i64, bool, String)> =
        on_db!(db, pool => sqlx::query_as(sql).bind(id).fetch_optional(pool).await?);
    row.map(|(id, username, display_name, text, session_generation, must_change_password, language)| {
        Ok(Active {
            viewer: Viewer { id, username, display_name, role: role(&text)? },
            session_generation,
            must_change_password,
            language,
        })
    })
    .transpose()
}

/// The viewer for an active account.
pub async fn viewer(db: &Db, id: i64) -> Result<Option<Viewer>> {
    Ok(active(db, id).await?.map(|a| a.viewer))
}

/// An account as its administrators see it, active or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub disabled: bool,
    pub erased: bool,
    pub must_change_password: bool,
    /// When the password was last reset (Unix seconds).
    pub password_reset_at: Option<i64>,
    pub session_generation: i64,
    pub created_at: i64,
    pub last_active_at: Option<i64>,
    pub profile: Profile,
    pub language: String,
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: i64,
    username: String,
    display_name: String,
    role: String,
    disabled: bool,
    erased_at: Option<i64>,
    must_change_password: bool,
    password_reset_at: Option<i64>,
    session_generation: i64,
    created_at: i64,
    last_active_at: Option<i64>,
    email: Option<String>,
    organisation: String,
    country: String,
    job: String,
    gender: String,
    language: String,
}

const ACCOUNT_COLUMNS: &str = "u.id, u.username, u.display_name, u.role, u.disabled, u.erased_at,
    u.must_change_password, u.password_reset_at, u.session_generation, u.created_at, u.last_active_at,
    u.email, u.organisation, u.country, u.job, u.gender, u.language";

impl TryFrom<AccountRow> for Account {
    type Error = crate::Error;

    fn try_from(r: AccountRow) -> Result<Account> {
        Ok(Account {
            role: role(&r.role)?,
            id: r.id,
            username: r.username,
            display_name: r.display_name,
            disabled: r.disabled,
            erased: r.erased_at.is_some(),
            must_change_password: r.must_change_password,
            password_reset_at: r.password_reset_at,
            session_generation: r.session_generation,
            created_at: r.created_at,
            last_active_at: r.last_active_at,
            profile: Profile {
                email: r.email.unwrap_or_default(),
                organisation: r.organisation,
                country: r.country,
                job: r.job,
                gender: r.gender,
            },
            language: r.language,
        })
    }
}

/// An account by id, whatever its state.
pub async fn account(db: &Db, id: i64) -> Result<Option<Account>> {
    let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM users u WHERE u.id = $1");
    let row: Option<AccountRow> =
        on_db!(db, pool => sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?);
    row.map(Account::try_from).transpose()
}

/// An account by (lowercase) username.
pub async fn by_username(db: &Db, username: &str) -> Result<Option<Account>> {
    let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM users u WHERE u.username = $1");
    let row: Option<AccountRow> =
        on_db!(db, pool => sqlx::query_as(&sql).bind(username).fetch_optional(pool).await?);
    row.map(Account::try_from).transpose()
}

/// What the accounts page narrows to; empty means any.
#[derive(Debug, Clone, Default)]
pub struct Search<'a> {
    /// Text in the name, username or organisation.
    pub text: &'a str,
    pub role: Option<Role>,
    pub cohort: Option<i64>,
    /// 0-based.
    pub page: u32,
    pub page_size: u32,
}

/// One page of the accounts matching `search`, by name, and how many match in all.
pub async fn search(db: &Db, search: &Search<'_>) -> Result<(Vec<Account>, u32)> {
    let filter = "FROM users u
                  WHERE u.erased_at IS NULL
                    AND ($1 = '' OR lower(u.display_name) LIKE $2 OR u.username LIKE $2 OR lower(u.organisation) LIKE $2)
                    AND ($3 IS NULL OR u.role = $3)
                    AND ($4 IS NULL OR EXISTS (SELECT 1 FROM cohort_members m
                                               WHERE m.user_id = u.id AND m.cohort_id = $4 AND m.withdrawn_at IS NULL))";
    let needle = search.text.trim().to_lowercase();
    // `%` and `_` typed in the search act as wildcards, which does no harm here.
    let like = format!("%{needle}%");
    let role = search.role.map(|r| r.as_str());
    let select =
        format!("SELECT {ACCOUNT_COLUMNS} {filter} ORDER BY lower(u.display_name), u.id LIMIT $5 OFFSET $6");
    let count = format!("SELECT COUNT(*) {filter}");
    let (size, offset) = (i64::from(search.page_size), i64::from(search.page) * i64::from(search.page_size));
    let rows: Vec<AccountRow> = on_db!(db, pool => sqlx::query_as(&select)
        .bind(&needle).bind(&like).bind(role).bind(search.cohort).bind(size).bind(offset)
        .fetch_all(pool).await?);
    let total: i64 = on_db!(db, pool => sqlx::query_scalar(&count)
        .bind(&needle).bind(&like).bind(role).bind(search.cohort)
        .fetch_one(pool).await?);
    let accounts = rows.into_iter().map(Account::try_from).collect::<Result<_>>()?;
    Ok((accounts, u32::try_from(total).unwrap_or(u32::MAX)))
}

/// A new password hash; `reset_at` (the time of a reset) marks it temporary, to be changed at
/// the next sign-in. Starts a new session generation, so every session made before it ends.
pub async fn set_password(db: &Db, id: i64, hash: &str, reset_at: Option<i64>) -> Result<()> {
    let sql = "UPDATE users SET password_hash = $1, must_change_password = $2, password_reset_at = $3,
                                session_generation = session_generation + 1
               WHERE id = $4";
    on_db!(db, pool => sqlx::query(sql).bind(hash).bind(reset_at.is_some()).bind(reset_at).bind(id).execute(pool).await?.rows_affected());
    Ok(())
}

/// The password hash of an account (to check the current password before a change).
pub async fn password_hash(db: &Db, id: i64) -> Result<Option<String>> {
    let sql = "SELECT password_hash FROM users WHERE id = $1";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(id).fetch_optional(pool).await?))
}

/// Disables or enables an account; either way its sessions end.
pub async fn set_disabled(db: &Db, id: i64, disabled: bool) -> Result<bool> {
    let sql = "UPDATE users SET disabled = $1, session_generation = session_generation + 1
               WHERE id = $2 AND erased_at IS NULL";
    let done =
        on_db!(db, pool => sqlx::query(sql).bind(disabled).bind(id).execute(pool).await?.rows_affected());
    Ok(done == 1)
}

/// Gives an account another role; its sessions end.
pub async fn set_role(db: &Db, id: i64, role: Role) -> Result<bool> {
    let sql = "UPDATE users SET role = $1, session_generation = session_generation + 1
               WHERE id = $2 AND erased_at IS NULL";
    let done = on_db!(db, pool => sqlx::query(sql).bind(role.as_str()).bind(id).execute(pool).await?.rows_affected());
    Ok(done == 1)
}

/// How many active admins there are (the last one may not be removed).
pub async fn active_admins(db: &Db) -> Result<i64> {
    let sql = "SELECT COUNT(*) FROM users WHERE role = 'admin' AND NOT disabled AND erased_at IS NULL";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).fetch_one(pool).await?))
}

/// A person's own changes to their profile and interface language.
pub async fn set_profile(
    db: &Db,
    id: i64,
    display_name: &str,
    profile: &Profile,
    language: &str,
) -> Result<()> {
    let sql = "UPDATE users SET display_name = $1, email = $2, organisation = $3, country = $4, job = $5,
                                gender = $6, language = $7
               WHERE id = $8 AND erased_at IS NULL";
    on_db!(db, pool => sqlx::query(sql)
        .bind(display_name)
        .bind(Some(profile.email.as_str()).filter(|e| !e.is_empty()))
        .bind(&profile.organisation)
        .bind(&profile.country)
        .bind(&profile.job)
        .bind(&profile.gender)
        .bind(language)
        .bind(id)
        .execute(pool).await?.rows_affected());
    Ok(())
}

/// Erases what names a person, on request: the account keeps its id (and its progress and
/// scores, which programme figures are made of, with the organisation, country and gender they
/// are grouped by), loses its name, username, e-mail, password and job, every free-text answer
/// and comment, and its lab seeds; it can never sign in again. The audit log keeps its rows,
/// with the account named as `erased-ID` instead (`named` is how the log names an account).
pub async fn erase(db: &Db, id: i64, named: impl Fn(&str) -> String) -> Result<bool> {
    let mut tx = db.begin().await?;
    let erased = format!("erased-{id}");
    let sql = "SELECT username FROM users WHERE id = $1 AND erased_at IS NULL";
    let before: Option<String> =
        on_tx!(&mut tx, conn => sqlx::query_scalar(sql).bind(id).fetch_optional(conn).await?);
    let Some(before) = before else { return Ok(false) };
    let user = "UPDATE users SET username = $1, display_name = 'Erased account', email = NULL, job = '',
                                 password_hash = '!', disabled = TRUE, erased_at = $2, language = '',
                                 session_generation = session_generation + 1
                WHERE id = $3 AND erased_at IS NULL";
    let done = on_tx!(&mut tx, conn => sqlx::query(user).bind(&erased).bind(now()).bind(id).execute(conn).await?.rows_affected());
    if done == 0 {
        return Ok(false);
    }
    for sql in [
        "UPDATE submissions SET answer = '(erased)' WHERE user_id = $1",
        "UPDATE question_states SET last_answer = NULL, review_comment = NULL WHERE user_id = $1",
        "DELETE FROM lab_seeds WHERE user_id = $1",
        "DELETE FROM import_drafts WHERE user_id = $1",
        "UPDATE audit_log SET actor = $2 WHERE actor_id = $1",
    ] {
        on_tx!(&mut tx, conn => sqlx::query(sql).bind(id).bind(&erased).execute(conn).await?.rows_affected());
    }
    let sql = "UPDATE audit_log SET object = REPLACE(object, $1, $2) WHERE object = $1";
    on_tx!(&mut tx, conn => sqlx::query(sql).bind(named(&before)).bind(named(&erased)).execute(conn).await?.rows_affected());
    tx.commit().await?;
    Ok(true)
}

pub async fn count(db: &Db) -> Result<i64> {
    Ok(on_db!(db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(pool).await?))
}

/// A person's profile; only for those who need it (their instructors and admins).
pub async fn profile(db: &Db, id: i64) -> Result<Option<Profile>> {
    let sql = "SELECT email, organisation, country, job, gender FROM users WHERE id = $1";
    let row: Option<(Option<String>, String, String, String, String)> =
        on_db!(db, pool => sqlx::query_as(sql).bind(id).fetch_optional(pool).await?);
    Ok(row.map(|(email, organisation, country, job, gender)| Profile {
        email: email.unwrap_or_default(),
        organisation,
        country,
        job,
        gender,
    }))
}

/// Marks a new account's first password as temporary: to be changed at the first sign-in.
pub async fn mark_temporary(tx: &mut Tx, id: i64) -> Result<()> {
    let sql = "UPDATE users SET must_change_password = TRUE WHERE id = $1";
    on_tx!(tx, conn => sqlx::query(sql).bind(id).execute(conn).await?.rows_affected());
    Ok(())
}

/// Notes that a learner did something (for "active in the last 14 days").
pub async fn touch(tx: &mut Tx, id: i64) -> Result<()> {
    let sql = "UPDATE users SET last_active_at = $1 WHERE id = $2";
    on_tx!(tx, conn => sqlx::query(sql).bind(now()).bind(id).execute(conn).await?.rows_affected());
    Ok(())
}

/// Active accounts with a given role, for the forms that pick one: (id, display name, username).
pub async fn with_role(db: &Db, role: Role) -> Result<Vec<(i64, String, String)>> {
    let sql =
        "SELECT id, display_name, username FROM users WHERE role = $1 AND NOT disabled ORDER BY display_name";
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(role.as_str()).fetch_all(pool).await?))
}

/// Whether an account has this (lowercase) username.
pub async fn exists(db: &Db, username: &str) -> Result<bool> {
    let sql = "SELECT EXISTS (SELECT 1 FROM users WHERE username = $1)";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).bind(username).fetch_one(pool).await?))
}
