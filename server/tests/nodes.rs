//! Nodes on PostgreSQL, with the real `kujenga` binary. Two processes on one database, as two
//! nodes behind a load balancer with no sticky sessions: a session made on one works on the
//! other; a sign-out and a disabled account on one hold on the other within a second; the
//! sign-in limit holds for guesses split over both. And `kujenga copy-db` moves a SQLite pilot
//! onto PostgreSQL with nothing lost. Needs `KUJENGA_TEST_POSTGRES` (`make test` starts a
//! server); the tests' names start with `nodes_`.

mod support;

use std::time::{Duration, Instant};

use kujenga_core::accounts::{self, AccountForm};
use kujenga_core::storage;
use kujenga_types::{Profile, Role};
use support::process::{data_dir, free_port, request, start, wait_ready};

const PASSWORD: &str = "correct horse battery";

struct Node {
    port: u16,
    process: std::process::Child,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Creates accounts with [`PASSWORD`]; returns their ids in order.
async fn create_accounts(db: &storage::Db, people: &[(&str, Role)]) -> Vec<i64> {
    let mut ids = Vec::new();
    for &(username, role) in people {
        let form = AccountForm {
            username,
            display_name: username,
            role,
            password: PASSWORD,
            profile: Profile::default(),
        };
        ids.push(accounts::create(db, &form).await.unwrap());
    }
    ids
}

async fn node(name: &str, url: &str) -> Node {
    let port = free_port();
    let process = start(&data_dir(name), port, url);
    wait_ready(port).await;
    Node { port, process }
}

async fn sign_in(node: &Node, username: &str, password: &str) -> (u16, String) {
    let body = format!("username={username}&password={}&next=%2F", password.replace(' ', "+"));
    let (status, cookie, _) = request(node.port, "POST", "/api/sign-in", &body, None).await.expect("a reply");
    (status, cookie)
}

/// The status of the signed-in learner's own record on `node`: 200, or 401 when signed out.
async fn record(node: &Node, cookie: &str) -> u16 {
    request(node.port, "POST", "/api/record", "", Some(cookie)).await.expect("a reply").0
}

/// How long until `node` refuses `cookie`, polling; panics after 3 s.
async fn refused_after(node: &Node, cookie: &str, since: Instant) -> Duration {
    loop {
        if record(node, cookie).await == 401 {
            return since.elapsed();
        }
        assert!(since.elapsed() < Duration::from_secs(3), "still accepted 3 s later");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_share_sessions_changes_and_limits() {
    let url = support::postgres_database().await;
    let db = storage::open(&url).await.unwrap();
    let ids =
        create_accounts(&db, &[("amina", Role::Trainee), ("admin", Role::Admin), ("guessed", Role::Trainee)])
            .await;
    db.close().await;
    let amina_id = ids[0];
    let (a, b) = (node("node-a", &url).await, node("node-b", &url).await);

    // A session made on A works on B.
    let (status, amina) = sign_in(&a, "amina", PASSWORD).await;
    assert!(status < 400 && !amina.is_empty(), "signed in on A: {status}");
    assert_eq!(record(&b, &amina).await, 200, "A's session works on B");

    // Signed out on A: refused on B within a second (B had the session in memory).
    let since = Instant::now();
    let (status, _, _) = request(a.port, "POST", "/api/sign-out", "", Some(&amina)).await.unwrap();
    assert!(status < 400, "signed out on A: {status}");
    let took = refused_after(&b, &amina, since).await;
    assert!(took < Duration::from_secs(1), "the sign-out held on B after {took:?}");
    println!("sign-out on A refused on B after {took:?}");

    // Disabled on A: refused on B within a second.
    let (_, amina) = sign_in(&a, "amina", PASSWORD).await;
    assert_eq!(record(&b, &amina).await, 200);
    let (_, admin) = sign_in(&a, "admin", PASSWORD).await;
    let since = Instant::now();
    let body = format!("user={amina_id}&enabled=false");
    let (status, _, reply) =
        request(a.port, "POST", "/api/set-account-enabled", &body, Some(&admin)).await.unwrap();
    assert_eq!(status, 200, "{reply}");
    let took = refused_after(&b, &amina, since).await;
    assert!(took < Duration::from_secs(1), "the disabled account was refused on B after {took:?}");
    println!("account disabled on A refused on B after {took:?}");

    // 40 parallel wrong passwords, half to each node: at most 5 are checked.
    let ports = [a.port, b.port];
    let tries: Vec<_> = (0..40)
        .map(|i| {
            let port = ports[i % 2];
            tokio::spawn(async move {
                let body = "username=guessed&password=not+the+password+at+all&next=%2F";
                request(port, "POST", "/api/sign-in", body, None).await.map(|r| r.0)
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tries {
        statuses.push(t.await.unwrap().expect("a reply"));
    }
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!((checked, refused), (5, 35), "{statuses:?}");
    println!("40 wrong passwords over two nodes: {checked} checked, {refused} refused");
}

fn kujenga(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_kujenga"))
        .args(args)
        .output()
        .expect("the kujenga binary runs")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_start_from_a_pilot_copied_by_copy_db() {
    // A pilot on SQLite from before this version: its install secret still in a file.
    let dir = data_dir("pilot");
    let pilot = format!("sqlite://{}", dir.join("kujenga.db").display());
    let secret_hex = "ab".repeat(32);
    std::fs::write(dir.join("secret"), &secret_hex).unwrap();
    let db = storage::open(&pilot).await.unwrap();
    let ids = create_accounts(
        &db,
        &[("amina", Role::Trainee), ("kofi", Role::Trainee), ("grace", Role::Instructor)],
    )
    .await;
    let cohort = storage::cohorts::create(
        &db,
        &storage::cohorts::NewCohort { name: "Accra 2026", ..Default::default() },
    )
    .await
    .unwrap();
    let mut tx = db.begin().await.unwrap();
    storage::cohorts::add_member(&mut tx, cohort, ids[0], storage::cohorts::CohortRole::Trainee)
        .await
        .unwrap();
    storage::progress::complete(&mut tx, ids[0], "basics-first-lesson", None).await.unwrap();
    storage::progress::complete(&mut tx, ids[1], "basics-second", Some(0.75)).await.unwrap();
    tx.commit().await.unwrap();
    db.close().await;

    let target = support::postgres_database().await;
    let copied = kujenga(&["copy-db", "--from", &pilot, "--to", &target]);
    let said = String::from_utf8_lossy(&copied.stdout);
    assert!(copied.status.success(), "{said}{}", String::from_utf8_lossy(&copied.stderr));
    assert!(said.contains("every row count and checksum matches"), "{said}");
    let users_line = said.lines().find(|l| l.starts_with("users ")).expect("a line for users");
    assert_eq!(users_line.split_whitespace().take(3).collect::<Vec<_>>(), ["users", "3", "3"], "{said}");
    println!("{said}");

    let again = kujenga(&["copy-db", "--from", &pilot, "--to", &target]);
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("not empty"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );

    let db = storage::open(&target).await.unwrap();
    let secret = storage::install::secret(&db).await.unwrap().expect("the secret was copied");
    assert_eq!(secret, vec![0xab; 32], "the pilot's secret came with it: lab files stay the same");
    assert_eq!(storage::progress::completed(&db, ids[1]).await.unwrap().len(), 1);
    let form = AccountForm {
        username: "new.after.copy",
        display_name: "New",
        role: Role::Trainee,
        password: PASSWORD,
        profile: Profile::default(),
    };
    let new_id = accounts::create(&db, &form).await.expect("new accounts are numbered after the copied ones");
    assert!(new_id > ids[2]);
    db.close().await;

    let node = node("pilot-node", &target).await;
    let (status, cookie) = sign_in(&node, "amina", PASSWORD).await;
    assert!(status < 400 && !cookie.is_empty(), "a copied account signs in on PostgreSQL: {status}");
    assert_eq!(record(&node, &cookie).await, 200);
}
