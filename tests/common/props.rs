//! What the property tests of both jurisdictions share: the settings, the
//! calendar the generators draw dates from, and a seeded shuffle.
#![allow(dead_code)]

use chrono::{Days, NaiveDate};
use proptest::test_runner::Config;

/// `cases` generated cases a property, and no failure files written.
pub fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Days from 1 January 1960 (up to about 2040 for the generators' ranges).
pub fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(1960, 1, 1).unwrap() + Days::new(u64::from(n))
}

/// `items` in an order chosen by `seed` (xorshift, Fisher–Yates).
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed | 1;
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        items.swap(i, (state % (i as u64 + 1)) as usize);
    }
}
