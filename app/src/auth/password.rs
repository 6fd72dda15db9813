//! Argon2id password hashing with the OWASP parameters, always on a blocking thread.

use std::sync::OnceLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::api::{AppError, MIN_PASSWORD};

pub const MAX_LENGTH: usize = 128;

/// OWASP Password Storage Cheat Sheet: argon2id with one of its equivalent settings, 7 MiB of
/// memory and 5 iterations, 1 lane. It costs the same time as 19 MiB and 2 iterations, with a
/// third of the memory for each sign-in in progress (the server's memory budget is 50 MB).
fn hasher() -> Argon2<'static> {
    Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(7 * 1024, 5, 1, None).expect("valid argon2 parameters"),
    )
}

/// Says what is wrong with a new password, if anything.
pub fn check_strength(password: &str) -> Result<(), AppError> {
    let length = password.chars().count();
    if length < MIN_PASSWORD {
        return Err(AppError::invalid(
            "password",
            format!("use at least {MIN_PASSWORD} characters (a short sentence is easy to remember)"),
        ));
    }
    if length > MAX_LENGTH {
        return Err(AppError::invalid("password", format!("use at most {MAX_LENGTH} characters")));
    }
    Ok(())
}

/// Hashes a password into a PHC string.
pub async fn hash(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| {
            tracing::error!("password hashing failed: {e}");
            AppError::Internal
        })
    })
    .await
    .map_err(|_| AppError::Internal)?
}

/// Checks a password against a stored hash. With no hash (unknown account) it still spends
/// the same time, so response times do not reveal which usernames exist.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        static DUMMY: OnceLock<String> = OnceLock::new();
        let dummy = DUMMY.get_or_init(|| {
            let salt = SaltString::generate(&mut OsRng);
            hasher().hash_password(b"not a real password", &salt).map(|h| h.to_string()).unwrap_or_default()
        });
        let known = stored.is_some();
        let phc = stored.unwrap_or_else(|| dummy.clone());
        let Ok(parsed) = PasswordHash::new(&phc) else {
            return false;
        };
        hasher().verify_password(password.as_bytes(), &parsed).is_ok() && known
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_only_its_own_password() {
        let h = hash("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=7168,t=5,p=1$"), "{h}");
        assert!(verify("correct horse battery".into(), Some(h.clone())).await);
        assert!(!verify("wrong horse battery".into(), Some(h)).await);
        assert!(!verify("not a real password".into(), None).await);
    }

    #[test]
    fn short_passwords_are_refused_with_the_field_named() {
        let err = check_strength("short").unwrap_err();
        assert!(matches!(err, AppError::Invalid { ref field, .. } if field == "password"));
        assert!(check_strength("long enough phrase").is_ok());
    }
}
