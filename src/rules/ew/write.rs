//! Writes an England and Wales case in the case format (`shared/rules/case-format.md`),
//! for the app's "Download my answers" file: fields in the model's order,
//! one that is not given left out, so the text is exactly what serde writes
//! (tests/json.rs) and the reader reads it back to the same case.

use super::model::{Case, Disposal, Sentence};
use crate::util::json::{Json, Object};

/// The case as JSON, with `"jurisdiction": "ew"` first.
pub fn case(case: &Case) -> Json {
    Object::new()
        .field("jurisdiction", "ew")
        .field("check_date", case.check_date)
        .some("certificate_issued", case.certificate_issued)
        .field(
            "disposals",
            Json::Array(case.disposals.iter().map(disposal).collect()),
        )
        .into()
}

fn disposal(d: &Disposal) -> Json {
    Object::new()
        .field("id", &d.id)
        .field("kind", d.kind.code())
        .field("date", d.date)
        .field("under_18", d.under_18)
        .field("specified", d.specified)
        .some("summary_only", d.summary_only)
        .some(
            "sentences",
            d.sentences
                .as_ref()
                .map(|s| Json::Array(s.iter().map(sentence).collect())),
        )
        .some("conditions_end", d.conditions_end)
        .some("endorsed", d.endorsed)
        .into()
}

fn sentence(s: &Sentence) -> Json {
    Object::new()
        .field("type", s.kind.code())
        .some("start", s.start)
        .some("months", s.months)
        .some("days", s.days)
        .some("ends", s.ends)
        .some("no_length_given", s.no_length_given)
        .some("credited_days", s.credited_days)
        .some("suspended", s.suspended)
        // `Some(None)`: "not sure", written as null.
        .some("schedule_18_over_4_years", s.schedule_18_over_4_years)
        .some("paid_on", s.paid_on)
        .into()
}
