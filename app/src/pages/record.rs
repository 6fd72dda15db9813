use leptos::prelude::*;

use kujenga_types::answers::{ReviewState, Verdict};
use kujenga_types::record::MyRecord;

use crate::api::people::record_page;
use crate::components::layout::{fetch, page};
use crate::i18n::{Msg, day, moment, t, tr, whole_percent};
use crate::pages::credentials::credential_list;

/// A trainee's own record: progress, scores, submissions and reviews, and all their data to
/// download.
#[component]
pub fn RecordPage() -> impl IntoView {
    let data = fetch(|| (), |_| record_page());
    page(t(Msg::RecordTitle), data, render)
}

fn render(r: MyRecord) -> impl IntoView {
    let finished: Vec<_> = r.items.iter().filter(|i| i.completed_on.is_some()).cloned().collect();
    let given = |v: &str| if v.is_empty() { t(Msg::RecordNotGiven).to_string() } else { v.to_string() };
    view! {
        <h1>{t(Msg::RecordTitle)}</h1>
        <p>
            {t(Msg::RecordIntro)}" "
            <a href="/record.json" download>{t(Msg::RecordJson)}</a>
            " "{t(Msg::RecordOr)}" "
            <a href="/record.csv" download>{t(Msg::RecordCsv)}</a>
            "."
        </p>
        <dl class="profile">
            <dt>{t(Msg::RecordName)}</dt><dd>{r.display_name.clone()}</dd>
            <dt>{t(Msg::FieldUsername)}</dt><dd>{r.username.clone()}</dd>
            <dt>{t(Msg::FieldOrganisation)}</dt><dd>{given(&r.profile.organisation)}</dd>
            <dt>{t(Msg::RecordCountry)}</dt><dd>{given(&r.profile.country)}</dd>
            <dt>{t(Msg::NavCohorts)}</dt><dd>{if r.cohorts.is_empty() { t(Msg::RecordNone).to_string() } else { r.cohorts.join(", ") }}</dd>
        </dl>
        <h2>{t(Msg::CredentialsTitle)}</h2>
        {credential_list(r.credentials.clone(), None)}
        <h2>{tr(Msg::RecordFinished, &[("done", finished.len().into()), ("count", r.items.len().into())])}</h2>
        <table>
            <thead>
                <tr>
                    <th scope="col">{t(Msg::RecordItem)}</th>
                    <th scope="col">{t(Msg::RecordFinishedOn)}</th>
                    <th scope="col">{t(Msg::RecordScore)}</th>
                </tr>
            </thead>
            <tbody>
                {finished.into_iter().map(|i| view! {
                    <tr>
                        <th scope="row"><a href=format!("/learn/{}", i.id)>{i.title}</a></th>
                        <td>{i.completed_on.as_deref().map(day).unwrap_or_default()}</td>
                        <td>{i.score.map_or("–".to_string(), whole_percent)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <h2>{t(Msg::RecordReviews)}</h2>
        {if r.reviews.is_empty() {
            view! { <p>{t(Msg::RecordNoneYet)}</p> }.into_any()
        } else {
            view! {
                <ul>
                    {r.reviews.iter().map(|v| {
                        let state = t(match v.state {
                            ReviewState::Pending => Msg::RecordStatePending,
                            ReviewState::Accepted => Msg::RecordStateAccepted,
                            ReviewState::Returned => Msg::RecordStateReturned,
                        });
                        let line = if v.comment.is_empty() { Msg::RecordReview } else { Msg::RecordReviewComment };
                        let args = [
                            ("item", v.item.as_str().into()),
                            ("question", v.question.as_str().into()),
                            ("state", state.into()),
                            ("comment", v.comment.as_str().into()),
                        ];
                        view! { <li>{tr(line, &args)}</li> }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <h2>{t(Msg::RecordAnswers)}</h2>
        <table>
            <thead>
                <tr>
                    <th scope="col">{t(Msg::RecordWhen)}</th>
                    <th scope="col">{t(Msg::RecordItem)}</th>
                    <th scope="col">{t(Msg::RecordQuestion)}</th>
                    <th scope="col">{t(Msg::RecordAnswer)}</th>
                    <th scope="col">{t(Msg::RecordResult)}</th>
                </tr>
            </thead>
            <tbody>
                {r.submissions.iter().map(|s| {
                    let verdict = t(match s.verdict {
                        Verdict::Correct => Msg::RecordVerdictCorrect,
                        Verdict::Wrong => Msg::RecordVerdictWrong,
                        Verdict::Review => Msg::RecordVerdictReview,
                    });
                    view! {
                        <tr><td>{moment(&s.at)}</td><td>{s.item.clone()}</td><td>{s.question.clone()}</td><td><code>{s.answer.clone()}</code></td><td>{verdict}</td></tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
