//! The project keeps its own copies of the rules' data files, so it builds
//! and tests on its own. Where the rules folder is beside the project
//! (`../shared/rules`), each copy must be byte-for-byte the same as it.

use std::fs;
use std::path::Path;

/// Fails if `ours` differs from `theirs`; passes (and says so) when the
/// shared file is not there.
fn same_as_shared(ours: &str, theirs: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ours_path = root.join(ours);
    let theirs_path = root.join(theirs);
    let ours_bytes =
        fs::read(&ours_path).unwrap_or_else(|e| panic!("reading {}: {e}", ours_path.display()));
    let Ok(theirs_bytes) = fs::read(&theirs_path) else {
        eprintln!(
            "{} is not there: nothing to compare {ours} with",
            theirs_path.display()
        );
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
