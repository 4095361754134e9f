//! The engine from the command line: a case (or a JSON array of cases) in,
//! the assessment (or an array of them) out. Each case's `jurisdiction`
//! chooses the rules: Northern Ireland (absent or `"ni"`) or England and
//! Wales (`"ew"`); a JSON array may mix them.
//!
//!     cargo run --release --example assess -- case.json
//!     cat case.json | cargo run --release --example assess
//!
//! The input is read strictly by `rules::parse` (duplicate keys, unknown
//! fields, wrong types and dates not written `YYYY-MM-DD` are refused), then
//! checked by its jurisdiction's `validate` (`rules::ni::validation`,
//! `rules::ew::validation`). Every problem goes to stderr on its own line,
//! naming the field and the disposal's id, e.g.
//! `disposals[0].date (theft-2015): 2019-02-29 is not a real date: 2019 was not a leap year.`
//!
//! - One case: its assessment on stdout, exit 0; if it is bad, its problems
//!   on stderr, nothing on stdout, exit 1.
//! - An array of cases: each case is read and assessed on its own. Stdout gets
//!   a JSON array of the assessments of the good cases, in order, with the bad
//!   cases left out (so `[]` if none is good); each bad case's problems go to
//!   stderr prefixed with its position, counted from 1 (`case 2: …`). The exit
//!   code is 1 if any case was bad, else 0.
//! - Text that is not JSON (or not UTF-8): one message on stderr with the line
//!   and column, nothing on stdout, exit 1.
//! - A file (or standard input) that cannot be read: exit 2.
// Not in the app's download: may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::io::Read;
use std::process::ExitCode;

use ni_record_check::rules::{assess, parse_any_cases, AnyAssessment};

fn main() -> ExitCode {
    let bytes = match read_input() {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            eprintln!(
                "This is not a valid case: it is not UTF-8 text (the first bad byte is byte {}).",
                e.utf8_error().valid_up_to() + 1
            );
            return ExitCode::FAILURE;
        }
    };
    let parsed = match parse_any_cases(&text) {
        Ok(parsed) => parsed,
        Err(problem) => {
            eprintln!("{problem}");
            return ExitCode::FAILURE;
        }
    };
    let mut good: Vec<AnyAssessment> = Vec::new();
    let mut failed = false;
    for (n, case) in parsed.cases.iter().enumerate() {
        let label = if parsed.array {
            format!("case {}: ", n + 1)
        } else {
            String::new()
        };
        let assessed = match case {
            Ok(case) => assess(case),
            Err(problems) => Err(problems.clone()),
        };
        match assessed {
            Ok(a) => good.push(a),
            Err(problems) => {
                for p in problems {
                    eprintln!("{label}{p}");
                }
                failed = true;
            }
        }
    }
    let json = match (parsed.array, good.first()) {
        (true, _) => serde_json::to_string_pretty(&good),
        (false, Some(one)) => serde_json::to_string_pretty(one),
        (false, None) => return ExitCode::FAILURE,
    };
    match json {
        Ok(text) => println!("{text}"),
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn read_input() -> Result<Vec<u8>, String> {
    match std::env::args().nth(1) {
        Some(path) => std::fs::read(&path).map_err(|e| format!("Cannot read {path}: {e}")),
        None => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("Cannot read standard input: {e}"))?;
            Ok(bytes)
        }
    }
}
