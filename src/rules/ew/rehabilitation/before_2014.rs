//! ROA 1974 s.5 as amended to 2013, before 10 March 2014 (rules §2.4).

use super::*;

pub(super) const BEFORE_2014_TABLE: Rule = Rule {
    id: "roa-1974-s5-table-before-2014",
    source: "Rehabilitation of Offenders Act 1974 s.5(1)-(8) before LASPO 2012 (legislation.gov.uk, as at 2005 and 2009)",
};
pub(super) const BEFORE_2014_EXCLUDED: Rule = Rule {
    id: "roa-1974-s5-1-b-before-2014",
    source: "Rehabilitation of Offenders Act 1974 s.5(1)(b), (d) before LASPO 2012: 'a term exceeding thirty months'",
};

/// §2.4: before 10 March 2014. Periods run from the conviction; Table A
/// halves for someone under 18 at conviction (s.5(2)(a)).
pub(super) fn before_2014(d: &Disposal, s: &Sentence, _: Schedule18) -> Period {
    use SentenceType as T;
    let rule = BEFORE_2014_TABLE;
    let by_default = |mut p: Period| {
        p.caveats.push(Caveat::Pre2014Table);
        p
    };
    // The day the order ceases: the day after its last day.
    let by_last_day = std::cell::Cell::new(false);
    let ceases = || {
        by_last_day.set(true);
        match last_day(d, s) {
            LastDay::On(last) => Ok(add_days(last, 1)),
            _ => Err(()),
        }
    };
    let mut p = match s.kind {
        _ if s.kind.class() == Class::Excluded => excluded(EXCLUDED, s, None, false),
        T::Imprisonment | T::Detention | T::DetentionTrainingOrder | T::CorrectiveTraining => {
            if term_over(d, s, 30) {
                return excluded(BEFORE_2014_EXCLUDED, s, Some(30), false);
            }
            let over_6 = term_over(d, s, 6);
            match s.kind {
                T::Detention if d.under_18 => {
                    by_default(from_conviction(rule, d, s, if over_6 { 60 } else { 36 }))
                }
                T::DetentionTrainingOrder => {
                    by_default(from_conviction(rule, d, s, if over_6 { 60 } else { 42 }))
                }
                _ => from_conviction(
                    rule,
                    d,
                    s,
                    by_age(
                        d,
                        if over_6 { 120 } else { 84 },
                        if over_6 { 60 } else { 42 },
                    ),
                ),
            }
        }
        T::DismissalWithDisgrace => by_default(from_conviction(rule, d, s, by_age(d, 120, 60))),
        T::Dismissal => by_default(from_conviction(rule, d, s, by_age(d, 84, 42))),
        T::ServiceDetention => by_default(from_conviction(rule, d, s, by_age(d, 60, 30))),
        T::Fine | T::CommunityOrder => from_conviction(rule, d, s, by_age(d, 60, 30)),
        T::AbsoluteDischarge => from_conviction(rule, d, s, 6),
        T::ConditionalDischarge
        | T::BindOver
        | T::SupervisionOrder
        | T::CareOrder
        | T::YouthRehabilitationOrder => match ceases() {
            Ok(on) => later_of(rule, d, s, 12, on, 0),
            Err(()) => open(rule, s),
        },
        T::AttendanceCentreOrder => match ceases() {
            Ok(on) => later_of(rule, d, s, 0, on, 12),
            Err(()) => open(rule, s),
        },
        T::HospitalOrder => match ceases() {
            Ok(on) => later_of(rule, d, s, 60, on, 24),
            Err(()) => open(rule, s),
        },
        T::ReferralOrder
        | T::Disqualification
        | T::RestrainingOrder
        | T::SexualHarmPreventionOrder
        | T::CriminalBehaviourOrder
        | T::SeriousCrimePreventionOrder
        | T::FootballBanningOrder
        | T::OtherBehaviourOrder => match ceases() {
            Ok(on) => later_of(rule, d, s, 0, on, 0),
            Err(()) => open(rule, s),
        },
        // Compensation, endorsements, points, the orders the community
        // order superseded, reparation, service reprimands, and "any other
        // sentence": 5 years (Guildhall; default).
        _ => by_default(from_conviction(rule, d, s, by_age(d, 60, 30))),
    };
    if by_last_day.get() && s.has_length() && s.ends.is_none() {
        p.caveats.push(Caveat::OrderLength);
    }
    if s.kind.is_superseded() {
        p.caveats.push(Caveat::SupersededOrder);
    }
    p
}

pub(super) fn later_of(
    rule: Rule,
    d: &Disposal,
    s: &Sentence,
    months: u32,
    ceases: Option<NaiveDate>,
    after_ceases: u32,
) -> Period {
    let Some(ceases) = ceases else {
        return open(rule, s);
    };
    let a = months_after(d.date, months);
    let b = months_after(ceases, after_ceases);
    let spent_on = match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        _ => None,
    };
    period(
        rule,
        d,
        s,
        Span::LaterOf {
            months,
            ceases,
            after_ceases,
        },
        spent_on,
    )
}
