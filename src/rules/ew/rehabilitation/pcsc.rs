//! ROA 1974 s.5 as amended by the Police, Crime, Sentencing and Courts Act
//! 2022 s.193, from 28 October 2023 (rules §2.1, §2.2).

use super::*;

pub(super) const PCSC_TABLE: Rule = Rule {
    id: "roa-1974-s5-2-table-pcsc",
    source: "Rehabilitation of Offenders Act 1974 s.5(2) Table as amended by the Police, Crime, Sentencing and Courts Act 2022 s.193(6)-(8), in force 28 October 2023",
};
pub(super) const PCSC_EXCLUDED: Rule = Rule {
    id: "roa-1974-s5-1-b-schedule-18",
    source: "Rehabilitation of Offenders Act 1974 s.5(1)(b), (7A) as substituted by the Police, Crime, Sentencing and Courts Act 2022 s.193(3)",
};

/// §2.1 and §2.2: from 28 October 2023.
pub(super) fn pcsc(d: &Disposal, s: &Sentence, answer: Schedule18) -> Period {
    if let Some(p) = common_row(PCSC_TABLE, d, s) {
        return p;
    }
    let mut p = match s.kind.class() {
        Class::Custodial => {
            if term_over(d, s, 48) {
                let schedule_18 = match s.schedule_18_over_4_years {
                    Some(Some(yes)) => yes,
                    Some(None) => answer == Schedule18::NotSureAsYes,
                    None => false,
                };
                if schedule_18 {
                    return excluded(PCSC_EXCLUDED, s, Some(48), true);
                }
                from_completion(PCSC_TABLE, d, s, by_age(d, 84, 42))
            } else if term_over(d, s, 12) {
                from_completion(PCSC_TABLE, d, s, by_age(d, 48, 24))
            } else {
                from_completion(PCSC_TABLE, d, s, by_age(d, 12, 6))
            }
        }
        _ => match last_day(d, s) {
            LastDay::On(last) => after_last_day(PCSC_TABLE, d, s, last),
            LastDay::NoProvision => {
                let mut p = period(
                    NO_PROVISION,
                    d,
                    s,
                    Span::NoProvision,
                    months_after(d.date, 24),
                );
                p.caveats.push(Caveat::NoEndDate);
                p
            }
            LastDay::UntilFurtherOrder | LastDay::Unknown => open(INDEFINITE, s),
        },
    };
    order_caveats(&mut p, s);
    p
}
