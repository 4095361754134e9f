//! The inputs as the rules read them (rules §1): a sentence's start, its
//! term, when it is completed, an order's last day, and a period built from
//! them.

use super::*;

fn start(d: &Disposal, s: &Sentence) -> NaiveDate {
    s.start.unwrap_or(d.date)
}

pub(super) fn term(s: &Sentence) -> (i64, i64) {
    (s.months.unwrap_or(0), s.days.unwrap_or(0))
}

/// A term is over N months when start + term is after start + N months.
pub(super) fn term_over(d: &Disposal, s: &Sentence, months: i64) -> bool {
    let (m, days) = term(s);
    crate::rules::ew::validation::term_is_over(start(d, s), m, days, months)
}

/// The day the custodial sentence, with any licence, is completed: the day
/// after its last day (caveat `completion_day`).
pub(super) fn completed(d: &Disposal, s: &Sentence) -> Option<NaiveDate> {
    if let Some(ends) = s.ends {
        return add_days(ends, 1);
    }
    let (m, days) = term(s);
    let credited = s.credited_days.unwrap_or(0);
    add_days(add_months(start(d, s), m)?, days.checked_sub(credited)?)
}

/// An order's last day as originally provided (s.5(7)(d)).
pub(super) enum LastDay {
    On(NaiveDate),
    NoProvision,
    UntilFurtherOrder,
    /// Date arithmetic out of range.
    Unknown,
}

pub(super) fn last_day(d: &Disposal, s: &Sentence) -> LastDay {
    if let Some(ends) = s.ends {
        return LastDay::On(ends);
    }
    if s.has_length() {
        let (m, days) = term(s);
        return after_period(start(d, s), m, days)
            .and_then(|after| add_days(after, -1))
            .map_or(LastDay::Unknown, LastDay::On);
    }
    if s.no_length_given() {
        LastDay::NoProvision
    } else {
        LastDay::UntilFurtherOrder
    }
}

pub(super) fn by_age(d: &Disposal, adult: u32, under_18: u32) -> u32 {
    if d.under_18 {
        under_18
    } else {
        adult
    }
}

pub(super) fn months_after(day: NaiveDate, months: u32) -> Option<NaiveDate> {
    add_months(day, i64::from(months))
}

pub(super) fn period(
    rule: Rule,
    d: &Disposal,
    s: &Sentence,
    span: Span,
    spent_on: Option<NaiveDate>,
) -> Period {
    Period {
        end: Some(End::or_open(spent_on)),
        finding: found(
            rule,
            Fact::Period {
                sentence: s.kind,
                under_18: d.under_18,
                span,
                spent_on,
            },
        ),
        caveats: Vec::new(),
    }
}

pub(super) fn from_conviction(rule: Rule, d: &Disposal, s: &Sentence, months: u32) -> Period {
    period(
        rule,
        d,
        s,
        Span::FromConviction { months },
        months_after(d.date, months),
    )
}

pub(super) fn from_completion(rule: Rule, d: &Disposal, s: &Sentence, months: u32) -> Period {
    let Some(done) = completed(d, s) else {
        return open(rule, s);
    };
    let mut p = period(
        rule,
        d,
        s,
        Span::FromCompletion {
            months,
            completed: done,
        },
        months_after(done, months),
    );
    p.caveats.push(Caveat::CompletionDay);
    if s.credited_days.unwrap_or(0) > 0 && s.ends.is_none() {
        p.caveats.push(Caveat::CustodialEnd);
    }
    p
}

pub(super) fn after_last_day(rule: Rule, d: &Disposal, s: &Sentence, last: NaiveDate) -> Period {
    period(rule, d, s, Span::AfterLastDay { last }, add_days(last, 1))
}

pub(super) fn nil(d: &Disposal, s: &Sentence) -> Period {
    period(NIL, d, s, Span::Nil, Some(d.date))
}

pub(super) fn open(rule: Rule, s: &Sentence) -> Period {
    Period {
        end: Some(End::Open),
        finding: found(rule, Fact::WhileOrderLasts { sentence: s.kind }),
        caveats: vec![Caveat::IndefiniteOrder],
    }
}

pub(super) fn excluded(
    rule: Rule,
    s: &Sentence,
    over_months: Option<u32>,
    schedule_18: bool,
) -> Period {
    Period {
        end: None,
        finding: found(
            rule,
            Fact::Excluded {
                sentence: s.kind,
                over_months,
                schedule_18,
            },
        ),
        caveats: Vec::new(),
    }
}

pub(super) fn compensation(rule: Rule, d: &Disposal, s: &Sentence) -> Period {
    match s.paid_on {
        // The period ends with the payment date: spent the day after.
        Some(paid) => {
            let mut p = period(rule, d, s, Span::Paid { on: paid }, add_days(paid, 1));
            p.caveats.push(Caveat::CompensationDay);
            p
        }
        None => Period {
            end: Some(End::Open),
            finding: found(rule, Fact::CompensationUnpaid),
            caveats: vec![Caveat::CompensationUnpaid],
        },
    }
}

/// The rows the 2014 and 2023 Tables share (fines, endorsements, service
/// sentences, compensation, nil), or `None` for the rows they differ in.
pub(super) fn common_row(rule: Rule, d: &Disposal, s: &Sentence) -> Option<Period> {
    use SentenceType as T;
    Some(match s.kind {
        T::Fine | T::Dismissal | T::DismissalWithDisgrace => {
            from_conviction(rule, d, s, by_age(d, 12, 6))
        }
        T::ServiceDetention => from_completion(rule, d, s, by_age(d, 12, 6)),
        T::CompensationOrder => compensation(rule, d, s),
        T::Endorsement | T::PenaltyPoints => {
            let mut p = from_conviction(ENDORSEMENT, d, s, by_age(d, 60, 30));
            p.caveats.push(Caveat::EndorsementBasis);
            if s.kind == T::PenaltyPoints {
                p.caveats.push(Caveat::PenaltyPoints);
            }
            p
        }
        T::ServiceReprimand => {
            let mut p = from_conviction(SERVICE_REPRIMAND, d, s, by_age(d, 12, 6));
            p.caveats.push(Caveat::UnlistedSentence);
            p
        }
        T::AbsoluteDischarge | T::ReparationOrder => nil(d, s),
        _ if s.kind.class() == Class::Excluded => excluded(EXCLUDED, s, None, false),
        _ => return None,
    })
}

/// Caveats every version attaches to an order given as a length or superseded.
pub(super) fn order_caveats(p: &mut Period, s: &Sentence) {
    if s.kind.is_order() && s.has_length() && s.ends.is_none() {
        p.caveats.push(Caveat::OrderLength);
    }
    if s.kind.is_superseded() {
        p.caveats.push(Caveat::SupersededOrder);
    }
}
