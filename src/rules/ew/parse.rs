//! Reads an England and Wales case (rules §8) from the strict JSON tree of
//! [`crate::rules::parse`], as strictly as an NI case: unknown fields (NI's
//! `offence` among them), duplicate keys, wrong types and dates not written
//! `YYYY-MM-DD` are problems naming the item and field.

use crate::rules::ew::model::{self as ew, Kind, SentenceType as EwType};
use crate::rules::ni::model::{DisposalKind, SentenceType};
use crate::rules::parse::*;
use crate::rules::validation::Problem;
use crate::util::json::Json;

/// Reads an E&W case, or gives every problem found.
pub(crate) fn case_from(v: &Json) -> Result<ew::Case, Vec<Problem>> {
    let mut sink = Sink {
        problems: Vec::new(),
        disposal: None,
    };
    let case = match v {
        Json::Object(entries) => read_case(entries, &mut sink),
        _ => None,
    };
    match case {
        Some(case) if sink.problems.is_empty() => Ok(case),
        _ => Err(sink.problems),
    }
}

const CASE_FIELDS: [&str; 4] = [
    "jurisdiction",
    "check_date",
    "certificate_issued",
    "disposals",
];
const DISPOSAL_FIELDS: [&str; 9] = [
    "id",
    "kind",
    "date",
    "under_18",
    "specified",
    "summary_only",
    "sentences",
    "conditions_end",
    "endorsed",
];
const SENTENCE_FIELDS: [&str; 10] = [
    "type",
    "start",
    "months",
    "days",
    "ends",
    "no_length_given",
    "credited_days",
    "suspended",
    "schedule_18_over_4_years",
    "paid_on",
];
const NOT_SURE: &str = "true, false, or null if you are not sure";

pub(super) fn read_case(entries: &[(String, Json)], sink: &mut Sink) -> Option<ew::Case> {
    check_keys(entries, &CASE_FIELDS, "", sink);
    let check_date =
        required(entries, "check_date", "", DATE, sink).and_then(|v| date(v, "check_date", sink));
    let certificate_issued = optional(entries, "certificate_issued", "", sink, date);
    let disposals = match required(entries, "disposals", "", "a list of items [ … ]", sink) {
        Some(Json::Array(items)) => {
            let read: Vec<Option<ew::Disposal>> = items
                .iter()
                .enumerate()
                .map(|(i, d)| read_disposal(i, d, sink))
                .collect();
            sink.disposal = None;
            read.into_iter().collect::<Option<Vec<_>>>()
        }
        Some(other) => {
            wrong_type("disposals", "a list of items [ … ]", other, sink);
            None
        }
        None => None,
    };
    Some(ew::Case {
        check_date: check_date?,
        certificate_issued: certificate_issued.ok()?,
        disposals: disposals?,
    })
}

fn kind_list() -> String {
    let codes: Vec<&str> = Kind::ALL.iter().map(|k| k.code()).collect();
    format!("one of {}", list(&codes))
}

fn kind(v: &Json, field: &str, sink: &mut Sink) -> Option<Kind> {
    let Json::Str(s) = v else {
        wrong_type(field, &kind_list(), v, sink);
        return None;
    };
    let found = Kind::from_code(s);
    if found.is_none() {
        let ni_only = DisposalKind::from_code(s).is_some();
        let why = if ni_only {
            " in England and Wales (it is a Northern Ireland disposal)"
        } else {
            ""
        };
        sink.push(
            field,
            format!(
                "{} is not a kind of item{why}. It must be {}.",
                quoted(s),
                kind_list()
            ),
        );
    }
    found
}

fn type_list() -> String {
    let codes: Vec<&str> = EwType::ALL.iter().map(|t| t.code()).collect();
    format!("one of {}", list(&codes))
}

fn sentence_type(v: &Json, field: &str, sink: &mut Sink) -> Option<EwType> {
    let Json::Str(s) = v else {
        wrong_type(field, &type_list(), v, sink);
        return None;
    };
    let found = EwType::from_code(s);
    if found.is_none() {
        let why = if SentenceType::from_code(s).is_some() {
            " in England and Wales (it is a Northern Ireland sentence)"
        } else {
            ""
        };
        sink.push(
            field,
            format!(
                "{} is not a sentence type of the case format{why}. It must be {}.",
                quoted(s),
                type_list()
            ),
        );
    }
    found
}

fn read_disposal(i: usize, v: &Json, sink: &mut Sink) -> Option<ew::Disposal> {
    let path = format!("disposals[{i}]");
    let field = |name: &str| join(&path, name);
    sink.disposal = Some((i, None));
    let entries = object(v, &path, "An item", sink)?;
    let id = required(entries, "id", &path, TEXT, sink).and_then(|v| text(v, &field("id"), sink));
    sink.disposal = Some((i, id.clone()));
    check_keys(entries, &DISPOSAL_FIELDS, &path, sink);
    let kind_ = required(entries, "kind", &path, &kind_list(), sink)
        .and_then(|v| kind(v, &field("kind"), sink));
    let date_ =
        required(entries, "date", &path, DATE, sink).and_then(|v| date(v, &field("date"), sink));
    let under_18 = required(entries, "under_18", &path, BOOL, sink)
        .and_then(|v| boolean(v, &field("under_18"), sink));
    // `specified` must be given (null = not sure), except on a fixed
    // penalty notice, which is never a relevant matter (§8).
    let specified = match (get(entries, "specified"), kind_) {
        (None, Some(Kind::FixedPenaltyNotice)) => Some(None),
        (v, _) => match v.or_else(|| required(entries, "specified", &path, NOT_SURE, sink)) {
            Some(Json::Null) => Some(None),
            Some(Json::Bool(b)) => Some(Some(*b)),
            Some(other) => {
                wrong_type(&field("specified"), NOT_SURE, other, sink);
                None
            }
            None => None,
        },
    };
    let conviction = kind_.map(|k| k == Kind::Conviction);
    let summary_only = match get(entries, "summary_only") {
        None => Some(None),
        Some(Json::Null) if conviction == Some(true) => Some(None),
        Some(Json::Null) => {
            if let Some(k) = kind_ {
                sink.push(
                    &field("summary_only"),
                    format!(
                        "This cannot be null. Only a conviction can be for a summary-only offence: leave the field out for {}.",
                        k.a()
                    ),
                );
            }
            None
        }
        Some(v) => boolean(v, &field("summary_only"), sink).map(Some),
    };
    let conditions_end = optional(entries, "conditions_end", &path, sink, date);
    let endorsed = optional(entries, "endorsed", &path, sink, boolean);
    let sentences = match get(entries, "sentences") {
        None => Some(None),
        Some(Json::Null) => {
            sink.push(
                &field("sentences"),
                "This cannot be null. List a conviction's sentences, or leave the field out for anything else.".to_string(),
            );
            None
        }
        Some(Json::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(j, s)| read_sentence(s, &format!("{path}.sentences[{j}]"), sink))
            .collect::<Vec<_>>()
            .into_iter()
            .collect::<Option<Vec<_>>>()
            .map(Some),
        Some(other) => {
            wrong_type(
                &field("sentences"),
                "a list of sentences [ … ]",
                other,
                sink,
            );
            None
        }
    };
    Some(ew::Disposal {
        id: id?,
        kind: kind_?,
        date: date_?,
        under_18: under_18?,
        specified: specified?,
        summary_only: summary_only?,
        sentences: sentences?,
        conditions_end: conditions_end.ok()?,
        endorsed: endorsed.ok()?,
    })
}

fn read_sentence(v: &Json, path: &str, sink: &mut Sink) -> Option<ew::Sentence> {
    let entries = object(v, path, "A sentence", sink)?;
    check_keys(entries, &SENTENCE_FIELDS, path, sink);
    let kind = required(entries, "type", path, &type_list(), sink)
        .and_then(|v| sentence_type(v, &join(path, "type"), sink));
    let start = optional(entries, "start", path, sink, date);
    let months = optional(entries, "months", path, sink, whole_number);
    let days = optional(entries, "days", path, sink, whole_number);
    let ends = optional(entries, "ends", path, sink, date);
    let no_length_given = optional(entries, "no_length_given", path, sink, boolean);
    let credited_days = optional(entries, "credited_days", path, sink, whole_number);
    let suspended = optional(entries, "suspended", path, sink, boolean);
    // Absent (not asked), null (not sure) and true/false all differ.
    let schedule_18 = match get(entries, "schedule_18_over_4_years") {
        None => Some(None),
        Some(Json::Null) => Some(Some(None)),
        Some(v) => boolean(v, &join(path, "schedule_18_over_4_years"), sink).map(|b| Some(Some(b))),
    };
    let paid_on = optional(entries, "paid_on", path, sink, date);
    Some(ew::Sentence {
        kind: kind?,
        start: start.ok()?,
        months: months.ok()?,
        days: days.ok()?,
        ends: ends.ok()?,
        no_length_given: no_length_given.ok()?,
        credited_days: credited_days.ok()?,
        suspended: suspended.ok()?,
        schedule_18_over_4_years: schedule_18?,
        paid_on: paid_on.ok()?,
    })
}
