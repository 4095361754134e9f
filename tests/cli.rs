//! `examples/assess.rs`: a case or an array in (file or stdin), JSON out;
//! invalid input gives the problems on stderr and a non-zero exit.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// `cargo test` builds the examples next to the test binaries' folder.
fn assess_bin() -> PathBuf {
    let mut p = std::env::current_exe().unwrap();
    p.pop();
    if p.ends_with("deps") {
        p.pop();
    }
    p.join("examples")
        .join(format!("assess{}", std::env::consts::EXE_SUFFIX))
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(assess_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("assess example is built by cargo test");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

const MR_I: &str = r#"{ "check_date": "2016-07-15", "certificate_issued": "2016-06-20", "disposals": [
  { "id": "fraud-2009", "kind": "conviction", "date": "2009-01-01", "under_18": false,
    "specified": false, "sentences": [ { "type": "fine" } ] } ] }"#;

#[test]
fn one_case_from_stdin() {
    let out = run(&[], MR_I);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a["review_deadline"], "2016-09-18");
    assert_eq!(a["disposals"][0]["spent_on"], "2014-01-01");
    assert_eq!(a["disposals"][0]["review"], "can_apply");
}

#[test]
fn an_array_from_a_file() {
    let path = std::env::temp_dir().join(format!("assess-cli-{}.json", std::process::id()));
    std::fs::write(&path, format!("[{MR_I}, {MR_I}]")).unwrap();
    let out = run(&[path.to_str().unwrap()], "");
    std::fs::remove_file(&path).ok();
    assert!(out.status.success());
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a.as_array().unwrap().len(), 2);
    assert_eq!(a[1]["disposals"][0]["standard"], "disclosed");
}

#[test]
fn invalid_input_says_why_and_fails() {
    let bad = MR_I.replace("2009-01-01", "2017-01-01");
    let out = run(&[], &bad);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("disposals[0].date (fraud-2009): The date of the conviction is after the date you are checking for."), "{err}");

    let out = run(&[], "{ \"check_date\": \"2016-02-30\", \"disposals\": [] }");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a valid case"));

    let out = run(&["/no/such/file.json"], "");
    assert!(!out.status.success());
}
