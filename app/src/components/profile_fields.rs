//! The fields of a person's profile, as the join form and the account page ask for them. Every
//! one is optional: programmes report by them, but nobody must give them.

use kujenga_types::Profile;
use kujenga_types::people::{GENDERS, JOBS};
use leptos::prelude::*;

/// Organisation, country, job and gender (and e-mail), filled with `current`.
pub fn profile_fields(current: &Profile) -> impl IntoView + use<> {
    let job = current.job.clone();
    let gender = current.gender.clone();
    view! {
        <fieldset>
            <legend>"About your work (optional: your programme reports by these, never by name)"</legend>
            <label>"E-mail" <input type="email" name="email" autocomplete="email" maxlength="120" value=current.email.clone() /></label>
            <label>"Organisation" <input name="organisation" autocomplete="organization" maxlength="120" value=current.organisation.clone() /></label>
            <label>
                "Country (two-letter code, such as KE, GH or LK)"
                <input name="country" autocomplete="country" maxlength="2" size="3" value=current.country.clone() />
            </label>
            <label>
                "What you do"
                <select name="job">
                    <option value="" selected=job.is_empty()>"(not given)"</option>
                    {JOBS.map(|j| view! { <option value=j selected=job == j>{j}</option> }).collect_view()}
                </select>
            </label>
            <label>
                "Gender"
                <select name="gender">
                    {GENDERS
                        .map(|g| {
                            let label = if g.is_empty() { "(not given)" } else { g };
                            view! { <option value=g selected=gender == g>{label}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
        </fieldset>
    }
}
