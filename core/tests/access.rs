//! The access rules, called directly with each kind of viewer: who may follow, teach and
//! manage what.

mod support;

use kujenga_core::access;
use kujenga_core::storage::cohorts::CohortRole;
use kujenga_core::storage::programs;
use kujenga_core::{Core, Error};
use kujenga_types::{AppError, Role, Viewer};

fn refused(result: Result<(), Error>) -> bool {
    matches!(result, Err(Error::App(AppError::Forbidden)))
}

/// A programme with a manager, and a cohort in it with an instructor and a trainee; plus an
/// instructor, a manager and a trainee who belong elsewhere.
struct World {
    core: Core,
    program: i64,
    cohort: i64,
    people: Vec<(&'static str, Viewer)>,
}

impl World {
    fn who(&self, name: &str) -> &Viewer {
        &self.people.iter().find(|(n, _)| *n == name).unwrap().1
    }
}

async fn world() -> World {
    let core = support::core().await;
    let mut people = Vec::new();
    for (name, role) in [
        ("admin", Role::Admin),
        ("manager", Role::Manager),
        ("other-manager", Role::Manager),
        ("teacher", Role::Instructor),
        ("other-teacher", Role::Instructor),
        ("trainee", Role::Trainee),
        ("other-trainee", Role::Trainee),
    ] {
        people.push((name, support::person(&core, name, role).await));
    }
    let program = programs::create(&core.db, "Programme").await.unwrap();
    let other_program = programs::create(&core.db, "Elsewhere").await.unwrap();
    let cohort = support::cohort(&core, "Cohort", Some(program)).await;
    let other_cohort = support::cohort(&core, "Other cohort", Some(other_program)).await;
    let w = World { core, program, cohort, people };
    programs::add_manager(&w.core.db, program, w.who("manager").id).await.unwrap();
    programs::add_manager(&w.core.db, other_program, w.who("other-manager").id).await.unwrap();
    support::enrol(&w.core, cohort, w.who("teacher").id, CohortRole::Instructor).await;
    support::enrol(&w.core, cohort, w.who("trainee").id, CohortRole::Trainee).await;
    support::enrol(&w.core, other_cohort, w.who("other-teacher").id, CohortRole::Instructor).await;
    support::enrol(&w.core, other_cohort, w.who("other-trainee").id, CohortRole::Trainee).await;
    w
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_rule_lets_in_exactly_the_people_it_names() {
    let w = world().await;
    let db = &w.core.db;
    let everyone =
        ["admin", "manager", "other-manager", "teacher", "other-teacher", "trainee", "other-trainee"];
    for name in everyone {
        let viewer = w.who(name);
        let staff = !refused(access::cohort_staff(db, viewer, w.cohort).await);
        let follows = !refused(access::cohort_viewer(db, viewer, w.cohort).await);
        let reads = !refused(access::program_viewer(db, viewer, w.program).await);
        let reviews = !refused(access::trainee_staff(db, viewer, w.who("trainee").id).await);
        let expected = match name {
            "admin" => (true, true, true, true),
            "manager" => (false, true, true, false),
            "teacher" => (true, true, false, true),
            _ => (false, false, false, false),
        };
        assert_eq!((staff, follows, reads, reviews), expected, "{name}: staff, follows, reads, reviews");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn roles_and_missing_cohorts() {
    let w = world().await;
    assert!(access::one_of(w.who("admin"), access::ADMINS).is_ok());
    assert!(refused(access::one_of(w.who("teacher"), access::ADMINS)));
    assert!(access::one_of(w.who("teacher"), access::STAFF).is_ok());
    assert!(refused(access::one_of(w.who("trainee"), access::COHORT_FOLLOWERS)));
    let missing = access::cohort_viewer(&w.core.db, w.who("admin"), 9999).await;
    assert!(matches!(missing, Err(Error::App(AppError::NotFound(_)))), "{missing:?}");
}
