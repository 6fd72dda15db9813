//! The audit log: every sign-in (the username of a failed one only as a keyed digest), and
//! every change to accounts, roles, membership, set-up, imports, reviews and overrides, as one
//! append-only row: who, when, what, the object and the change. Never a password, a token or an
//! answer key: the callers name objects by id and name, and describe changes in words.

use kujenga_types::{AppError, Msg, Text, Viewer};

use crate::Result;
use crate::accounts::tokens;
use crate::storage::{Db, audit};

/// What was done. Stored by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    SignedIn,
    SignInRefused,
    Joined,
    AccountCreated,
    PasswordChanged,
    PasswordReset,
    AccountDisabled,
    AccountEnabled,
    RoleChanged,
    AccountErased,
    ProfileChanged,
    InviteCreated,
    InviteRevoked,
    TraineeEnrolled,
    TraineeWithdrawn,
    TraineeMoved,
    InstructorAdded,
    TraineesImported,
    ProgramCreated,
    ProgramRenamed,
    ProgramArchived,
    ProgramRestored,
    ManagerAdded,
    ManagerRemoved,
    CohortCreated,
    CohortChanged,
    CohortArchived,
    CohortRestored,
    ModuleScheduled,
    AnswerReviewed,
    PrerequisiteOverridden,
    RecordsPurged,
    CredentialIssued,
    CredentialRevoked,
}

impl Action {
    pub const ALL: [Action; 34] = [
        Action::SignedIn,
        Action::SignInRefused,
        Action::Joined,
        Action::AccountCreated,
        Action::PasswordChanged,
        Action::PasswordReset,
        Action::AccountDisabled,
        Action::AccountEnabled,
        Action::RoleChanged,
        Action::AccountErased,
        Action::ProfileChanged,
        Action::InviteCreated,
        Action::InviteRevoked,
        Action::TraineeEnrolled,
        Action::TraineeWithdrawn,
        Action::TraineeMoved,
        Action::InstructorAdded,
        Action::TraineesImported,
        Action::ProgramCreated,
        Action::ProgramRenamed,
        Action::ProgramArchived,
        Action::ProgramRestored,
        Action::ManagerAdded,
        Action::ManagerRemoved,
        Action::CohortCreated,
        Action::CohortChanged,
        Action::CohortArchived,
        Action::CohortRestored,
        Action::ModuleScheduled,
        Action::AnswerReviewed,
        Action::PrerequisiteOverridden,
        Action::RecordsPurged,
        Action::CredentialIssued,
        Action::CredentialRevoked,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::SignedIn => "signed-in",
            Action::SignInRefused => "sign-in-refused",
            Action::Joined => "joined",
            Action::AccountCreated => "account-created",
            Action::PasswordChanged => "password-changed",
            Action::PasswordReset => "password-reset",
            Action::AccountDisabled => "account-disabled",
            Action::AccountEnabled => "account-enabled",
            Action::RoleChanged => "role-changed",
            Action::AccountErased => "account-erased",
            Action::ProfileChanged => "profile-changed",
            Action::InviteCreated => "invite-created",
            Action::InviteRevoked => "invite-revoked",
            Action::TraineeEnrolled => "trainee-enrolled",
            Action::TraineeWithdrawn => "trainee-withdrawn",
            Action::TraineeMoved => "trainee-moved",
            Action::InstructorAdded => "instructor-added",
            Action::TraineesImported => "trainees-imported",
            Action::ProgramCreated => "program-created",
            Action::ProgramRenamed => "program-renamed",
            Action::ProgramArchived => "program-archived",
            Action::ProgramRestored => "program-restored",
            Action::ManagerAdded => "manager-added",
            Action::ManagerRemoved => "manager-removed",
            Action::CohortCreated => "cohort-created",
            Action::CohortChanged => "cohort-changed",
            Action::CohortArchived => "cohort-archived",
            Action::CohortRestored => "cohort-restored",
            Action::ModuleScheduled => "module-scheduled",
            Action::AnswerReviewed => "answer-reviewed",
            Action::PrerequisiteOverridden => "prerequisite-overridden",
            Action::RecordsPurged => "records-purged",
            Action::CredentialIssued => "credential-issued",
            Action::CredentialRevoked => "credential-revoked",
        }
    }

    pub fn parse(text: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

/// One thing that was done, to write down.
pub struct Event<'a> {
    pub action: Action,
    /// Who did it; `None` for someone not signed in (a failed sign-in, a join) or the system.
    pub actor: Option<&'a Viewer>,
    /// What it was done to, as people read it: `account 12 (kofi)`, `cohort 3 (Accra 2026)`.
    pub object: String,
    /// The programme it concerns, so that its managers read it.
    pub program: Option<i64>,
    /// The change, in words: `role: trainee -> instructor`.
    pub detail: String,
}

impl<'a> Event<'a> {
    pub fn new(action: Action, actor: Option<&'a Viewer>, object: impl Into<String>) -> Self {
        Event { action, actor, object: object.into(), program: None, detail: String::new() }
    }

    pub fn in_program(mut self, program: Option<i64>) -> Self {
        self.program = program;
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = detail.into();
        self
    }
}

/// Appends an event to the log.
pub async fn record(db: &Db, event: Event<'_>) -> Result<()> {
    let actor = event.actor.map_or_else(|| "(not signed in)".to_string(), |v| v.username.clone());
    let entry = audit::NewEntry {
        actor_id: event.actor.map(|v| v.id),
        actor: &actor,
        action: event.action.as_str(),
        object: &event.object,
        program_id: event.program,
        detail: &event.detail,
    };
    audit::append(db, &entry).await
}

/// How a failed sign-in names the username it tried: a keyed digest, so that repeated tries at
/// one account can be seen together without the log holding what someone typed (it may be a
/// password typed into the wrong field).
pub fn username_digest(secret: &[u8; 32], username: &str) -> String {
    format!("username digest {}", &tokens::seal(secret, "audit username", username)[..12])
}

/// `account 12 (kofi)`.
pub fn account(id: i64, username: &str) -> String {
    format!("account {id} ({username})")
}

/// `cohort 3 (Accra 2026)`.
pub fn cohort(id: i64, name: &str) -> String {
    format!("cohort {id} ({name})")
}

/// `programme 2 (West Africa)`.
pub fn program(id: i64, name: &str) -> String {
    format!("programme {id} ({name})")
}

/// Rows on one page of the log.
pub const PAGE_SIZE: u32 = 100;

/// Unix seconds of the start of a day typed as YYYY-MM-DD, naming the field if it is wrong.
fn day_start(field: Msg, text: &str) -> Result<Option<i64>> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let day = curriculum::answers::date(text).map_err(|m| AppError::invalid(field, m))?;
    Ok(Some(day.midnight().assume_utc().unix_timestamp()))
}

/// The log as `viewer` may read it: everything for an admin, their programmes' part for a
/// manager. `everything` gives every matching row on one page (the CSV download).
pub async fn read(
    db: &Db,
    viewer: &Viewer,
    filters: kujenga_types::audit::AuditFilters,
    everything: bool,
) -> Result<kujenga_types::audit::AuditPage> {
    use kujenga_types::audit::{AuditPage, AuditRow};
    if !filters.action.is_empty() && Action::parse(&filters.action).is_none() {
        let message = Text::new(Msg::InvalidUnknownAction).with("name", &filters.action);
        return Err(AppError::invalid(Msg::FieldAction, message).into());
    }
    let from = day_start(Msg::FieldFrom, &filters.from)?;
    let to = day_start(Msg::FieldTo, &filters.to)?.map(|t| t + 86_400);
    let whole_log = viewer.role == kujenga_types::Role::Admin;
    let programs: Vec<i64> = if whole_log {
        Vec::new()
    } else {
        crate::storage::programs::visible_to(db, viewer).await?.into_iter().map(|p| p.id).collect()
    };
    let page = filters.page.max(1);
    let (limit, offset) = if everything { (u32::MAX / 2, 0) } else { (PAGE_SIZE, (page - 1) * PAGE_SIZE) };
    let filter = audit::Filter {
        actor: &filters.actor,
        action: &filters.action,
        from,
        to,
        programs: (!whole_log).then_some(programs.as_slice()),
        limit,
        offset,
    };
    let (entries, total) = audit::read(db, &filter).await?;
    let rows = entries
        .into_iter()
        .map(|e| AuditRow {
            at: kujenga_types::format::date_time(e.at),
            actor: e.actor,
            action: e.action,
            object: e.object,
            detail: e.detail,
        })
        .collect();
    Ok(AuditPage {
        rows,
        total,
        page,
        pages: total.div_ceil(PAGE_SIZE).max(1),
        filters,
        actions: Action::ALL.iter().map(|a| a.as_str().to_string()).collect(),
        whole_log,
    })
}

/// The rows of a reading as CSV.
pub fn csv(page: &kujenga_types::audit::AuditPage, language: kujenga_types::Language) -> String {
    let header = [Msg::CsvWhen, Msg::CsvActor, Msg::CsvAction, Msg::CsvObject, Msg::CsvDetail];
    crate::spreadsheets::write(
        &header.map(|m| kujenga_words::t_in(language, m)),
        page.rows
            .iter()
            .map(|r| [r.at.clone(), r.actor.clone(), r.action.clone(), r.object.clone(), r.detail.clone()]),
    )
}
