//! The RFC 2350 audit lab: over many seeds, the missing item and the two swapped items are found
//! again by comparing the headings of `rfc2350-profile.txt` with the outline of RFC 2350,
//! Appendix D, and must equal the generator's key.

use std::collections::BTreeSet;

use curriculum::Expected;
use curriculum::labs::{self, seed};

const SEEDS: u32 = 300;

/// RFC 2350, Appendix D: the numbers of the outline, in order.
const OUTLINE: [&str; 33] = [
    "1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10",
    "2.11", "3", "3.1", "3.2", "3.3", "3.4", "4", "4.1", "4.2", "4.3", "5", "5.1", "5.1.1", "5.1.2", "5.1.3",
    "5.2", "6", "7",
];

fn index(number: &str) -> usize {
    OUTLINE.iter().position(|o| *o == number).unwrap_or_else(|| panic!("{number} is not in the outline"))
}

#[test]
fn rfc2350_audit_answers_follow_from_the_profile() {
    let g = labs::find("rfc2350-audit").expect("registered");
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let artifact = lab.artifacts.iter().find(|a| a.name == "rfc2350-profile.txt").unwrap();
        let profile = String::from_utf8(artifact.bytes.clone()).unwrap();
        // A heading starts at the margin with its number; the text under it is indented.
        let headings: Vec<&str> = profile
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
            .map(|l| l.split_whitespace().next().unwrap().trim_end_matches('.'))
            .collect();

        let present: BTreeSet<&str> = headings.iter().copied().collect();
        assert_eq!(present.len(), headings.len(), "no heading twice");
        let missing: Vec<&str> = OUTLINE.iter().copied().filter(|o| !present.contains(o)).collect();
        assert_eq!(missing.len(), 1, "one item missing:\n{profile}");
        assert_eq!(lab.key["missing_section"], Expected::One(missing[0].to_string()));
        assert_ne!(missing[0], "1.1", "the draft's own date and version is never the missing item");

        let mut sorted = headings.clone();
        sorted.sort_by_key(|n| index(n));
        let moved: Vec<&str> =
            headings.iter().zip(&sorted).filter(|(h, s)| h != s).map(|(h, _)| *h).collect();
        assert_eq!(moved.len(), 2, "two items out of place:\n{profile}");
        let mut swapped = moved;
        swapped.sort_by_key(|n| index(n));
        let Expected::Many(key) = &lab.key["swapped_sections"] else { panic!("a list") };
        assert_eq!(key.iter().map(String::as_str).collect::<Vec<_>>(), swapped);
        let parent = |n: &str| n.rsplit_once('.').map_or("", |(p, _)| p).to_string();
        assert_eq!(parent(swapped[0]), parent(swapped[1]), "both in one section");
        assert!(!parent(swapped[0]).is_empty(), "never two top-level sections:\n{profile}");
    }
}
