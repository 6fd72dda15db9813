//! Accounts: the one place for what a valid username, display name, profile and password are,
//! how passwords are hashed, and which account is signed in.

pub mod password;
pub mod tokens;
pub mod viewers;

use kujenga_types::people::{GENDERS, JOBS};
use kujenga_types::{AppError, Msg, Profile, Role, Text};

use crate::Result;
use crate::storage::{Db, users};

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
            return Err(AppError::invalid(Msg::FieldUsername, Msg::InvalidUsernameLength));
        }
        if !username.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')) {
            return Err(AppError::invalid(Msg::FieldUsername, Msg::InvalidUsernameCharacters));
        }
        let name = self.display_name.trim();
        if name.is_empty() || name.chars().count() > 80 {
            return Err(AppError::invalid(Msg::FieldDisplayName, Msg::InvalidDisplayName));
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
        return Err(AppError::invalid(Msg::FieldEmail, Text::new(Msg::InvalidEmail).with("name", email)));
    }
    if p.organisation.chars().count() > 120 {
        return Err(AppError::invalid(Msg::FieldOrganisation, Msg::InvalidOrganisation));
    }
    let country = p.country.trim();
    let is_code = country.len() == 2 && country.chars().all(|c| c.is_ascii_uppercase());
    if !country.is_empty() && !is_code {
        return Err(AppError::invalid(
            Msg::FieldCountryCode,
            Text::new(Msg::InvalidCountry).with("name", country),
        ));
    }
    if !p.job.is_empty() && !JOBS.contains(&p.job.as_str()) {
        return Err(AppError::invalid(
            Msg::FieldJob,
            Text::new(Msg::InvalidJob).with("name", &p.job).with("list", JOBS.join(", ")),
        ));
    }
    if !GENDERS.contains(&p.gender.as_str()) {
        return Err(AppError::invalid(
            Msg::FieldGender,
            Text::new(Msg::InvalidGender).with("name", &p.gender),
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
