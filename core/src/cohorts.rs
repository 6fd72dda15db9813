//! Running a cohort: the progress grid (by module, and as CSV), one trainee's record, and the
//! changes a training week needs: enrolling an existing account, withdrawing a trainee (their
//! work stays), moving one to another cohort of the programme, the day each module opens, and
//! waiving a prerequisite for one trainee. Each change is refused in an archived cohort and
//! written to the audit log.

use std::collections::HashMap;

use curriculum::Located;
use kujenga_types::cohorts::{
    Cell, CohortGridData, CohortInfo, GridColumn, GridModule, GridRow, ItemProgress, PAGE_SIZE,
    ScheduledModule, Submission, TraineeRecord, WithdrawnTrainee,
};
use kujenga_types::format::{date, date_time};
use kujenga_types::{AppError, Language, Msg, Role, Text, Viewer};
use kujenga_words::t_in;

use crate::audit::{self, Action, Event};
use crate::grading::percent;
use crate::storage::{answers, cohorts, progress, users};
use crate::{Core, Result, access, import, people, setup, spreadsheets};

/// Which trainees of the grid, in which order, and which columns.
pub struct GridQuery<'a> {
    /// 1-based; 0 for every trainee on one page (the CSV download).
    pub page: u32,
    /// `name` (the default), `progress` or `active`.
    pub sort: &'a str,
    /// Text to find in a trainee's name, username, organisation or country.
    pub filter: &'a str,
    /// A module id to show alone, or empty for all.
    pub module: &'a str,
    /// The reader's: titles are written in it.
    pub language: Language,
}

async fn cohort(core: &Core, id: i64) -> Result<CohortInfo> {
    cohorts::info(&core.db, id)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingCohort).with("id", id)).into())
}

/// The modules of a selection, in reading order, with how many of its items each holds.
fn modules_of<'a>(items: impl Iterator<Item = Located<'a>>, language: Language) -> Vec<GridModule> {
    let mut modules: Vec<GridModule> = Vec::new();
    for l in items {
        match modules.last_mut() {
            Some(m) if m.id == l.module.id => m.columns += 1,
            _ => modules.push(GridModule {
                id: l.module.id.clone(),
                title: l.module.named(language).title,
                columns: 1,
            }),
        }
    }
    modules
}

/// The cohort's trainees by lesson and lab. The caller has checked that the viewer follows
/// the cohort.
pub async fn grid(
    core: &Core,
    viewer: &Viewer,
    cohort_id: i64,
    query: &GridQuery<'_>,
) -> Result<CohortGridData> {
    let GridQuery { page, sort, filter, module, language } = *query;
    let db = &core.db;
    let cohort = cohort(core, cohort_id).await?;
    let can_teach = viewer.role == Role::Admin || cohorts::is_instructor(db, cohort_id, viewer.id).await?;
    let all_modules = modules_of(core.catalog.selection(&cohort.content), language);
    if !module.is_empty() && !all_modules.iter().any(|m| m.id == module) {
        return Err(AppError::invalid(
            Msg::FieldModule,
            Text::new(Msg::InvalidNotCohortModule).with("id", module),
        )
        .into());
    }
    let shown = |l: &Located| module.is_empty() || l.module.id == module;
    let columns: Vec<GridColumn> = core
        .catalog
        .selection(&cohort.content)
        .filter(shown)
        .map(|l| GridColumn {
            id: l.item.id.clone(),
            title: l.item.title_in(language).to_string(),
            kind: l.item.kind,
            module: l.module.named(language).title,
        })
        .collect();
    let modules = modules_of(core.catalog.selection(&cohort.content).filter(shown), language);

    let mut done: HashMap<i64, HashMap<String, Option<f64>>> = HashMap::new();
    for (user, item, score) in cohorts::completions(db, cohort_id).await? {
        done.entry(user).or_default().insert(item, score);
    }
    let needle = filter.trim().to_lowercase();
    let mut trainees: Vec<_> = cohorts::trainees(db, cohort_id)
        .await?
        .into_iter()
        .filter(|t| {
            needle.is_empty()
                || [&t.display_name, &t.username, &t.organisation, &t.country]
                    .iter()
                    .any(|f| f.to_lowercase().contains(&needle))
        })
        .collect();
    let done_count =
        |id: i64| done.get(&id).map_or(0, |d| columns.iter().filter(|c| d.contains_key(&c.id)).count());
    match sort {
        "progress" => trainees.sort_by_key(|t| std::cmp::Reverse(done_count(t.id))),
        "active" => trainees.sort_by_key(|t| std::cmp::Reverse(t.last_active_at)),
        _ => {}
    }
    let matching = trainees.len() as u32;
    let (page, pages, size) = if page == 0 {
        (1, 1, matching.max(1))
    } else {
        let pages = matching.div_ceil(PAGE_SIZE).max(1);
        (page.clamp(1, pages), pages, PAGE_SIZE)
    };
    let rows = trainees
        .into_iter()
        .skip(((page - 1) * size) as usize)
        .take(size as usize)
        .map(|trainee| {
            let mine = done.get(&trainee.id);
            let cells: Vec<Cell> = columns
                .iter()
                .map(|c| match mine.and_then(|d| d.get(&c.id)) {
                    None => Cell::Open,
                    Some(Some(score)) => Cell::Scored(percent(*score)),
                    Some(None) => Cell::Done,
                })
                .collect();
            let done = cells.iter().filter(|c| **c != Cell::Open).count() as u32;
            GridRow { trainee, cells, done }
        })
        .collect();
    let import = if can_teach { import::draft_check(db, cohort_id, viewer.id).await? } else { None };
    let opening: HashMap<String, String> = cohorts::schedule(db, cohort_id).await?.into_iter().collect();
    let schedule = all_modules
        .iter()
        .map(|m| ScheduledModule {
            id: m.id.clone(),
            title: m.title.clone(),
            opens_on: opening.get(&m.id).cloned(),
        })
        .collect();
    Ok(CohortGridData {
        can_archive: viewer.role == Role::Admin,
        cohort,
        can_teach,
        modules,
        all_modules,
        module: module.to_string(),
        columns,
        rows,
        page,
        pages,
        matching,
        sort: sort.to_string(),
        filter: filter.to_string(),
        import,
        curriculum: (viewer.role == Role::Admin).then(|| setup::curriculum_choices(&core.catalog)),
        schedule,
        withdrawn: cohorts::withdrawn(db, cohort_id)
            .await?
            .into_iter()
            .map(|(username, display_name, at)| WithdrawnTrainee {
                username,
                display_name,
                withdrawn_on: date(at),
            })
            .collect(),
    })
}

/// The grid as CSV: a row per trainee, a column per lesson and lab (`done`, a lab's score, or
/// empty).
pub fn grid_csv(data: &CohortGridData, language: Language) -> String {
    let word = |msg| t_in(language, msg);
    let mut header: Vec<String> =
        [Msg::CsvTrainee, Msg::CsvUsername, Msg::CsvOrganisation, Msg::CsvCountry, Msg::CsvDone]
            .map(|m| word(m).to_string())
            .to_vec();
    header.extend(data.columns.iter().map(|c| format!("{}: {}", c.module, c.title)));
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let rows = data.rows.iter().map(|r| {
        let mut row = vec![
            r.trainee.display_name.clone(),
            r.trainee.username.clone(),
            r.trainee.organisation.clone(),
            r.trainee.country.clone(),
            r.done.to_string(),
        ];
        row.extend(r.cells.iter().map(|c| match c {
            Cell::Open => String::new(),
            Cell::Done => word(Msg::CsvDone).into(),
            Cell::Scored(p) => format!("{p}%"),
        }));
        row
    });
    spreadsheets::write(&header, rows)
}

/// One trainee's record in a cohort: profile, progress by item, and every submission for the
/// cohort's curriculum. The caller has checked that the viewer is on the cohort's staff.
pub async fn trainee_record(
    core: &Core,
    viewer: &Viewer,
    cohort_id: i64,
    trainee_id: i64,
    language: Language,
) -> Result<TraineeRecord> {
    let db = &core.db;
    let cohort = cohort(core, cohort_id).await?;
    let trainee = cohorts::trainees(db, cohort_id)
        .await?
        .into_iter()
        .find(|t| t.id == trainee_id)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingTrainee).with("id", trainee_id)))?;
    let profile = users::profile(db, trainee_id).await?.unwrap_or_default();
    let completed = progress::completed_with_scores(db, trainee_id).await?;
    let learner = core.learners.get(db, trainee_id).await?;
    let as_trainee = Viewer {
        id: trainee_id,
        username: trainee.username.clone(),
        display_name: trainee.display_name.clone(),
        role: Role::Trainee,
    };
    let items = core
        .catalog
        .selection(&cohort.content)
        .map(|l| {
            let done = completed.get(&l.item.id);
            let blocked = matches!(
                crate::schedule::lock(&core.catalog, &learner.done, &learner.enrolment, &as_trainee, l.item),
                Some(kujenga_types::learn::Lock::Prerequisites(_))
            );
            ItemProgress {
                id: l.item.id.clone(),
                title: l.item.title_in(language).to_string(),
                kind: l.item.kind,
                completed_on: done.map(|(at, _)| date(*at)),
                score: done.and_then(|(_, s)| s.map(percent)),
                blocked,
            }
        })
        .collect();
    // Only this cohort's part of the curriculum: the trainee's work for other cohorts is not
    // this cohort's staff's to see.
    let titles: HashMap<&str, &str> = core
        .catalog
        .selection(&cohort.content)
        .map(|l| (l.item.id.as_str(), l.item.title_in(language)))
        .collect();
    let submissions = answers::submissions(db, trainee_id)
        .await?
        .into_iter()
        .filter(|s| titles.contains_key(s.item_id.as_str()))
        .map(|s| Submission {
            item: titles.get(s.item_id.as_str()).map_or(s.item_id.clone(), |t| t.to_string()),
            question: s.question_id,
            answer: s.answer,
            verdict: s.verdict,
            at: date_time(s.submitted_at),
        })
        .collect();
    let mut move_to = Vec::new();
    if let Some(program) = cohort.program_id {
        for (id, name) in cohorts::in_program(db, program).await? {
            let other = cohorts::info(db, id).await?;
            let open = other.is_some_and(|o| !o.archived);
            if id != cohort_id && open && may_teach(core, viewer, id).await? {
                move_to.push((id.to_string(), name));
            }
        }
    }
    let mut tracks: Vec<kujenga_types::learn::Link> = Vec::new();
    for l in core.catalog.selection(&cohort.content) {
        if tracks.last().is_none_or(|t| t.id != l.track.id) {
            tracks.push(kujenga_types::learn::Link {
                id: l.track.id.clone(),
                title: l.track.named(language).title,
            });
        }
    }
    Ok(TraineeRecord {
        temporary_password: people::temporary_for(core, trainee_id).await?,
        cohort,
        trainee,
        profile,
        items,
        submissions,
        move_to,
        credentials: crate::credentials::of_user(core, viewer, trainee_id, language).await?,
        tracks,
    })
}

async fn may_teach(core: &Core, viewer: &Viewer, cohort_id: i64) -> Result<bool> {
    Ok(access::cohort_staff(&core.db, viewer, cohort_id).await.is_ok())
}

/// After a change to who follows what: trainees' pages and programme figures must show it.
fn followed(core: &Core, cohort: &CohortInfo, trainee: Option<i64>) {
    match trainee {
        Some(id) => core.learners.forget(id),
        None => core.learners.forget_all(),
    }
    if let Some(program) = cohort.program_id {
        core.analytics.forget(program);
    }
}

/// Enrols an existing trainee account, by username (an instructor adding someone who already
/// has an account). The caller has checked that the actor is on the cohort's staff.
pub async fn enrol_existing(core: &Core, actor: &Viewer, cohort_id: i64, username: &str) -> Result<()> {
    let cohort = cohort(core, cohort_id).await?;
    access::writable(&cohort)?;
    let key = crate::accounts::username_key(username);
    let account = users::by_username(&core.db, &key).await?.filter(|a| !a.erased).ok_or_else(|| {
        AppError::invalid(Msg::FieldUsername, Text::new(Msg::InvalidNoSuchAccount).with("name", &key))
    })?;
    if account.role != Role::Trainee {
        let message = Text::new(Msg::InvalidNotTraineeAccount).with("name", &key);
        return Err(AppError::invalid(Msg::FieldUsername, message).into());
    }
    if matches!(cohorts::membership(&core.db, cohort_id, account.id).await?, Some((_, false))) {
        return Err(AppError::invalid(
            Msg::FieldUsername,
            Text::new(Msg::InvalidInCohortAlready).with("name", &key),
        )
        .into());
    }
    let mut tx = core.db.begin().await?;
    cohorts::enrol(&mut tx, cohort_id, account.id).await?;
    tx.commit().await?;
    followed(core, &cohort, Some(account.id));
    let event = Event::new(Action::TraineeEnrolled, Some(actor), audit::account(account.id, &key))
        .in_program(cohort.program_id)
        .detail(format!("into {}", audit::cohort(cohort.id, &cohort.name)));
    audit::record(&core.db, event).await
}

/// Takes a trainee out of the cohort; their work stays. The caller has checked the staff.
pub async fn withdraw(core: &Core, actor: &Viewer, cohort_id: i64, trainee: i64) -> Result<()> {
    let cohort = cohort(core, cohort_id).await?;
    access::writable(&cohort)?;
    if !cohorts::withdraw(&core.db, cohort_id, trainee).await? {
        return Err(AppError::not_found(Text::new(Msg::MissingTrainee).with("id", trainee)).into());
    }
    followed(core, &cohort, Some(trainee));
    let username = users::account(&core.db, trainee).await?.map(|a| a.username).unwrap_or_default();
    let event = Event::new(Action::TraineeWithdrawn, Some(actor), audit::account(trainee, &username))
        .in_program(cohort.program_id)
        .detail(format!("from {}", audit::cohort(cohort.id, &cohort.name)));
    audit::record(&core.db, event).await
}

/// Moves a trainee to another cohort of the same programme, which the actor must also run.
/// The caller has checked that the actor is on the first cohort's staff.
pub async fn move_trainee(core: &Core, actor: &Viewer, from: i64, trainee: i64, to: i64) -> Result<()> {
    let (source, target) = (cohort(core, from).await?, cohort(core, to).await?);
    access::writable(&source)?;
    access::writable(&target).map_err(|_| AppError::invalid(Msg::FieldTo, Msg::InvalidArchivedTarget))?;
    if to == from || source.program_id.is_none() || source.program_id != target.program_id {
        return Err(AppError::invalid(Msg::FieldTo, Msg::InvalidSameProgramme).into());
    }
    access::cohort_staff(&core.db, actor, to).await?;
    if !cohorts::move_trainee(&core.db, from, to, trainee).await? {
        return Err(AppError::not_found(Text::new(Msg::MissingTrainee).with("id", trainee)).into());
    }
    followed(core, &source, Some(trainee));
    let username = users::account(&core.db, trainee).await?.map(|a| a.username).unwrap_or_default();
    let event = Event::new(Action::TraineeMoved, Some(actor), audit::account(trainee, &username))
        .in_program(source.program_id)
        .detail(format!("from {} to {}", audit::cohort(from, &source.name), audit::cohort(to, &target.name)));
    audit::record(&core.db, event).await
}

/// Sets the day a module of the cohort's curriculum opens to its trainees (empty: from the
/// start). The caller has checked the staff.
pub async fn schedule_module(
    core: &Core,
    actor: &Viewer,
    cohort_id: i64,
    module: &str,
    opens_on: &str,
) -> Result<()> {
    let cohort = cohort(core, cohort_id).await?;
    access::writable(&cohort)?;
    if !core.catalog.selection(&cohort.content).any(|l| l.module.id == module) {
        return Err(AppError::invalid(
            Msg::FieldModule,
            Text::new(Msg::InvalidNotCohortModule).with("id", module),
        )
        .into());
    }
    let day = match opens_on.trim() {
        "" => None,
        text => Some(
            curriculum::answers::date(text).map_err(|m| AppError::invalid(Msg::FieldOpensOn, m))?.to_string(),
        ),
    };
    cohorts::set_opening(&core.db, cohort_id, module, day.as_deref()).await?;
    followed(core, &cohort, None);
    let event = Event::new(Action::ModuleScheduled, Some(actor), audit::cohort(cohort.id, &cohort.name))
        .in_program(cohort.program_id)
        .detail(format!("{module} opens {}", day.as_deref().unwrap_or("from the start")));
    audit::record(&core.db, event).await
}

/// Lets one trainee take an item before its prerequisites are done. The caller has checked the
/// staff.
pub async fn waive_prerequisites(
    core: &Core,
    actor: &Viewer,
    cohort_id: i64,
    trainee: i64,
    item: &str,
) -> Result<()> {
    let cohort = cohort(core, cohort_id).await?;
    access::writable(&cohort)?;
    if !core.catalog.selection(&cohort.content).any(|l| l.item.id == item) {
        return Err(
            AppError::invalid(Msg::FieldItem, Text::new(Msg::InvalidNotCohortItem).with("id", item)).into()
        );
    }
    if !matches!(
        cohorts::membership(&core.db, cohort_id, trainee).await?,
        Some((cohorts::CohortRole::Trainee, false))
    ) {
        return Err(AppError::not_found(Text::new(Msg::MissingTrainee).with("id", trainee)).into());
    }
    cohorts::grant_override(&core.db, trainee, item, actor.id).await?;
    core.learners.forget(trainee);
    let username = users::account(&core.db, trainee).await?.map(|a| a.username).unwrap_or_default();
    let event = Event::new(Action::PrerequisiteOverridden, Some(actor), audit::account(trainee, &username))
        .in_program(cohort.program_id)
        .detail(format!("may take {item} in {}", audit::cohort(cohort.id, &cohort.name)));
    audit::record(&core.db, event).await
}
