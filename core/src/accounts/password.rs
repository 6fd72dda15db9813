//! Passwords: what a new one must be, and argon2id hashing with the OWASP parameters, always
//! on a blocking thread and in a bounded line.
//!
//! Hashing is the costliest work a request can ask for (7 MiB and a core for tens of
//! milliseconds), and anyone can ask for it. So at most one hash runs per core, and a bounded
//! number wait: past that the request is answered at once with "busy, try again in N s" (503)
//! instead of queueing without end. Sign-ins and new passwords (joining, imports, resets) wait
//! in separate lines, so a flood of one cannot starve the other.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

use kujenga_types::people::MIN_PASSWORD;
use kujenga_types::{AppError, Msg, Text};
use zxcvbn::feedback::{Suggestion, Warning};

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

/// Says what is wrong with a new password, if anything: too short, too long, or easy to guess
/// (a common password, a keyboard pattern, a date, the person's own name: zxcvbn's estimate of
/// the guesses it takes must reach its score 3, "safely unguessable" online).
pub fn check_strength(password: &str, personal: &[&str]) -> Result<(), AppError> {
    let length = password.chars().count();
    if length < MIN_PASSWORD {
        return Err(AppError::invalid(
            Msg::FieldPassword,
            Text::new(Msg::InvalidPasswordShort).with("count", MIN_PASSWORD),
        ));
    }
    if length > MAX_LENGTH {
        return Err(AppError::invalid(
            Msg::FieldPassword,
            Text::new(Msg::InvalidPasswordLong).with("count", MAX_LENGTH),
        ));
    }
    let personal: Vec<&str> = personal.iter().copied().filter(|p| !p.trim().is_empty()).collect();
    let estimate = zxcvbn::zxcvbn(password, &personal);
    if estimate.score() >= zxcvbn::Score::Three {
        return Ok(());
    }
    let feedback = estimate.feedback();
    let warning = feedback.and_then(|f| f.warning()).map(warning);
    let suggestion = feedback.and_then(|f| f.suggestions().first().copied()).map(suggestion);
    let advice = match (warning, suggestion) {
        (Some(w), Some(s)) => Text::new(Msg::PasswordAdvice).with("warning", w).with("suggestion", s),
        (Some(one), None) | (None, Some(one)) => one.into(),
        (None, None) => Msg::InvalidPasswordGuessableWhy.into(),
    };
    Err(AppError::invalid(
        Msg::FieldPassword,
        Text::new(Msg::InvalidPasswordGuessable).with("advice", advice),
    ))
}

fn warning(warning: Warning) -> Msg {
    match warning {
        Warning::StraightRowsOfKeysAreEasyToGuess => Msg::PasswordWarningStraightRowsOfKeysAreEasyToGuess,
        Warning::ShortKeyboardPatternsAreEasyToGuess => {
            Msg::PasswordWarningShortKeyboardPatternsAreEasyToGuess
        }
        Warning::RepeatsLikeAaaAreEasyToGuess => Msg::PasswordWarningRepeatsLikeAaaAreEasyToGuess,
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
            Msg::PasswordWarningRepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess
        }
        Warning::ThisIsATop10Password => Msg::PasswordWarningThisIsATop10Password,
        Warning::ThisIsATop100Password => Msg::PasswordWarningThisIsATop100Password,
        Warning::ThisIsACommonPassword => Msg::PasswordWarningThisIsACommonPassword,
        Warning::ThisIsSimilarToACommonlyUsedPassword => {
            Msg::PasswordWarningThisIsSimilarToACommonlyUsedPassword
        }
        Warning::SequencesLikeAbcAreEasyToGuess => Msg::PasswordWarningSequencesLikeAbcAreEasyToGuess,
        Warning::RecentYearsAreEasyToGuess => Msg::PasswordWarningRecentYearsAreEasyToGuess,
        Warning::AWordByItselfIsEasyToGuess => Msg::PasswordWarningAWordByItselfIsEasyToGuess,
        Warning::DatesAreOftenEasyToGuess => Msg::PasswordWarningDatesAreOftenEasyToGuess,
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => {
            Msg::PasswordWarningNamesAndSurnamesByThemselvesAreEasyToGuess
        }
        Warning::CommonNamesAndSurnamesAreEasyToGuess => {
            Msg::PasswordWarningCommonNamesAndSurnamesAreEasyToGuess
        }
    }
}

fn suggestion(suggestion: Suggestion) -> Msg {
    match suggestion {
        Suggestion::UseAFewWordsAvoidCommonPhrases => Msg::PasswordSuggestionUseAFewWordsAvoidCommonPhrases,
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => {
            Msg::PasswordSuggestionNoNeedForSymbolsDigitsOrUppercaseLetters
        }
        Suggestion::AddAnotherWordOrTwo => Msg::PasswordSuggestionAddAnotherWordOrTwo,
        Suggestion::CapitalizationDoesntHelpVeryMuch => {
            Msg::PasswordSuggestionCapitalizationDoesntHelpVeryMuch
        }
        Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
            Msg::PasswordSuggestionAllUppercaseIsAlmostAsEasyToGuessAsAllLowercase
        }
        Suggestion::ReversedWordsArentMuchHarderToGuess => {
            Msg::PasswordSuggestionReversedWordsArentMuchHarderToGuess
        }
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => {
            Msg::PasswordSuggestionPredictableSubstitutionsDontHelpVeryMuch
        }
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => {
            Msg::PasswordSuggestionUseALongerKeyboardPatternWithMoreTurns
        }
        Suggestion::AvoidRepeatedWordsAndCharacters => Msg::PasswordSuggestionAvoidRepeatedWordsAndCharacters,
        Suggestion::AvoidSequences => Msg::PasswordSuggestionAvoidSequences,
        Suggestion::AvoidRecentYears => Msg::PasswordSuggestionAvoidRecentYears,
        Suggestion::AvoidYearsThatAreAssociatedWithYou => {
            Msg::PasswordSuggestionAvoidYearsThatAreAssociatedWithYou
        }
        Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => {
            Msg::PasswordSuggestionAvoidDatesAndYearsThatAreAssociatedWithYou
        }
    }
}

/// One line of hashing work: at most one hash per core at a time, and a bounded wait.
struct Line {
    slots: Arc<Semaphore>,
    waiting: AtomicUsize,
    most_waiting: usize,
}

impl Line {
    fn new(waiting_per_core: usize) -> Line {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Line {
            slots: Arc::new(Semaphore::new(cores)),
            waiting: AtomicUsize::new(0),
            most_waiting: waiting_per_core * cores,
        }
    }
}

/// Sign-ins: a class signing in at once waits a few seconds here.
fn sign_ins() -> &'static Line {
    static LINE: OnceLock<Line> = OnceLock::new();
    LINE.get_or_init(|| Line::new(64))
}

/// New passwords: joining with an invite code, imports, resets.
fn new_passwords() -> &'static Line {
    static LINE: OnceLock<Line> = OnceLock::new();
    LINE.get_or_init(|| Line::new(16))
}

/// Counts a request as waiting while it is alive (even if it is dropped while it waits).
struct Waiting<'a>(&'a AtomicUsize);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Runs `work` on a blocking thread when `line` has room, or refuses at once as busy.
async fn on_hashing_thread<T: Send + 'static>(
    line: &'static Line,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T> {
    let slot = match line.slots.clone().try_acquire_owned() {
        Ok(slot) => slot,
        Err(_) => {
            if line.waiting.fetch_add(1, Ordering::SeqCst) >= line.most_waiting {
                line.waiting.fetch_sub(1, Ordering::SeqCst);
                return Err(AppError::Busy { retry_after_secs: 2 }.into());
            }
            let _waiting = Waiting(&line.waiting);
            line.slots
                .clone()
                .acquire_owned()
                .await
                .map_err(|_| Error::Internal("the hashing slots are closed".into()))?
        }
    };
    // The slot goes with the work: a request dropped while its hash runs keeps it until the
    // hash ends.
    tokio::task::spawn_blocking(move || {
        let _slot = slot;
        work()
    })
    .await
    .map_err(|e| Error::Internal(format!("password hashing stopped: {e}")))
}

/// Hashes a new password into a PHC string.
pub async fn hash(password: String) -> Result<String> {
    on_hashing_thread(new_passwords(), move || {
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
pub async fn verify(password: String, stored: Option<String>) -> Result<bool> {
    on_hashing_thread(sign_ins(), move || {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_only_its_own_password() {
        let h = hash("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=7168,t=5,p=1$"), "{h}");
        assert!(verify("correct horse battery".into(), Some(h.clone())).await.unwrap());
        assert!(!verify("wrong horse battery".into(), Some(h)).await.unwrap());
        assert!(!verify("not a real password".into(), None).await.unwrap());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn no_more_hashes_run_at_once_than_there_are_cpus_and_the_line_is_bounded() {
        use std::sync::atomic::AtomicBool;
        static RUNNING: AtomicUsize = AtomicUsize::new(0);
        static MOST: AtomicUsize = AtomicUsize::new(0);
        static RELEASE: AtomicBool = AtomicBool::new(false);
        let line: &'static Line = Box::leak(Box::new(Line::new(2)));
        let cpus = std::thread::available_parallelism().unwrap().get();
        let tasks: Vec<_> = (0..cpus * 4)
            .map(|_| {
                tokio::spawn(on_hashing_thread(line, move || {
                    let now = RUNNING.fetch_add(1, Ordering::SeqCst) + 1;
                    MOST.fetch_max(now, Ordering::SeqCst);
                    while !RELEASE.load(Ordering::SeqCst) {
                        std::thread::sleep(std::time::Duration::from_millis(5));
                    }
                    RUNNING.fetch_sub(1, Ordering::SeqCst);
                }))
            })
            .collect();
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        RELEASE.store(true, Ordering::SeqCst);
        let mut busy = 0;
        for task in tasks {
            match task.await.unwrap() {
                Ok(()) => {}
                Err(Error::App(AppError::Busy { .. })) => busy += 1,
                Err(other) => panic!("{other}"),
            }
        }
        let most = MOST.load(Ordering::SeqCst);
        assert!((1..=cpus).contains(&most), "{most} hashes ran at once on {cpus} CPUs");
        assert_eq!(busy, cpus * 4 - cpus - 2 * cpus, "beyond the running and the waiting, all are told busy");
    }

    #[test]
    fn weak_passwords_are_refused_with_the_reason() {
        let short = check_strength("short", &[]).unwrap_err();
        assert!(matches!(short, AppError::Invalid { field: Msg::FieldPassword, .. }));
        assert!(
            short.text().write(kujenga_types::Language::En).contains("at least 12 characters"),
            "{short}"
        );
        let common = check_strength("password1234", &[]).unwrap_err();
        assert!(common.text().write(kujenga_types::Language::En).contains("easy to guess"), "{common}");
        let own_name = check_strength("aminamensah1", &["aminamensah"]).unwrap_err();
        assert!(own_name.text().write(kujenga_types::Language::En).contains("easy to guess"), "{own_name}");
        assert!(check_strength("river lantern copper maize", &[]).is_ok());
        assert!(
            check_strength(&"x".repeat(129), &[])
                .unwrap_err()
                .text()
                .write(kujenga_types::Language::En)
                .contains("at most 128")
        );
    }
}
