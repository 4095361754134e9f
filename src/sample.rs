//! A made-up mixed record of any size, for the benchmarks (`examples/bench.rs`
//! natively, `src/bench.rs` in the browser), so both time the same work.

use chrono::{Days, NaiveDate};

use crate::rules::{Case, Disposal, DisposalKind, Sentence, SentenceType};

/// A mixed record: convictions with fines, prison terms and orders, and cautions.
pub fn mixed_record(n: usize) -> Case {
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
