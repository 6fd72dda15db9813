//! Demo accounts for a first look (`kujenga serve --demo`, which `make run` uses).

use std::path::Path;

use app::api::{Profile, Role};
use app::auth::accounts::{self, AccountForm};
use app::auth::tokens::random_code;
use app::storage::{cohorts, programs, users};
use sqlx::SqlitePool;

use crate::write_private;

/// (username, name, role, organisation, country, job, gender)
type Account = (&'static str, &'static str, Role, &'static str, &'static str, &'static str, &'static str);

const ACCOUNTS: [Account; 5] = [
    ("admin", "Ada Admin", Role::Admin, "", "", "", ""),
    ("instructor", "Ines Instructor", Role::Instructor, "", "", "", ""),
    ("manager", "Mosi Manager", Role::Manager, "", "", "", ""),
    ("amina", "Amina Trainee", Role::Trainee, "National CERT", "KE", "CERT/CSIRT analyst", "female"),
    ("kofi", "Kofi Trainee", Role::Trainee, "Cybercrime Unit", "GH", "Police investigator", ""),
];

/// On an empty database, creates the demo accounts with random passwords, a programme with its
/// manager, and a cohort with its instructor and two trainees; writes the passwords to
/// `demo-accounts.txt` in the data folder. Then prints that file.
pub async fn seed(db: &SqlitePool, data_dir: &Path) -> Result<(), String> {
    let file = data_dir.join("demo-accounts.txt");
    if users::count(db).await.map_err(|e| e.to_string())? == 0 {
        let err = |e: app::api::AppError| e.to_string();
        let program = programs::create(db, "Demo programme").await.map_err(err)?;
        let cohort =
            cohorts::NewCohort { name: "Demo cohort", program_id: Some(program), ..Default::default() };
        let cohort = cohorts::create_cohort(db, &cohort).await.map_err(err)?;
        let mut listing = String::from("role        username    password\n");
        for (username, name, role, organisation, country, job, gender) in ACCOUNTS {
            let password = random_code(12);
            let profile = Profile {
                email: String::new(),
                organisation: organisation.into(),
                country: country.into(),
                job: job.into(),
                gender: gender.into(),
            };
            let form = AccountForm { username, display_name: name, role, password: &password, profile };
            let id = accounts::create(db, &form).await.map_err(err)?;
            match role {
                Role::Instructor | Role::Trainee => {
                    cohorts::add_member(db, cohort, id, role).await.map_err(err)?
                }
                Role::Manager => programs::add_manager(db, program, id).await.map_err(err)?,
                Role::Admin => {}
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
