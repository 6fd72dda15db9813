//! Programme dashboards. A dashboard is computed from a snapshot of the programme's learners
//! and completions held in memory: reading ten thousand learners' completions from SQLite takes
//! about a second, while computing every table from the snapshot takes a few milliseconds.
//! A snapshot is rebuilt in the background once it is older than the configured lifetime
//! (`--dashboard-cache`), so a dashboard is at most that old; the page says when it was computed.
//! The page and its CSV exports read the same snapshot, so their numbers agree.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use curriculum::Catalog;
use kujenga_types::content::ItemKind;

use kujenga_types::format::{date, date_time};
use kujenga_types::programs::{
    Breakdown, BreakdownRow, CompletionRow, DashboardData, FilterOptions, Filters, FunnelStep, Headline,
    LabRow, Percent, Week,
};
use kujenga_types::{AppError, Language, Msg, Text};
use kujenga_words::t_in;

use crate::storage::{Db, cohorts, now, programs};
use crate::{Result, spreadsheets};

/// Days without activity after which a learner no longer counts as active.
const ACTIVE_DAYS: i64 = 14;
/// Weeks shown in the completions chart.
const WEEKS: i64 = 16;

struct Done {
    /// Position of the item in the catalog's reading order.
    position: u16,
    at: i64,
    score: Option<f32>,
}

struct Learner {
    cohort_id: i64,
    organisation: String,
    country: String,
    gender: String,
    last_active_at: Option<i64>,
    done: Vec<Done>,
    /// Credentials they hold from this programme (not revoked).
    credentials: u32,
}

/// A programme's learners and completions at one moment.
pub struct Snapshot {
    built_at: i64,
    program: String,
    cohorts: BTreeMap<i64, CohortFacts>,
    learners: Vec<Learner>,
}

struct CohortFacts {
    name: String,
    /// Which catalog positions the cohort follows.
    scope: Vec<bool>,
    /// How many items it follows.
    possible: u64,
    /// Which modules (by index in [`Outline`]) it follows, and which labs (by position).
    modules: Vec<bool>,
    labs: Vec<usize>,
}

/// The curriculum's modules in reading order, and the module of each catalog position.
struct Outline<'a> {
    /// (id, size, track index)
    modules: Vec<(&'a str, usize, usize)>,
    module_of: Vec<usize>,
}

impl<'a> Outline<'a> {
    fn of(catalog: &'a Catalog) -> Self {
        let mut modules: Vec<(&str, usize, usize)> = Vec::new();
        let mut module_of = Vec::new();
        for l in catalog.items() {
            if modules.last().is_none_or(|m| m.0 != l.module.id) {
                let track = catalog.tracks().iter().position(|t| t.id == l.track.id).unwrap_or(0);
                modules.push((l.module.id.as_str(), 0, track));
            }
            let last = modules.len() - 1;
            modules[last].1 += 1;
            module_of.push(last);
        }
        Outline { modules, module_of }
    }
}

struct Entry {
    snapshot: Arc<Snapshot>,
    built: Instant,
    refreshing: bool,
}

/// The snapshots of every programme, by programme id.
pub struct Analytics {
    lifetime: Duration,
    entries: Mutex<HashMap<i64, Entry>>,
}

impl Analytics {
    /// Snapshots older than `lifetime` are rebuilt; a zero lifetime rebuilds at every request.
    pub fn new(lifetime: Duration) -> Self {
        Self { lifetime, entries: Mutex::new(HashMap::new()) }
    }

    /// A snapshot of the programme: the cached one while it is fresh; a stale one is returned
    /// while a new one is built in the background.
    async fn snapshot(
        self: &Arc<Self>,
        db: &Db,
        catalog: &Arc<Catalog>,
        program: i64,
    ) -> Result<Arc<Snapshot>> {
        let stale = {
            let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
            match entries.get_mut(&program) {
                Some(e) if e.built.elapsed() < self.lifetime => return Ok(e.snapshot.clone()),
                Some(e) if !self.lifetime.is_zero() => {
                    if !e.refreshing {
                        e.refreshing = true;
                        let (analytics, db, catalog) = (self.clone(), db.clone(), catalog.clone());
                        tokio::spawn(async move {
                            let fresh = build(&db, &catalog, program).await;
                            analytics.store(program, fresh.ok());
                        });
                    }
                    Some(e.snapshot.clone())
                }
                _ => None,
            }
        };
        if let Some(snapshot) = stale {
            return Ok(snapshot);
        }
        let fresh = build(db, catalog, program).await?;
        self.store(program, Some(fresh.clone()));
        Ok(fresh)
    }

    /// Drops the programme's snapshot after an admin changed its names or curriculum: the next
    /// view builds a new one.
    pub fn forget(&self, program: i64) {
        self.entries.lock().unwrap_or_else(|e| e.into_inner()).remove(&program);
    }

    fn store(&self, program: i64, snapshot: Option<Arc<Snapshot>>) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        match snapshot {
            Some(snapshot) => {
                entries.insert(program, Entry { snapshot, built: Instant::now(), refreshing: false });
            }
            None => {
                if let Some(e) = entries.get_mut(&program) {
                    e.refreshing = false;
                }
            }
        }
    }
}

async fn build(db: &Db, catalog: &Catalog, program: i64) -> Result<Arc<Snapshot>> {
    let name = programs::name(db, program)
        .await?
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingProgramme).with("id", program)))?;
    let outline = Outline::of(catalog);
    let items: Vec<_> = catalog.items().collect();
    let mut cohorts_facts = BTreeMap::new();
    for (id, cohort_name) in cohorts::in_program(db, program).await? {
        let content = cohorts::info(db, id).await?.map(|c| c.content).unwrap_or_default();
        let mut facts = CohortFacts {
            name: cohort_name,
            scope: vec![false; items.len()],
            possible: 0,
            modules: vec![false; outline.modules.len()],
            labs: Vec::new(),
        };
        for l in catalog.selection(&content) {
            if let Some(p) = catalog.position(&l.item.id) {
                facts.scope[p] = true;
                facts.possible += 1;
                facts.modules[outline.module_of[p]] = true;
                if l.item.kind == ItemKind::Lab {
                    facts.labs.push(p);
                }
            }
        }
        cohorts_facts.insert(id, facts);
    }
    let rows = programs::learners(db, program).await?;
    let index: HashMap<i64, usize> = rows.iter().enumerate().map(|(i, r)| (r.user_id, i)).collect();
    let mut learners: Vec<Learner> = rows
        .into_iter()
        .map(|r| Learner {
            cohort_id: r.cohort_id,
            organisation: r.organisation,
            country: r.country,
            gender: r.gender,
            last_active_at: r.last_active_at,
            done: Vec::new(),
            credentials: 0,
        })
        .collect();
    let positions_by_id: HashMap<&str, u16> =
        catalog.items().enumerate().map(|(i, l)| (l.item.id.as_str(), i as u16)).collect();
    for (user, item, at, score) in programs::completions(db, program).await? {
        if let (Some(&i), Some(&position)) = (index.get(&user), positions_by_id.get(item.as_str())) {
            learners[i].done.push(Done { position, at, score: score.map(|s| s as f32) });
        }
    }
    for (user, held) in crate::storage::credentials::held_in_program(db, program).await? {
        if let Some(&i) = index.get(&user) {
            learners[i].credentials = u32::try_from(held).unwrap_or(u32::MAX);
        }
    }
    Ok(Arc::new(Snapshot { built_at: now(), program: name, cohorts: cohorts_facts, learners }))
}

impl Analytics {
    /// The dashboard of a programme, narrowed by `filters`.
    pub async fn dashboard(
        self: &Arc<Self>,
        db: &Db,
        catalog: &Arc<Catalog>,
        program: i64,
        filters: Filters,
        language: Language,
    ) -> Result<DashboardData> {
        let snapshot = self.snapshot(db, catalog, program).await?;
        Ok(compute(&snapshot, catalog, program, filters, language))
    }
}

fn gender_label(gender: &str) -> &str {
    if gender.is_empty() { "unspecified" } else { gender }
}

fn matches(l: &Learner, f: &Filters) -> bool {
    (f.cohort.is_empty() || f.cohort == l.cohort_id.to_string())
        && (f.organisation.is_empty() || f.organisation == l.organisation)
        && (f.country.is_empty() || f.country == l.country)
        && (f.gender.is_empty() || f.gender == gender_label(&l.gender))
}

/// Sums for a group of learners.
#[derive(Default, Clone, Copy)]
struct Tally {
    learners: u32,
    active: u32,
    done: u64,
    possible: u64,
    lab_scores: f64,
    labs: u32,
    credentials: u32,
}

impl Tally {
    fn row(&self, label: String) -> BreakdownRow {
        BreakdownRow {
            label,
            enrolled: self.learners,
            active: self.active,
            completion: Percent::of(self.done, self.possible),
            lab_score: self.lab_score(),
            credentials: self.credentials,
        }
    }

    fn lab_score(&self) -> Option<Percent> {
        (self.labs > 0).then(|| Percent((self.lab_scores / f64::from(self.labs) * 1000.0).round() as u32))
    }

    fn add(&mut self, other: &Tally) {
        self.learners += other.learners;
        self.active += other.active;
        self.done += other.done;
        self.possible += other.possible;
        self.lab_scores += other.lab_scores;
        self.labs += other.labs;
        self.credentials += other.credentials;
    }
}

/// Titles are the curriculum's in `language`.
fn compute(
    snapshot: &Snapshot,
    catalog: &Catalog,
    program: i64,
    filters: Filters,
    language: Language,
) -> DashboardData {
    let module_title =
        |id: &str| catalog.module(id).map(|(_, m)| m.named(language).title).unwrap_or_default();
    let items: Vec<_> = catalog.items().collect();
    let Outline { modules, module_of } = Outline::of(catalog);
    let tracks = catalog.tracks();
    let active_since = snapshot.built_at - ACTIVE_DAYS * 86_400;
    let this_week = week_of(snapshot.built_at);
    let first_week = this_week - (WEEKS - 1);

    let mut total = Tally::default();
    let mut groups: [BTreeMap<String, Tally>; 4] = Default::default();
    // Per module and per track: learners who follow it, items done, learners who finished it.
    let mut module_tallies = vec![(0u32, 0u64, 0u32); modules.len()];
    let mut track_tallies = vec![(0u32, 0u64, 0u64, 0u32); tracks.len()];
    let mut lab_tallies = vec![(0u32, 0u32, 0f64); items.len()];
    let mut weekly = vec![0u32; WEEKS as usize];
    let mut before_chart = 0u32;
    // What the learners give, to filter by; every cohort is offered, an empty one too.
    let mut options: (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) = Default::default();
    let mut mine = vec![0usize; modules.len()];

    for learner in &snapshot.learners {
        let Some(cohort) = snapshot.cohorts.get(&learner.cohort_id) else { continue };
        options.0.insert(learner.organisation.clone());
        options.1.insert(learner.country.clone());
        options.2.insert(gender_label(&learner.gender).to_string());
        if !matches(learner, &filters) {
            continue;
        }
        let mut tally = Tally {
            learners: 1,
            active: u32::from(learner.last_active_at.is_some_and(|t| t >= active_since)),
            possible: cohort.possible,
            credentials: learner.credentials,
            ..Default::default()
        };
        mine.iter_mut().for_each(|m| *m = 0);
        for done in &learner.done {
            let p = usize::from(done.position);
            if !cohort.scope[p] {
                continue;
            }
            tally.done += 1;
            mine[module_of[p]] += 1;
            if let Some(score) = done.score {
                tally.lab_scores += f64::from(score);
                tally.labs += 1;
                lab_tallies[p].1 += 1;
                lab_tallies[p].2 += f64::from(score);
            }
            let week = week_of(done.at);
            if week < first_week {
                before_chart += 1;
            } else if week <= this_week {
                weekly[(week - first_week) as usize] += 1;
            }
        }
        for &p in &cohort.labs {
            lab_tallies[p].0 += 1;
        }
        let mut track_finished = vec![true; tracks.len()];
        let mut track_followed = vec![false; tracks.len()];
        for (m, &(_, size, track)) in modules.iter().enumerate() {
            if !cohort.modules[m] {
                continue;
            }
            let finished = mine[m] == size;
            module_tallies[m].0 += 1;
            module_tallies[m].1 += mine[m] as u64;
            module_tallies[m].2 += u32::from(finished);
            track_followed[track] = true;
            track_finished[track] &= finished;
            track_tallies[track].1 += mine[m] as u64;
            track_tallies[track].2 += size as u64;
        }
        for t in 0..tracks.len() {
            if track_followed[t] {
                track_tallies[t].0 += 1;
                track_tallies[t].3 += u32::from(track_finished[t]);
            }
        }
        total.add(&tally);
        let labels = [
            cohort.name.as_str(),
            learner.organisation.as_str(),
            learner.country.as_str(),
            gender_label(&learner.gender),
        ];
        for (group, label) in groups.iter_mut().zip(labels) {
            group.entry(label.to_string()).or_default().add(&tally);
        }
    }

    let mut completion = Vec::new();
    for (t, track) in tracks.iter().enumerate() {
        let (learners, done, possible, finished) = track_tallies[t];
        completion.push(CompletionRow {
            title: track.named(language).title,
            is_track: true,
            learners,
            finished,
            completion: Percent::of(done, possible),
        });
        for (m, module) in modules.iter().enumerate().filter(|(_, m)| m.2 == t) {
            let (learners, done, finished) = module_tallies[m];
            completion.push(CompletionRow {
                title: module_title(module.0),
                is_track: false,
                learners,
                finished,
                completion: Percent::of(done, u64::from(learners) * module.1 as u64),
            });
        }
    }
    let labs = items
        .iter()
        .enumerate()
        .filter(|(_, l)| l.item.kind == ItemKind::Lab)
        .map(|(p, l)| {
            let (learners, finished, scores) = lab_tallies[p];
            LabRow {
                title: l.item.title_in(language).to_string(),
                learners,
                finished,
                average: (finished > 0)
                    .then(|| Percent((scores / f64::from(finished) * 1000.0).round() as u32)),
            }
        })
        .collect();
    let titles = [Msg::FieldCohort, Msg::FieldOrganisation, Msg::FieldCountryCode, Msg::FieldGender];
    let dimensions = ["cohort", "organisation", "country", "gender"];
    let breakdowns = groups
        .iter()
        .zip(titles.iter().zip(dimensions))
        .map(|(group, (title, dimension))| Breakdown {
            dimension: dimension.to_string(),
            title: *title,
            rows: group
                .iter()
                .map(|(label, t)| t.row(if label.is_empty() { "(not given)".into() } else { label.clone() }))
                .collect(),
        })
        .collect();
    let mut cumulative = before_chart;
    let weeks = weekly
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            cumulative += n;
            Week { starts: date((first_week + i as i64) * 7 * 86_400 + MONDAY), completions: n, cumulative }
        })
        .collect();
    let funnel = modules
        .iter()
        .zip(&module_tallies)
        .filter(|(_, t)| t.0 > 0)
        .map(|(module, t)| FunnelStep { module: module_title(module.0), learners: t.2 })
        .collect();
    DashboardData {
        program_id: program,
        program: snapshot.program.clone(),
        as_of: date_time(snapshot.built_at),
        filters,
        options: FilterOptions {
            cohorts: snapshot.cohorts.iter().map(|(id, c)| (id.to_string(), c.name.clone())).collect(),
            organisations: options.0.into_iter().collect(),
            countries: options.1.into_iter().collect(),
            genders: options.2.into_iter().collect(),
        },
        headline: Headline {
            enrolled: total.learners,
            active: total.active,
            completion: Percent::of(total.done, total.possible),
            lab_score: total.lab_score(),
            credentials: total.credentials,
        },
        completion,
        labs,
        breakdowns,
        weeks,
        funnel,
    }
}

/// 1970-01-01 was a Thursday: weeks start on the Monday four days later, minus a week.
const MONDAY: i64 = -3 * 86_400;

/// The week (counted from the Monday before the epoch) of a Unix time.
fn week_of(unix: i64) -> i64 {
    (unix - MONDAY).div_euclid(7 * 86_400)
}

/// One table of a dashboard as CSV, with the numbers exactly as the page prints them.
pub fn csv(data: &DashboardData, table: &str, language: Language) -> Option<String> {
    let optional = |p: Option<Percent>| p.map(|p| p.to_string()).unwrap_or_default();
    let words = |header: &[Msg]| header.iter().map(|m| t_in(language, *m)).collect::<Vec<_>>();
    Some(match table {
        "completion" => spreadsheets::write(
            &words(&[Msg::CsvPart, Msg::CsvTitle, Msg::CsvLearners, Msg::CsvFinished, Msg::CsvCompletion]),
            data.completion.iter().map(|r| {
                let part = t_in(language, if r.is_track { Msg::CsvTrack } else { Msg::CsvModule });
                vec![
                    part.into(),
                    r.title.clone(),
                    r.learners.to_string(),
                    r.finished.to_string(),
                    r.completion.to_string(),
                ]
            }),
        ),
        "labs" => spreadsheets::write(
            &words(&[Msg::CsvLab, Msg::CsvLearners, Msg::CsvFinished, Msg::CsvAverageScore]),
            data.labs.iter().map(|r| {
                vec![r.title.clone(), r.learners.to_string(), r.finished.to_string(), optional(r.average)]
            }),
        ),
        "weeks" => spreadsheets::write(
            &words(&[Msg::CsvWeekStarting, Msg::CsvCompletions, Msg::CsvCumulative]),
            data.weeks
                .iter()
                .map(|w| vec![w.starts.clone(), w.completions.to_string(), w.cumulative.to_string()]),
        ),
        "funnel" => spreadsheets::write(
            &words(&[Msg::CsvModule, Msg::CsvModuleFinishers]),
            data.funnel.iter().map(|s| vec![s.module.clone(), s.learners.to_string()]),
        ),
        dimension => {
            let b = data.breakdowns.iter().find(|b| b.dimension == dimension)?;
            let column = match dimension {
                "cohort" => Msg::CsvCohort,
                "organisation" => Msg::CsvOrganisation,
                "country" => Msg::CsvCountry,
                _ => Msg::CsvGender,
            };
            spreadsheets::write(
                &words(&[
                    column,
                    Msg::CsvEnrolled,
                    Msg::CsvActive,
                    Msg::CsvCompletion,
                    Msg::CsvLabScore,
                    Msg::CsvCredentials,
                ]),
                b.rows.iter().map(|r| {
                    vec![
                        r.label.clone(),
                        r.enrolled.to_string(),
                        r.active.to_string(),
                        r.completion.to_string(),
                        optional(r.lab_score),
                        r.credentials.to_string(),
                    ]
                }),
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_start_on_mondays() {
        // 2026-11-23 is a Monday; 2026-11-29 the Sunday after it.
        let monday = 1_795_392_000;
        assert_eq!(date(week_of(monday) * 7 * 86_400 + MONDAY), "2026-11-23");
        assert_eq!(week_of(monday + 6 * 86_400 + 86_399), week_of(monday));
        assert_eq!(week_of(monday - 1), week_of(monday) - 1);
    }
}
