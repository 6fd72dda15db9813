use leptos::prelude::*;

use kujenga_types::answers::ReviewState;
use kujenga_types::record::MyRecord;

use crate::api::people::record_page;
use crate::components::layout::{fetch, page};

/// A trainee's own record: progress, scores, submissions and reviews, and all their data to
/// download.
#[component]
pub fn RecordPage() -> impl IntoView {
    let data = fetch(|| (), |_| record_page());
    page("Your record", data, render)
}

fn render(r: MyRecord) -> impl IntoView {
    let finished: Vec<_> = r.items.iter().filter(|i| i.completed_on.is_some()).cloned().collect();
    let given = |v: &str| if v.is_empty() { "not given".to_string() } else { v.to_string() };
    view! {
        <h1>"Your record"</h1>
        <p>
            "Everything Kujenga holds about you: "
            <a href="/record.json" download>"download it as JSON"</a>
            " or "
            <a href="/record.csv" download>"as a spreadsheet (CSV)"</a>
            "."
        </p>
        <dl class="profile">
            <dt>"Name"</dt><dd>{r.display_name.clone()}</dd>
            <dt>"Username"</dt><dd>{r.username.clone()}</dd>
            <dt>"Organisation"</dt><dd>{given(&r.profile.organisation)}</dd>
            <dt>"Country"</dt><dd>{given(&r.profile.country)}</dd>
            <dt>"Cohorts"</dt><dd>{if r.cohorts.is_empty() { "none".to_string() } else { r.cohorts.join(", ") }}</dd>
        </dl>
        <h2>{format!("Finished: {} of {} lessons and labs", finished.len(), r.items.len())}</h2>
        <table>
            <thead><tr><th scope="col">"Lesson or lab"</th><th scope="col">"Finished on"</th><th scope="col">"Score"</th></tr></thead>
            <tbody>
                {finished.into_iter().map(|i| view! {
                    <tr>
                        <th scope="row"><a href=format!("/learn/{}", i.id)>{i.title}</a></th>
                        <td>{i.completed_on.unwrap_or_default()}</td>
                        <td>{i.score.map_or("–".to_string(), |s| format!("{s}%"))}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <h2>"Reviews of your written answers"</h2>
        {if r.reviews.is_empty() {
            view! { <p>"None yet."</p> }.into_any()
        } else {
            view! {
                <ul>
                    {r.reviews.iter().map(|v| {
                        let state = match v.state {
                            ReviewState::Pending => "waiting for your instructor",
                            ReviewState::Accepted => "accepted",
                            ReviewState::Returned => "returned to you",
                        };
                        let comment = (!v.comment.is_empty()).then(|| format!(": “{}”", v.comment));
                        view! { <li>{format!("{} ({}): {state}", v.item, v.question)}{comment}</li> }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <h2>"Your answers"</h2>
        <table>
            <thead><tr><th scope="col">"When (UTC)"</th><th scope="col">"Lesson or lab"</th><th scope="col">"Question"</th><th scope="col">"Answer"</th><th scope="col">"Result"</th></tr></thead>
            <tbody>
                {r.submissions.iter().map(|s| view! {
                    <tr><td>{s.at.clone()}</td><td>{s.item.clone()}</td><td>{s.question.clone()}</td><td><code>{s.answer.clone()}</code></td><td>{s.verdict.as_str()}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
