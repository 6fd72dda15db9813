use leptos::prelude::*;

/// On a team's page: asks the server now and then how many injects the team has, and when
/// there are more than the page shows, says so with a link that reloads it. The page reloads
/// by itself when nothing has been typed, so that no half-written answer is lost. Without
/// JavaScript, reloading the page shows new injects.
#[island]
pub fn InjectWatch(run: i64, count: usize, news: String, show: String) -> impl IntoView {
    let arrived = RwSignal::new(false);
    let hydrated = RwSignal::new(false);
    Effect::new(move || {
        hydrated.set(true);
        watch(run, count, arrived);
    });
    view! {
        <div class="inject-watch" data-hydrated=move || hydrated.get().to_string() aria-live="polite">
            <Show when=move || arrived.get()>
                <p class="flash">{news.clone()}" "<a href="">{show.clone()}</a></p>
            </Show>
        </div>
    }
}

/// Looks for new injects every 20 seconds: light on a slow link (a few hundred bytes each).
#[cfg(feature = "hydrate")]
fn watch(run: i64, count: usize, arrived: RwSignal<bool>) {
    use crate::api::exercises::released_count;
    use leptos::wasm_bindgen::JsCast;
    use leptos::wasm_bindgen::closure::Closure;
    // Anything typed or chosen on the page: a reload would lose it.
    let typed = RwSignal::new(false);
    let on_input = Closure::<dyn Fn()>::new(move || typed.set(true));
    let _ = document().add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    on_input.forget();
    let tick = Closure::<dyn Fn()>::new(move || {
        if arrived.get_untracked() {
            return;
        }
        leptos::task::spawn_local(async move {
            if let Ok(now) = released_count(run).await
                && now > count
            {
                arrived.set(true);
                if !typed.get_untracked() {
                    let _ = window().location().reload();
                }
            }
        });
    });
    let _ = window()
        .set_interval_with_callback_and_timeout_and_arguments_0(tick.as_ref().unchecked_ref(), 20_000);
    tick.forget();
}

/// On the server, the page is only drawn.
#[cfg(not(feature = "hydrate"))]
fn watch(_: i64, _: usize, _: RwSignal<bool>) {}
