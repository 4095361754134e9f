//! The rehabilitation periods: Rehabilitation of Offenders (Northern
//! Ireland) Order 1978, Art 6 (rules §2.1, §2.2), as dated data.
//!
//! One row per sentence band, each with its source, a point-in-time link to
//! legislation.gov.uk and the day it took effect, as OpenFisca keeps its
//! parameters. The engine picks, for each sentence, the latest row of its
//! band in force on the check date, so a reform (such as the Justice Bill's
//! planned NI periods) is new rows with their date, and every answer for an
//! earlier check date stays as it was.

use chrono::NaiveDate;

use super::catalogue::SentenceType;
use crate::rules::dates::{add_months, after_period};
use crate::rules::in_force::Ymd;

/// How long a period lasts: months from the date of conviction, months
/// after the order ceases, or the later of the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from_conviction: Option<u32>,
    pub after_order_ceases: Option<u32>,
}

pub const fn from_conviction(months: u32) -> Span {
    Span {
        from_conviction: Some(months),
        after_order_ceases: None,
    }
}
pub const fn after_order_ceases(months: u32) -> Span {
    Span {
        from_conviction: None,
        after_order_ceases: Some(months),
    }
}
pub const fn later_of(from_conviction: u32, after_ceases: u32) -> Span {
    Span {
        from_conviction: Some(from_conviction),
        after_order_ceases: Some(after_ceases),
    }
}

/// A custodial term's band: over `over` months (`None`: any), and not over
/// `up_to` months (`None`: no limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub over: Option<i64>,
    pub up_to: Option<i64>,
}

/// The periods of a row: `None` for a sentence excluded from
/// rehabilitation (never spent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Periods {
    pub adult: Span,
    pub under_18: Span,
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// The band, as a person reads it.
    pub describes: &'static str,
    pub sentences: &'static [SentenceType],
    /// For custodial sentences: the term the row is for.
    pub term: Option<Term>,
    pub periods: Option<Periods>,
    pub source: &'static str,
    /// The provision on legislation.gov.uk, as it stood on a named day.
    pub link: &'static str,
    /// `None`: in force for every date the engine accepts.
    pub from: Option<Ymd>,
}

use SentenceType as T;

const CUSTODY: &[SentenceType] = &[T::Imprisonment, T::CorrectiveTraining];
const ART_6: &str = "Rehabilitation of Offenders (NI) Order 1978, Art 6; Short Guide, Annex A";
const ART_6_1: &str = "Rehabilitation of Offenders (NI) Order 1978, Art 6(1)";
const ART_6_LINK: &str = "https://www.legislation.gov.uk/nisi/1978/1908/article/6/2016-03-01";

const fn row(
    describes: &'static str,
    sentences: &'static [SentenceType],
    term: Option<Term>,
    periods: Option<Periods>,
) -> Row {
    Row {
        describes,
        sentences,
        term,
        periods,
        source: if periods.is_some() { ART_6 } else { ART_6_1 },
        link: ART_6_LINK,
        from: None,
    }
}
const fn both(adult: Span, under_18: Span) -> Option<Periods> {
    Some(Periods { adult, under_18 })
}
const fn band(over: Option<i64>, up_to: Option<i64>) -> Option<Term> {
    Some(Term { over, up_to })
}

/// Rules §2.1 and §2.2 (Annex A of the Short Guide, confirmed).
pub const ROO_1978: &[Row] = &[
    row("Custody of more than 30 months", CUSTODY, band(Some(30), None), None),
    row("Article 45 detention of more than 30 months", &[T::DetentionArt45], band(Some(30), None), None),
    row(
        "A sentence that is never spent",
        &[T::LifeImprisonment, T::DetentionAtPleasure, T::PreventiveDetention, T::IndeterminateCustodialSentence, T::ExtendedCustodialSentence],
        None,
        None,
    ),
    row(
        "A prison or young offenders centre sentence (immediate or suspended) of 6 months or less",
        CUSTODY,
        band(None, Some(6)),
        both(from_conviction(84), from_conviction(42)),
    ),
    row(
        "A prison or young offenders centre sentence (immediate or suspended) of more than 6 months and up to 30 months",
        CUSTODY,
        band(Some(6), Some(30)),
        both(from_conviction(120), from_conviction(60)),
    ),
    row(
        "Detention under Article 45 of 6 months or less",
        &[T::DetentionArt45],
        band(None, Some(6)),
        both(from_conviction(36), from_conviction(36)),
    ),
    row(
        "Detention under Article 45 of more than 6 months and up to 30 months",
        &[T::DetentionArt45],
        band(Some(6), Some(30)),
        both(from_conviction(60), from_conviction(60)),
    ),
    row(
        "A fine, community service order or combination order",
        &[T::Fine, T::CommunityServiceOrder, T::CombinationOrder],
        None,
        both(from_conviction(60), from_conviction(30)),
    ),
    row(
        "An absolute discharge",
        &[T::AbsoluteDischarge],
        None,
        both(from_conviction(6), from_conviction(6)),
    ),
    row(
        "A probation order, conditional discharge, bind over, care order or supervision order",
        &[T::ProbationOrder, T::ConditionalDischarge, T::BindOver, T::CareOrder, T::SupervisionOrder],
        None,
        both(later_of(12, 0), later_of(12, 0)),
    ),
    row(
        "An attendance centre, juvenile justice centre, youth conference, reparation, community responsibility, remand home or training school order",
        &[T::AttendanceCentreOrder, T::JuvenileJusticeCentreOrder, T::YouthConferenceOrder, T::ReparationOrder, T::CommunityResponsibilityOrder, T::RemandHomeOrder, T::TrainingSchoolOrder],
        None,
        both(after_order_ceases(12), after_order_ceases(12)),
    ),
    row(
        "A hospital order",
        &[T::HospitalOrder],
        None,
        both(later_of(60, 24), later_of(60, 24)),
    ),
    row(
        "A disqualification, prohibition or other order imposing a disability",
        &[T::Disqualification],
        None,
        both(after_order_ceases(0), after_order_ceases(0)),
    ),
    row(
        "A sentence the Order does not list",
        &[T::CompensationOrder, T::Endorsement, T::Other],
        None,
        both(from_conviction(60), from_conviction(30)),
    ),
];

/// The rows in force: the Order's, for every check date so far.
pub const ROWS: &[Row] = ROO_1978;

/// The length of a custodial term against a line of `months` (rules §2.2):
/// M months and D days is over N months when `add_months(date, M) + D` is
/// after `add_months(date, N)`.
pub fn term_is_over(date: NaiveDate, months: i64, days: i64, line: i64) -> bool {
    match (after_period(date, months, days), add_months(date, line)) {
        (Some(t), Some(l)) => t > l,
        // Out of range only for absurd input: treat as the longest term.
        _ => true,
    }
}

impl Row {
    fn covers(&self, kind: SentenceType, date: NaiveDate, months: i64, days: i64) -> bool {
        self.sentences.contains(&kind)
            && self.term.is_none_or(|t| {
                t.over.is_none_or(|o| term_is_over(date, months, days, o))
                    && t.up_to.is_none_or(|u| !term_is_over(date, months, days, u))
            })
    }
}

/// The row for a sentence (its type and, if custodial, its term) on a
/// conviction of `date`, among `rows` as in force on `check_date`: of the
/// rows for its band, the one that took effect last on or before that day.
pub fn row_for(
    rows: &'static [Row],
    check_date: NaiveDate,
    kind: SentenceType,
    date: NaiveDate,
    months: i64,
    days: i64,
) -> Option<&'static Row> {
    rows.iter()
        .filter(|r| r.covers(kind, date, months, days))
        .filter(|r| r.from.is_none_or(|f| f.date() <= check_date))
        .max_by_key(|r| r.from.map(Ymd::date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ni::catalogue::CATALOGUE;

    /// Every sentence type, at every term, falls in exactly one band.
    #[test]
    fn each_sentence_has_one_row() {
        let date = NaiveDate::from_ymd_opt(2010, 1, 31).unwrap();
        for e in CATALOGUE {
            for (months, days) in [(0, 0), (6, 0), (6, 1), (30, 0), (30, 1), (31, 0)] {
                let n = ROWS
                    .iter()
                    .filter(|r| r.covers(e.kind, date, months, days))
                    .count();
                assert_eq!(n, 1, "{:?} {months} months {days} days", e.kind);
            }
        }
    }

    #[test]
    fn links_are_point_in_time_legislation() {
        for r in ROWS {
            assert!(r
                .link
                .starts_with("https://www.legislation.gov.uk/nisi/1978/1908/"));
            assert!(r.from.is_none_or(|f| f.date() != NaiveDate::MIN));
        }
    }
}
