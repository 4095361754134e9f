//! The project keeps its own copies of the rules' data files, so it builds
//! and tests on its own. Where the rules folder is beside the project
//! (`../shared/rules`), each copy must be byte-for-byte the same as it; under
//! CI it must be there (`common::shared_file`).
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;

use std::fs;
use std::path::Path;

/// Fails if `ours` differs from `theirs`; passes (and says so) when the
/// shared file is not there, except under CI.
fn same_as_shared(ours: &str, theirs: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ours_path = root.join(ours);
    let theirs_path = root.join(theirs);
    let ours_bytes =
        fs::read(&ours_path).unwrap_or_else(|e| panic!("reading {}: {e}", ours_path.display()));
    let Some(theirs_bytes) = common::shared_file(theirs) else {
        return;
    };
    assert!(
        ours_bytes == theirs_bytes,
        "{ours} differs from {}: copy it again (cp {theirs} {ours})",
        theirs_path.display()
    );
}

#[test]
fn specified_offences_are_the_rules_list() {
    same_as_shared(
        "data/specified-offences-ni.txt",
        "../shared/rules/specified-offences-ni.txt",
    );
}

#[test]
fn ew_moj_scenarios_are_the_shared_cases() {
    same_as_shared(
        "tests/data/ew-moj-scenarios.json",
        "../shared/cases/ew-moj-scenarios.json",
    );
}

#[test]
fn offence_table_is_the_rules_table() {
    same_as_shared("data/offences-ni.json", "../shared/rules/offences-ni.json");
}

/// Every specified offence of the table names a paragraph that the list
/// has (rules v3: assault on police and aggravated assault now through
/// (jj), so there are no exceptions).
#[test]
fn specified_offences_of_the_table_are_in_the_list() {
    use ni_record_check::rules::ni::offences::OFFENCES;
    use ni_record_check::ui::ni::journey::specified::{paragraphs, SPECIFIED_OFFENCES};
    let list = paragraphs(SPECIFIED_OFFENCES);
    let mut without = Vec::new();
    for o in OFFENCES.iter().filter(|o| o.specified == Some(true)) {
        match o.specified_paragraph {
            Some(p) => {
                let start = format!("({p})");
                assert!(
                    list.iter().any(|para| para.text.starts_with(&start)),
                    "{}: paragraph {start} is not in the list",
                    o.id
                );
            }
            None => without.push(o.id),
        }
    }
    assert!(without.is_empty(), "no paragraph: {without:?}");
}
