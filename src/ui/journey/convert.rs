//! What both jurisdictions' conversions share (answers to the case the
//! engine reads, and back, are in `ni::journey` and `ew::journey`): the
//! result, items' ids and how an item is named on pages.

use chrono::{Datelike, NaiveDate};

use crate::rules::dates::long_date;
use crate::rules::ni::{Case, DisposalKind};

use super::answers::{Answers, ItemAnswers, Known};
use super::checks::item_date;
use super::date_input::read_past_date;

/// The case (NI's, or E&W's: `ew::journey`), and whether any date in it is
/// approximate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Converted<C = Case> {
    pub case: C,
    /// Item ids whose date was only partly known.
    pub approximate: Vec<String>,
}

/// Readable, unique ids: "conviction-2014-07-01", "caution-2012-07", "caution-2012".
pub fn item_ids(a: &Answers, today: NaiveDate) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for (i, it) in a.items.iter().enumerate() {
        let kind = it.kind.map_or("item", |k| match k {
            DisposalKind::Conviction => "conviction",
            DisposalKind::Caution => "caution",
            DisposalKind::InformedWarning => "informed-warning",
            DisposalKind::DiversionaryYouthConference => "youth-conference",
        });
        let ew = it.ew_kind.map(|k| k.code().replace('_', "-"));
        let kind = ew.as_deref().unwrap_or(kind);
        let base = match item_date(a, i, today) {
            Some(d) => match it.date.known {
                Known::Day => format!("{kind}-{d}"),
                Known::Month => format!("{kind}-{:04}-{:02}", d.year(), d.month()),
                Known::Year => format!("{kind}-{}", d.year()),
            },
            None => format!("{kind}-{}", i + 1),
        };
        let mut id = base.clone();
        let mut n = 2;
        while ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        ids.push(id);
    }
    ids
}

/// How an item is named on pages: "Conviction, 1 July 2014", "Caution, July
/// 2012", or by its offence when one is chosen: "Theft, 1 July 2014".
pub fn item_label(it: &ItemAnswers, today: NaiveDate) -> String {
    let kind = it.chosen_offence().map(|o| o.name.to_string());
    let kind = kind.or_else(|| {
        it.ew_kind
            .map(|k| crate::rules::reasons::capitalised(k.noun()))
    });
    let kind = kind.unwrap_or_else(|| {
        it.kind.map_or("Item".to_string(), |k| {
            let n = k.noun();
            let mut c = n.chars();
            c.next()
                .map(|f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect())
                .unwrap_or_default()
        })
    });
    match read_past_date(&it.date, "the date", today) {
        Ok(d) => match it.date.known {
            Known::Day => format!("{kind}, {}", long_date(d)),
            Known::Month => format!("{kind}, {}", crate::rules::dates::month_year(d)),
            Known::Year => format!("{kind}, {}", d.year()),
        },
        Err(_) => kind,
    }
}
