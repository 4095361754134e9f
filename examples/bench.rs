//! Benchmark of the engine (not a test): median time to assess records of
//! 1, 10 and 100 disposals, natively. Run with
//! `cargo run --release --example bench`.

use std::hint::black_box;
use std::time::Instant;

use ni_record_check::rules::assess;
use ni_record_check::sample::mixed_record;

fn main() {
    println!("disposals  median_us  runs");
    for n in [1, 10, 100] {
        let case = mixed_record(n);
        assert!(assess(&case).is_ok());
        let runs = if n == 100 { 301 } else { 2001 };
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                black_box(assess(black_box(&case)).ok());
                t.elapsed().as_secs_f64() * 1e6
            })
            .collect();
        times.sort_by(f64::total_cmp);
        println!("{n:>9}  {:>9.1}  {runs:>4}", times[runs / 2]);
    }
}
