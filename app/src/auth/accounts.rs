//! Creating accounts: the one place for what a valid username and display name are.

use sqlx::SqlitePool;

use crate::api::{AppError, Role};
use crate::auth::password;
use crate::storage::{self, users::NewUser};

/// A new account as typed into a form or the CLI.
pub struct AccountForm<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub password: &'a str,
}

impl AccountForm<'_> {
    /// Says which field is wrong and how to fix it.
    pub fn validate(&self) -> Result<(), AppError> {
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
        password::check_strength(self.password)
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
            email: None,
            role: self.role,
            password_hash,
        }
    }
}

/// Creates an account directly (admin page, CLI, demo data).
pub async fn create(db: &SqlitePool, form: &AccountForm<'_>) -> Result<i64, AppError> {
    let hash = form.hash().await?;
    storage::users::create(db, &form.new_user(&hash)).await
}
