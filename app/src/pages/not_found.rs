use leptos::prelude::*;

use crate::components::layout::static_page;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    static_page("Not found", move || {
        view! {
            <h1>"Page not found"</h1>
            <p><a href="/">"Go to the catalog"</a></p>
        }
    })
}
