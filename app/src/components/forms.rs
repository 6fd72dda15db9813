//! Forms in islands: each is a plain HTML form that posts to its server function (so it works
//! without JavaScript); once the island is live, its submit handler calls the server function
//! instead, without a page load. Reading the fields by hand keeps Leptos's form decoder (and
//! its query-string parser) out of the WebAssembly that learners download.

use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{FormData, HtmlFormElement, SubmitEvent};

/// The submitted form and its fields, having stopped the browser's own post. `None` (and the
/// browser posts) if the form cannot be read.
pub fn take_submission(ev: &SubmitEvent) -> Option<(HtmlFormElement, FormData)> {
    let form = ev.target()?.dyn_into::<HtmlFormElement>().ok()?;
    let data = FormData::new_with_form(&form).ok()?;
    ev.prevent_default();
    Some((form, data))
}

/// A text field of a submitted form.
pub fn field(data: &FormData, name: &str) -> Option<String> {
    data.get(name).as_string()
}
