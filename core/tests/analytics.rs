//! Dashboards, computed directly from a programme's data: counts, filters, and CSV that
//! prints exactly the page's numbers.

mod support;

use kujenga_core::analytics;
use kujenga_core::storage::cohorts::CohortRole;
use kujenga_core::storage::programs;
use kujenga_types::programs::{Filters, Percent};
use kujenga_types::{Profile, Role};

fn from(country: &str, gender: &str) -> Profile {
    Profile {
        country: country.into(),
        gender: gender.into(),
        organisation: "CERT".into(),
        ..Default::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dashboard_counts_its_programme_and_its_csv_agrees() {
    let core = support::core().await;
    let program = programs::create(&core.db, "West Africa").await.unwrap();
    let cohort = support::cohort(&core, "Accra", Some(program)).await;
    let elsewhere = support::cohort(&core, "Elsewhere", None).await;
    let ama = support::person_with(&core, "ama", Role::Trainee, from("GH", "female")).await;
    let kofi = support::person_with(&core, "kofi", Role::Trainee, from("GH", "")).await;
    let esi = support::person_with(&core, "esi", Role::Trainee, from("KE", "female")).await;
    for (who, where_) in [(&ama, cohort), (&kofi, cohort), (&esi, elsewhere)] {
        support::enrol(&core, where_, who.id, CohortRole::Trainee).await;
    }
    for item in ["basics-first-lesson", "basics-second"] {
        support::complete(&core, ama.id, item, None).await;
    }
    support::complete(&core, ama.id, "basics-lab-fat", Some(0.5)).await;
    support::complete(&core, kofi.id, "basics-first-lesson", None).await;

    let all = core
        .analytics
        .dashboard(&core.db, &core.catalog, program, Filters::default(), kujenga_types::Language::En)
        .await
        .unwrap();
    assert_eq!((all.headline.enrolled, all.headline.active), (2, 2), "esi is in another programme");
    assert_eq!(all.headline.completion, Percent::of(4, 8), "4 of 2 x 4 items");
    assert_eq!(all.headline.lab_score, Some(Percent(500)));

    let women = Filters { gender: "female".into(), ..Default::default() };
    let filtered = core
        .analytics
        .dashboard(&core.db, &core.catalog, program, women, kujenga_types::Language::En)
        .await
        .unwrap();
    assert_eq!(filtered.headline.enrolled, 1);
    assert_eq!(filtered.headline.completion.to_string(), "75.0%");

    let csv = analytics::csv(&all, "gender", kujenga_types::Language::En).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "gender,enrolled,active (14 days),completion,lab score,credentials");
    assert_eq!(&rows[1..], ["female,1,1,75.0%,50.0%,0", "unspecified,1,1,25.0%,,0"]);
    let row = &all.breakdowns.iter().find(|b| b.dimension == "gender").unwrap().rows[0];
    assert_eq!(row.completion.to_string(), "75.0%", "the page's number is the CSV's");
}
