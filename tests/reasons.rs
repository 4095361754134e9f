//! The words people read, as reviewed snapshots: for every golden case
//! (the Short Guide's, MoJ's and our own boundary cases), each disposal's
//! caveats and each reason — the rule that fired, its source, and its text.
//! A change to any of them shows as a diff here; `UPDATE_EXPECT=1 cargo
//! test --test reasons` writes the new words for review.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;

use common::{cases, BOUNDARIES, EW_BOUNDARIES, EW_MOJ, SHORT_GUIDE};
use expect_test::{expect_file, ExpectFile};
use ni_record_check::rules::{assess, parse_any_case_problems};
use std::fmt::Write as _;

/// Every case of a golden file: its name, then per disposal its caveats and
/// reasons, one to a line.
fn reasons_of(file: &str) -> String {
    let mut out = String::new();
    for entry in cases(file) {
        let name = entry["name"].as_str().unwrap_or("?");
        let case = parse_any_case_problems(&entry["case"].to_string()).expect(name);
        let a = serde_json::to_value(assess(&case).expect(name)).unwrap();
        let _ = writeln!(out, "## {name}");
        for d in a["disposals"].as_array().unwrap() {
            let _ = writeln!(
                out,
                "- {} caveats {}",
                d["id"].as_str().unwrap(),
                d["caveats"]
            );
            for r in d["reasons"].as_array().unwrap() {
                let _ = writeln!(
                    out,
                    "  - {} [{}] {}",
                    r["rule"].as_str().unwrap(),
                    r["source"].as_str().unwrap(),
                    r["text"].as_str().unwrap()
                );
            }
        }
    }
    out
}

fn check(file: &str, snapshot: ExpectFile) {
    snapshot.assert_eq(&reasons_of(file));
}

#[test]
fn short_guide_reasons() {
    check(
        SHORT_GUIDE,
        expect_file!["snapshots/short-guide-reasons.md"],
    );
}

#[test]
fn ni_boundary_reasons() {
    check(BOUNDARIES, expect_file!["snapshots/ni-boundary-reasons.md"]);
}

#[test]
fn moj_scenario_reasons() {
    check(EW_MOJ, expect_file!["snapshots/ew-moj-reasons.md"]);
}

#[test]
fn ew_boundary_reasons() {
    check(
        EW_BOUNDARIES,
        expect_file!["snapshots/ew-boundary-reasons.md"],
    );
}
