//! `kujenga seed`: a realistic synthetic programme for load tests and dashboards.
//!
//! Learners move through the first `lessons` items of the curriculum in order, each getting as
//! far as their own engagement takes them, over the last 120 days; labs get scores. Everything
//! is derived from a fixed seed, so two runs give the same data.

use std::time::Instant;

use anyhow::bail;
use curriculum::labs::rng::Rng;
use kujenga_core::accounts::{password, tokens};
use kujenga_core::storage::{self, bulk, cohorts, programs, users};
use kujenga_types::content::ItemKind;
use kujenga_types::people::{GENDERS, JOBS};
use kujenga_types::{Profile, Role};

use crate::config::Settings;

const COUNTRIES: [&str; 12] = ["KE", "GH", "SN", "NG", "UG", "TZ", "RW", "ZM", "LK", "PH", "PE", "BO"];
const COHORT_SIZE: usize = 50;

pub async fn seed(settings: &Settings, learners: usize, lessons: usize) -> anyhow::Result<()> {
    let started = Instant::now();
    let catalog = curriculum::load(&settings.curriculum)
        .map_err(|e| anyhow::anyhow!("the curriculum has errors:\n{e}"))?;
    let items: Vec<_> = catalog.items().take(lessons).map(|l| (l.item.id.clone(), l.item.kind)).collect();
    if items.len() < lessons {
        bail!(
            "the curriculum in {} has {} lessons and labs; ask for at most that many with --lessons",
            settings.curriculum.display(),
            items.len()
        );
    }
    let db = crate::startup::open_database(settings).await?;

    let name = format!("Synthetic programme ({learners} learners)");
    let program = programs::create(&db, &name).await?;
    let passphrase = tokens::random_code(12);
    let hash = password::hash(passphrase.clone()).await?;
    let manager_name = format!("manager-{program}");
    let manager_account = users::NewUser {
        username: &manager_name,
        display_name: "Synthetic manager",
        role: Role::Manager,
        password_hash: &hash,
        profile: &Profile::default(),
    };
    let mut tx = db.begin().await?;
    let manager = users::insert(&mut tx, &manager_account).await?;
    tx.commit().await?;
    programs::add_manager(&db, program, manager).await?;

    let mut rng = Rng::new([7; 32]);
    let people: Vec<(String, String, Profile)> = (0..learners)
        .map(|i| {
            let profile = Profile {
                email: String::new(),
                organisation: format!("Organisation {:02}", rng.range(1, 40)),
                country: rng.pick(&COUNTRIES).to_string(),
                job: rng.pick(&JOBS).to_string(),
                gender: rng.pick(&GENDERS).to_string(),
            };
            (format!("p{program}-learner{i:05}"), format!("Learner {i:05}"), profile)
        })
        .collect();
    let mut tx = db.begin().await?;
    let ids = bulk::trainees(&mut tx, &people, &hash).await?;
    tx.commit().await?;

    let mut members = Vec::with_capacity(learners);
    for (n, chunk) in ids.chunks(COHORT_SIZE).enumerate() {
        let cohort_name = format!("P{program} cohort {:03}", n + 1);
        let cohort =
            cohorts::NewCohort { name: &cohort_name, program_id: Some(program), ..Default::default() };
        let cohort = cohorts::create(&db, &cohort).await?;
        members.extend(chunk.iter().map(|&user| (cohort, user)));
    }

    let now = storage::now();
    let mut rows = Vec::new();
    for &user in &ids {
        // Engagement from 0 to 1, skewed so that most learners are part-way through.
        let engagement = (rng.below(1000) as f64 / 1000.0 + rng.below(1000) as f64 / 1000.0) / 2.0;
        let reached = (engagement * items.len() as f64).round() as usize;
        let mut at = now - 120 * 86_400 + rng.range(0, 20 * 86_400) as i64;
        for (item, kind) in items.iter().take(reached) {
            at += rng.range(600, 2 * 86_400) as i64;
            if rng.below(100) < 95 && at < now {
                let score = (*kind == ItemKind::Lab).then(|| rng.range(30, 100) as f64 / 100.0);
                rows.push((user, item.clone(), at, score));
            }
        }
    }
    let mut tx = db.begin().await?;
    bulk::members(&mut tx, &members).await?;
    bulk::progress(&mut tx, &rows).await?;
    tx.commit().await?;
    println!(
        "seeded programme {program} `{name}`: {learners} learners in {} cohorts, {} completions of {} lessons and labs, in {:.1} s",
        members.len().div_ceil(COHORT_SIZE),
        rows.len(),
        items.len(),
        started.elapsed().as_secs_f64()
    );
    println!(
        "manager: {manager_name} / {passphrase} (the learners p{program}-learnerNNNNN share this password)"
    );
    Ok(())
}
