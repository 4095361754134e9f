//! Timing the engine in the browser, for `scripts/bench` only: built with `--features bench`,
//! never part of the app people load. `bench_assess(n, runs)` assesses the same mixed record of
//! `n` disposals as `examples/bench.rs` and returns `runs` times in milliseconds, each the mean
//! of `BATCH` assessments in a row (the page's `performance.now()` is coarsened to 0.1 ms, too
//! coarse to time one assessment of well under a millisecond).

use chrono::{Days, NaiveDate};
use wasm_bindgen::prelude::*;

use crate::rules::{assess, Case, Disposal, DisposalKind, Sentence, SentenceType};

/// A mixed record: convictions with fines, prison terms and orders, and cautions.
fn record(n: usize) -> Case {
    let start = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
    let disposals = (0..n)
        .map(|i| {
            let date = start + Days::new(90 * i as u64);
            let kind = if i % 4 == 3 {
                DisposalKind::Caution
            } else {
                DisposalKind::Conviction
            };
            let sentence = match i % 3 {
                0 => Sentence::of(SentenceType::Fine),
                1 => Sentence {
                    months: Some((i % 40) as i64),
                    ..Sentence::of(SentenceType::Imprisonment)
                },
                _ => Sentence {
                    months: Some(18),
                    ..Sentence::of(SentenceType::ProbationOrder)
                },
            };
            Disposal {
                id: format!("item-{i}"),
                kind,
                date,
                under_18: i % 5 == 0,
                specified: [Some(false), Some(true), None][i % 3],
                summary_only: None,
                sentences: (kind == DisposalKind::Conviction).then(|| vec![sentence]),
            }
        })
        .collect();
    Case {
        check_date: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
        certificate_issued: None,
        disposals,
    }
}

fn now() -> f64 {
    let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).unwrap();
    let now: js_sys::Function = js_sys::Reflect::get(&performance, &"now".into())
        .unwrap()
        .into();
    now.call0(&performance).unwrap().as_f64().unwrap()
}

/// Assessments timed together for one sample.
const BATCH: usize = 20;

/// `runs` samples of the time in milliseconds to assess a record of `n` disposals.
#[wasm_bindgen]
pub fn bench_assess(n: usize, runs: usize) -> Vec<f64> {
    let case = record(n);
    assert!(assess(&case).is_ok());
    (0..runs)
        .map(|_| {
            let t = now();
            for _ in 0..BATCH {
                std::hint::black_box(assess(std::hint::black_box(&case)).ok());
            }
            (now() - t) / BATCH as f64
        })
        .collect()
}
