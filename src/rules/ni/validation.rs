//! Checks a Northern Ireland case before the engine reads it, and says
//! every problem at once, each naming the disposal and field in plain
//! words. Never a guess.

use super::case::{Case, Disposal, Sentence};
use super::catalogue::{Asks, SentenceType};
use super::model::DisposalKind;
use super::offences;
use crate::rules::validation::{
    check_case_dates, check_conviction_fields, check_id_and_date, in_range, Problem, Refusal,
    MAX_DAYS, MAX_MONTHS, YEAR_MESSAGE,
};

/// Every refusal of NI's own checks (with `validation::REFUSALS`, all
/// that `validate` can give).
pub const REFUSALS: &[Refusal] = &[
    ("disposals[].under_18", "A diversionary youth conference is only given to someone under 18. Check the date, and whether you were under 18 on it."),
    ("disposals[].offence", "There is no offence \"{}\" in the list of offences. Leave it out, or choose one from the list."),
    ("disposals[].specified", "This says the offence {} a specified offence, but {} {} one. Leave this out, or choose another offence."),
    ("disposals[].summary_only", "This says the offence {} summary-only, but {} {}. Leave this out, or choose another offence."),
    ("disposals[].sentences[].months", "The length cannot be less than 0."),
    ("disposals[].sentences[].days", "The length cannot be less than 0."),
    ("disposals[].sentences[].months", "The length must be 100 years or less."),
    ("disposals[].sentences[].days", "The length must be 100 years or less."),
    ("disposals[].sentences[].ends", YEAR_MESSAGE),
    ("disposals[].sentences[].ends", "The end date of the order is before the date of the conviction."),
    ("disposals[].sentences[]", "A {} has no length or end date here. Remove them."),
    ("disposals[].sentences[].ends", "Give the length of the sentence in months, not an end date."),
    ("disposals[].sentences[].months", "Enter the length of the {} sentence."),
    ("disposals[].sentences[]", "Give either a length or an end date for the order, not both."),
    ("disposals[].sentences[].suspended", "Only a prison sentence can be suspended, not a {}."),
    ("disposals[].sentences[].type", "Detention under Article 45 is only for people under 18."),
];

/// Every problem with a case; empty when the engine can assess it.
pub fn validate(case: &Case) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut push = |disposal: Option<(usize, &Disposal)>, field: String, message: String| {
        problems.push(Problem {
            disposal: disposal.map(|(i, _)| i),
            id: disposal.map(|(_, d)| d.id.clone()),
            field,
            message,
        })
    };
    check_case_dates(case.check_date, case.certificate_issued, &mut |f, m| {
        push(None, f, m)
    });
    let ids: Vec<&str> = case.disposals.iter().map(|d| d.id.as_str()).collect();
    let earlier = crate::util::order::occurrences(&ids);
    for (i, d) in case.disposals.iter().enumerate() {
        let at = Some((i, d));
        let field = |name: &str| format!("disposals[{i}].{name}");
        let noun = d.kind.noun();
        check_id_and_date(
            (i, d.id.as_str(), d.date, noun),
            case.check_date,
            earlier.get(i).is_some_and(|&n| n > 0),
            &mut |f, m| push(at, f, m),
        );
        if disposal_is_for_under_18s(d.kind) && !d.under_18 {
            push(
                at,
                field("under_18"),
                "A diversionary youth conference is only given to someone under 18. Check the date, and whether you were under 18 on it."
                    .into(),
            );
        }
        if let Some(id) = &d.offence {
            for (name, message) in offence_problems(d, id) {
                push(at, field(name), message);
            }
        }
        check_conviction_fields(
            i,
            (
                d.is_conviction(),
                d.sentences.as_ref().map(Vec::len),
                d.summary_only,
            ),
            &d.kind.a(),
            &mut |f, m| push(at, f, m),
        );
        if d.is_conviction() {
            for (j, s) in d.sentences().iter().enumerate() {
                for (name, message) in sentence_problems(d, s) {
                    push(at, field(&format!("sentences[{j}]{name}")), message);
                }
            }
        }
    }
    problems
}

/// A disposal given only to someone under 18: a diversionary youth
/// conference.
pub fn disposal_is_for_under_18s(kind: DisposalKind) -> bool {
    kind == DisposalKind::DiversionaryYouthConference
}

/// A sentence given only to someone under 18: detention under Article 45
/// of the Criminal Justice (Children) (NI) Order 1998.
pub fn sentence_is_for_under_18s(kind: SentenceType) -> bool {
    kind == SentenceType::DetentionArt45
}

/// An offence id must be in the table, and an answer given with it must not
/// contradict the table's (rules §1, "Offence"). A table `None` contradicts
/// nothing: the person may know more than the offence's name tells.
fn offence_problems(d: &Disposal, id: &str) -> Vec<(&'static str, String)> {
    let Some(o) = offences::offence(id) else {
        return vec![(
            "offence",
            format!("There is no offence \"{id}\" in the list of offences. Leave it out, or choose one from the list."),
        )];
    };
    let is = |b: bool| if b { "is" } else { "is not" };
    let mut out = Vec::new();
    if let (Some(table), Some(given)) = (o.specified, d.specified) {
        if table != given {
            out.push((
                "specified",
                format!(
                    "This says the offence {} a specified offence, but {} {} one. Leave this out, or choose another offence.",
                    is(given),
                    o.name,
                    is(table)
                ),
            ));
        }
    }
    if let (true, Some(table), Some(given)) = (d.is_conviction(), o.summary_only, d.summary_only) {
        if table != given {
            out.push((
                "summary_only",
                format!(
                    "This says the offence {} summary-only, but {} {}. Leave this out, or choose another offence.",
                    is(given),
                    o.name,
                    is(table)
                ),
            ));
        }
    }
    out
}

/// Problems with one sentence: (field suffix, message).
fn sentence_problems(d: &Disposal, s: &Sentence) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let label = s.kind.label().to_ascii_lowercase();
    let asks = s.kind.asks();
    for (name, value, max) in [
        (".months", s.months, MAX_MONTHS),
        (".days", s.days, MAX_DAYS),
    ] {
        match value {
            Some(v) if v < 0 => out.push((name, "The length cannot be less than 0.".to_string())),
            Some(v) if v > max => {
                out.push((name, "The length must be 100 years or less.".to_string()))
            }
            _ => {}
        }
    }
    if let Some(ends) = s.ends {
        if !in_range(ends) {
            out.push((".ends", YEAR_MESSAGE.to_string()));
        } else if ends < d.date {
            out.push((
                ".ends",
                "The end date of the order is before the date of the conviction.".to_string(),
            ));
        }
    }
    match asks {
        Asks::Nothing => {
            if s.has_length() || s.ends.is_some() {
                out.push((
                    "",
                    format!("A {label} has no length or end date here. Remove them."),
                ));
            }
        }
        Asks::Term | Asks::TermAndSuspended => {
            if s.ends.is_some() {
                out.push((
                    ".ends",
                    "Give the length of the sentence in months, not an end date.".to_string(),
                ));
            } else if !s.has_length() {
                out.push((
                    ".months",
                    format!("Enter the length of the {label} sentence."),
                ));
            }
        }
        Asks::LengthOrEndDate => {
            if s.has_length() && s.ends.is_some() {
                out.push((
                    "",
                    "Give either a length or an end date for the order, not both.".to_string(),
                ));
            }
        }
    }
    if s.suspended.is_some() && asks != Asks::TermAndSuspended {
        out.push((
            ".suspended",
            format!("Only a prison sentence can be suspended, not a {label}."),
        ));
    }
    if sentence_is_for_under_18s(s.kind) && !d.under_18 {
        out.push((
            ".type",
            "Detention under Article 45 is only for people under 18.".to_string(),
        ));
    }
    out
}
