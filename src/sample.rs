//! A made-up mixed record of any size, for the benchmarks (`examples/bench.rs`
//! natively, `src/bench.rs` in the browser), so both time the same work.

use chrono::{Days, NaiveDate};

use crate::rules::ni::{Case, Disposal, DisposalKind, Sentence, SentenceType};

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
                offence: None,
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

/// The record shapes the benchmark times, at any size: each stresses the
/// further-conviction rule (Art 7) differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Each conviction spent before the next (a one-day disqualification, two days apart).
    NoneOverlapping,
    /// Every conviction on one day (fines).
    AllOnOneDay,
    /// One a day, each order ending later than the one before: each overlaps the next.
    Chain,
    /// The chain, every conviction summary-only.
    AllSummaryOnly,
    /// An order "until further order" first, then a fine a day.
    UntilFurtherOrderFirst,
    /// A fine and a 10-year driving ban every 2 days: the ban outlasts the
    /// fine, so each passes on less than its period (rules v3 §2.5).
    DrivingBans,
}

impl Shape {
    pub const ALL: [Shape; 6] = [
        Shape::NoneOverlapping,
        Shape::AllOnOneDay,
        Shape::Chain,
        Shape::AllSummaryOnly,
        Shape::UntilFurtherOrderFirst,
        Shape::DrivingBans,
    ];
    pub fn name(self) -> &'static str {
        match self {
            Shape::NoneOverlapping => "none overlapping",
            Shape::AllOnOneDay => "all on one day",
            Shape::Chain => "chain, growing ends",
            Shape::AllSummaryOnly => "all summary-only",
            Shape::UntilFurtherOrderFirst => "until further order first",
            Shape::DrivingBans => "fine and driving ban",
        }
    }
}

/// `n` convictions of one shape.
pub fn shaped_record(shape: Shape, n: usize) -> Case {
    let start = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
    let day = |d: usize| start + Days::new(d as u64);
    let disposals = (0..n)
        .map(|i| {
            let (date, sentence) = match shape {
                Shape::NoneOverlapping => (
                    day(2 * i),
                    Sentence {
                        ends: Some(day(2 * i)),
                        ..Sentence::of(SentenceType::Disqualification)
                    },
                ),
                Shape::AllOnOneDay => (start, Sentence::of(SentenceType::Fine)),
                Shape::Chain | Shape::AllSummaryOnly => (
                    day(i),
                    Sentence {
                        ends: Some(day(400 + 2 * i)),
                        ..Sentence::of(SentenceType::ProbationOrder)
                    },
                ),
                Shape::UntilFurtherOrderFirst if i == 0 => {
                    (start, Sentence::of(SentenceType::ProbationOrder))
                }
                Shape::UntilFurtherOrderFirst => (day(i), Sentence::of(SentenceType::Fine)),
                Shape::DrivingBans => (
                    day(2 * i),
                    Sentence {
                        months: Some(120),
                        ..Sentence::of(SentenceType::Disqualification)
                    },
                ),
            };
            let mut sentences = vec![sentence];
            if shape == Shape::DrivingBans {
                sentences.insert(0, Sentence::of(SentenceType::Fine));
            }
            Disposal {
                id: format!("item-{i}"),
                offence: None,
                kind: DisposalKind::Conviction,
                date,
                under_18: false,
                specified: Some(false),
                summary_only: Some(shape == Shape::AllSummaryOnly),
                sentences: Some(sentences),
            }
        })
        .collect();
    Case {
        check_date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        certificate_issued: None,
        disposals,
    }
}
