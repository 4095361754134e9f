//! The England and Wales case, record by record, as the case format writes
//! it (`ew-disclosure-rules.md` §8): each field once, with its name, how it
//! is read and whether it is written when not given (`case_record!` makes
//! the struct, the strict reader and the writer from that), and the readers
//! of the fields that need more than their type. As strict as an NI case:
//! unknown fields (NI's `offence` among them), duplicate keys, wrong types
//! and dates not written `YYYY-MM-DD` are problems naming the item and field.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::model::{Kind, SentenceType};
use crate::rules::ni::model::{DisposalKind, SentenceType as NiType};
use crate::rules::parse::{
    boolean, date, list, quoted, whole_number, wrong_type, Sink, BOOL, DATE,
};
use crate::rules::record::{case_record, id, items, not_sure, records, Fields};
use crate::util::json::Json;

case_record! {
    /// One person's record in England and Wales, plus the date the answer is for.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Case("A case") {
        // Written first; the reader is chosen by it (`rules::parse_any_case`).
        tag "jurisdiction" = "ew";
        pub check_date: NaiveDate = "check_date", required(date, DATE);
        pub certificate_issued: Option<NaiveDate> = "certificate_issued", optional(date);
        pub disposals: Vec<Disposal> = "disposals", later(items);
    }
}

case_record! {
    /// One item on an E&W record.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Disposal("An item") {
        pub id: String = "id", first(id);
        pub kind: Kind = "kind", required(kind, kind_list());
        /// The date of conviction (not of sentence), or the day the caution or
        /// notice was given.
        pub date: NaiveDate = "date", required(date, DATE);
        pub under_18: bool = "under_18", required(boolean, BOOL);
        /// `None` = "not sure".
        pub specified: Option<bool> = "specified", by(specified, kind);
        /// Convictions only; matters only for check dates before 10 March 2014.
        pub summary_only: Option<bool> = "summary_only", by(summary_only, kind), if_given;
        pub sentences: Option<Vec<Sentence>> = "sentences", later(sentences), if_given;
        /// Conditional cautions: the day the conditions ended.
        pub conditions_end: Option<NaiveDate> = "conditions_end", optional(date);
        /// Fixed penalty notices: endorsed on the driving record.
        pub endorsed: Option<bool> = "endorsed", optional(boolean);
    }
}

impl Disposal {
    pub fn is_conviction(&self) -> bool {
        self.kind == Kind::Conviction
    }
    pub fn sentences(&self) -> &[Sentence] {
        self.sentences.as_deref().unwrap_or(&[])
    }
    pub fn summary_only(&self) -> bool {
        self.summary_only.unwrap_or(false)
    }
}

case_record! {
    /// One sentence of an E&W conviction.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Sentence("A sentence") {
        pub kind: SentenceType = "type", required(sentence_type, type_list());
        /// The day the sentence or order began (default: the conviction date).
        pub start: Option<NaiveDate> = "start", optional(date);
        pub months: Option<i64> = "months", optional(whole_number);
        pub days: Option<i64> = "days", optional(whole_number);
        /// The last day: of sentence and licence for custody, of the order as
        /// originally provided for an order.
        pub ends: Option<NaiveDate> = "ends", optional(date);
        /// The order made no provision for its last day.
        pub no_length_given: Option<bool> = "no_length_given", optional(boolean);
        pub credited_days: Option<i64> = "credited_days", optional(whole_number);
        pub suspended: Option<bool> = "suspended", optional(boolean);
        /// `None`: not given; `Some(None)`: "not sure", written as null.
        #[serde(with = "nullable_bool")]
        pub schedule_18_over_4_years: Option<Option<bool>> = "schedule_18_over_4_years",
            by(schedule_18), if_given;
        /// Compensation: the day it was paid in full (`None`: not yet).
        pub paid_on: Option<NaiveDate> = "paid_on", optional(date);
    }
}

/// A field that may be absent, `null` or a bool, each meaning something.
mod nullable_bool {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<Option<bool>>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(Some(b)) => s.serialize_bool(*b),
            _ => s.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<bool>>, D::Error> {
        Option::<bool>::deserialize(d).map(Some)
    }
}

impl Sentence {
    pub fn of(kind: SentenceType) -> Self {
        Sentence {
            kind,
            start: None,
            months: None,
            days: None,
            ends: None,
            no_length_given: None,
            credited_days: None,
            suspended: None,
            schedule_18_over_4_years: None,
            paid_on: None,
        }
    }
    pub fn has_length(&self) -> bool {
        self.months.is_some() || self.days.is_some()
    }
    pub fn no_length_given(&self) -> bool {
        self.no_length_given == Some(true)
    }
}

// The readers the records name.

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
    let codes: Vec<&str> = SentenceType::ALL.iter().map(|t| t.code()).collect();
    format!("one of {}", list(&codes))
}

fn sentence_type(v: &Json, field: &str, sink: &mut Sink) -> Option<SentenceType> {
    let Json::Str(s) = v else {
        wrong_type(field, &type_list(), v, sink);
        return None;
    };
    let found = SentenceType::from_code(s);
    if found.is_none() {
        let why = if NiType::from_code(s).is_some() {
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

/// Must be given (null = not sure), except on a fixed penalty notice, which
/// is never a relevant matter (§8).
fn specified(at: &mut Fields, key: &str, kind: &Option<Kind>) -> Option<Option<bool>> {
    if at.get(key).is_none() && *kind == Some(Kind::FixedPenaltyNotice) {
        return Some(None);
    }
    not_sure(at, key)
}

/// `null` reads as not given on a conviction, and is refused on anything
/// else.
fn summary_only(at: &mut Fields, key: &str, kind: &Option<Kind>) -> Option<Option<bool>> {
    match at.get(key) {
        None => Some(None),
        Some(Json::Null) if *kind == Some(Kind::Conviction) => Some(None),
        Some(Json::Null) => {
            if let Some(k) = kind {
                at.push(
                    key,
                    format!(
                        "This cannot be null. Only a conviction can be for a summary-only offence: leave the field out for {}.",
                        k.a()
                    ),
                );
            }
            None
        }
        Some(v) => boolean(v, &at.at(key), at.sink).map(Some),
    }
}

/// A list of sentences, or left out; not `null`.
fn sentences(at: &mut Fields, key: &str) -> Option<Option<Vec<Sentence>>> {
    match at.get(key) {
        None => Some(None),
        Some(Json::Null) => {
            at.push(
                key,
                "This cannot be null. List a conviction's sentences, or leave the field out for anything else.".to_string(),
            );
            None
        }
        Some(Json::Array(list)) => records(list, &at.at(key), at.sink).map(Some),
        Some(other) => {
            at.wrong_type(key, "a list of sentences [ … ]", other);
            None
        }
    }
}

/// Absent (not asked), null (not sure) and true/false all differ.
fn schedule_18(at: &mut Fields, key: &str) -> Option<Option<Option<bool>>> {
    match at.get(key) {
        None => Some(None),
        Some(Json::Null) => Some(Some(None)),
        Some(v) => boolean(v, &at.at(key), at.sink).map(|b| Some(Some(b))),
    }
}
