//! Timing the engine in the browser, for `scripts/bench` only: built with `--features bench`,
//! never part of the app people load. `bench_assess(n, runs)` assesses the same mixed record of
//! `n` disposals as `examples/bench.rs` and returns `runs` times in milliseconds, each the mean
//! of `BATCH` assessments in a row (the page's `performance.now()` is coarsened to 0.1 ms, too
//! coarse to time one assessment of well under a millisecond).

use wasm_bindgen::prelude::*;

use crate::rules::assess;
use crate::sample::{mixed_record, shaped_record, Shape};

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
    let case = mixed_record(n);
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

/// Each record shape of `sample::Shape` (by its index in `Shape::ALL`) at `n`
/// convictions: the median of `runs` single assessments in milliseconds
/// (records this big take well over the timer's 0.1 ms).
#[wasm_bindgen]
pub fn bench_shape(shape: usize, n: usize, runs: usize) -> f64 {
    let Some(&shape) = Shape::ALL.get(shape) else {
        return f64::NAN;
    };
    let case = shaped_record(shape, n);
    assert!(assess(&case).is_ok());
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let t = now();
            std::hint::black_box(assess(std::hint::black_box(&case)).ok());
            now() - t
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// The shapes' names, in the order `bench_shape` numbers them.
#[wasm_bindgen]
pub fn bench_shape_names() -> Vec<String> {
    Shape::ALL.iter().map(|s| s.name().to_string()).collect()
}
