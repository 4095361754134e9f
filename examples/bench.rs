//! Benchmark of the engine (not a test): median time to assess records of
//! 1, 10 and 100 disposals, natively. Run with
//! `cargo run --release --example bench`.

use std::hint::black_box;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use ni_record_check::rules::{assess, Case, Disposal, DisposalKind, Sentence, SentenceType};

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

fn main() {
    println!("disposals  median_us  runs");
    for n in [1, 10, 100] {
        let case = record(n);
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
