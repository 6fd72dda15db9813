//! Offence mapping: four short case reports, each to be mapped to the articles of the Budapest
//! Convention it engages. Keys: the set of articles for each case.

use std::collections::BTreeMap;

use super::rng::Rng;
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct OffenceMapping;

/// Case templates: the story (with `{name}`, `{org}` and `{n}` filled in) and its articles.
pub const CASES: &[(&str, &[&str])] = &[
    (
        "{name} guessed the password of a colleague's webmail account at {org} and read her messages for a week.",
        &["Art 2"],
    ),
    (
        "{name} fitted a small device to the network cable of {org} that copied every message passing through it to a memory card.",
        &["Art 3"],
    ),
    (
        "{name} ran ransomware that encrypted the files on {n} computers of {org} and stopped its billing system for two days.",
        &["Art 4", "Art 5"],
    ),
    (
        "{name} flooded the web server of {org} with traffic from {n} hijacked devices until the public could not reach it.",
        &["Art 5"],
    ),
    (
        "{name} sold lists of {n} stolen usernames and passwords for {org} customers on an online forum, knowing buyers would use them to break in.",
        &["Art 6"],
    ),
    (
        "{name} altered the data of an electronic invoice so that it appeared to come from {org}, and sent it to be relied on as genuine.",
        &["Art 7"],
    ),
    // Art 8 alone: the loss is stated, and nothing says that false data were meant to be relied
    // on as genuine (the lab page's rule 6). Keep "genuine", "authentic" and "relied on" out of
    // this case and in the Art 7 case above.
    (
        "{name}, a payments clerk, changed the account number stored in {org}'s payment system so that {n} payments were sent to an account the clerk controlled, and {org} lost the money.",
        &["Art 8"],
    ),
    (
        "{name} knowingly rented out the servers that another person used to flood the website of {org} with traffic until it stopped working.",
        &["Art 5", "Art 11"],
    ),
    (
        "A manager of {org}, acting for the company's benefit, had an employee break into a competitor's server to copy its price lists; the company is prosecuted.",
        &["Art 2", "Art 12"],
    ),
];

const NAMES: &[&str] =
    &["Mr Banda", "Ms Okafor", "Mr Silva", "Ms Nguyen", "Mr Haddad", "Ms Mensah", "Mr Kariuki", "Ms Diop"];
const ORGS: &[&str] = &[
    "the Ministry of Health",
    "Lakeside Bank",
    "the national port authority",
    "a city water utility",
    "SunRise Telecom",
    "the university",
];

impl Generator for OffenceMapping {
    fn id(&self) -> &'static str {
        "offence-mapping"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["case_1", "case_2", "case_3", "case_4"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let indexes: Vec<usize> = (0..CASES.len()).collect();
        let chosen = rng.sample(&indexes, 4);
        let mut text = String::from(
            "CASE REPORTS FOR LEGAL ASSESSMENT\nMap each case to the articles of the Convention on Cybercrime it engages.\n",
        );
        let mut key = BTreeMap::new();
        for (n, &i) in chosen.iter().enumerate() {
            let (story, articles) = CASES[i];
            let (name, org) = (*rng.pick(NAMES), *rng.pick(ORGS));
            let story = story
                .replace("{name}", name)
                .replace("{org}", org)
                .replace("{n}", &rng.range(12, 900).to_string());
            text.push_str(&format!("\nCase {}: {story}\n", n + 1));
            let name = ["case_1", "case_2", "case_3", "case_4"][n];
            key.insert(name, Expected::Many(articles.iter().map(|a| a.to_string()).collect()));
        }
        Generated {
            artifacts: vec![Artifact {
                name: "cases.txt".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: text.into_bytes(),
            }],
            key,
        }
    }
}
