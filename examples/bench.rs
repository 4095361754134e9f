//! Benchmark of the engine (not a test): median time to assess records,
//! natively: the mixed record of 1, 10 and 100 disposals, and each record
//! shape of `sample::Shape` at 10, 100, 1,000 and 5,000 convictions. Run with
//! `cargo run --release --example bench`.
// Not in the app's download: may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::hint::black_box;
use std::time::Instant;

use ni_record_check::rules::assess;
use ni_record_check::rules::ni::Case;
use ni_record_check::sample::{mixed_record, shaped_record, Shape};

/// Median microseconds over enough runs to take about a second (3 to 2,001).
fn median_us(case: &Case) -> (f64, usize) {
    let t = Instant::now();
    assert!(assess(case).is_ok());
    let once = t.elapsed().as_secs_f64();
    let runs = ((1.0 / once.max(1e-7)) as usize).clamp(3, 2001) | 1;
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(assess(black_box(case)).ok());
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[runs / 2], runs)
}

fn main() {
    println!("record                      disposals   median_us  runs");
    for n in [1, 10, 100] {
        let (us, runs) = median_us(&mixed_record(n));
        println!("{:<26}  {n:>9}  {us:>10.1}  {runs:>4}", "mixed");
    }
    for shape in Shape::ALL {
        for n in [10, 100, 1_000, 5_000] {
            let (us, runs) = median_us(&shaped_record(shape, n));
            println!("{:<26}  {n:>9}  {us:>10.1}  {runs:>4}", shape.name());
        }
    }
}
