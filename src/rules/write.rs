//! Writes a case in the case format (`shared/rules/case-format.md`): the
//! app's "Download my answers" file. Fields come in the model's order and
//! one that is not given is left out, so the text is exactly what serde
//! writes for the same case (tests/json.rs checks it on every golden
//! case) and [`parse`](super::parse) reads it back to the same case.

use super::ew;
use super::ni::model::{Case, Disposal, Sentence};
use super::AnyCase;
use crate::util::json::{self, Json, Object};

/// The case as pretty JSON, NI's without `jurisdiction`, as it always was.
pub fn case_text(case: &AnyCase) -> String {
    json::pretty(&any_case(case))
}

pub fn any_case(case: &AnyCase) -> Json {
    match case {
        AnyCase::Ni(case) => ni_case(case),
        AnyCase::Ew(case) => ew_case(case),
    }
}

pub fn ni_case(case: &Case) -> Json {
    Object::new()
        .field("check_date", case.check_date)
        .some("certificate_issued", case.certificate_issued)
        .field(
            "disposals",
            Json::Array(case.disposals.iter().map(ni_disposal).collect()),
        )
        .into()
}

fn ni_disposal(d: &Disposal) -> Json {
    Object::new()
        .field("id", &d.id)
        .some("offence", d.offence.as_ref())
        .field("kind", d.kind.code())
        .field("date", d.date)
        .field("under_18", d.under_18)
        .field("specified", d.specified)
        .some("summary_only", d.summary_only)
        .some(
            "sentences",
            d.sentences
                .as_ref()
                .map(|s| Json::Array(s.iter().map(ni_sentence).collect())),
        )
        .into()
}

fn ni_sentence(s: &Sentence) -> Json {
    Object::new()
        .field("type", s.kind.code())
        .some("months", s.months)
        .some("days", s.days)
        .some("ends", s.ends)
        .some("suspended", s.suspended)
        .into()
}

pub fn ew_case(case: &ew::Case) -> Json {
    Object::new()
        .field("jurisdiction", "ew")
        .field("check_date", case.check_date)
        .some("certificate_issued", case.certificate_issued)
        .field(
            "disposals",
            Json::Array(case.disposals.iter().map(ew_disposal).collect()),
        )
        .into()
}

fn ew_disposal(d: &ew::Disposal) -> Json {
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
                .map(|s| Json::Array(s.iter().map(ew_sentence).collect())),
        )
        .some("conditions_end", d.conditions_end)
        .some("endorsed", d.endorsed)
        .into()
}

fn ew_sentence(s: &ew::Sentence) -> Json {
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
