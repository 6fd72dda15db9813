//! Accounts: the one place for what a valid username, display name, profile and password are,
//! how passwords are hashed, and which account is signed in.

pub mod password;
pub mod tokens;
pub mod viewers;

use std::net::IpAddr;

use kujenga_types::people::{GENDERS, JOBS};
use kujenga_types::{AppError, Profile, Role};

use crate::Result;
use crate::limits::{Limits, address_key};
use crate::storage::{Db, cohorts, users};

/// A new account as typed into a form, a CSV file or the command line.
pub struct AccountForm<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub password: &'a str,
    pub profile: Profile,
}

/// A username as stored and looked up: trimmed and lowercase.
pub fn username_key(username: &str) -> String {
    username.trim().to_lowercase()
}

impl AccountForm<'_> {
    /// Says which field is wrong and how to fix it.
    pub fn validate(&self) -> Result<(), AppError> {
        self.validate_identity()?;
        check_profile(&self.profile)?;
        password::check_strength(self.password, &[self.username, self.display_name, &self.profile.email])
    }

    /// Checks the username and display name only.
    pub fn validate_identity(&self) -> Result<(), AppError> {
        let username = self.username.trim();
        if username.len() < 3 || username.len() > 40 {
            return Err(AppError::invalid("username", "use 3 to 40 characters"));
        }
        if !username.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')) {
            return Err(AppError::invalid(
                "username",
                "use only letters a-z, digits, dots, hyphens and underscores",
            ));
        }
        let name = self.display_name.trim();
        if name.is_empty() || name.chars().count() > 80 {
            return Err(AppError::invalid("display name", "give a name of 1 to 80 characters"));
        }
        Ok(())
    }

    /// Validates and hashes; returns the hash, ready to store.
    pub async fn hash(&self) -> Result<String> {
        self.validate()?;
        password::hash(self.password.to_string()).await
    }

    /// The account to store, with its username as stored.
    pub fn new_user<'a>(&'a self, username: &'a str, password_hash: &'a str) -> users::NewUser<'a> {
        users::NewUser {
            username,
            display_name: self.display_name.trim(),
            role: self.role,
            password_hash,
            profile: &self.profile,
        }
    }
}

/// Says which profile field is wrong and how to fix it. Every field may be empty.
pub fn check_profile(p: &Profile) -> Result<(), AppError> {
    let email = p.email.trim();
    if !email.is_empty() && (email.len() > 120 || !email.contains('@') || email.contains(char::is_whitespace))
    {
        return Err(AppError::invalid("email", format!("`{email}` is not an e-mail address")));
    }
    if p.organisation.chars().count() > 120 {
        return Err(AppError::invalid("organisation", "use at most 120 characters"));
    }
    let country = p.country.trim();
    let is_code = country.len() == 2 && country.chars().all(|c| c.is_ascii_uppercase());
    if !country.is_empty() && !is_code {
        return Err(AppError::invalid(
            "country",
            format!("`{country}` is not a two-letter country code; use ISO 3166 codes such as KE, GH or LK"),
        ));
    }
    if !p.job.is_empty() && !JOBS.contains(&p.job.as_str()) {
        return Err(AppError::invalid("role", format!("`{}` is not one of: {}", p.job, JOBS.join(", "))));
    }
    if !GENDERS.contains(&p.gender.as_str()) {
        return Err(AppError::invalid(
            "gender",
            format!("`{}` is not one of: female, male, other, or empty", p.gender),
        ));
    }
    Ok(())
}

/// Creates an account directly (admin page, command line, demo data); returns its id.
pub async fn create(db: &Db, form: &AccountForm<'_>) -> Result<i64> {
    let hash = form.hash().await?;
    let username = username_key(form.username);
    let mut tx = db.begin().await?;
    let id = users::insert(&mut tx, &form.new_user(&username, &hash)).await?;
    tx.commit().await?;
    Ok(id)
}

/// Checks a username and password; returns the account's id. The attempt is counted against
/// the limits before the password is checked (see `limits`), and given back if it was right.
pub async fn sign_in(
    db: &Db,
    limits: &Limits,
    username: &str,
    password: String,
    address: Option<IpAddr>,
) -> Result<i64> {
    let account = username_key(username);
    let attempt = limits.sign_in.begin(&account, &address_key(address))?;
    let found = users::credentials(db, &account).await?;
    let (user_id, hash) = found.map_or((None, None), |(id, hash)| (Some(id), Some(hash)));
    let verified = match password::verify(password, hash).await {
        Ok(verified) => verified,
        Err(busy) => {
            limits.sign_in.abandoned(attempt);
            return Err(busy);
        }
    };
    match user_id {
        Some(id) if verified => {
            limits.sign_in.succeeded(attempt);
            Ok(id)
        }
        _ => {
            limits.sign_in.failed(attempt);
            tracing::info!(address = %address_key(address), "sign-in refused");
            Err(AppError::WrongCredentials.into())
        }
    }
}

/// Creates a trainee's own account in the cohort of an invite code; returns its id. The code
/// is checked before the password is hashed, and wrong codes count against the address (codes
/// must not be guessable).
pub async fn join(
    db: &Db,
    limits: &Limits,
    code: &str,
    form: &AccountForm<'_>,
    address: Option<IpAddr>,
) -> Result<i64> {
    form.validate()?;
    let guess = limits.invite_codes.take(&address_key(address))?;
    if !cohorts::invite_is_open(db, code).await? {
        return Err(cohorts::invite_refused().into());
    }
    limits.invite_codes.refund(guess);
    let hash = password::hash(form.password.to_string()).await?;
    let username = username_key(form.username);
    cohorts::join_with_invite(db, code, &form.new_user(&username, &hash)).await
}

/// Signs a person out everywhere at once: every session made before now stops working.
pub async fn end_sessions(db: &Db, viewers: &viewers::ViewerCache, user_id: i64) -> Result<()> {
    users::renew_session_generation(db, user_id).await?;
    viewers.forget(user_id);
    Ok(())
}
