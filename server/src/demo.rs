//! Demo accounts for a first look (`kujenga serve --demo`, which `make run` uses).

use std::path::Path;

use anyhow::Context;
use kujenga_core::accounts::tokens::random_code;
use kujenga_core::accounts::{self, AccountForm};
use kujenga_core::storage::cohorts::{self, CohortRole};
use kujenga_core::storage::{Db, programs, users};
use kujenga_types::{Profile, Role};

use crate::startup::write_private;

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
pub async fn seed(db: &Db, data_dir: &Path) -> anyhow::Result<()> {
    let file = data_dir.join("demo-accounts.txt");
    if users::count(db).await? == 0 {
        let program = programs::create(db, "Demo programme").await?;
        let cohort =
            cohorts::NewCohort { name: "Demo cohort", program_id: Some(program), ..Default::default() };
        let cohort = cohorts::create(db, &cohort).await?;
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
            let id = accounts::create(db, &form).await?;
            let member = match role {
                Role::Instructor => Some(CohortRole::Instructor),
                Role::Trainee => Some(CohortRole::Trainee),
                Role::Manager => {
                    programs::add_manager(db, program, id).await?;
                    None
                }
                Role::Admin => None,
            };
            if let Some(member) = member {
                let mut tx = db.begin().await?;
                cohorts::add_member(&mut tx, cohort, id, member).await?;
                tx.commit().await?;
            }
            listing.push_str(&format!("{:<11} {username:<11} {password}\n", role.as_str()));
        }
        write_private(&file, &listing).with_context(|| format!("cannot write {}", file.display()))?;
    }
    if let Ok(listing) = std::fs::read_to_string(&file) {
        println!("Demo accounts (also in {}):\n{listing}", file.display());
    }
    Ok(())
}
