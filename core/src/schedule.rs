//! When a trainee may take an item: once its module has opened to their cohort (a day set per
//! cohort), and once its prerequisites are done, unless an instructor waived them. Staff see
//! and try everything.

use curriculum::{Catalog, Item};
use kujenga_types::format::date;
use kujenga_types::learn::{Link, Lock};
use kujenga_types::{Msg, Role, Text, Viewer};

use crate::learners::{Done, Enrolment};
use crate::storage::now;

/// Why `viewer` cannot take `item` yet, if so.
pub fn lock(
    catalog: &Catalog,
    done: &Done,
    enrolment: &Enrolment,
    viewer: &Viewer,
    item: &Item,
) -> Option<Lock> {
    if viewer.role != Role::Trainee {
        return None;
    }
    let found = catalog.item(&item.id)?;
    let following: Vec<_> = enrolment
        .cohorts
        .iter()
        .filter(|plan| {
            plan.content.is_empty()
                || plan.content.iter().any(|c| *c == found.track.id || *c == found.module.id)
        })
        .collect();
    // Locked only while every cohort that follows the module has it opening later.
    let openings: Option<Vec<&String>> =
        following.iter().map(|plan| plan.opens.get(&found.module.id)).collect();
    if let Some(earliest) = openings.and_then(|o| o.into_iter().min())
        && *earliest > date(now())
    {
        return Some(Lock::OpensOn(earliest.clone()));
    }
    if enrolment.waived.contains(&item.id) {
        return None;
    }
    let missing: Vec<Link> = item
        .prerequisites
        .iter()
        .filter(|p| !done.contains_key(*p))
        .filter_map(|p| catalog.item(p).map(|l| Link::of(&l.item.id, &l.item.title)))
        .collect();
    (!missing.is_empty()).then_some(Lock::Prerequisites(missing))
}

/// The error a locked item answers with.
pub fn refusal(lock: &Lock) -> kujenga_types::AppError {
    let message = match lock {
        Lock::OpensOn(day) => Text::new(Msg::InvalidOpensOn).with("day", day),
        Lock::Prerequisites(first) => {
            let titles: Vec<&str> = first.iter().map(|l| l.title.as_str()).collect();
            Text::new(Msg::InvalidPrerequisites).with("titles", titles.join(", "))
        }
    };
    kujenga_types::AppError::invalid(Msg::FieldAnswer, message)
}
