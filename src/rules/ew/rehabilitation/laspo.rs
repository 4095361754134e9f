//! ROA 1974 s.5 as substituted by LASPO 2012 s.139, 10 March 2014 to 27
//! October 2023 (rules §2.3).

use super::*;

pub(super) const LASPO_TABLE: Rule = Rule {
    id: "roa-1974-s5-2-table-laspo",
    source: "Rehabilitation of Offenders Act 1974 s.5(2)-(4) as substituted by LASPO 2012 s.139(4), in force 10 March 2014 (SI 2014/423)",
};
pub(super) const LASPO_EXCLUDED: Rule = Rule {
    id: "roa-1974-s5-1-b-laspo",
    source: "Rehabilitation of Offenders Act 1974 s.5(1)(b) as amended by LASPO 2012 s.139(2): 'a term exceeding forty eight months'",
};

/// §2.3: 10 March 2014 to 27 October 2023.
pub(super) fn laspo(d: &Disposal, s: &Sentence, _: Schedule18) -> Period {
    if let Some(p) = common_row(LASPO_TABLE, d, s) {
        return p;
    }
    let mut p = match s.kind.class() {
        Class::Custodial => {
            if term_over(d, s, 48) {
                return excluded(LASPO_EXCLUDED, s, Some(48), false);
            }
            let months = if term_over(d, s, 30) {
                by_age(d, 84, 42)
            } else if term_over(d, s, 6) {
                by_age(d, 48, 24)
            } else {
                by_age(d, 24, 18)
            };
            from_completion(LASPO_TABLE, d, s, months)
        }
        class => match last_day(d, s) {
            // "the end of the period of 12 months beginning with the day
            // provided ... as the last day" for community and YROs.
            LastDay::On(last) if class == Class::Community => {
                let months = by_age(d, 12, 6);
                period(
                    LASPO_TABLE,
                    d,
                    s,
                    Span::FromLastDay { months, last },
                    months_after(last, months),
                )
            }
            LastDay::On(last) => after_last_day(LASPO_TABLE, d, s, last),
            // s.5(3) as substituted: no provision for the last day, "until
            // further order" included, is 24 months from conviction.
            LastDay::NoProvision | LastDay::UntilFurtherOrder => period(
                NO_PROVISION,
                d,
                s,
                Span::NoProvision,
                months_after(d.date, 24),
            ),
            LastDay::Unknown => open(LASPO_TABLE, s),
        },
    };
    order_caveats(&mut p, s);
    p
}
