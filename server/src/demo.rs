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

/// (account, the demo cohort they are in: 0 the first, 1 the second)
const ACCOUNTS: [(Account, usize); 7] = [
    (("admin", "Ada Admin", Role::Admin, "", "", "", ""), 0),
    (("instructor", "Ines Instructor", Role::Instructor, "", "", "", ""), 0),
    (("manager", "Mosi Manager", Role::Manager, "", "", "", ""), 0),
    (("amina", "Amina Trainee", Role::Trainee, "National CERT", "KE", "CERT/CSIRT analyst", "female"), 0),
    (("kofi", "Kofi Trainee", Role::Trainee, "Cybercrime Unit", "GH", "Police investigator", ""), 0),
    (("fatou", "Fatou Trainee", Role::Trainee, "Ministry of Justice", "SN", "Prosecutor", "female"), 1),
    (("rui", "Rui Trainee", Role::Trainee, "Judicial Police", "MZ", "Forensic analyst", "male"), 1),
];

/// On an empty database, creates the demo accounts with random passwords, a programme with its
/// manager, and two cohorts with their instructor and two trainees each; writes the passwords to
/// `demo-accounts.txt` in the data folder. Then prints that file.
pub async fn seed(db: &Db, data_dir: &Path) -> anyhow::Result<()> {
    let file = data_dir.join("demo-accounts.txt");
    if users::count(db).await? == 0 {
        let program = programs::create(db, "Demo programme").await?;
        let mut demo_cohorts = Vec::new();
        for name in ["Demo cohort", "Demo cohort, second week"] {
            let cohort = cohorts::NewCohort { name, program_id: Some(program), ..Default::default() };
            demo_cohorts.push(cohorts::create(db, &cohort).await?);
        }
        let mut listing = String::from("role        username    password\n");
        for ((username, name, role, organisation, country, job, gender), in_cohort) in ACCOUNTS {
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
                Role::Instructor => {
                    let mut tx = db.begin().await?;
                    cohorts::add_member(&mut tx, demo_cohorts[1], id, CohortRole::Instructor).await?;
                    tx.commit().await?;
                    Some(CohortRole::Instructor)
                }
                Role::Trainee => Some(CohortRole::Trainee),
                Role::Manager => {
                    programs::add_manager(db, program, id).await?;
                    None
                }
                Role::Admin => None,
            };
            if let Some(member) = member {
                let mut tx = db.begin().await?;
                cohorts::add_member(&mut tx, demo_cohorts[in_cohort], id, member).await?;
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
