//! The scripts that bring a page's islands to life, written only on pages that have islands.
//! It does what Leptos's `HydrationScripts` does, but with the file names read once at start
//! instead of at every page (they carry content hashes, see `web::assets`), and the loader in
//! its own cached file instead of written into every page.

use leptos::prelude::*;

/// Preloads the island code and starts it once the page is idle.
#[component]
pub fn IslandScripts() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        let assets = crate::ssr::page::assets(&expect_context::<LeptosOptions>());
        view! {
            <link rel="modulepreload" href=format!("/pkg/{}.js", assets.js) />
            <link rel="preload" href=format!("/pkg/{}.wasm", assets.wasm) r#as="fetch" r#type="application/wasm" crossorigin="" />
            <script type="module" src=assets.loader_path.clone()></script>
        }
    }
}
