//! The Northern Ireland case, record by record, as the case format writes it
//! (`shared/rules/case-format.md`): each field once, with its name, how it
//! is read and whether it is written when not given (`case_record!`
//! makes the struct, the strict reader and the writer from that), and the
//! readers of the fields that need more than their type. Unknown fields are
//! an error: a typo must not silently change a legal answer.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

use super::catalogue::{SentenceType, CATALOGUE};
use super::model::DisposalKind;
use super::offences::{self, Offence};
use crate::rules::parse::{
    boolean, date, list, quoted, text, whole_number, wrong_type, Sink, BOOL, DATE,
};
use crate::rules::reasons::capitalised;
use crate::rules::record::{case_record, id, items, not_sure, records, Fields};
use crate::util::json::Json;

case_record! {
    /// One person's record plus the date the answer is for.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Case("A case") {
        // Never written: an NI case is written as it always was.
        tag "jurisdiction", checked by northern_ireland;
        pub check_date: NaiveDate = "check_date", required(date, DATE);
        pub certificate_issued: Option<NaiveDate> = "certificate_issued", optional(date);
        pub disposals: Vec<Disposal> = "disposals", later(items);
    }
}

case_record! {
    /// One item on a criminal record.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Disposal("An item") {
        pub id: String = "id", first(id);
        /// An id from `offences-ni.json` (rules §1, "Offence"), if the person
        /// chose one.
        pub offence: Option<String> = "offence", later(offence), if_given;
        pub kind: DisposalKind = "kind", required(kind, kind_list());
        /// Date of conviction (not sentencing), or the date the caution,
        /// warning or conference was given.
        pub date: NaiveDate = "date", required(date, DATE);
        /// Under 18 on `date`.
        pub under_18: bool = "under_18", required(boolean, BOOL);
        /// `None` = "not sure". Required in the JSON, but may be `null`.
        #[serde(deserialize_with = "nullable")]
        pub specified: Option<bool> = "specified", later(specified, offence);
        pub summary_only: Option<bool> = "summary_only", later(summary_only, offence, kind), if_given;
        pub sentences: Option<Vec<Sentence>> = "sentences", later(sentences, kind), if_given;
    }
}

impl Disposal {
    pub fn is_conviction(&self) -> bool {
        self.kind == DisposalKind::Conviction
    }
    pub fn sentences(&self) -> &[Sentence] {
        self.sentences.as_deref().unwrap_or(&[])
    }
    pub fn summary_only(&self) -> bool {
        self.summary_only.unwrap_or(false)
    }
}

/// A field that must be present but may be `null` (serde would otherwise
/// read a missing `Option` as `None`).
fn nullable<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    Option::<bool>::deserialize(d)
}

case_record! {
    /// One sentence of a conviction.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Sentence("A sentence") {
        pub kind: SentenceType = "type", required(sentence_type, type_list());
        /// Length in months (with `days`), counted from the date of conviction.
        pub months: Option<i64> = "months", optional(whole_number);
        pub days: Option<i64> = "days", optional(whole_number);
        /// The order's last day.
        pub ends: Option<NaiveDate> = "ends", optional(date);
        pub suspended: Option<bool> = "suspended", optional(boolean);
    }
}

impl Sentence {
    /// A sentence of this type with nothing else filled in.
    pub fn of(kind: SentenceType) -> Self {
        Sentence {
            kind,
            months: None,
            days: None,
            ends: None,
            suspended: None,
        }
    }
    pub fn has_length(&self) -> bool {
        self.months.is_some() || self.days.is_some()
    }
}

// The readers the records name.

/// The case format's `jurisdiction`: "ni" is the default and all this
/// engine knows; a case for England and Wales is refused, not misread.
fn northern_ireland(at: &mut Fields, key: &str) -> Option<()> {
    match at.get(key) {
        None => Some(()),
        Some(Json::Str(j)) if j == "ni" => Some(()),
        Some(Json::Str(j)) if j == "ew" => {
            at.push(
                key,
                "This check covers Northern Ireland only, not yet England and Wales.".to_string(),
            );
            None
        }
        Some(other) => {
            at.wrong_type(
                key,
                "\"ni\" (Northern Ireland) or \"ew\" (England and Wales)",
                other,
            );
            None
        }
    }
}

fn kind_list() -> String {
    let codes: Vec<&str> = DisposalKind::ALL.iter().map(|k| k.code()).collect();
    format!("one of {}", list(&codes))
}

fn kind(v: &Json, field: &str, sink: &mut Sink) -> Option<DisposalKind> {
    let Json::Str(s) = v else {
        wrong_type(field, &kind_list(), v, sink);
        return None;
    };
    let found = DisposalKind::from_code(s);
    if found.is_none() {
        sink.push(
            field,
            format!(
                "{} is not a kind of item{}. It must be {}.",
                quoted(s),
                england_and_wales_only(crate::rules::ew::Kind::ALL.iter().any(|k| k.code() == s)),
                kind_list()
            ),
        );
    }
    found
}

/// For a kind or type of England and Wales only, in an NI case: say so.
fn england_and_wales_only(ew: bool) -> &'static str {
    if ew {
        " in Northern Ireland (it is one of England and Wales: for a case there, give \"jurisdiction\": \"ew\")"
    } else {
        ""
    }
}

fn type_list() -> String {
    let codes: Vec<&str> = CATALOGUE.iter().map(|e| e.kind.code()).collect();
    format!("one of {}", list(&codes))
}

fn sentence_type(v: &Json, field: &str, sink: &mut Sink) -> Option<SentenceType> {
    let Json::Str(s) = v else {
        wrong_type(field, &type_list(), v, sink);
        return None;
    };
    let found = SentenceType::from_code(s);
    if found.is_none() {
        sink.push(
            field,
            format!(
                "{} is not a sentence type of the case format{}. It must be {}.",
                quoted(s),
                england_and_wales_only(crate::rules::ew::SentenceType::from_code(s).is_some()),
                type_list()
            ),
        );
    }
    found
}

/// Text, if given; not `null`. An id the table does not have is
/// validation's to report.
fn offence(at: &mut Fields, key: &str) -> Option<Option<String>> {
    match at.get(key) {
        None => Some(None),
        Some(v) => text(v, &at.at(key), at.sink).map(Some),
    }
}

/// The offence's row of the table: `None` when no offence is given (or it
/// is not text), `Some(None)` when the table does not have it.
fn row(offence: &Option<Option<String>>) -> Option<Option<&'static Offence>> {
    offence
        .as_ref()
        .and_then(|o| o.as_deref())
        .map(offences::offence)
}

/// Rules §1, "Offence": given an offence from the table, `specified` may be
/// left out for the table's value (`null` = cannot tell); otherwise it must
/// be given, and may be `null` (not sure).
fn specified(at: &mut Fields, key: &str, offence: &Option<Option<String>>) -> Option<Option<bool>> {
    let row = row(offence);
    match row {
        Some(row) if at.get(key).is_none() => Some(row.and_then(|o| o.specified)),
        _ => not_sure(at, key),
    }
}

/// Left out, a conviction's takes the table's value (if it has an offence
/// from the table); `null` reads as not given on a conviction, as before,
/// and is refused on anything else.
fn summary_only(
    at: &mut Fields,
    key: &str,
    offence: &Option<Option<String>>,
    kind: &Option<DisposalKind>,
) -> Option<Option<bool>> {
    let conviction = *kind == Some(DisposalKind::Conviction);
    match at.get(key) {
        None if conviction => Some(row(offence).flatten().and_then(|o| o.summary_only)),
        None => Some(None),
        Some(Json::Null) => match kind {
            Some(DisposalKind::Conviction) => Some(None),
            Some(k) => {
                at.push(
                    key,
                    format!(
                        "This cannot be null. Only a conviction can be for a summary-only offence: leave the field out for {}.",
                        k.a()
                    ),
                );
                None
            }
            // The kind's own problem is already reported.
            None => None,
        },
        Some(v) => boolean(v, &at.at(key), at.sink).map(Some),
    }
}

/// A list of sentences, or left out; `null` is refused, in words that fit
/// the kind of item.
fn sentences(
    at: &mut Fields,
    key: &str,
    kind: &Option<DisposalKind>,
) -> Option<Option<Vec<Sentence>>> {
    match at.get(key) {
        None => Some(None),
        Some(Json::Null) => {
            let message = match kind {
                Some(DisposalKind::Conviction) => "This cannot be null. List the conviction's sentences, for example [ { \"type\": \"fine\" } ].".to_string(),
                Some(k) => format!(
                    "This cannot be null. {} has no sentences: leave the field out.",
                    capitalised(&k.a())
                ),
                None => "This cannot be null. Give a list of sentences for a conviction, or leave the field out for anything else.".to_string(),
            };
            at.push(key, message);
            None
        }
        Some(Json::Array(list)) => records(list, &at.at(key), at.sink).map(Some),
        Some(other) => {
            at.wrong_type(key, "a list of sentences [ … ]", other);
            None
        }
    }
}
