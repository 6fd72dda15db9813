use leptos::prelude::*;

use crate::components::layout::static_page;
use crate::i18n::{Msg, t};

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    static_page(t(Msg::NotFoundTitle), move || {
        view! {
            <h1>{t(Msg::NotFoundTitle)}</h1>
            <p><a href="/">{t(Msg::NotFoundGo)}</a></p>
        }
    })
}
