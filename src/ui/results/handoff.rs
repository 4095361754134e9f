//! The hand-off file: "Download my answers" writes the case in the case
//! format (`shared/rules/case-format.md`); "Open saved answers" reads one
//! back, checked by the engine's own parser and validation, with a plain
//! message for each way a file can be wrong.

use crate::rules::ni::parse::parse_case;
use crate::rules::ni::validation::validate;
use crate::rules::ni::{self, Case};
use crate::rules::{case_text, parse_any_case, AnyCase, Assess};
use crate::util::json;

/// Largest file "Open saved answers" reads: 1 MB. A real case is a few KB.
pub const MAX_SAVED_BYTES: usize = 1024 * 1024;

/// The case as pretty JSON, ending with a newline.
pub fn download_answers(case: &Case) -> String {
    let mut json = json::pretty(&ni::write::case(case));
    json.push('\n');
    json
}

pub fn answers_file_name(case: &Case) -> String {
    format!("record-check-answers-{}.json", case.check_date)
}

/// A message if a file of this many bytes is too big to open, so the page
/// can refuse it before reading it.
pub fn size_problem(bytes: u64) -> Option<String> {
    (bytes > MAX_SAVED_BYTES as u64).then(|| {
        "This file is too big to be saved answers (it is over 1 MB). Check that you chose the right file."
            .to_string()
    })
}

/// The case in a saved answers file, or a message saying what is wrong.
pub fn open_saved(text: &str) -> Result<Case, String> {
    let case = read_saved(text, parse_case)?;
    problems_message(&validate(&case))?;
    Ok(case)
}

/// As [`open_saved`], for answers of either jurisdiction: a file without
/// `jurisdiction` is Northern Ireland's, as it always was.
pub fn open_saved_any(text: &str) -> Result<AnyCase, String> {
    let case = read_saved(text, parse_any_case)?;
    problems_message(&case.problems())?;
    Ok(case)
}

/// The case as pretty JSON, saying `"jurisdiction": "ew"` for an E&W case.
pub fn download_any(case: &AnyCase) -> String {
    let mut json = case_text(case);
    json.push('\n');
    json
}

fn read_saved<C>(text: &str, parse: impl Fn(&str) -> Result<C, String>) -> Result<C, String> {
    if let Some(problem) = size_problem(text.len() as u64) {
        return Err(problem);
    }
    // Some editors put a byte-order mark at the start; JSON does not allow it.
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err("This file is empty. Choose the file you saved from this check.".to_string());
    }
    if json::read(text).is_err() {
        return Err(
            "This is not a saved answers file. It may be a different file, or it may be damaged. Choose the .json file you saved from this check."
                .to_string(),
        );
    }
    parse(text).map_err(|detail| {
        format!(
            "This file is not saved answers from this check. It may be a different kind of file, or it may have been changed. (Details for an adviser: {detail})"
        )
    })
}

fn problems_message(problems: &[crate::rules::Problem]) -> Result<(), String> {
    if !problems.is_empty() {
        let list: Vec<String> = problems
            .iter()
            .map(|p| match &p.id {
                Some(id) if !id.trim().is_empty() => format!("- {id}: {}", p.message),
                _ => format!("- {}", p.message),
            })
            .collect();
        return Err(format!(
            "These saved answers have {} that must be put right before they can be checked:\n{}",
            if problems.len() == 1 {
                "a problem"
            } else {
                "some problems"
            },
            list.join("\n")
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASE: &str = r#"{"check_date":"2016-07-15","certificate_issued":"2016-06-20","disposals":[
        {"id":"fraud-2009","kind":"conviction","date":"2009-01-01","under_18":false,"specified":null,"summary_only":false,"sentences":[{"type":"fine"}]}]}"#;

    #[test]
    fn round_trip() {
        let case = parse_case(CASE).unwrap();
        let file = download_answers(&case);
        assert!(file.ends_with("}\n"));
        assert!(
            file.contains("\n  \"check_date\": \"2016-07-15\""),
            "pretty"
        );
        assert!(file.contains("\"specified\": null"), "not sure is kept");
        assert_eq!(open_saved(&file), Ok(case.clone()));
        assert_eq!(open_saved(&format!("\u{feff}{file}")), Ok(case.clone()));
        assert_eq!(
            answers_file_name(&case),
            "record-check-answers-2016-07-15.json"
        );
    }

    #[test]
    fn either_jurisdiction() {
        // An NI file, as saved before E&W existed, stays NI.
        let ni = open_saved_any(CASE).unwrap();
        assert_eq!(ni.jurisdiction(), crate::rules::Jurisdiction::Ni);
        assert!(!download_any(&ni).contains("jurisdiction"));
        let ew = r#"{"jurisdiction":"ew","check_date":"2026-06-08","disposals":[
            {"id":"c","kind":"conviction","date":"2019-05-20","under_18":false,"specified":null,
             "sentences":[{"type":"imprisonment","start":"2019-06-01","months":30,"suspended":false}]}]}"#;
        let case = open_saved_any(ew).unwrap();
        let file = download_any(&case);
        assert!(file.contains("\"jurisdiction\": \"ew\""), "{file}");
        assert_eq!(open_saved_any(&file), Ok(case));
        // An E&W file is not an NI one.
        assert!(open_saved(&file).is_err());
        let bad = ew.replace("\"under_18\":false", "\"under_18\":false,\"endorsed\":true");
        assert!(open_saved_any(&bad)
            .unwrap_err()
            .starts_with("These saved answers have a problem"));
    }

    #[test]
    fn empty_file() {
        for text in ["", "  \n", "\u{feff}"] {
            assert!(open_saved(text).unwrap_err().contains("empty"), "{text:?}");
        }
    }

    #[test]
    fn not_json() {
        for text in ["hello", "{\"check_date\": ", "BEGIN:VCALENDAR\r\n"] {
            assert!(
                open_saved(text)
                    .unwrap_err()
                    .starts_with("This is not a saved answers file"),
                "{text:?}"
            );
        }
    }

    #[test]
    fn json_but_not_a_case() {
        for text in [
            "[]",
            "42",
            "{}",
            r#"{"check_date":"2016-07-15","disposals":[],"colour":"red"}"#,
            "[{\"check_date\":\"2016-07-15\",\"disposals\":[]}]",
        ] {
            let e = open_saved(text).unwrap_err();
            assert!(
                e.starts_with("This file is not saved answers from this check"),
                "{text}: {e}"
            );
        }
        let e = open_saved(r#"{"check_date":"2016-02-30","disposals":[]}"#).unwrap_err();
        assert!(e.contains("Details for an adviser"), "{e}");
    }

    #[test]
    fn a_case_with_problems_lists_them() {
        let text = r#"{"check_date":"2016-07-15","disposals":[
            {"id":"a","kind":"conviction","date":"2017-01-01","under_18":false,"specified":false,"sentences":[]},
            {"id":"a","kind":"caution","date":"2015-01-01","under_18":false,"specified":false}]}"#;
        let e = open_saved(text).unwrap_err();
        assert!(
            e.starts_with("These saved answers have some problems"),
            "{e}"
        );
        assert!(
            e.contains("- a: The date of the conviction is after the date you are checking for."),
            "{e}"
        );
        assert!(
            e.contains("- a: A conviction needs at least one sentence."),
            "{e}"
        );
        assert!(e.contains("same id"), "{e}");
    }

    #[test]
    fn too_large() {
        let big = format!("{{\"x\":\"{}\"}}", "a".repeat(MAX_SAVED_BYTES));
        assert!(open_saved(&big).unwrap_err().contains("over 1 MB"));
        assert!(size_problem(MAX_SAVED_BYTES as u64).is_none());
        assert!(size_problem(MAX_SAVED_BYTES as u64 + 1).is_some());
    }
}
