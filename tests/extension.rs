//! The shared further-convictions rule (`rules::extension`) against the
//! specifications' own words, applied literally: every pair, to a fixed
//! point (NI rules §2.5, E&W rules §2.7), on generated records dense with
//! same-day convictions, disqualifications and open-ended orders.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use chrono::{Days, NaiveDate};
use ni_record_check::rules::extension::{extend, Conviction, Extension};
use ni_record_check::rules::period::End;
use proptest::prelude::*;

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Days::new(u64::from(n))
}

/// The rule as written: S and X, every pair, until nothing changes.
fn literal(cs: &[Conviction]) -> Vec<Option<End>> {
    let mut s: Vec<Option<End>> = cs.iter().map(|c| c.period).collect();
    let mut x: Vec<Option<End>> = cs.iter().map(|c| c.passes_on.map(|p| p.0)).collect();
    loop {
        let mut changed = false;
        for a in 0..cs.len() {
            for b in 0..cs.len() {
                let (Some(sa), Some(_)) = (s[a], s[b]) else {
                    continue;
                };
                let inside =
                    a != b && cs[b].date >= cs[a].date && sa.covers(cs[b].date) && cs[b].further;
                if !inside {
                    continue;
                }
                for (p, q) in [(a, b), (b, a)] {
                    if let (Some(xq), Some(sp)) = (x[q], s[p]) {
                        if xq > sp {
                            s[p] = Some(xq);
                            x[p] = Some(xq);
                            changed = true;
                        }
                    }
                }
            }
        }
        if !changed {
            return s;
        }
    }
}

/// s.1(1)(b), literally.
fn never_spent_by(cs: &[Conviction], s: &[Option<End>], i: usize) -> bool {
    let Some(end) = s[i] else { return false };
    (0..cs.len()).any(|j| {
        j != i
            && cs[j].period.is_none()
            && cs[j].excludes_earlier
            && cs[j].date >= cs[i].date
            && end.covers(cs[j].date)
    })
}

fn end(days: Option<u32>, from: u32) -> End {
    match days {
        Some(d) => End::On(day(from + d)),
        None => End::Open,
    }
}

prop_compose! {
    fn conviction()(
        date in 0u32..40,
        // Own period in days (None: open); 0 = spent the same day.
        period in prop::option::weighted(0.9, 0u32..30),
        // What it passes on: less than, or all of, its period.
        passes in prop_oneof![Just(None), (0u32..30).prop_map(Some), Just(Some(u32::MAX))],
        excluded in prop::bool::weighted(0.1),
        further in prop::bool::weighted(0.7),
        excludes_earlier in any::<bool>(),
    ) -> Conviction {
        let own = end(period, date);
        let passes_on = passes.map(|p| {
            let x = if p == u32::MAX { own } else { end(Some(p), date).min(own) };
            (x, 0)
        });
        Conviction {
            date: day(date),
            period: (!excluded).then_some(own),
            passes_on,
            further,
            excludes_earlier,
        }
    }
}

fn check(cs: &[Conviction]) -> Result<(), TestCaseError> {
    // The rule takes convictions in date order, as both jurisdictions give them.
    let mut cs = cs.to_vec();
    cs.sort_by_key(|c| c.date);
    let cs = &cs[..];
    let want = literal(cs);
    let got: Vec<Extension> = extend(cs);
    for i in 0..cs.len() {
        prop_assert_eq!(got[i].end, want[i], "conviction {} of {:?}", i, cs);
        let never = never_spent_by(cs, &want, i);
        prop_assert_eq!(
            got[i].made_never_spent_by.is_some(),
            never,
            "s.1(1)(b) {}",
            i
        );
        // A named source ends exactly where this one now does.
        if let Some(by) = got[i].by {
            let source = cs[by.conviction].passes_on.map(|p| p.0);
            prop_assert_eq!(source, want[i], "source of {}", i);
            prop_assert!(want[i] > cs[i].period, "extended {}", i);
        } else {
            prop_assert_eq!(want[i], cs[i].period, "not extended {}", i);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_sweep_is_the_literal_fixed_point(cs in prop::collection::vec(conviction(), 0..12)) {
        check(&cs)?;
    }

    #[test]
    fn the_sweep_is_the_literal_fixed_point_on_larger_records(cs in prop::collection::vec(conviction(), 12..40)) {
        check(&cs)?;
    }
}

/// The two examples of NI rules §2.5 (version 3), as the rule sees them.
#[test]
fn a_driving_ban_extends_nothing_else() {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    let cs = [
        // Fine (5 years) and a 10-year ban on 1 January 2010.
        Conviction {
            date: d(2010, 1, 1),
            period: Some(End::On(d(2020, 1, 1))),
            passes_on: Some((End::On(d(2015, 1, 1)), 0)),
            further: true,
            excludes_earlier: true,
        },
        // Absolute discharge (6 months) on 1 January 2012.
        Conviction {
            date: d(2012, 1, 1),
            period: Some(End::On(d(2012, 7, 1))),
            passes_on: Some((End::On(d(2012, 7, 1)), 0)),
            further: true,
            excludes_earlier: true,
        },
    ];
    let got = extend(&cs);
    assert_eq!(got[0].end, Some(End::On(d(2020, 1, 1))));
    assert_eq!(got[0].by, None);
    assert_eq!(got[1].end, Some(End::On(d(2015, 1, 1))));
    assert_eq!(got[1].by.map(|b| b.conviction), Some(0));
}

/// A period extended by one conviction takes in a later one that its own
/// period did not: the rule uses `S` as it grows (found when a faster
/// method that used only the convictions' own periods was tried).
#[test]
fn an_extended_period_takes_in_a_later_conviction() {
    let d = |m, dd| NaiveDate::from_ymd_opt(2000, m, dd).unwrap();
    let cs = [
        Conviction {
            date: d(1, 5),
            period: Some(End::On(d(1, 18))),
            passes_on: None,
            further: false,
            excludes_earlier: false,
        },
        Conviction {
            date: d(1, 6),
            period: Some(End::Open),
            passes_on: Some((End::On(d(2, 4)), 0)),
            further: true,
            excludes_earlier: false,
        },
        Conviction {
            date: d(1, 20),
            period: Some(End::Open),
            passes_on: Some((End::Open, 0)),
            further: true,
            excludes_earlier: false,
        },
    ];
    let got = extend(&cs);
    // The first is extended to 4 February by the second, so the third
    // (20 January) falls inside it and extends it to "open".
    assert_eq!(got[0].end, Some(End::Open));
    assert_eq!(got[0].by.map(|b| b.conviction), Some(2));
    assert_eq!(literal(&cs)[0], Some(End::Open));
}
