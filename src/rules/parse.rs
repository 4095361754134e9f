//! Reads case JSON (`shared/rules/case-format.md`) straight into a case,
//! strictly, and says every problem at once, each naming the disposal (by
//! index and id) and the field: `disposals[2].sentences[0].months
//! (theft-2015): This must be a whole number, not the text "six".`
//!
//! Stricter than serde's derive, because a typo or a slip must never quietly
//! change a legal answer:
//! - a key given twice in one object is an error (serde would take the last);
//! - an unknown field, a wrong type or a missing field names the field;
//! - a date is exactly `YYYY-MM-DD`, and one that does not exist
//!   (`2019-02-29`) says so in plain words;
//! - a case, item or sentence written as a positional array is refused;
//! - `specified` must be given, and may be `null` (not sure), unless an
//!   `offence` from the table is given: then what is left out (`specified`,
//!   a conviction's `summary_only`) takes the table's value (rules §1);
//! - `sentences: null` is refused, and so is `summary_only: null` except on a
//!   conviction (where, as before, it reads as not given).
//!
//! A UTF-8 byte-order mark at the start is accepted. Pure: no I/O, no clock,
//! and no panic on any input (`json` limits nesting to 128 levels).
//! Checks of the values themselves (a date after the check date, a negative
//! length, …) are each jurisdiction's `validate`'s, run on the parsed case.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::validation::Problem;
use crate::util::json::{self, Json, Syntax, SyntaxError};

/// One case or a JSON array of cases, each read on its own so that one bad
/// case does not hide the good ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedCases<C> {
    /// The input was a JSON array (even of one case, or none).
    pub array: bool,
    /// Each case in order: the case, or its problems.
    pub cases: Vec<Result<C, Vec<Problem>>>,
}

pub(crate) fn many<C>(
    json: &str,
    read: fn(&Json) -> Result<C, Vec<Problem>>,
) -> Result<ParsedCases<C>, Problem> {
    let value = read_json(json)?;
    Ok(match value {
        Json::Array(items) => ParsedCases {
            array: true,
            cases: items.iter().map(read).collect(),
        },
        one => ParsedCases {
            array: false,
            cases: vec![read(&one)],
        },
    })
}

/// Reads the text of one case: a JSON object, not an array.
pub(crate) fn read_one(json: &str) -> Result<Json, Vec<Problem>> {
    let value = read_json(json).map_err(|p| vec![p])?;
    if let Json::Array(_) = value {
        return Err(vec![root_problem(
            "A case must be a JSON object { … }, not a list [ … ]. To check several cases, read them as a list of cases.",
        )]);
    }
    Ok(value)
}

/// A reader's problems in one message: "This is not a valid case." then
/// every problem (for the app's "Open saved answers").
pub(crate) fn one_message<C>(read: Result<C, Vec<Problem>>) -> Result<C, String> {
    read.map_err(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        format!("This is not a valid case. {}", list.join(" "))
    })
}

pub(crate) fn read_json(text: &str) -> Result<Json, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(root_problem("The text is empty: there is no case in it."));
    }
    json::read(text).map_err(|e| root_problem(&syntax_message(e)))
}

/// A syntax error in plain words, with its line and column.
pub(crate) fn syntax_message(e: SyntaxError) -> String {
    let (line, column) = (e.line, e.column);
    let plain = match e.kind {
        Syntax::Eof => {
            return format!(
                "This is not valid JSON: it stops before it is finished (line {line}, column {column}). Part of it may be missing."
            )
        }
        Syntax::ExpectedCommaOrObjectEnd => "a comma, or a } to close the object, is missing",
        Syntax::ExpectedCommaOrArrayEnd => "a comma, or a ] to close the list, is missing",
        Syntax::ExpectedColon => "a colon (:) is missing after a field name",
        Syntax::ExpectedValue => "a value was expected (text goes in double quotes; true, false and null are written in lower case)",
        Syntax::ExpectedWord => "a word is not understood (text goes in double quotes; true, false and null are written in lower case)",
        Syntax::KeyMustBeString => "a field name must be in double quotes",
        Syntax::TrailingComma => "there is a comma with nothing after it",
        Syntax::TrailingCharacters => "there is more after the end of the JSON",
        Syntax::ControlCharacter => "text contains a line break, tab or other control character; write a line break as \\n and a tab as \\t",
        Syntax::TooDeep => "it is nested too deeply",
        Syntax::InvalidNumber => "a number is not written correctly",
        Syntax::InvalidEscape => "a backslash (\\) in text must be written \\\\",
        Syntax::InvalidUnicode => "a \\u escape is not a whole character (half of a pair is missing)",
    };
    format!("This is not valid JSON: on line {line}, column {column}, {plain}.")
}

pub(crate) fn root_problem(message: &str) -> Problem {
    Problem {
        disposal: None,
        id: None,
        field: String::new(),
        message: message.to_string(),
    }
}

// ---------------------------------------------------------------------------
// Reading the tree into the model, collecting problems.

/// Where problems go: the disposal they are in, if any.
pub(crate) struct Sink {
    pub(crate) problems: Vec<Problem>,
    pub(crate) disposal: Option<(usize, Option<String>)>,
}

impl Sink {
    pub(crate) fn push(&mut self, field: &str, message: String) {
        let (disposal, id) = match &self.disposal {
            Some((i, id)) => (Some(*i), id.clone()),
            None => (None, None),
        };
        self.problems.push(Problem {
            disposal,
            id,
            field: field.to_string(),
            message,
        });
    }
}

/// `path` + `.name`, or `path["odd name"]` for a key that is not a plain word.
pub(crate) fn join(path: &str, key: &str) -> String {
    let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    match (path.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{path}.{key}"),
        (_, false) => format!("{path}[\"{}\"]", escaped(key)),
    }
}

/// What a value is, in words: "the text \"yes\"", "the number 3", "null".
pub(crate) fn describe(v: &Json) -> String {
    match v {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        Json::Int(n) => format!("the number {n}"),
        Json::BigInt(n) | Json::Float(n) => format!("the number {n}"),
        Json::Str(s) => format!("the text {}", quoted(s)),
        Json::Array(_) => "a list [ … ]".into(),
        Json::Object(_) => "an object { … }".into(),
    }
}

/// A string in double quotes, shortened to 40 characters.
pub(crate) fn quoted(s: &str) -> String {
    let short: String = s.chars().take(40).collect();
    let more = if s.chars().count() > 40 { "…" } else { "" };
    format!("\"{}{more}\"", escaped(&short))
}

/// A string as it would be written in JSON or Rust: quotes, backslashes and
/// control characters escaped (by hand: `escape_debug` and `{:?}` bring
/// Unicode printability tables into the app's download).
pub(crate) fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn list(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The entries of an object, or a problem saying what it is instead.
pub(crate) fn object<'a>(
    v: &'a Json,
    path: &str,
    what: &str,
    sink: &mut Sink,
) -> Option<&'a [(String, Json)]> {
    match v {
        Json::Object(entries) => Some(entries),
        Json::Array(_) => {
            sink.push(
                path,
                format!(
                    "{what} must be written as an object with field names {{ \"…\": … }}, not as a list [ … ]."
                ),
            );
            None
        }
        other => {
            sink.push(
                path,
                format!("{what} must be an object {{ … }}, not {}.", describe(other)),
            );
            None
        }
    }
}

/// Reports unknown keys and keys given more than once, in document order.
pub(crate) fn check_keys(
    entries: &[(String, Json)],
    allowed: &[&str],
    path: &str,
    sink: &mut Sink,
) {
    let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
    let earlier = crate::util::order::occurrences(&keys);
    for ((key, _), earlier) in entries.iter().zip(earlier) {
        if !allowed.contains(&key.as_str()) {
            sink.push(
                &join(path, key),
                format!(
                    "There is no field {} here (check the spelling). The fields here are {}.",
                    quoted(key),
                    list(allowed)
                ),
            );
        } else if earlier == 1 {
            sink.push(
                &join(path, key),
                "This field is given more than once. Give it once, so that it is clear which value is meant."
                    .to_string(),
            );
        }
    }
}

/// The first value of `key`.
pub(crate) fn get<'a>(entries: &'a [(String, Json)], key: &str) -> Option<&'a Json> {
    entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// A required field: `None` (with a problem) when missing.
pub(crate) fn required<'a>(
    entries: &'a [(String, Json)],
    key: &str,
    path: &str,
    expect: &str,
    sink: &mut Sink,
) -> Option<&'a Json> {
    let v = get(entries, key);
    if v.is_none() {
        sink.push(
            &join(path, key),
            format!("This is missing. It must be {expect}."),
        );
    }
    v
}

pub(crate) fn wrong_type(field: &str, expect: &str, v: &Json, sink: &mut Sink) {
    sink.push(
        field,
        format!("This must be {expect}, not {}.", describe(v)),
    );
}

pub(crate) const DATE: &str = "a date written YYYY-MM-DD";
pub(crate) const BOOL: &str = "true or false";
pub(crate) const TEXT: &str = "text in double quotes";
pub(crate) const WHOLE: &str = "a whole number";

pub(crate) fn date(v: &Json, field: &str, sink: &mut Sink) -> Option<NaiveDate> {
    let Json::Str(s) = v else {
        wrong_type(field, DATE, v, sink);
        return None;
    };
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        sink.push(
            field,
            format!(
                "{} is not a date written YYYY-MM-DD (a four-digit year, then a two-digit month and day, for example 2016-07-01).",
                quoted(s)
            ),
        );
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range]
            .iter()
            .fold(0u32, |n, c| n * 10 + u32::from(c - b'0'))
    };
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    // Four digits: the year is at most 9999, well inside i32 and chrono.
    let found = i32::try_from(year)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, month, day));
    if found.is_none() {
        let why = if month == 2 && day == 29 {
            format!(": {year:04} was not a leap year")
        } else {
            String::new()
        };
        sink.push(field, format!("{s} is not a real date{why}."));
    }
    found
}

pub(crate) fn boolean(v: &Json, field: &str, sink: &mut Sink) -> Option<bool> {
    match v {
        Json::Bool(b) => Some(*b),
        other => {
            wrong_type(field, BOOL, other, sink);
            None
        }
    }
}

pub(crate) fn text(v: &Json, field: &str, sink: &mut Sink) -> Option<String> {
    match v {
        Json::Str(s) => Some(s.clone()),
        other => {
            wrong_type(field, TEXT, other, sink);
            None
        }
    }
}

pub(crate) fn whole_number(v: &Json, field: &str, sink: &mut Sink) -> Option<i64> {
    match v {
        Json::Int(n) => Some(*n),
        Json::BigInt(_) => {
            sink.push(field, "This number is too large.".to_string());
            None
        }
        other => {
            wrong_type(field, WHOLE, other, sink);
            None
        }
    }
}

/// An optional field where `null` reads as not given.
pub(crate) fn optional<T>(
    entries: &[(String, Json)],
    key: &str,
    path: &str,
    sink: &mut Sink,
    read: impl FnOnce(&Json, &str, &mut Sink) -> Option<T>,
) -> Result<Option<T>, ()> {
    match get(entries, key) {
        None | Some(Json::Null) => Ok(None),
        Some(v) => read(v, &join(path, key), sink).map(Some).ok_or(()),
    }
}
