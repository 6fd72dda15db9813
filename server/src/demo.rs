//! Demo accounts for a first look (`kujenga serve --demo`, which `make run` uses).

use std::path::Path;

use app::api::Role;
use app::auth::accounts::{self, AccountForm};
use app::auth::tokens::random_code;
use app::storage::{cohorts, users};
use sqlx::SqlitePool;

use crate::write_private;

const ACCOUNTS: [(&str, &str, Role); 5] = [
    ("admin", "Ada Admin", Role::Admin),
    ("instructor", "Ines Instructor", Role::Instructor),
    ("manager", "Mosi Manager", Role::Manager),
    ("amina", "Amina Trainee", Role::Trainee),
    ("kofi", "Kofi Trainee", Role::Trainee),
];

/// On an empty database, creates the demo accounts with random passwords and a cohort, and
/// writes the passwords to `demo-accounts.txt` in the data folder. Then prints that file.
pub async fn seed(db: &SqlitePool, data_dir: &Path) -> Result<(), String> {
    let file = data_dir.join("demo-accounts.txt");
    if users::count(db).await.map_err(|e| e.to_string())? == 0 {
        let cohort = cohorts::create(db, "Demo cohort").await.map_err(|e| e.to_string())?;
        let mut listing = String::from("role        username    password\n");
        for (username, name, role) in ACCOUNTS {
            let password = random_code(12);
            let form = AccountForm {
                username,
                display_name: name,
                role,
                password: &password,
                profile: Default::default(),
            };
            let id = accounts::create(db, &form).await.map_err(|e| e.to_string())?;
            if matches!(role, Role::Instructor | Role::Trainee) {
                cohorts::add_member(db, cohort, id, role).await.map_err(|e| e.to_string())?;
            }
            listing.push_str(&format!("{:<11} {username:<11} {password}\n", role.as_str()));
        }
        write_private(&file, &listing).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    }
    if let Ok(listing) = std::fs::read_to_string(&file) {
        println!("Demo accounts (also in {}):\n{listing}", file.display());
    }
    Ok(())
}
