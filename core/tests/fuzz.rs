//! Fuzzing the CSV import, the one parser of the core: any file an instructor pastes is read
//! without a panic, and every problem found names its line. `make fuzz` sets `FUZZ_SECONDS`.

mod support;

use std::time::{Duration, Instant};

use kujenga_core::import;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn csv_text() -> impl Strategy<Value = String> {
    let cell = prop_oneof![
        Just(String::new()),
        "[A-Za-z .@-]{0,20}",
        Just("\"quoted, with comma\"".to_string()),
        Just("\"doubled \"\" quote\"".to_string()),
        Just("\"line\nbreak\"".to_string()),
        Just("\"never closed".to_string()),
        Just("=HYPERLINK(\"x\")".to_string()),
        Just("KE".to_string()),
        Just("Ghana".to_string()),
        any::<String>().prop_map(|s| s.chars().take(12).collect()),
    ];
    let header = prop::sample::subsequence(
        vec!["name", "username", "email", "organisation", "country", "role", "gender", "shoe size"],
        0..8,
    )
    .prop_map(|h| h.join(","));
    let row = prop::collection::vec(cell, 0..9).prop_map(|cells| cells.join(","));
    let ending = prop::sample::select(vec!["\n", "\r\n", "\r", ""]);
    (header, prop::collection::vec(row, 0..12), ending, any::<bool>()).prop_map(
        |(header, rows, ending, bom)| {
            let body = std::iter::once(header).chain(rows).collect::<Vec<_>>().join(ending);
            if bom { format!("\u{feff}{body}") } else { body }
        },
    )
}

#[test]
fn any_pasted_file_is_read_and_every_problem_names_its_line() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let core = runtime.block_on(support::core());
    let seconds: Option<u64> = std::env::var("FUZZ_SECONDS").ok().and_then(|s| s.parse().ok());
    let deadline = seconds.map(|s| Instant::now() + Duration::from_secs(s));
    let mut cases = 0;
    loop {
        let mut runner =
            TestRunner::new(Config { cases: 200, failure_persistence: None, ..Config::default() });
        let result = runner.run(&csv_text(), |text| {
            match runtime.block_on(import::check(&core.db, &text)) {
                Ok(checked) => {
                    for problem in &checked.problems {
                        let problem = problem.write(kujenga_types::Language::En);
                        prop_assert!(
                            problem.starts_with("line ") || problem.starts_with("the file has"),
                            "{problem}"
                        );
                    }
                    for row in &checked.rows {
                        prop_assert!(row.line >= 2, "data starts on line 2: {row:?}");
                    }
                }
                Err(kujenga_core::Error::App(kujenga_types::AppError::Invalid { field, message })) => {
                    prop_assert_eq!(field, kujenga_types::Msg::FieldCsv);
                    let message = message.write(kujenga_types::Language::En);
                    prop_assert!(message.contains("line") || message.contains("empty"), "{}", message);
                }
                Err(other) => prop_assert!(false, "{other}"),
            }
            Ok(())
        });
        if let Err(failure) = result {
            panic!("csv import: {failure}");
        }
        cases += 200;
        if deadline.is_none_or(|d| Instant::now() >= d) {
            break;
        }
    }
    println!("fuzz csv import: {cases} cases, no failure");
}
