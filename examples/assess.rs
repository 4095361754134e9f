//! The engine from the command line: a case (or a JSON array of cases) in,
//! the assessment (or an array of them) out.
//!
//!     cargo run --release --example assess -- case.json
//!     cat case.json | cargo run --release --example assess
//!
//! Invalid input: the problems go to stderr and the exit code is 1.

use std::io::Read;
use std::process::ExitCode;

use ni_record_check::rules::{assess, Case};
use serde_json::Value;

fn main() -> ExitCode {
    let input = match read_input() {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let value: Value = match serde_json::from_str(&input) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("This is not JSON: {e}.");
            return ExitCode::FAILURE;
        }
    };
    let (cases, many) = match value {
        Value::Array(items) => (items, true),
        one => (vec![one], false),
    };
    let mut out = Vec::new();
    let mut failed = false;
    for (n, item) in cases.into_iter().enumerate() {
        let label = if many {
            format!("case {}: ", n + 1)
        } else {
            String::new()
        };
        let case: Case = match serde_json::from_value(item) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{label}This is not a valid case: {e}.");
                failed = true;
                continue;
            }
        };
        match assess(&case) {
            Ok(a) => out.push(a),
            Err(problems) => {
                for p in problems {
                    eprintln!("{label}{p}");
                }
                failed = true;
            }
        }
    }
    if failed {
        return ExitCode::FAILURE;
    }
    let json = if many {
        serde_json::to_string_pretty(&out)
    } else {
        serde_json::to_string_pretty(&out[0])
    };
    match json {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn read_input() -> Result<String, String> {
    match std::env::args().nth(1) {
        Some(path) => {
            std::fs::read_to_string(&path).map_err(|e| format!("Cannot read {path}: {e}"))
        }
        None => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| format!("Cannot read standard input: {e}"))?;
            Ok(s)
        }
    }
}
