//! Admission: pages are rendered a few at a time, in the order they were asked for.
//!
//! Rendering is CPU work on two cores. With a hundred requests rendering at once, each holds
//! its half-built page in memory and the scheduler serves them in no particular order, so
//! some wait far longer than others. A fair (first come, first served) semaphore bounds both:
//! a few pages render at a time, and the rest wait their turn. What waits: GET and HEAD, except
//! the static files under /pkg and /islands. A form post may be an answer waiting for its group
//! commit, and holding a slot for that would leave the cores idle.
//!
//! A page that has neither started nor finished within `patience` is answered 503 with
//! `Retry-After`, and its slot freed: a stuck render cannot keep a slot.
//!
//! Measured A/B on the bench's lesson page at 100 connections, eight slots against none: p99
//! 35-87 -> 28 ms and peak memory 38-40 -> 33 MB, for 5-10% fewer pages a second.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::header::RETRY_AFTER;
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::sync::Semaphore;

#[derive(Clone)]
pub struct Admission {
    slots: Arc<Semaphore>,
    patience: Duration,
}

impl Admission {
    pub fn new(slots: usize, patience: Duration) -> Self {
        Admission { slots: Arc::new(Semaphore::new(slots)), patience }
    }

    /// Four renders per core: every core stays busy while a page awaits its data, and a few slow
    /// pages (a dashboard building its figures) leave room for the others.
    pub fn for_this_machine() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Admission::new(4 * cores, Duration::from_secs(30))
    }
}

fn waits(req: &Request) -> bool {
    let path = req.uri().path();
    matches!(*req.method(), Method::GET | Method::HEAD)
        && !path.starts_with("/pkg/")
        && !path.starts_with("/islands/")
}

pub async fn admit(State(admission): State<Admission>, req: Request, next: Next) -> Response {
    if !waits(&req) {
        return next.run(req).await;
    }
    let render = async {
        // The semaphore is never closed, so a slot always comes.
        let _slot = admission.slots.acquire().await;
        next.run(req).await
    };
    match tokio::time::timeout(admission.patience, render).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!("a page waited or rendered for over {:?}; answered 503", admission.patience);
            let message = "The server is busy. Please try again in a few seconds.";
            (StatusCode::SERVICE_UNAVAILABLE, [(RETRY_AFTER, "5")], message).into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use axum::Router;
    use axum::body::Body;
    use axum::routing::get;
    use tower::ServiceExt;

    use super::*;

    fn request(method: &str, path: &str) -> Request {
        Request::builder().method(method).uri(path).body(Body::empty()).unwrap()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn pages_render_no_more_at_once_than_the_slots_and_posts_do_not_wait() {
        static RUNNING: AtomicUsize = AtomicUsize::new(0);
        static MOST: AtomicUsize = AtomicUsize::new(0);
        async fn render() -> &'static str {
            let now = RUNNING.fetch_add(1, Ordering::SeqCst) + 1;
            MOST.fetch_max(now, Ordering::SeqCst);
            for _ in 0..20 {
                tokio::task::yield_now().await;
            }
            RUNNING.fetch_sub(1, Ordering::SeqCst);
            "page"
        }
        let admission = Admission::new(2, Duration::from_secs(30));
        let app = Router::new()
            .route("/", get(render).post(render))
            .route("/pkg/kujenga.css", get(render))
            .layer(axum::middleware::from_fn_with_state(admission.clone(), admit));
        let send = |method: &str, path: &str| tokio::spawn(app.clone().oneshot(request(method, path)));

        let pages: Vec<_> = (0..16).map(|_| send("GET", "/")).collect();
        for page in pages {
            assert_eq!(page.await.unwrap().unwrap().status(), 200);
        }
        let most = MOST.swap(0, Ordering::SeqCst);
        assert!((1..=2).contains(&most), "{most} pages rendered at once with 2 slots");

        let _all_taken = admission.slots.acquire_many(2).await.unwrap();
        for (method, path) in [("POST", "/"), ("GET", "/pkg/kujenga.css")] {
            let reply = tokio::time::timeout(Duration::from_secs(5), send(method, path)).await;
            let status = reply.expect("answered without a slot").unwrap().unwrap().status();
            assert_eq!(status, 200, "{method} {path} while every slot is taken");
        }
    }

    #[tokio::test]
    async fn a_page_that_never_finishes_gets_503_and_frees_its_slot() {
        async fn stuck() -> &'static str {
            std::future::pending().await
        }
        let admission = Admission::new(1, Duration::from_millis(50));
        let app = Router::new()
            .route("/stuck", get(stuck))
            .route("/", get(|| async { "page" }))
            .layer(axum::middleware::from_fn_with_state(admission, admit));

        let reply = app.clone().oneshot(request("GET", "/stuck")).await.unwrap();
        assert_eq!(reply.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(reply.headers()[RETRY_AFTER], "5");
        let next = app.oneshot(request("GET", "/")).await.unwrap();
        assert_eq!(next.status(), 200, "the stuck page's slot was freed");
    }
}
