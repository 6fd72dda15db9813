//! Extradition: a requested State's summary of an extradition request for a Convention offence,
//! with the penalty clauses of both States' laws, the treaty position and the person's
//! nationality. Keys: the minimum penalty that applies (one year under Art 24(1)(a), or a
//! treaty's own minimum under Art 24(1)(b)), each State's maximum term in years, whether the
//! offence is extraditable, and what follows from the requested State's bar on extraditing its
//! nationals (Art 24(6)).

use std::collections::BTreeMap;

use time::Duration;

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct Extradition;

/// What follows from the bar on extraditing nationals, as the lab's choice question lists it.
pub const AFTER_REFUSAL: [&str; 3] = [
    "Article 24(6) does not arise: the offence does not reach the penalty threshold, so the request fails under Article 24(1) whatever his or her nationality",
    "The request can go ahead: the person is not a national of the requested State, so its bar on extraditing nationals does not apply",
    "The requested State may refuse, but at the request of the requesting State it must submit the case to its own authorities for prosecution and report the final outcome (Art 24(6))",
];

/// Fictional States: their laws are invented for the exercise, so no real Party's penalties
/// are misstated.
const STATES: &[&str] = &["Amaru", "Belosia", "Corvania", "Duvessa", "Estoria", "Faranda"];

/// Longest terms of imprisonment a law may set, in months (0: a fine only), in the law's words.
/// Every term that is not whole years is a whole number of years and six months, which
/// `years` relies on.
const TERMS: &[(u64, &str)] = &[
    (0, ""),
    (6, "six months"),
    (12, "one year"),
    (18, "eighteen months"),
    (24, "two years"),
    (36, "three years"),
    (60, "five years"),
    (84, "seven years"),
    (120, "ten years"),
];

/// The conduct: the facts, the offence's name in each State's law, and its definition (the
/// same conduct, under different names, as dual criminality allows).
const CONDUCT: &[(&str, &str, &str, &str)] = &[
    (
        "{name} logged in to the e-mail server of {victim} in {a} with a stolen password, without right, and read the mailboxes of {n} members of staff.",
        "unauthorised access to a computer system",
        "computer trespass",
        "Any person who, intentionally and without right, accesses the whole or any part of a computer system",
    ),
    (
        "{name} flooded the online payment system of {victim} in {a} with traffic from {n} hijacked devices, so that customers could not pay for two days.",
        "interference with a computer system",
        "obstruction of computer services",
        "Any person who, intentionally and without right, seriously hinders the functioning of a computer system by inputting or transmitting computer data",
    ),
    (
        "{name} changed the payment data in the systems of {victim} in {a}, so that {n} payments went to accounts that {name} controlled and {victim} lost the money.",
        "computer-related fraud",
        "obtaining property by computer manipulation",
        "Any person who, intentionally and without right, causes a loss of property to another person by altering computer data, with the intent of procuring an economic benefit",
    ),
    (
        "{name} ran ransomware that encrypted the files on {n} computers of {victim} in {a}.",
        "damage to computer data",
        "data interference",
        "Any person who, intentionally and without right, damages, deletes, alters or suppresses computer data",
    ),
];

const PEOPLE: &[&str] =
    &["Daniel Osei", "Maria Gomez", "Ibrahim Sow", "Lina Haddad", "Peter Njoroge", "Rosa Tavares"];
const VICTIMS: &[&str] =
    &["the national water utility", "Harbour Bank", "the Ministry of Lands", "a regional hospital"];
const LAWS: &[&str] = &["Penal Code", "Cybercrime Act", "Computer Misuse Act"];

/// Months as the years the lab asks for: 6 gives "0.5", 18 gives "1.5", 24 gives "2".
fn years(months: u64) -> String {
    if months.is_multiple_of(12) { (months / 12).to_string() } else { format!("{}.5", months / 12) }
}

/// The penalty clause of a law whose longest term is `months`.
fn penalty(rng: &mut Rng, months: u64, words: &str) -> String {
    if months == 0 {
        return format!("shall be liable to a fine not exceeding {} penalty units.", rng.range(5, 50) * 100);
    }
    // Some laws also set a minimum term; the threshold looks only at the maximum.
    if months >= 12 && rng.below(2) == 0 {
        let least = *rng.pick(&["three months", "six months"]);
        return format!(
            "shall be liable to imprisonment for a term of not less than {least} and not more than {words}."
        );
    }
    format!("shall be liable to imprisonment for a term not exceeding {words}, or to a fine, or to both.")
}

impl Generator for Extradition {
    fn id(&self) -> &'static str {
        "extradition"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["threshold", "requesting_max", "requested_max", "extraditable", "after_refusal"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let states = rng.sample(STATES, 2);
        let (a, b) = (states[0], states[1]);
        let (facts, name_a, name_b, definition) = *rng.pick(CONDUCT);
        let name = *rng.pick(PEOPLE);
        let victim = *rng.pick(VICTIMS);
        let (months_a, words_a) = *rng.pick(TERMS);
        let (months_b, words_b) = *rng.pick(TERMS);
        let clause_a = penalty(&mut rng, months_a, words_a);
        let clause_b = penalty(&mut rng, months_b, words_b);
        let received = calendar::datetime(2026, rng.range(30, 330) as u16, 0).date();
        let arrested = received - Duration::days(rng.range(2, 20) as i64);
        let born = calendar::datetime(rng.range(1975, 2003) as i32, rng.range(1, 365) as u16, 0).date();
        // Two persons in three are the requested State's nationals, so that Art 24(6) is often
        // at stake.
        let national_of_b = rng.below(3) < 2;
        let nationality = if national_of_b { b } else { a };

        let signed = rng.range(1985, 2015);
        let (treaty, threshold_months) = match rng.below(3) {
            0 => (
                format!(
                    "There is no extradition treaty between {a} and {b}. The law of {b} accepts the Convention as the legal basis for extradition (Article 24(3))."
                ),
                12,
            ),
            1 => (
                format!(
                    "The extradition treaty between {a} and {b}, signed in {signed}, applies. It lists no offences and sets no minimum penalty of its own."
                ),
                12,
            ),
            _ => (
                format!(
                    "The extradition treaty between {a} and {b}, signed in {signed}, applies. Its Article 2 reads: \"Extradition shall be granted for offences punishable under the laws of both Parties by deprivation of liberty for a maximum period of at least two years.\""
                ),
                24,
            ),
        };
        let extraditable = months_a >= threshold_months && months_b >= threshold_months;
        let after_refusal = match (extraditable, national_of_b) {
            (false, _) => AFTER_REFUSAL[0],
            (true, false) => AFTER_REFUSAL[1],
            (true, true) => AFTER_REFUSAL[2],
        };

        let facts = facts
            .replace("{name}", name)
            .replace("{victim}", victim)
            .replace("{a}", a)
            .replace("{n}", &rng.range(12, 400).to_string());
        let text = format!(
            "MINISTRY OF JUSTICE OF {}, INTERNATIONAL COOPERATION DESK\n\
             Extradition file EXT-{}-2026, received {received}\n\n\
             Requesting State: {a}\nRequested State: {b}\n\
             Both States are Parties to the Convention on Cybercrime. (They are fictional States.)\n\n\
             1. Person sought\n\
             {name}, born {born}, a national of {nationality}. {name} lives in {b} and was arrested there on {arrested} on a provisional arrest warrant.\n\n\
             2. Facts alleged\n{facts}\n\n\
             3. The offence under the law of the requesting State\n\
             {} of {a}, section {} ({name_a}):\n\"{definition} {clause_a}\"\n\n\
             4. The offence under the law of the requested State\n\
             {} of {b}, section {} ({name_b}):\n\"{definition} {clause_b}\"\n\n\
             5. Treaties\n{treaty}\n\n\
             6. Nationals\n\
             Constitution of {b}, article {}: \"No national of {b} shall be extradited to a foreign State.\"\n\n\
             7. Note from the requesting State\n\
             The prosecutor of {a} writes that, if {name} is convicted, a sentence of about {} months is likely.\n",
            b.to_uppercase(),
            rng.code(5),
            rng.pick(LAWS),
            rng.range(100, 420),
            rng.pick(LAWS),
            rng.range(100, 420),
            rng.range(20, 60),
            rng.range(4, 30),
        );

        let mut key = BTreeMap::new();
        key.insert("threshold", Expected::One(years(threshold_months)));
        key.insert("requesting_max", Expected::One(years(months_a)));
        key.insert("requested_max", Expected::One(years(months_b)));
        let verdict = if extraditable { "Yes" } else { "No" };
        key.insert("extraditable", Expected::One(verdict.to_string()));
        key.insert("after_refusal", Expected::One(after_refusal.to_string()));
        Generated {
            artifacts: vec![Artifact {
                name: "extradition-file.txt".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: text.into_bytes(),
            }],
            key,
        }
    }
}
