//! Properties of the England and Wales engine over generated records, as
//! tests/properties.rs does for NI, in every regime (check dates 1993–2039).
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use chrono::{Days, NaiveDate};
use ni_record_check::rules::dates::{add_months, after_period};
use ni_record_check::rules::ew::explain::End;
use ni_record_check::rules::ew::rehabilitation::{
    act_on, rehabilitate, Act, Schedule18, ACTS, BEFORE_2014, PCSC,
};
use ni_record_check::rules::ew::{
    self, filtering, Assessment, Case, Class, Disposal, Kind, Outcome, Sentence, SentenceType,
};
use ni_record_check::rules::{assess, AnyCase, Basic, Review};
use proptest::prelude::*;

#[path = "common/props.rs"]
mod props;
use props::{config, day, shuffle};

fn plus(d: NaiveDate, n: u32) -> NaiveDate {
    d + Days::new(u64::from(n))
}

fn sentence(under_18: bool, date: NaiveDate) -> impl Strategy<Value = Sentence> {
    (
        0..SentenceType::ALL.len(),
        0i64..80,
        prop::option::of(0i64..400),
        0u32..4000,
        0u8..4,
        prop::option::of(0i64..90),
        prop::option::of(prop::option::of(any::<bool>())),
        0u32..40,
    )
        .prop_map(
            move |(i, months, days, offset, shape, credited, sch18, remand)| {
                let mut kind = SentenceType::ALL[i];
                if kind == SentenceType::DetentionTrainingOrder && !under_18 {
                    kind = SentenceType::Imprisonment;
                }
                let mut s = Sentence::of(kind);
                match kind.class() {
                    Class::Custodial => {
                        let mut months = months;
                        let mut days = days;
                        if kind == SentenceType::DetentionTrainingOrder {
                            months %= 24;
                            days = None;
                        }
                        if kind == SentenceType::Imprisonment && shape == 0 && months <= 23 {
                            days = None;
                            s.suspended = Some(true);
                        }
                        s.months = Some(months);
                        s.days = days;
                        s.start = Some(date - Days::new(u64::from(remand)));
                        s.credited_days = credited;
                        if shape == 3 {
                            s.ends = Some(plus(date, offset));
                        }
                        let from = date - Days::new(u64::from(remand));
                        let over_48 =
                            after_period(from, months, days.unwrap_or(0)) > add_months(from, 48);
                        s.schedule_18_over_4_years = if over_48 {
                            Some(sch18.flatten())
                        } else {
                            sch18.map(|a| a.filter(|&yes| !yes))
                        };
                    }
                    Class::ServiceDetention => s.months = Some(months),
                    Class::Compensation => {
                        s.paid_on = (shape != 0).then(|| plus(date, offset));
                    }
                    Class::Community | Class::Relevant | Class::Behaviour => {
                        s.start = Some(plus(date, offset % 60));
                        match shape {
                            0 => s.months = Some(months),
                            1 => s.ends = Some(plus(date, offset)),
                            2 => s.no_length_given = Some(true),
                            _ => {} // until further order
                        }
                    }
                    Class::Excluded | Class::NoLength => {}
                }
                s
            },
        )
}

prop_compose! {
    fn disposal(index: usize, check: NaiveDate)(
        back in 0u32..16_000,
        kind in 0usize..5,
        under_18 in any::<bool>(),
        specified in prop_oneof![Just(Some(true)), Just(Some(false)), Just(None)],
        summary_only in prop::option::of(any::<bool>()),
        end_offset in prop::option::of(0u32..200),
        endorsed in prop::option::of(any::<bool>()),
    )(
        sentences in prop::collection::vec(sentence(under_18, check - Days::new(u64::from(back))), 1..3),
        back in Just(back), kind in Just(kind), under_18 in Just(under_18),
        specified in Just(specified), summary_only in Just(summary_only),
        end_offset in Just(end_offset), endorsed in Just(endorsed),
    ) -> Disposal {
        let kind = Kind::ALL[kind];
        let date = check - Days::new(u64::from(back));
        let conviction = kind == Kind::Conviction;
        Disposal {
            id: format!("item-{index}"),
            kind,
            date,
            under_18: under_18 || kind == Kind::ReprimandOrWarning,
            specified,
            summary_only: if conviction { summary_only } else { None },
            sentences: conviction.then_some(sentences),
            conditions_end: if kind == Kind::ConditionalCaution { end_offset.map(|o| plus(date, o)) } else { None },
            endorsed: if kind == Kind::FixedPenaltyNotice { endorsed } else { None },
        }
    }
}

prop_compose! {
    fn valid_case()(check in 12_000u32..29_000, n in 0usize..6)(
        disposals in (0..n).map(|i| disposal(i, day(check))).collect::<Vec<_>>(),
        check in Just(check),
        issued in prop::option::of(0u32..29_000),
    ) -> Case {
        Case { check_date: day(check), certificate_issued: issued.map(day), disposals }
    }
}

prop_compose! {
    /// Up to 8 disposals on a few distinct days, so same-day pairs and
    /// overlapping periods are common.
    fn dense_case()(check in 12_000u32..29_000, n in 0usize..9)(
        disposals in (0..n).map(|i| disposal(i, day(check))).collect::<Vec<_>>(),
        grid in prop::collection::vec(0u32..6, n),
        check in Just(check),
    ) -> Case {
        let check = day(check);
        let disposals = disposals.into_iter().zip(grid).map(|(mut d, g)| {
            let date = check - Days::new(u64::from(g) * 400);
            if date < d.date {
                d.date = date;
            }
            d
        }).collect();
        Case { check_date: check, certificate_issued: None, disposals }
    }
}

fn assessed(case: &Case) -> Assessment {
    assess(case).unwrap_or_else(|p| panic!("generated case invalid: {p:?}\n{case:?}"))
}

fn later_or_same(a: Option<NaiveDate>, b: Option<NaiveDate>) -> bool {
    match (a, b) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(a), Some(b)) => a >= b,
    }
}

/// Rules §2.7 by the letter, for one version of the Act without its
/// transition: pairs of convictions, repeated until nothing changes.
fn spent_on_by_pairs(case: &Case, act: &Act) -> Vec<Option<NaiveDate>> {
    let n = case.disposals.len();
    let mut s: Vec<End> = Vec::with_capacity(n);
    let mut x: Vec<Option<End>> = Vec::with_capacity(n);
    let mut excluded = vec![false; n];
    for (i, d) in case.disposals.iter().enumerate() {
        let mut end = End::On(d.date);
        let mut ordinary = None;
        for sentence in d.sentences() {
            match (act.period)(d, sentence, Schedule18::NotSureAsYes).end {
                None => excluded[i] = true,
                Some(e) => {
                    end = end.max(e);
                    if sentence.kind.class() != Class::Behaviour {
                        ordinary = ordinary.max(Some(e));
                    }
                }
            }
        }
        s.push(end);
        x.push(ordinary);
    }
    let convictions: Vec<usize> = (0..n)
        .filter(|&i| case.disposals[i].is_conviction() && !excluded[i])
        .collect();
    let disregarded =
        |i: usize| act.summary_offence_disregarded && case.disposals[i].summary_only();
    loop {
        let mut changed = false;
        for &a in &convictions {
            for &b in &convictions {
                let (da, db) = (&case.disposals[a], &case.disposals[b]);
                if a == b || db.date < da.date || !s[a].covers(db.date) || disregarded(b) {
                    continue;
                }
                // §2.7: "if X(q) is later than S(p), then S(p) = X(q) and
                // X(p) = the later of X(p) and X(q)".
                for (p, q) in [(a, b), (b, a)] {
                    if let Some(xq) = x[q] {
                        if xq > s[p] {
                            s[p] = xq;
                            x[p] = x[p].max(Some(xq));
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
    (0..n)
        .map(|i| {
            let d = &case.disposals[i];
            if !d.is_conviction() {
                return (act.non_court)(d).end.and_then(End::spent_on);
            }
            if excluded[i] {
                return None;
            }
            let made_never = (0..n).any(|e| {
                excluded[e]
                    && case.disposals[e].is_conviction()
                    && case.disposals[e].date >= d.date
                    && s[i].covers(case.disposals[e].date)
            });
            if made_never {
                None
            } else {
                s[i].spent_on()
            }
        })
        .collect()
}

/// The next day any E&W rule changes after `date`.
fn next_change(date: NaiveDate) -> Option<NaiveDate> {
    ACTS.iter()
        .filter_map(|a| a.from)
        .chain(filtering::REGIMES.iter().filter_map(|r| r.from))
        .map(|f| f.date())
        .filter(|&f| f > date)
        .min()
}

proptest! {
    #![proptest_config(config(5_000))]

    /// "Download my answers" writes an E&W case as serde writes it, with
    /// `"jurisdiction": "ew"`, and the case reader reads it back.
    #[test]
    fn the_answers_file_is_written_as_serde_writes_it(case in valid_case()) {
        let any = AnyCase::Ew(case);
        let text = ni_record_check::rules::case_text(&any);
        prop_assert_eq!(&text, &serde_json::to_string_pretty(&any).unwrap());
        prop_assert_eq!(ni_record_check::rules::parse_any_case(&text), Ok(any));
    }

    /// Arbitrary input, valid or not, however far in the future: no panic.
    #[test]
    fn never_panics(
        check in any::<i32>().prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n % 100_000_000).unwrap_or(NaiveDate::MIN)),
        dates in prop::collection::vec(any::<i32>(), 0..5),
        numbers in prop::collection::vec(any::<i64>(), 0..6),
        kinds in prop::collection::vec((0usize..5, 0..SentenceType::ALL.len(), any::<bool>(), prop::option::of(any::<bool>())), 0..5),
    ) {
        let at = |i: usize| NaiveDate::from_num_days_from_ce_opt(dates.get(i).copied().unwrap_or(0) % 100_000_000).unwrap_or(NaiveDate::MAX);
        let disposals = kinds.iter().enumerate().map(|(i, &(k, t, u18, spec))| {
            let date = at(i);
            let mut s = Sentence::of(SentenceType::ALL[t]);
            s.months = numbers.get(i).copied();
            s.days = numbers.get(i + 1).copied();
            s.credited_days = numbers.get(i + 2).copied();
            s.ends = spec.map(|_| date);
            s.start = Some(at(i + 1));
            s.paid_on = Some(at(i + 2));
            s.schedule_18_over_4_years = Some(spec);
            Disposal {
                id: if i == 2 { "item-0".into() } else { format!("item-{i}") },
                kind: Kind::ALL[k],
                date,
                under_18: u18,
                specified: spec,
                summary_only: spec,
                sentences: (i % 2 == 0).then(|| vec![s]),
                conditions_end: Some(at(i + 3)),
                endorsed: spec,
            }
        }).collect();
        let case = Case { check_date: check, certificate_issued: Some(check), disposals };
        let _ = assess(&case);
        let _ = ew::assess_valid(&case);
    }

    #[test]
    fn generated_cases_are_valid_never_spent_before_their_date_and_have_no_reviewer(case in valid_case()) {
        let problems = ew::validation::validate(&case);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        let a = assessed(&case);
        prop_assert_eq!(a.review_deadline, None);
        prop_assert_eq!(a.jurisdiction.as_str(), "ew");
        for (d, r) in case.disposals.iter().zip(&a.disposals) {
            if let Some(on) = r.spent_on { prop_assert!(on >= d.date) }
            prop_assert!(!r.reasons.is_empty());
            prop_assert_eq!(r.review, Review::NoScheme);
            prop_assert_eq!(r.spent, r.spent_on.is_some_and(|on| on <= case.check_date));
        }
    }

    #[test]
    fn longer_custodial_term_never_spent_earlier(
        date in 12_000u32..20_000, check in 12_000u32..29_000, m1 in 0i64..60, extra in 0i64..60, d1 in 0i64..40,
        under_18 in any::<bool>(), schedule_18 in any::<bool>(),
    ) {
        let spent_on = |months: i64| {
            let mut s = Sentence::of(SentenceType::Imprisonment);
            s.months = Some(months);
            s.days = Some(d1);
            let from = day(date);
            let over_48 = after_period(from, months, d1) > add_months(from, 48);
            s.schedule_18_over_4_years = Some(Some(schedule_18 && over_48));
            let case = Case {
                check_date: day(check.max(date)),
                certificate_issued: None,
                disposals: vec![Disposal { id: "c".into(), kind: Kind::Conviction, date: day(date), under_18, specified: Some(false), summary_only: None, sentences: Some(vec![s]), conditions_end: None, endorsed: None }],
            };
            assessed(&case).disposals[0].spent_on
        };
        prop_assert!(later_or_same(spent_on(m1 + extra), spent_on(m1)));
    }

    /// Filtered on a date stays filtered on later dates under the same rules.
    #[test]
    fn filtered_stays_filtered_under_the_same_rules(case in valid_case(), later in 0u32..4_000) {
        let mut later_date = plus(case.check_date, later);
        if let Some(change) = next_change(case.check_date) {
            later_date = later_date.min(change - Days::new(1));
        }
        let mut later_case = case.clone();
        later_case.check_date = later_date;
        let (now, then) = (assessed(&case), assessed(&later_case));
        for (a, b) in now.disposals.iter().zip(&then.disposals) {
            if a.standard == Outcome::Filtered {
                prop_assert_eq!(b.standard, Outcome::Filtered, "{}", a.id);
            }
        }
    }

    /// (6D) for convictions and adult cautions (youth cautions are never a
    /// relevant matter since 2020, specified or not); basic shows unspent
    /// convictions and conditional cautions only; an FPN never shows.
    #[test]
    fn specified_basic_and_fixed_penalties(case in valid_case()) {
        let a = assessed(&case);
        for (d, r) in case.disposals.iter().zip(&a.disposals) {
            if d.specified == Some(true) && (d.is_conviction() || !d.under_18) {
                prop_assert!(r.standard != Outcome::Filtered);
                prop_assert_eq!(r.filtered_on, None);
            }
            let shows = matches!(d.kind, Kind::Conviction | Kind::ConditionalCaution) && !r.spent;
            prop_assert_eq!(r.basic == Basic::Disclosed, shows);
            prop_assert_eq!(r.standard, r.enhanced);
            prop_assert_eq!(d.kind == Kind::FixedPenaltyNotice, r.standard == Outcome::NotDisclosed);
        }
    }

    /// s.113A(6)(a)(ii): a conviction with a custodial sentence is always a
    /// relevant matter.
    #[test]
    fn a_custodial_conviction_is_never_filtered(case in valid_case()) {
        let a = assessed(&case);
        for (d, r) in case.disposals.iter().zip(&a.disposals) {
            if d.sentences().iter().any(|s| s.kind.is_custodial() || s.kind == SentenceType::ServiceDetention) {
                prop_assert!(!matches!(r.standard, Outcome::Filtered | Outcome::DependsOnSpecified), "{}", r.id);
                prop_assert_eq!(r.filtered_on, None);
            }
        }
    }

    #[test]
    fn adding_a_conviction_never_makes_another_spent_earlier(
        (case, mut extra) in valid_case().prop_flat_map(|c| { let check = c.check_date; (Just(c), disposal(99, check)) }),
    ) {
        extra.kind = Kind::Conviction;
        extra.conditions_end = None;
        extra.endorsed = None;
        if extra.sentences.is_none() {
            extra.sentences = Some(vec![Sentence::of(SentenceType::Fine)]);
        }
        let before = assessed(&case);
        let mut more = case.clone();
        more.disposals.push(extra);
        let after = assessed(&more);
        for (b, a) in before.disposals.iter().zip(&after.disposals) {
            prop_assert!(later_or_same(a.spent_on, b.spent_on), "{}: {:?} then {:?}", b.id, b.spent_on, a.spent_on);
        }
    }

    /// The engine's one sweep gives the spent dates of applying s.6(4), (5)
    /// pair by pair until nothing changes, then s.1(1)(b).
    #[test]
    fn extension_sweep_agrees_with_pairs_to_a_fixed_point(case in dense_case()) {
        for act in [&BEFORE_2014, &PCSC] {
            let got: Vec<Option<NaiveDate>> = rehabilitate(&case, act, Schedule18::NotSureAsYes)
                .into_iter().map(|r| r.spent_on).collect();
            prop_assert_eq!(got, spent_on_by_pairs(&case, act), "{}", act.name);
        }
    }

    /// LASPO s.141: under the 2014 rules nothing is spent later than the
    /// 2014 Table alone says, and what was spent before 10 March 2014 stays
    /// spent from the day it was.
    #[test]
    fn laspo_saving_never_makes_later(case in dense_case()) {
        let laspo = act_on(NaiveDate::from_ymd_opt(2020, 1, 1).unwrap());
        let with_saving = rehabilitate(&case, laspo, Schedule18::NotSureAsYes);
        let before = rehabilitate(&case, &BEFORE_2014, Schedule18::NotSureAsYes);
        let commencement = NaiveDate::from_ymd_opt(2014, 3, 10).unwrap();
        for ((d, now), then) in case.disposals.iter().zip(&with_saving).zip(&before) {
            if let (true, Some(old)) = (d.is_conviction(), then.spent_on) {
                if old < commencement {
                    prop_assert!(now.spent_on.is_some_and(|on| on <= old), "{}", d.id);
                }
            }
        }
    }

    /// Schedule 18 "not sure": the outputs take "yes" (the later answer)
    /// and `spent_on_if_not_schedule_18` is the answer for "no".
    #[test]
    fn schedule_18_not_sure_takes_the_later_answer(case in valid_case()) {
        let a = assessed(&case);
        let mut no = case.clone();
        for d in &mut no.disposals {
            for s in d.sentences.iter_mut().flatten() {
                if s.schedule_18_over_4_years == Some(None) {
                    s.schedule_18_over_4_years = Some(Some(false));
                }
            }
        }
        let b = assessed(&no);
        for ((d, x), y) in case.disposals.iter().zip(&a.disposals).zip(&b.disposals) {
            // For the conviction itself "yes" is the later answer; another
            // conviction that "no" would extend may be spent earlier under
            // "yes" (the spec's choice, §2.1, §8).
            let own = d.sentences().iter().any(|s| {
                let from = s.start.unwrap_or(d.date);
                let over_48 = after_period(from, s.months.unwrap_or(0), s.days.unwrap_or(0))
                    > add_months(from, 48);
                s.schedule_18_over_4_years == Some(None) && over_48
            });
            if own {
                prop_assert!(later_or_same(x.spent_on, y.spent_on));
            }
            if x.spent_on != y.spent_on {
                prop_assert_eq!(x.spent_on_if_not_schedule_18, y.spent_on, "{}", x.id);
            } else {
                prop_assert_eq!(x.spent_on_if_not_schedule_18, None);
            }
        }
    }

    /// What the engine writes reads back as the same case.
    #[test]
    fn json_round_trips(case in valid_case()) {
        let any = AnyCase::Ew(case.clone());
        let json = serde_json::to_string(&any).unwrap();
        let tagged = json.starts_with(r#"{"jurisdiction":"ew""#);
        prop_assert!(tagged, "{}", json);
        prop_assert_eq!(ni_record_check::rules::parse_any_case_problems(&json).unwrap(), any.clone());
        let pretty = serde_json::to_string_pretty(&any).unwrap();
        prop_assert_eq!(ni_record_check::rules::parse_any_case_problems(&pretty).unwrap(), any);
        let a = assessed(&case);
        let json = serde_json::to_string(&a).unwrap();
        prop_assert_eq!(serde_json::from_str::<Assessment>(&json).unwrap(), a);
    }

    #[test]
    fn the_parser_never_panics(case in valid_case(), at in any::<prop::sample::Index>(), c in any::<char>(), cut in any::<bool>()) {
        let json = serde_json::to_string(&AnyCase::Ew(case)).unwrap();
        let chars: Vec<char> = json.chars().collect();
        let i = at.index(chars.len());
        let changed: String = if cut {
            chars[..i].iter().collect()
        } else {
            chars[..i].iter().chain([c].iter()).chain(chars[i + 1..].iter()).collect()
        };
        let _ = ni_record_check::rules::parse_any_case_problems(&changed);
        let _ = ni_record_check::rules::parse_any_cases(&format!("[{changed}, {json}]"));
    }

    #[test]
    fn the_order_of_disposals_does_not_matter(case in dense_case(), seed in any::<u64>()) {
        let mut shuffled = case.clone();
        shuffle(&mut shuffled.disposals, seed);
        let (a, b) = (assessed(&case), assessed(&shuffled));
        for d in &a.disposals {
            let other = b.disposals.iter().find(|o| o.id == d.id).unwrap();
            prop_assert_eq!(d, other);
        }
    }
}

/// A large record costs no more than n log n in the sweep (a smoke test:
/// 3,000 overlapping convictions assess quickly).
#[test]
fn a_long_record_is_quick() {
    let check = NaiveDate::from_ymd_opt(2026, 6, 8).unwrap();
    let disposals = (0..3_000u32)
        .map(|i| {
            let mut s = Sentence::of(SentenceType::CommunityOrder);
            s.months = Some(24);
            Disposal {
                id: format!("c{i}"),
                kind: Kind::Conviction,
                date: NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Days::new(u64::from(i) * 3),
                under_18: false,
                specified: None,
                summary_only: None,
                sentences: Some(vec![s]),
                conditions_end: None,
                endorsed: None,
            }
        })
        .collect();
    let mut case = Case {
        check_date: check,
        certificate_issued: None,
        disposals,
    };
    let started = std::time::Instant::now();
    let a = assessed(&case);
    assert_eq!(a.disposals.len(), 3_000);
    // And with a restraining order longer than each community order, so
    // s.6(5) holds the group back and its pairs are worked one by one.
    for d in &mut case.disposals {
        let mut order = Sentence::of(SentenceType::RestrainingOrder);
        order.months = Some(36);
        d.sentences.get_or_insert_with(Vec::new).push(order);
    }
    let b = assessed(&case);
    assert_eq!(b.disposals.len(), 3_000);
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
}
