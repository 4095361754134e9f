//! Properties of the engine over generated records (10,000 cases each).
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use chrono::{Days, NaiveDate};
use ni_record_check::rules::ni::catalogue::{Asks, CATALOGUE};
use ni_record_check::rules::ni::filtering::{regime_on, REGIMES};
use ni_record_check::rules::ni::rehabilitation::{own_period, End, Law};
use ni_record_check::rules::ni::validation::validate;
use ni_record_check::rules::ni::{
    Assessment, Case, Disposal, DisposalKind, Outcome, Sentence, SentenceType,
};
use ni_record_check::rules::{assess, Basic};
use ni_record_check::rules::{AnyCase, Review};
use proptest::prelude::*;

#[path = "common/props.rs"]
mod props;
use props::{config, day, shuffle};

fn sentence(under_18: bool, date: NaiveDate) -> impl Strategy<Value = Sentence> {
    (
        0..CATALOGUE.len(),
        0i64..60,
        0i64..40,
        0u32..4000,
        any::<bool>(),
        0u8..3,
    )
        .prop_map(move |(i, months, days, end_offset, suspended, shape)| {
            let mut kind = CATALOGUE[i].kind;
            if kind == SentenceType::DetentionArt45 && !under_18 {
                kind = SentenceType::Imprisonment;
            }
            let mut s = Sentence::of(kind);
            match kind.asks() {
                Asks::Nothing => {}
                Asks::Term | Asks::TermAndSuspended => {
                    s.months = Some(months);
                    s.days = (shape == 1).then_some(days);
                    if kind.asks() == Asks::TermAndSuspended && shape != 0 {
                        s.suspended = Some(suspended);
                    }
                }
                Asks::LengthOrEndDate => match shape {
                    0 => s.months = Some(months),
                    1 => s.ends = Some(date + Days::new(u64::from(end_offset))),
                    _ => {} // until further order
                },
            }
            s
        })
}

prop_compose! {
    fn disposal(index: usize, check: NaiveDate)(
        back in 0u32..16_000,
        kind in 0usize..4,
        under_18 in any::<bool>(),
        specified in prop_oneof![Just(Some(true)), Just(Some(false)), Just(None)],
        summary_only in prop::option::of(any::<bool>()),
    )(
        sentences in prop::collection::vec(sentence(under_18, check - Days::new(u64::from(back))), 1..3),
        back in Just(back), kind in Just(kind), under_18 in Just(under_18),
        specified in Just(specified), summary_only in Just(summary_only),
    ) -> Disposal {
        let kind = DisposalKind::ALL[kind];
        let conviction = kind == DisposalKind::Conviction;
        Disposal {
            id: format!("item-{index}"),
            offence: None,
            kind,
            date: check - Days::new(u64::from(back)),
            // Only under-18s are given a diversionary youth conference.
            under_18: under_18 || kind == DisposalKind::DiversionaryYouthConference,
            specified,
            summary_only: if conviction { summary_only } else { None },
            sentences: conviction.then_some(sentences),
        }
    }
}

prop_compose! {
    fn valid_case()(check in 11_000u32..29_000, n in 0usize..6)(
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
    fn dense_case()(check in 15_000u32..29_000, n in 0usize..9)(
        disposals in (0..n).map(|i| disposal(i, day(check))).collect::<Vec<_>>(),
        grid in prop::collection::vec(0u32..6, n),
        check in Just(check),
    ) -> Case {
        let check = day(check);
        let disposals = disposals.into_iter().zip(grid).map(|(mut d, g)| {
            // Move each date earlier onto a grid of 5 days, 2 years apart;
            // order end dates stay on or after the date.
            let date = check - Days::new(u64::from(g) * 730);
            if date < d.date { d.date = date; }
            d
        }).collect();
        Case { check_date: check, certificate_issued: None, disposals }
    }
}

/// Rules §2.5 (version 3) by the letter: `S` and `X`, every pair of
/// convictions, repeated until nothing changes (cubic; only for checking
/// the engine on small records). Then the excluded later sentence.
fn spent_on_by_pairs(case: &Case) -> Vec<Option<NaiveDate>> {
    let n = case.disposals.len();
    let convictions: Vec<usize> = (0..n)
        .filter(|&i| case.disposals[i].is_conviction())
        .collect();
    let own: Vec<_> = case
        .disposals
        .iter()
        .map(|d| own_period(d, Law::on(case.check_date)))
        .collect();
    let mut s: Vec<Option<End>> = own.iter().map(|o| o.end).collect();
    let mut x: Vec<Option<End>> = own.iter().map(|o| o.passes_on.map(|p| p.0)).collect();
    loop {
        let mut changed = false;
        for &a in &convictions {
            for &b in &convictions {
                let (da, db) = (&case.disposals[a], &case.disposals[b]);
                let (Some(sa), Some(_)) = (s[a], s[b]) else {
                    continue;
                };
                // `b` inside `a`'s period: on or after its date, before it
                // ends, and not summary-only (on one day, each is "later").
                if a == b || db.date < da.date || !sa.covers(db.date) || db.summary_only() {
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
            break;
        }
    }
    (0..n)
        .map(|i| {
            let d = &case.disposals[i];
            if !d.is_conviction() {
                return Some(d.date);
            }
            let end = s[i]?;
            let never = convictions.iter().any(|&j| {
                let dj = &case.disposals[j];
                j != i
                    && s[j].is_none()
                    && !dj.summary_only()
                    && dj.date >= d.date
                    && end.covers(dj.date)
            });
            if never {
                None
            } else {
                end.spent_on()
            }
        })
        .collect()
}

/// Spent dates by id, for comparing two versions of a record.
fn spent_by_id(case: &Case) -> Vec<(String, Option<NaiveDate>)> {
    let a = assessed(case);
    a.disposals
        .iter()
        .map(|d| (d.id.clone(), d.spent_on))
        .collect()
}

fn assessed(case: &Case) -> Assessment {
    assess(case).unwrap_or_else(|p| panic!("generated case invalid: {p:?}\n{case:?}"))
}

/// `None` (never spent) is later than any date.
fn later_or_same(a: Option<NaiveDate>, b: Option<NaiveDate>) -> bool {
    match (a, b) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(a), Some(b)) => a >= b,
    }
}

proptest! {
    #![proptest_config(config(10_000))]

    /// "Download my answers" writes a case as serde writes it, and the
    /// case reader reads the file back to the same case.
    #[test]
    fn the_answers_file_is_written_as_serde_writes_it(case in valid_case()) {
        let text = ni_record_check::rules::case_text(&AnyCase::Ni(case.clone()));
        prop_assert_eq!(&text, &serde_json::to_string_pretty(&case).unwrap());
        prop_assert_eq!(ni_record_check::rules::ni::parse::parse_case(&text), Ok(case));
    }

    /// Arbitrary JSON-shaped input, valid or not: never a panic.
    #[test]
    fn never_panics(
        check in any::<i32>().prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n % 100_000_000).unwrap_or(NaiveDate::MIN)),
        dates in prop::collection::vec(any::<i32>(), 0..5),
        months in prop::collection::vec(any::<i64>(), 0..5),
        kinds in prop::collection::vec((0usize..4, 0..CATALOGUE.len(), any::<bool>(), prop::option::of(any::<bool>())), 0..5),
    ) {
        let disposals = kinds.iter().enumerate().map(|(i, &(k, t, u18, spec))| {
            let date = NaiveDate::from_num_days_from_ce_opt(dates.get(i).copied().unwrap_or(0) % 100_000_000).unwrap_or(NaiveDate::MAX);
            let mut s = Sentence::of(CATALOGUE[t].kind);
            s.months = months.get(i).copied();
            s.days = months.get(i + 1).copied();
            s.ends = Some(date);
            Disposal {
                id: if i == 2 { "item-0".into() } else { format!("item-{i}") },
                offence: None,
                kind: DisposalKind::ALL[k],
                date,
                under_18: u18,
                specified: spec,
                summary_only: spec,
                sentences: (i % 2 == 0).then(|| vec![s]),
            }
        }).collect();
        let case = Case { check_date: check, certificate_issued: Some(check), disposals };
        let _ = assess(&case);
    }

    #[test]
    fn generated_cases_are_valid_and_never_spent_before_their_date(case in valid_case()) {
        prop_assert!(validate(&case).is_empty());
        let a = assessed(&case);
        for (d, r) in case.disposals.iter().zip(&a.disposals) {
            if let Some(on) = r.spent_on { prop_assert!(on >= d.date) }
            prop_assert!(!r.reasons.is_empty());
        }
    }

    #[test]
    fn longer_custodial_term_never_spent_earlier(
        date in 11_000u32..20_000, m1 in 0i64..48, extra in 0i64..48, d1 in 0i64..40, under_18 in any::<bool>(), suspended in any::<bool>(),
    ) {
        let spent_on = |months: i64| {
            let mut s = Sentence::of(SentenceType::Imprisonment);
            s.months = Some(months);
            s.days = Some(d1);
            s.suspended = Some(suspended);
            let case = Case {
                check_date: day(29_000),
                certificate_issued: None,
                disposals: vec![Disposal { id: "c".into(), offence: None, kind: DisposalKind::Conviction, date: day(date), under_18, specified: Some(false), summary_only: None, sentences: Some(vec![s]) }],
            };
            assessed(&case).disposals[0].spent_on
        };
        prop_assert!(later_or_same(spent_on(m1 + extra), spent_on(m1)));
    }

    /// No further convictions: filtered on a date stays filtered on later dates of the same regime.
    #[test]
    fn filtered_stays_filtered_within_a_regime(case in valid_case(), later in 0u32..4_000) {
        let next_regime = REGIMES
            .iter()
            .filter_map(|r| r.from.map(|f| f.date()))
            .find(|&from| from > case.check_date);
        let mut later_date = case.check_date + Days::new(u64::from(later));
        if let Some(from) = next_regime {
            later_date = later_date.min(from - Days::new(1));
        }
        let mut later_case = case.clone();
        later_case.check_date = later_date;
        prop_assert!(std::ptr::eq(regime_on(case.check_date), regime_on(later_date)));
        let (now, then) = (assessed(&case), assessed(&later_case));
        for (a, b) in now.disposals.iter().zip(&then.disposals) {
            if a.standard == Outcome::Filtered {
                prop_assert_eq!(b.standard, Outcome::Filtered, "{}", a.id);
            }
        }
    }

    #[test]
    fn specified_is_never_filtered_and_basic_shows_only_unspent_convictions(case in valid_case()) {
        let a = assessed(&case);
        for (d, r) in case.disposals.iter().zip(&a.disposals) {
            if d.specified == Some(true) {
                prop_assert!(r.standard != Outcome::Filtered && r.enhanced != Outcome::Filtered);
                prop_assert_eq!(r.filtered_on, None);
            }
            prop_assert_eq!(r.basic == Basic::Disclosed, d.kind == DisposalKind::Conviction && !r.spent);
            prop_assert_eq!(r.standard, r.enhanced);
        }
    }

    #[test]
    fn adding_a_conviction_never_makes_another_spent_earlier(
        (case, mut extra) in valid_case().prop_flat_map(|c| { let check = c.check_date; (Just(c), disposal(99, check)) }),
    ) {
        extra.kind = DisposalKind::Conviction;
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

    #[test]
    fn json_round_trips(case in valid_case()) {
        let json = serde_json::to_string(&case).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Case>(&json).unwrap(), &case);
        // The strict parser reads what the app writes exactly as serde does.
        prop_assert_eq!(&ni_record_check::rules::ni::parse::parse_case_problems(&json).unwrap(), &case);
        let pretty = serde_json::to_string_pretty(&case).unwrap();
        prop_assert_eq!(&ni_record_check::rules::ni::parse::parse_case_problems(&pretty).unwrap(), &case);
        let a = assessed(&case);
        let json = serde_json::to_string(&a).unwrap();
        prop_assert_eq!(serde_json::from_str::<Assessment>(&json).unwrap(), a);
    }

    /// The strict parser never panics, on a case's JSON with any one
    /// character changed or cut short anywhere.
    #[test]
    fn the_parser_never_panics(case in valid_case(), at in any::<prop::sample::Index>(), c in any::<char>(), cut in any::<bool>()) {
        let json = serde_json::to_string(&case).unwrap();
        let chars: Vec<char> = json.chars().collect();
        let i = at.index(chars.len());
        let changed: String = if cut {
            chars[..i].iter().collect()
        } else {
            chars[..i].iter().chain([c].iter()).chain(chars[i + 1..].iter()).collect()
        };
        let _ = ni_record_check::rules::ni::parse::parse_case_problems(&changed);
        let _ = ni_record_check::rules::ni::parse::parse_cases(&format!("[{changed}, {json}]"));
    }

    /// The engine's one sweep gives the same spent dates as applying the
    /// further-conviction rule pair by pair until nothing changes.
    #[test]
    fn extension_sweep_agrees_with_pairs_to_a_fixed_point(case in dense_case()) {
        let a = assessed(&case);
        let got: Vec<Option<NaiveDate>> = a.disposals.iter().map(|d| d.spent_on).collect();
        prop_assert_eq!(got, spent_on_by_pairs(&case));
    }

    /// Statute: a conviction with a custodial sentence is a relevant matter.
    #[test]
    fn a_custodial_conviction_is_never_filtered(case in valid_case()) {
        let a = assessed(&case);
        for (d, r) in case.disposals.iter().zip(&a.disposals) {
            if d.sentences().iter().any(|s| s.kind.is_custodial()) {
                prop_assert!(!matches!(r.standard, Outcome::Filtered | Outcome::DependsOnSpecified), "{}", r.id);
                prop_assert_eq!(r.filtered_on, None);
            }
        }
    }

    /// Sch 8A para 6: the automatic route is for spent items only.
    #[test]
    fn an_automatic_route_never_goes_to_an_item_that_is_not_spent(case in dense_case()) {
        let a = assessed(&case);
        for r in &a.disposals {
            if r.review == Review::Automatic {
                prop_assert!(r.spent, "{}", r.id);
            }
        }
    }

    /// The answer for a record does not depend on the order of its disposals.
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

    /// The case format: an NI case means the same with and without
    /// `"jurisdiction": "ni"`, and its answer is byte for byte the same.
    #[test]
    fn an_ni_case_is_the_same_with_and_without_jurisdiction_ni(case in valid_case()) {
        use ni_record_check::rules::{parse_any_case_problems, AnyCase};
        use ni_record_check::rules::ni::parse::parse_case_problems;
        let json = serde_json::to_string(&case).unwrap();
        let tagged = json.replacen('{', "{\"jurisdiction\":\"ni\",", 1);
        let plain = parse_any_case_problems(&json).unwrap();
        let with = parse_any_case_problems(&tagged).unwrap();
        prop_assert_eq!(&plain, &with);
        prop_assert_eq!(&plain, &AnyCase::Ni(case.clone()));
        prop_assert_eq!(&parse_case_problems(&tagged).unwrap(), &case);
        let by_any = serde_json::to_string(&assess(&with).unwrap()).unwrap();
        let by_ni = serde_json::to_string(&assessed(&case)).unwrap();
        prop_assert_eq!(by_any, by_ni);
    }

    /// Rules v3 §2.5: two convictions on one day, each with a period, join
    /// whichever of them is summary-only, when just one is. (Checked where they are the record's
    /// first convictions: an earlier conviction's period takes in only the
    /// one that is a further offence, so there the two may differ.)
    #[test]
    fn same_day_convictions_join_whichever_is_summary_only(case in dense_case(), pick in any::<prop::sample::Index>()) {
        let Some(first) = case.disposals.iter().filter(|d| d.is_conviction()).map(|d| d.date).min() else {
            return Ok(());
        };
        let day: Vec<usize> = (0..case.disposals.len())
            .filter(|&i| case.disposals[i].is_conviction() && case.disposals[i].date == first)
            .collect();
        if day.len() != 2 {
            return Ok(());
        }
        let (i, j) = (day[0], day[1]);
        let _ = pick;
        // The rule pairs convictions that each have a period.
        if own_period(&case.disposals[i], Law::on(case.check_date)).end.is_none() || own_period(&case.disposals[j], Law::on(case.check_date)).end.is_none() {
            return Ok(());
        }
        let mut one = case.clone();
        one.disposals[i].summary_only = Some(true);
        one.disposals[j].summary_only = Some(false);
        let mut other = case.clone();
        other.disposals[i].summary_only = Some(false);
        other.disposals[j].summary_only = Some(true);
        prop_assert_eq!(spent_by_id(&one), spent_by_id(&other));
    }

    /// Rules v3 §2.5: a conviction with only disability orders passes
    /// nothing on. While it is not itself extended, taking it out of the
    /// record changes no other conviction's spent date. (Once it is
    /// extended by another's ordinary period, `X` grows and it passes that
    /// on, as the rule says: see the closing note.)
    #[test]
    fn a_conviction_with_only_disability_orders_changes_no_other(case in dense_case(), pick in any::<prop::sample::Index>()) {
        let mut case = case;
        let convictions: Vec<usize> = (0..case.disposals.len()).filter(|&i| case.disposals[i].is_conviction()).collect();
        if convictions.is_empty() {
            return Ok(());
        }
        let k = convictions[pick.index(convictions.len())];
        let mut ban = Sentence::of(SentenceType::Disqualification);
        ban.months = Some(pick.index(240) as i64);
        case.disposals[k].sentences = Some(vec![ban]);
        let with = assessed(&case);
        let own = own_period(&case.disposals[k], Law::on(case.check_date)).end.and_then(End::spent_on);
        if with.disposals[k].spent_on != own {
            return Ok(());
        }
        let mut without = case.clone();
        let id = without.disposals.remove(k).id;
        let mut expected = spent_by_id(&case);
        expected.retain(|(i, _)| *i != id);
        prop_assert_eq!(spent_by_id(&without), expected);
    }

    /// Rules v3 §2.5: taking a disability order off a conviction never makes
    /// another conviction spent later, while that conviction is not itself
    /// extended once the order is gone. (Without that condition it is not
    /// true of the rule: a ban that outlasts a conviction's other sentences
    /// keeps it from being extended, so it cannot pass a later end on to a
    /// third conviction; without the ban it can. See the closing note.)
    #[test]
    fn removing_a_disability_order_never_makes_another_later(case in dense_case(), pick in any::<prop::sample::Index>(), months in 0i64..240) {
        let convictions: Vec<usize> = (0..case.disposals.len()).filter(|&i| case.disposals[i].is_conviction()).collect();
        if convictions.is_empty() {
            return Ok(());
        }
        let k = convictions[pick.index(convictions.len())];
        let mut ban = Sentence::of(SentenceType::Disqualification);
        ban.months = Some(months);
        let mut with = case.clone();
        with.disposals[k].sentences.get_or_insert_with(Vec::new).push(ban);
        let (a, b) = (assessed(&with), assessed(&case));
        let own = own_period(&case.disposals[k], Law::on(case.check_date)).end.and_then(End::spent_on);
        if b.disposals[k].spent_on != own {
            return Ok(());
        }
        for (i, (w, wo)) in a.disposals.iter().zip(&b.disposals).enumerate() {
            if i == k {
                continue;
            }
            let later = match (w.spent_on, wo.spent_on) {
                (Some(x), Some(y)) => y > x,
                (Some(_), None) => true,
                _ => false,
            };
            prop_assert!(!later, "{}: {:?} with the ban, {:?} without", w.id, w.spent_on, wo.spent_on);
        }
    }
}
