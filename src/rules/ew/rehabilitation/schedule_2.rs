//! Cautions (ROA 1974 Sch 2 para 1) and fixed penalty notices (s.8A)
//! (rules §3).

use super::*;

fn fixed_penalty(d: &Disposal) -> Period {
    let endorsed = d.endorsed == Some(true);
    let spent_on = if endorsed {
        months_after(d.date, by_age(d, 60, 30))
    } else {
        Some(d.date)
    };
    Period {
        end: Some(End::or_open(spent_on)),
        finding: found(
            FIXED_PENALTY,
            Fact::FixedPenalty {
                endorsed,
                under_18: d.under_18,
                spent_on,
            },
        ),
        caveats: vec![Caveat::FixedPenaltyNotice],
    }
}

pub(super) fn at_once(rule: Rule, d: &Disposal) -> Period {
    Period {
        end: Some(End::On(d.date)),
        finding: found(
            rule,
            Fact::CautionSpentAtOnce {
                kind: d.kind,
                date: d.date,
            },
        ),
        caveats: Vec::new(),
    }
}

/// "three months from the date on which the caution is given": "from"
/// excludes the day, so it ends on the corresponding date and the caution
/// is spent the day after (caveat `caution_three_months`).
pub(super) fn three_months_from(d: &Disposal) -> Option<NaiveDate> {
    add_days(add_months(d.date, 3)?, 1)
}

/// Sch 2 para 1(1) as amended by LASPO s.139(7).
pub(super) fn caution(d: &Disposal) -> Period {
    match d.kind {
        Kind::FixedPenaltyNotice => fixed_penalty(d),
        Kind::ConditionalCaution => {
            let three = three_months_from(d);
            // (ii) "if earlier, when the caution ceases to have effect".
            let (on, conditions_ended) = match (three, d.conditions_end) {
                (Some(t), Some(end)) if end < t => (Some(end), true),
                (None, Some(end)) => (Some(end), true),
                (t, _) => (t, false),
            };
            Period {
                end: Some(End::or_open(on)),
                finding: found(
                    CAUTION,
                    Fact::ConditionalCautionSpent {
                        on: on.unwrap_or(d.date),
                        conditions_ended,
                    },
                ),
                caveats: if conditions_ended {
                    Vec::new()
                } else {
                    vec![Caveat::CautionThreeMonths]
                },
            }
        }
        _ => at_once(CAUTION, d),
    }
}

/// Sch 2 before LASPO: a conditional caution at the end of three months,
/// without limb (ii) (default, caveat `pre2014_table`).
pub(super) fn caution_before_2014(d: &Disposal) -> Period {
    match d.kind {
        Kind::FixedPenaltyNotice => fixed_penalty(d),
        Kind::ConditionalCaution => {
            let on = three_months_from(d);
            Period {
                end: Some(End::or_open(on)),
                finding: found(
                    CAUTION_BEFORE_2014,
                    Fact::ConditionalCautionSpent {
                        on: on.unwrap_or(d.date),
                        conditions_ended: false,
                    },
                ),
                caveats: vec![Caveat::CautionThreeMonths, Caveat::Pre2014Table],
            }
        }
        _ => at_once(CAUTION_BEFORE_2014, d),
    }
}
