//! People and their accounts over a programme's life: signing in and joining, changing and
//! resetting passwords, disabling, changing roles, erasing on request, editing one's own
//! profile, and the admins' directory of accounts. Every change that matters to someone's
//! access ends their sessions at once, and every one is written to the audit log.

pub mod record;

use std::net::IpAddr;

use kujenga_types::accounts::{AccountDetail, AccountSearch, AccountSummary, AccountsPage, OwnAccount};
use kujenga_types::format::{date, date_time};
use kujenga_types::{AppError, Msg, Profile, Role, Text, Viewer};

use crate::accounts::{AccountForm, check_profile, password, tokens, username_key};
use crate::audit::{self, Action, Event};
use crate::limits::address_key;
use crate::storage::{Db, cohorts, now, users};
use crate::{Core, Result};

/// Languages a person may choose for the interface (empty: the browser's).
pub const LANGUAGES: [&str; 5] = ["en", "fr", "es", "pt", "ar"];

/// Accounts on one page of the directory.
pub const PAGE_SIZE: u32 = 50;

/// How long staff may still read a temporary password they issued (it is derived again, never
/// stored): long enough to hand it over during a training day.
const TEMPORARY_SHOWN_FOR: i64 = 24 * 3600;

/// Checks a username and password; returns the account's id. The attempt is counted against
/// the limits before the password is checked (see `limits`), and given back if it was right.
pub async fn sign_in(core: &Core, username: &str, password: String, address: Option<IpAddr>) -> Result<i64> {
    let account = username_key(username);
    let attempt = core.limits.sign_in.begin(&account, &address_key(address)).await?;
    let found = users::credentials(&core.db, &account).await?;
    let (user_id, hash) = found.map_or((None, None), |(id, hash)| (Some(id), Some(hash)));
    let verified = match password::verify(password, hash).await {
        Ok(verified) => verified,
        Err(busy) => {
            core.limits.sign_in.abandoned(attempt).await?;
            return Err(busy);
        }
    };
    match user_id {
        Some(id) if verified => {
            core.limits.sign_in.succeeded(attempt).await?;
            let viewer = users::viewer(&core.db, id).await?;
            audit::record(
                &core.db,
                Event::new(Action::SignedIn, viewer.as_ref(), audit::account(id, &account)),
            )
            .await?;
            Ok(id)
        }
        _ => {
            core.limits.sign_in.failed(attempt).await?;
            let object = audit::username_digest(&core.secret, &account);
            let event = Event::new(Action::SignInRefused, None, object)
                .detail(format!("from {}", address_key(address)));
            audit::record(&core.db, event).await?;
            Err(AppError::WrongCredentials.into())
        }
    }
}

/// Creates a trainee's own account in the cohort of an invite code; returns its id. The code
/// is checked before the password is hashed, and wrong codes count against the address (codes
/// must not be guessable).
pub async fn join(core: &Core, code: &str, form: &AccountForm<'_>, address: Option<IpAddr>) -> Result<i64> {
    form.validate()?;
    let guess = core.limits.invite_codes.take(&address_key(address)).await?;
    if !cohorts::invite_is_open(&core.db, code).await? {
        return Err(cohorts::invite_refused().into());
    }
    core.limits.invite_codes.refund(guess).await?;
    let hash = password::hash(form.password.to_string()).await?;
    let username = username_key(form.username);
    let id = cohorts::join_with_invite(&core.db, code, &form.new_user(&username, &hash)).await?;
    let cohort = cohorts::invite_cohort(&core.db, code).await?;
    let program = match cohort {
        Some(c) => cohorts::info(&core.db, c).await?.and_then(|i| i.program_id),
        None => None,
    };
    let event = Event::new(Action::Joined, None, audit::account(id, &username))
        .in_program(program)
        .detail(format!("with an invite code of cohort {}", cohort.unwrap_or_default()));
    audit::record(&core.db, event).await?;
    Ok(id)
}

/// Creates an account for someone (the admins' form); returns its id.
pub async fn create(core: &Core, actor: &Viewer, form: &AccountForm<'_>) -> Result<i64> {
    let id = crate::accounts::create(&core.db, form).await?;
    let event =
        Event::new(Action::AccountCreated, Some(actor), audit::account(id, &username_key(form.username)))
            .detail(format!("role {}", form.role.as_str()));
    audit::record(&core.db, event).await?;
    Ok(id)
}

async fn existing(core: &Core, id: i64) -> Result<users::Account> {
    match users::account(&core.db, id).await? {
        Some(account) if !account.erased => Ok(account),
        _ => Err(AppError::not_found(Text::new(Msg::MissingAccount).with("name", id)).into()),
    }
}

/// After a change to an account's access: what this server keeps of it is dropped, so the
/// change holds at once (its sessions were ended by the change itself).
fn changed(core: &Core, id: i64) {
    core.viewers.forget(id);
    core.learners.forget(id);
}

/// The viewer's own password, changed: the current one is checked first. Every other session
/// of theirs ends; the caller starts this one again.
pub async fn change_password(core: &Core, viewer: &Viewer, current: String, new: &str) -> Result<()> {
    let account = existing(core, viewer.id).await?;
    let stored = users::password_hash(&core.db, viewer.id).await?;
    if !password::verify(current, stored).await? {
        return Err(AppError::invalid(Msg::FieldCurrentPassword, Msg::InvalidNotCurrentPassword).into());
    }
    let email = account.profile.email.as_str();
    password::check_strength(new, &[&account.username, &account.display_name, email])
        .map_err(|e| rename_field(e, Msg::FieldChosenPassword))?;
    let hash = password::hash(new.to_string()).await?;
    users::set_password(&core.db, viewer.id, &hash, None).await?;
    changed(core, viewer.id);
    audit::record(
        &core.db,
        Event::new(Action::PasswordChanged, Some(viewer), audit::account(viewer.id, &viewer.username)),
    )
    .await
}

fn rename_field(error: AppError, to: Msg) -> AppError {
    match error {
        AppError::Invalid { message, .. } => AppError::invalid(to, message),
        other => other,
    }
}

/// The temporary password of a reset, derived again from the install secret, the account and
/// the time of the reset: it is never stored, and a new reset gives another.
pub fn temporary_password(secret: &[u8; 32], id: i64, reset_at: i64) -> String {
    let digest = tokens::seal(secret, "temporary password", &format!("{id}|{reset_at}"));
    let code = &digest[..16];
    format!("{}-{}-{}-{}", &code[..4], &code[4..8], &code[8..12], &code[12..])
}

/// The temporary password staff may still read for an account: only while it is unused, and
/// for a day after the reset.
fn shown_temporary(core: &Core, account: &users::Account) -> Option<String> {
    let reset_at = account.password_reset_at.filter(|at| now() - at < TEMPORARY_SHOWN_FOR)?;
    account.must_change_password.then(|| temporary_password(&core.secret, account.id, reset_at))
}

/// Gives an account a temporary password, to be changed at its next sign-in, and ends its
/// sessions. The caller has checked that the actor may (an admin, or an instructor of the
/// trainee); the password is read on the account's page.
pub async fn reset_password(core: &Core, actor: &Viewer, id: i64) -> Result<()> {
    let account = existing(core, id).await?;
    let reset_at = now();
    let hash = password::hash(temporary_password(&core.secret, id, reset_at)).await?;
    users::set_password(&core.db, id, &hash, Some(reset_at)).await?;
    changed(core, id);
    audit::record(
        &core.db,
        Event::new(Action::PasswordReset, Some(actor), audit::account(id, &account.username)),
    )
    .await
}

/// Refuses changes an admin may not make to their own account, or that would leave Kujenga
/// with no active admin.
async fn keeps_an_admin(core: &Core, actor: &Viewer, account: &users::Account, own: Msg) -> Result<()> {
    if account.id == actor.id {
        return Err(AppError::invalid(Msg::FieldAccount, own).into());
    }
    if account.role == Role::Admin && !account.disabled && users::active_admins(&core.db).await? <= 1 {
        return Err(AppError::invalid(Msg::FieldAccount, Msg::InvalidLastAdmin).into());
    }
    Ok(())
}

/// Disables or enables an account (admins). Disabling ends its sessions at once.
pub async fn set_enabled(core: &Core, actor: &Viewer, id: i64, enabled: bool) -> Result<()> {
    let account = existing(core, id).await?;
    if !enabled {
        keeps_an_admin(core, actor, &account, Msg::InvalidOwnDisable).await?;
    }
    users::set_disabled(&core.db, id, !enabled).await?;
    changed(core, id);
    let action = if enabled { Action::AccountEnabled } else { Action::AccountDisabled };
    audit::record(&core.db, Event::new(action, Some(actor), audit::account(id, &account.username))).await
}

/// Gives an account another role (admins); its sessions end.
pub async fn change_role(core: &Core, actor: &Viewer, id: i64, role: Role) -> Result<()> {
    let account = existing(core, id).await?;
    if account.role == role {
        return Ok(());
    }
    if account.role == Role::Admin {
        keeps_an_admin(core, actor, &account, Msg::InvalidOwnRole).await?;
    }
    users::set_role(&core.db, id, role).await?;
    changed(core, id);
    let event = Event::new(Action::RoleChanged, Some(actor), audit::account(id, &account.username))
        .detail(format!("role: {} -> {}", account.role.as_str(), role.as_str()));
    audit::record(&core.db, event).await
}

/// Erases a person on request (admins): see `storage::users::erase` for what is kept.
pub async fn erase(core: &Core, actor: &Viewer, id: i64) -> Result<()> {
    let account = existing(core, id).await?;
    keeps_an_admin(core, actor, &account, Msg::InvalidOwnErase).await?;
    erased(&core.db, Some(actor), id).await?;
    changed(core, id);
    Ok(())
}

/// Erases a person on request, by the server's operator (`kujenga user erase`). A running
/// server stops signing them in within `viewers::VIEWER_TTL`.
pub async fn erase_by_username(db: &Db, username: &str) -> Result<i64> {
    let account = users::by_username(db, &username_key(username))
        .await?
        .filter(|a| !a.erased)
        .ok_or_else(|| AppError::not_found(Text::new(Msg::MissingAccount).with("name", username)))?;
    if account.role == Role::Admin && !account.disabled && users::active_admins(db).await? <= 1 {
        return Err(AppError::invalid(Msg::FieldUsername, Msg::InvalidLastAdmin).into());
    }
    erased(db, None, account.id).await?;
    Ok(account.id)
}

async fn erased(db: &Db, actor: Option<&Viewer>, id: i64) -> Result<()> {
    if users::erase(db, id, |username| audit::account(id, username)).await? {
        let event = Event::new(Action::AccountErased, actor, format!("account {id}"))
            .detail(if actor.is_none() { "on the server's command line" } else { "" });
        audit::record(db, event).await?;
    }
    Ok(())
}

/// What a person may change of their own account.
pub struct ProfileForm<'a> {
    pub display_name: &'a str,
    pub profile: Profile,
    /// One of [`LANGUAGES`], or empty for the browser's.
    pub language: &'a str,
}

/// The viewer's own name, profile and interface language.
pub async fn update_profile(core: &Core, viewer: &Viewer, form: &ProfileForm<'_>) -> Result<()> {
    let name = form.display_name.trim();
    if name.is_empty() || name.chars().count() > 80 {
        return Err(AppError::invalid(Msg::FieldDisplayName, Msg::InvalidDisplayName).into());
    }
    let profile = Profile { country: form.profile.country.trim().to_uppercase(), ..form.profile.clone() };
    check_profile(&profile)?;
    if !form.language.is_empty() && !LANGUAGES.contains(&form.language) {
        return Err(AppError::invalid(
            Msg::FieldLanguage,
            Text::new(Msg::InvalidLanguage).with("list", LANGUAGES.join(", ")),
        )
        .into());
    }
    users::set_profile(&core.db, viewer.id, name, &profile, form.language).await?;
    changed(core, viewer.id);
    audit::record(
        &core.db,
        Event::new(Action::ProfileChanged, Some(viewer), audit::account(viewer.id, &viewer.username)),
    )
    .await
}

/// The viewer's own account, for their account page.
pub async fn own_account(core: &Core, viewer: &Viewer) -> Result<OwnAccount> {
    let account = existing(core, viewer.id).await?;
    Ok(OwnAccount {
        username: account.username,
        display_name: account.display_name,
        role: account.role,
        profile: account.profile,
        language: account.language,
        must_change_password: account.must_change_password,
    })
}

fn summary(account: &users::Account) -> AccountSummary {
    AccountSummary {
        id: account.id,
        username: account.username.clone(),
        display_name: account.display_name.clone(),
        role: account.role,
        disabled: account.disabled,
        organisation: account.profile.organisation.clone(),
        last_active: account.last_active_at.map(date),
    }
}

/// The admins' directory: accounts found by name, username or organisation, by role and cohort.
pub async fn directory(core: &Core, viewer: &Viewer, search: AccountSearch) -> Result<AccountsPage> {
    let role = match search.role.as_str() {
        "" => None,
        text => Some(Role::parse(text).ok_or_else(|| {
            AppError::invalid(Msg::FieldRole, Text::new(Msg::InvalidRole).with("name", text))
        })?),
    };
    let cohort = match search.cohort.as_str() {
        "" => None,
        text => Some(
            text.parse::<i64>().map_err(|_| AppError::invalid(Msg::FieldCohort, Msg::InvalidChooseCohort))?,
        ),
    };
    let page = search.page.max(1);
    let query = users::Search { text: &search.text, role, cohort, page: page - 1, page_size: PAGE_SIZE };
    let (accounts, total) = users::search(&core.db, &query).await?;
    let cohorts = cohorts::visible_to(&core.db, viewer)
        .await?
        .into_iter()
        .map(|c| (c.id.to_string(), c.name))
        .collect();
    Ok(AccountsPage {
        accounts: accounts.iter().map(summary).collect(),
        total,
        page,
        pages: total.div_ceil(PAGE_SIZE).max(1),
        search,
        cohorts,
    })
}

/// One account as an admin sees it, with the temporary password of a reset they can hand over.
pub async fn account_detail(core: &Core, id: i64) -> Result<AccountDetail> {
    let account = existing(core, id).await?;
    let temporary_password = shown_temporary(core, &account);
    let mut memberships = Vec::new();
    for cohort in cohorts::of_trainee(&core.db, id).await? {
        if let Some(info) = cohorts::info(&core.db, cohort).await? {
            memberships.push(info.name);
        }
    }
    Ok(AccountDetail {
        summary: summary(&account),
        profile: account.profile.clone(),
        created: date_time(account.created_at),
        must_change_password: account.must_change_password,
        temporary_password,
        cohorts: memberships,
    })
}

/// The temporary password of a trainee's reset, for their instructors' page.
pub async fn temporary_for(core: &Core, id: i64) -> Result<Option<String>> {
    Ok(shown_temporary(core, &existing(core, id).await?))
}
