//! When a conviction is spent: the Rehabilitation of Offenders (Northern
//! Ireland) Order 1978, Arts 6 and 7 (rules §2), with the Short Guide's
//! Annex A for non-court disposals.

use chrono::NaiveDate;

use super::catalogue::SentenceType;
use super::citation::Rule;
use super::dates::{add_days, add_months, after_period, describe_months, long_date};
use super::model::{Caveat, Disposal, Reason, Sentence};

pub const EXCLUDED: Rule = Rule {
    id: "roo-1978-art-6-1-excluded",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 6(1)",
};
pub const TABLE_A: Rule = Rule {
    id: "roo-1978-art-6-table-a",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 6; Short Guide, Annex A",
};
pub const LONGEST_SENTENCE: Rule = Rule {
    id: "roo-1978-art-6-longest-sentence",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 6",
};
pub const UNTIL_FURTHER_ORDER: Rule = Rule {
    id: "roo-1978-order-until-further-order",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 6 (order with no end date)",
};
pub const NON_COURT_SPENT_AT_ONCE: Rule = Rule {
    id: "short-guide-annex-a-non-court-disposals",
    source: "Short Guide, Annex A (cautions, informed warnings, diversionary youth conferences)",
};
pub const EXTENSION: Rule = Rule {
    id: "roo-1978-art-7-further-conviction",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 7; Short Guide, Annex A ('More than one conviction')",
};
pub const EXCLUDED_LATER_SENTENCE: Rule = Rule {
    id: "roo-1978-art-7-excluded-later-sentence",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 7 (default following Rehabilitation of Offenders Act 1974 s.1(1)(b))",
};
pub const SUMMARY_ONLY_DISREGARDED: Rule = Rule {
    id: "roo-1978-art-7-summary-only-disregarded",
    source: "Rehabilitation of Offenders (NI) Order 1978, Art 7 (default: a later summary-only conviction is disregarded)",
};

/// How long a period lasts, as data: months from the date of conviction,
/// months after the order ceases, or the later of the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from_conviction: Option<u32>,
    pub after_order_ceases: Option<u32>,
}

const fn from_conviction(months: u32) -> Span {
    Span {
        from_conviction: Some(months),
        after_order_ceases: None,
    }
}
const fn after_order_ceases(months: u32) -> Span {
    Span {
        from_conviction: None,
        after_order_ceases: Some(months),
    }
}
const fn later_of(from_conviction: u32, after_ceases: u32) -> Span {
    Span {
        from_conviction: Some(from_conviction),
        after_order_ceases: Some(after_ceases),
    }
}

/// One row of the rehabilitation table (rules §2.2).
#[derive(Debug, Clone, Copy)]
pub struct Row {
    pub describes: &'static str,
    pub adult: Span,
    /// `None`: the row is not for adults' sentences (Art 45 detention).
    pub under_18: Span,
}

pub const CUSTODY_UP_TO_6_MONTHS: Row = Row {
    describes:
        "A prison or young offenders centre sentence (immediate or suspended) of 6 months or less",
    adult: from_conviction(84),
    under_18: from_conviction(42),
};
pub const CUSTODY_6_TO_30_MONTHS: Row = Row {
    describes: "A prison or young offenders centre sentence (immediate or suspended) of more than 6 months and up to 30 months",
    adult: from_conviction(120),
    under_18: from_conviction(60),
};
pub const ART45_UP_TO_6_MONTHS: Row = Row {
    describes: "Detention under Article 45 of 6 months or less",
    adult: from_conviction(36),
    under_18: from_conviction(36),
};
pub const ART45_6_TO_30_MONTHS: Row = Row {
    describes: "Detention under Article 45 of more than 6 months and up to 30 months",
    adult: from_conviction(60),
    under_18: from_conviction(60),
};
pub const FINE_OR_COMMUNITY_SERVICE: Row = Row {
    describes: "A fine, community service order or combination order",
    adult: from_conviction(60),
    under_18: from_conviction(30),
};
pub const ABSOLUTE_DISCHARGE: Row = Row {
    describes: "An absolute discharge",
    adult: from_conviction(6),
    under_18: from_conviction(6),
};
pub const PROBATION_AND_SIMILAR: Row = Row {
    describes:
        "A probation order, conditional discharge, bind over, care order or supervision order",
    adult: later_of(12, 0),
    under_18: later_of(12, 0),
};
pub const YOUTH_ORDERS: Row = Row {
    describes: "An attendance centre, juvenile justice centre, youth conference, reparation, community responsibility, remand home or training school order",
    adult: after_order_ceases(12),
    under_18: after_order_ceases(12),
};
pub const HOSPITAL_ORDER: Row = Row {
    describes: "A hospital order",
    adult: later_of(60, 24),
    under_18: later_of(60, 24),
};
pub const DISQUALIFICATION: Row = Row {
    describes: "A disqualification, prohibition or other order imposing a disability",
    adult: after_order_ceases(0),
    under_18: after_order_ceases(0),
};
pub const ANY_OTHER_SENTENCE: Row = Row {
    describes: "A sentence the Order does not list",
    adult: from_conviction(60),
    under_18: from_conviction(30),
};

/// Where one period ends: spent on a date, or not while an order lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PeriodEnd {
    SpentOn(NaiveDate),
    /// An order "until further order": never spent while it lasts.
    WhileOrderLasts,
}

impl PeriodEnd {
    /// Is a conviction on `date` inside a period with this end?
    pub fn covers(self, date: NaiveDate) -> bool {
        match self {
            PeriodEnd::SpentOn(end) => date < end,
            PeriodEnd::WhileOrderLasts => true,
        }
    }
    pub fn spent_on(self) -> Option<NaiveDate> {
        match self {
            PeriodEnd::SpentOn(d) => Some(d),
            PeriodEnd::WhileOrderLasts => None,
        }
    }
}

/// A conviction's own rehabilitation, before other convictions are looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnPeriod {
    /// `None`: excluded from rehabilitation, never spent.
    pub end: Option<PeriodEnd>,
    pub reasons: Vec<Reason>,
    pub caveats: Vec<Caveat>,
}

/// The length of a custodial term, against the 6- and 30-month lines.
/// Compared as dates from the conviction, so "0 months 200 days" is over 6 months.
fn term_is_over(date: NaiveDate, s: &Sentence, months: i64) -> bool {
    let term_end = after_period(date, s.months.unwrap_or(0), s.days.unwrap_or(0));
    let line = add_months(date, months);
    match (term_end, line) {
        (Some(t), Some(l)) => t > l,
        // Out of range only for absurd input: treat as the longest term.
        _ => true,
    }
}

fn describe_term(s: &Sentence) -> String {
    let months = s.months.unwrap_or(0).clamp(0, i64::from(u32::MAX)) as u32;
    let days = s.days.unwrap_or(0);
    match (months, days) {
        (0, d) => format!("{d} days"),
        (m, 0) => describe_months(m),
        (m, d) => format!("{} and {d} days", describe_months(m)),
    }
}

enum Classified {
    Excluded(String, Option<Caveat>),
    Row(Row, Option<Caveat>),
}

/// A prison term counts in full, custody plus licence (rules §2.2, default).
fn dcs_caveat(s: &Sentence) -> Option<Caveat> {
    (s.suspended != Some(true)).then_some(Caveat::DcsTerm)
}

/// Art 6: which row of the table a sentence falls in (rules §2.1, §2.2).
fn classify(date: NaiveDate, s: &Sentence) -> Classified {
    use SentenceType as T;
    let custodial = |up_to_6: Row, to_30: Row, what: &str| {
        if term_is_over(date, s, 30) {
            Classified::Excluded(
                format!(
                    "{what} of more than 30 months ({}) is never spent.",
                    describe_term(s)
                ),
                None,
            )
        } else if term_is_over(date, s, 6) {
            Classified::Row(to_30, None)
        } else {
            Classified::Row(up_to_6, None)
        }
    };
    match s.kind {
        T::Imprisonment => match custodial(
            CUSTODY_UP_TO_6_MONTHS,
            CUSTODY_6_TO_30_MONTHS,
            "A prison sentence",
        ) {
            Classified::Row(row, _) => Classified::Row(row, dcs_caveat(s)),
            Classified::Excluded(text, _) => Classified::Excluded(text, dcs_caveat(s)),
        },
        T::DetentionArt45 => custodial(
            ART45_UP_TO_6_MONTHS,
            ART45_6_TO_30_MONTHS,
            "Detention under Article 45",
        ),
        T::CorrectiveTraining => {
            if term_is_over(date, s, 30) {
                Classified::Excluded(
                    format!(
                        "Corrective training of more than 30 months ({}) is never spent.",
                        describe_term(s)
                    ),
                    None,
                )
            } else {
                Classified::Row(ANY_OTHER_SENTENCE, Some(Caveat::UnlistedSentence))
            }
        }
        T::LifeImprisonment => Classified::Excluded("A life sentence is never spent.".into(), None),
        T::DetentionAtPleasure => {
            Classified::Excluded("Detention at pleasure is never spent.".into(), None)
        }
        T::PreventiveDetention => {
            Classified::Excluded("Preventive detention is never spent.".into(), None)
        }
        T::IndeterminateCustodialSentence => Classified::Excluded(
            "An indeterminate custodial sentence is never spent.".into(),
            None,
        ),
        T::ExtendedCustodialSentence => Classified::Excluded(
            "An extended custodial sentence is never spent.".into(),
            None,
        ),
        T::Fine | T::CommunityServiceOrder | T::CombinationOrder => {
            Classified::Row(FINE_OR_COMMUNITY_SERVICE, None)
        }
        T::AbsoluteDischarge => Classified::Row(ABSOLUTE_DISCHARGE, None),
        T::CompensationOrder | T::Endorsement | T::Other => {
            Classified::Row(ANY_OTHER_SENTENCE, Some(Caveat::UnlistedSentence))
        }
        T::ProbationOrder
        | T::ConditionalDischarge
        | T::BindOver
        | T::CareOrder
        | T::SupervisionOrder => Classified::Row(PROBATION_AND_SIMILAR, None),
        T::AttendanceCentreOrder
        | T::JuvenileJusticeCentreOrder
        | T::YouthConferenceOrder
        | T::ReparationOrder
        | T::CommunityResponsibilityOrder
        | T::RemandHomeOrder
        | T::TrainingSchoolOrder => Classified::Row(YOUTH_ORDERS, None),
        T::HospitalOrder => Classified::Row(HOSPITAL_ORDER, None),
        T::Disqualification => Classified::Row(DISQUALIFICATION, None),
    }
}

/// The day an order ceases: the day after its last day. `None` = "until
/// further order" (no length and no end date).
fn order_ceases(date: NaiveDate, s: &Sentence) -> Option<NaiveDate> {
    if let Some(last_day) = s.ends {
        add_days(last_day, 1)
    } else if s.has_length() {
        after_period(date, s.months.unwrap_or(0), s.days.unwrap_or(0))
    } else {
        None
    }
}

fn describe_span(span: Span) -> String {
    match (span.from_conviction, span.after_order_ceases) {
        (Some(m), None) => format!("is spent {} after the date of conviction", describe_months(m)),
        (None, Some(0)) => "is spent on the day the order ends".into(),
        (None, Some(m)) => format!("is spent {} after the order ends", describe_months(m)),
        (Some(m), Some(0)) => format!(
            "is spent {} after the date of conviction or when the order ends, whichever is later",
            describe_months(m)
        ),
        (Some(m), Some(a)) => format!(
            "is spent {} after the date of conviction or {} after the order ends, whichever is later",
            describe_months(m),
            describe_months(a)
        ),
        (None, None) => "is spent on the date of conviction".into(),
    }
}

/// Where one sentence's period ends, with its reason.
fn sentence_period(
    d: &Disposal,
    s: &Sentence,
    reasons: &mut Vec<Reason>,
    caveats: &mut Vec<Caveat>,
) -> Option<PeriodEnd> {
    let (row, caveat) = match classify(d.date, s) {
        Classified::Excluded(text, caveat) => {
            caveats.extend(caveat);
            reasons.push(EXCLUDED.because(text));
            return None;
        }
        Classified::Row(row, caveat) => (row, caveat),
    };
    caveats.extend(caveat);
    let span = if d.under_18 { row.under_18 } else { row.adult };
    let age = if d.under_18 {
        " given to someone under 18"
    } else {
        ""
    };
    let from_conviction = span
        .from_conviction
        .and_then(|m| add_months(d.date, i64::from(m)));
    let end = match span.after_order_ceases {
        None => from_conviction.map(PeriodEnd::SpentOn),
        Some(after) => match order_ceases(d.date, s) {
            None => {
                caveats.push(Caveat::IndefiniteOrder);
                reasons.push(UNTIL_FURTHER_ORDER.because(format!(
                    "{} that lasts until further order is not spent while it lasts.",
                    capitalise(&sentence_noun(s.kind))
                )));
                Some(PeriodEnd::WhileOrderLasts)
            }
            Some(ceases) => {
                let after_order = add_months(ceases, i64::from(after));
                from_conviction.max(after_order).map(PeriodEnd::SpentOn)
            }
        },
    };
    let when = match end {
        Some(PeriodEnd::SpentOn(day)) => format!(" For this sentence that is {}.", long_date(day)),
        _ => String::new(),
    };
    // Custodial rows depend on the term, so name the row the term fell in.
    let row_named = if s.kind.is_custodial() {
        format!(" The table's row: {}.", row.describes)
    } else {
        String::new()
    };
    reasons.push(TABLE_A.because(format!(
        "{}{age} {}.{when}{row_named}",
        capitalise(&sentence_noun(s.kind)),
        describe_span(span),
    )));
    // Out of chrono's range only on absurd input: never spent is the safe answer.
    Some(end.unwrap_or(PeriodEnd::WhileOrderLasts))
}

/// "a fine", "a prison sentence": how a reason names a sentence.
fn sentence_noun(kind: SentenceType) -> String {
    use SentenceType as T;
    match kind {
        T::Imprisonment => "a prison or young offenders centre sentence".into(),
        T::BindOver => "a bind over".into(),
        T::Other => "a sentence the law does not list".into(),
        T::DetentionArt45 => "detention under Article 45".into(),
        T::CorrectiveTraining => "corrective training".into(),
        _ => {
            let label = kind.label().to_lowercase();
            let article = if label.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            format!("{article} {label}")
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A conviction's own period: the longest of its sentences' periods; never
/// spent if any sentence is excluded (rules §2.3).
pub fn own_period(d: &Disposal) -> OwnPeriod {
    let mut reasons = Vec::new();
    let mut caveats = Vec::new();
    let mut ends = Vec::new();
    for s in d.sentences() {
        ends.push(sentence_period(d, s, &mut reasons, &mut caveats));
    }
    let end = if ends.iter().any(Option::is_none) {
        None
    } else {
        ends.iter().flatten().max().copied()
    };
    if d.sentences().len() > 1 {
        let text = match end {
            None => "One of the sentences is never spent, so the conviction is never spent.".to_string(),
            Some(PeriodEnd::WhileOrderLasts) => {
                "With more than one sentence, the longest period counts: this conviction is not spent while the order lasts.".to_string()
            }
            Some(PeriodEnd::SpentOn(day)) => format!(
                "With more than one sentence, the longest period counts: this conviction is spent on {}.",
                long_date(day)
            ),
        };
        reasons.push(LONGEST_SENTENCE.because(text));
    }
    OwnPeriod {
        end,
        reasons,
        caveats,
    }
}

/// A non-court disposal is spent on the day it is given (rules §2.4).
pub fn non_court_spent(d: &Disposal) -> Reason {
    NON_COURT_SPENT_AT_ONCE.because(format!(
        "{} is not covered by the 1978 Order and is treated as spent on the day it is given, {}.",
        capitalise(&d.kind.a()),
        long_date(d.date)
    ))
}

/// The rehabilitation outcome of each disposal of a record, after Art 7.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rehabilitation {
    /// `None`: never spent, or not while an order lasts.
    pub spent_on: Option<NaiveDate>,
    pub reasons: Vec<Reason>,
    pub caveats: Vec<Caveat>,
}

struct Link {
    /// Index into the record.
    index: usize,
    /// The period after extension (for excluded convictions: none).
    end: Option<PeriodEnd>,
    made_never_spent_by: Option<usize>,
    extended_by: Vec<usize>,
    disregarded: Vec<usize>,
}

/// Rules §2.5: further convictions inside a period, to a fixed point.
pub fn rehabilitate(record: &[Disposal]) -> Vec<Rehabilitation> {
    let mut out: Vec<Rehabilitation> = Vec::with_capacity(record.len());
    let mut links: Vec<Link> = Vec::new();
    for (index, d) in record.iter().enumerate() {
        if d.is_conviction() {
            let own = own_period(d);
            links.push(Link {
                index,
                end: own.end,
                made_never_spent_by: None,
                extended_by: Vec::new(),
                disregarded: Vec::new(),
            });
            out.push(Rehabilitation {
                spent_on: None,
                reasons: own.reasons,
                caveats: own.caveats,
            });
        } else {
            out.push(Rehabilitation {
                spent_on: Some(d.date),
                reasons: vec![non_court_spent(d)],
                caveats: Vec::new(),
            });
        }
    }
    // Earliest first, so extensions mostly settle in one pass.
    links.sort_by_key(|l| (record[l.index].date, l.index));

    loop {
        let mut changed = false;
        for a in 0..links.len() {
            // Links are in date order: later convictions start at the first one
            // on the same day, and stop at the first one outside the period.
            let earlier = &record[links[a].index];
            let first = links.partition_point(|l| record[l.index].date < earlier.date);
            for b in first..links.len() {
                if a == b {
                    continue;
                }
                let later = &record[links[b].index];
                let Some(a_end) = links[a].end else { break };
                if !a_end.covers(later.date) {
                    break;
                }
                if later.summary_only() {
                    if !links[a].disregarded.contains(&b) {
                        links[a].disregarded.push(b);
                        changed = true;
                    }
                    continue;
                }
                match links[b].end {
                    None => {
                        // Only an excluded sentence has no period (extensions never remove one).
                        if links[a].made_never_spent_by.is_none() {
                            links[a].made_never_spent_by = Some(b);
                            changed = true;
                        }
                    }
                    Some(b_end) => {
                        let both = a_end.max(b_end);
                        if a_end != both {
                            links[a].end = Some(both);
                            links[a].extended_by.push(b);
                            changed = true;
                        }
                        if b_end != both {
                            links[b].end = Some(both);
                            links[b].extended_by.push(a);
                            changed = true;
                        }
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }

    for l in &links {
        let id_of = |i: usize| record[links[i].index].id.as_str();
        let r = &mut out[l.index];
        r.spent_on = match l.made_never_spent_by {
            Some(_) => None,
            None => l.end.and_then(PeriodEnd::spent_on),
        };
        if !l.extended_by.is_empty() {
            let others = name_some(l.extended_by.iter().map(|&i| id_of(i)));
            let when = match l.end {
                Some(PeriodEnd::SpentOn(day)) => format!("it is spent on {}", long_date(day)),
                _ => "it is not spent while the other conviction's order lasts".into(),
            };
            r.reasons.push(EXTENSION.because(format!(
                "Another conviction ({others}) came before this one was spent, so neither is spent until both are: {when}."
            )));
            if l.end == Some(PeriodEnd::WhileOrderLasts) {
                push_once(&mut r.caveats, Caveat::IndefiniteOrder);
            }
        }
        if let Some(b) = l.made_never_spent_by {
            push_once(&mut r.caveats, Caveat::ExcludedLaterSentence);
            r.reasons.push(EXCLUDED_LATER_SENTENCE.because(format!(
                "A later conviction ({}) came before this one was spent and has a sentence that is never spent, so this one is never spent either.",
                id_of(b)
            )));
        }
        if !l.disregarded.is_empty() {
            let others = name_some(l.disregarded.iter().map(|&i| id_of(i)));
            push_once(&mut r.caveats, Caveat::SummaryOnly);
            r.reasons.push(SUMMARY_ONLY_DISREGARDED.because(format!(
                "A later conviction for a summary-only offence ({others}) came before this one was spent. It is ignored, so it does not make this one last longer."
            )));
        }
    }
    // The later, summary-only side of each disregarded pair.
    for l in &links {
        for &b in &l.disregarded {
            let later = &mut out[links[b].index];
            if !later.caveats.contains(&Caveat::SummaryOnly) {
                later.caveats.push(Caveat::SummaryOnly);
                later.reasons.push(SUMMARY_ONLY_DISREGARDED.because(format!(
                    "This conviction was for a summary-only offence, so it does not make the earlier conviction ({}) last longer.",
                    record[l.index].id
                )));
            }
        }
    }
    out
}

pub(crate) fn push_once(caveats: &mut Vec<Caveat>, c: Caveat) {
    if !caveats.contains(&c) {
        caveats.push(c);
    }
}

/// "a, b and 3 more": distinct names, at most three of them.
fn name_some<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut distinct: Vec<&str> = Vec::new();
    for n in names {
        if !distinct.contains(&n) {
            distinct.push(n);
        }
    }
    match distinct.len() {
        0..=3 => distinct.join(", "),
        n => format!("{} and {} more", distinct[..3].join(", "), n - 3),
    }
}
