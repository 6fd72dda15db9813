//! Creating accounts: the one place for what a valid username and display name are.

use sqlx::SqlitePool;

use crate::api::{AppError, GENDERS, JOBS, Profile, Role};
use crate::auth::password;
use crate::storage::{self, users::NewUser};

/// A new account as typed into a form, a CSV file or the CLI.
pub struct AccountForm<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub password: &'a str,
    pub profile: Profile,
}

impl AccountForm<'_> {
    /// Says which field is wrong and how to fix it.
    pub fn validate(&self) -> Result<(), AppError> {
        self.validate_identity()?;
        check_profile(&self.profile)?;
        password::check_strength(self.password)
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
    pub async fn hash(&self) -> Result<String, AppError> {
        self.validate()?;
        password::hash(self.password.to_string()).await
    }

    pub fn new_user<'a>(&'a self, password_hash: &'a str) -> NewUser<'a> {
        NewUser {
            username: self.username.trim(),
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

/// Creates an account directly (admin page, CLI, demo data).
pub async fn create(db: &SqlitePool, form: &AccountForm<'_>) -> Result<i64, AppError> {
    let hash = form.hash().await?;
    storage::users::create(db, &form.new_user(&hash)).await
}
