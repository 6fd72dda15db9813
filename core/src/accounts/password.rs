//! Argon2id password hashing with the OWASP parameters, always on a blocking thread.

use std::sync::{Arc, OnceLock};

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

use kujenga_types::AppError;
use kujenga_types::people::MIN_PASSWORD;

use crate::{Error, Result};

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

/// Runs `work` on a blocking thread, at most one per CPU at a time. Each hash holds 7 MiB and a
/// core, so a class signing in at once waits its turn here instead of taking every core and
/// 7 MiB per person.
async fn on_hashing_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    static SLOTS: OnceLock<Arc<Semaphore>> = OnceLock::new();
    let slots = SLOTS.get_or_init(|| {
        Arc::new(Semaphore::new(std::thread::available_parallelism().map_or(1, |n| n.get())))
    });
    let slot = slots
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| Error::Internal("the hashing slots are closed".into()))?;
    // The slot goes with the work: a request dropped while its hash runs keeps it until the
    // hash ends.
    tokio::task::spawn_blocking(move || {
        let _slot = slot;
        work()
    })
    .await
    .map_err(|e| Error::Internal(format!("password hashing stopped: {e}")))
}

/// Hashes a password into a PHC string.
pub async fn hash(password: String) -> Result<String> {
    on_hashing_thread(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| Error::Internal(format!("password hashing failed: {e}")))
    })
    .await?
}

/// Checks a password against a stored hash. With no hash (unknown account) it still spends
/// the same time, so response times do not reveal which usernames exist.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    on_hashing_thread(move || {
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

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn no_more_hashes_run_at_once_than_there_are_cpus() {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let cpus = std::thread::available_parallelism().unwrap().get();
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let tasks: Vec<_> = (0..cpus * 4)
            .map(|_| {
                let (running, most) = (running.clone(), most.clone());
                tokio::spawn(on_hashing_thread(move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    running.fetch_sub(1, Ordering::SeqCst);
                }))
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        let most = most.load(Ordering::SeqCst);
        assert!((1..=cpus).contains(&most), "{most} hashes ran at once on {cpus} CPUs");
    }

    #[test]
    fn short_passwords_are_refused_with_the_field_named() {
        let err = check_strength("short").unwrap_err();
        assert!(matches!(err, AppError::Invalid { ref field, .. } if field == "password"));
        assert!(check_strength("long enough phrase").is_ok());
    }
}
