//! Programmes and their dashboards: what managers and admins see, and the admins' set-up forms.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramRow {
    pub id: i64,
    pub name: String,
    pub cohorts: i64,
    pub trainees: i64,
    pub managers: String,
}

/// A choice in a form: (value, label).
pub type Choice = (String, String);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramsData {
    pub programs: Vec<ProgramRow>,
    pub is_admin: bool,
    /// For admins' forms: managers, instructors, cohorts, and the tracks and modules a cohort
    /// may follow.
    pub managers: Vec<Choice>,
    pub instructors: Vec<Choice>,
    pub cohorts: Vec<Choice>,
    pub content: Vec<Choice>,
}

/// A share in tenths of a percent, so page and CSV print the same digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Percent(pub u32);

impl Percent {
    /// `part` of `whole`, rounded to the nearest tenth of a percent; 0 when `whole` is 0.
    pub fn of(part: u64, whole: u64) -> Percent {
        Percent(((part * 2000 + whole) / (2 * whole.max(1))) as u32)
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}%", self.0 / 10, self.0 % 10)
    }
}

/// What a dashboard is narrowed to; empty means everyone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    pub cohort: String,
    pub organisation: String,
    pub country: String,
    /// `female`, `male`, `other`, or `unspecified` for "not given".
    pub gender: String,
}

impl Filters {
    /// The filters as a query string, for links and exports.
    pub fn query(&self) -> String {
        let pairs = [
            ("cohort", &self.cohort),
            ("organisation", &self.organisation),
            ("country", &self.country),
            ("gender", &self.gender),
        ];
        pairs
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}={}", crate::format::encode_query(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FilterOptions {
    pub cohorts: Vec<Choice>,
    pub organisations: Vec<String>,
    pub countries: Vec<String>,
    pub genders: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Headline {
    pub enrolled: u32,
    pub active: u32,
    pub completion: Percent,
    pub lab_score: Option<Percent>,
    /// Credentials held (not revoked).
    pub credentials: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompletionRow {
    pub title: String,
    pub is_track: bool,
    /// Learners whose cohort follows this part.
    pub learners: u32,
    /// Learners who finished all of it.
    pub finished: u32,
    pub completion: Percent,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabRow {
    pub title: String,
    pub learners: u32,
    pub finished: u32,
    pub average: Option<Percent>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreakdownRow {
    pub label: String,
    pub enrolled: u32,
    pub active: u32,
    pub completion: Percent,
    pub lab_score: Option<Percent>,
    pub credentials: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breakdown {
    /// `cohort`, `organisation`, `country` or `gender`: also the name of its CSV export.
    pub dimension: String,
    pub title: kujenga_words::Msg,
    pub rows: Vec<BreakdownRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Week {
    /// The Monday that starts the week.
    pub starts: String,
    pub completions: u32,
    pub cumulative: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FunnelStep {
    pub module: String,
    pub learners: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardData {
    pub program_id: i64,
    pub program: String,
    /// When the figures were computed (UTC).
    pub as_of: String,
    pub filters: Filters,
    pub options: FilterOptions,
    pub headline: Headline,
    pub completion: Vec<CompletionRow>,
    pub labs: Vec<LabRow>,
    pub breakdowns: Vec<Breakdown>,
    pub weeks: Vec<Week>,
    pub funnel: Vec<FunnelStep>,
}

/// The tables a dashboard exports as CSV.
pub const EXPORTS: [&str; 8] =
    ["completion", "labs", "cohort", "organisation", "country", "gender", "weeks", "funnel"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percents_round_to_tenths() {
        assert_eq!(Percent::of(1, 3).to_string(), "33.3%");
        assert_eq!(Percent::of(2, 3).to_string(), "66.7%");
        assert_eq!(Percent::of(0, 0).to_string(), "0.0%");
        assert_eq!(Percent::of(5, 5).to_string(), "100.0%");
    }

    #[test]
    fn filters_become_a_query_string() {
        let f = Filters { country: "KE".into(), organisation: "Bank of X & Y".into(), ..Default::default() };
        assert_eq!(f.query(), "organisation=Bank%20of%20X%20%26%20Y&country=KE");
    }
}
