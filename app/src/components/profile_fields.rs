//! The fields of a person's profile, as the join form and the account page ask for them. Every
//! one is optional: programmes report by them, but nobody must give them.

use kujenga_types::Profile;
use kujenga_types::people::{GENDERS, JOBS};
use leptos::prelude::*;

use crate::i18n::{Msg, t};

/// Organisation, country, job and gender (and e-mail), filled with `current`.
pub fn profile_fields(current: &Profile) -> impl IntoView + use<> {
    let job = current.job.clone();
    let gender = current.gender.clone();
    view! {
        <fieldset>
            <legend>{t(Msg::ProfileLegend)}</legend>
            <label>{t(Msg::FieldEmail)} <input type="email" name="email" autocomplete="email" maxlength="120" value=current.email.clone() /></label>
            <label>{t(Msg::FieldOrganisation)} <input name="organisation" autocomplete="organization" maxlength="120" value=current.organisation.clone() /></label>
            <label>
                {t(Msg::FieldCountry)}
                <input name="country" autocomplete="country" maxlength="2" size="3" value=current.country.clone() />
            </label>
            <label>
                {t(Msg::FieldJob)}
                <select name="job">
                    <option value="" selected=job.is_empty()>{t(Msg::NotGiven)}</option>
                    {JOBS.map(|j| view! { <option value=j selected=job == j>{j}</option> }).collect_view()}
                </select>
            </label>
            <label>
                {t(Msg::FieldGender)}
                <select name="gender">
                    {GENDERS
                        .map(|g| {
                            let label = if g.is_empty() { t(Msg::NotGiven) } else { g };
                            view! { <option value=g selected=gender == g>{label}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
        </fieldset>
    }
}
