//! What is wrong with the answer on a Northern Ireland question page, in
//! GOV.UK-style words. The pages both jurisdictions share are checked in
//! `journey::checks`.

use chrono::NaiveDate;

use crate::rules::ni::catalogue::Asks;
use crate::rules::ni::validation::{disposal_is_for_under_18s, sentence_is_for_under_18s};
use crate::ui::journey::answers::{Answers, LengthGivenAs};
use crate::ui::journey::checks::{
    birth_problem, date_problem, err, item_date, read_length, the, FieldError,
};
use crate::ui::journey::pages::Page;

/// The problems on an NI question page; `None` where the shared checks
/// serve.
pub fn page_problems(page: Page, a: &Answers, today: NaiveDate) -> Option<Vec<FieldError>> {
    let item = page.item().and_then(|i| a.items.get(i));
    if page.item().is_some() && item.is_none() && !matches!(page, Page::Kind(_)) {
        return Some(err("main", "This item has not been started"));
    }
    Some(match page {
        Page::Kind(i) => match a.items.get(i).and_then(|it| it.kind) {
            Some(_) => Vec::new(),
            None => err("kind", "Select what it was"),
        },
        Page::Date(i) => {
            let it = &a.items[i];
            let what = format!("the date of {}", the(it.kind));
            match date_problem(&it.date, "date", &what, Some(today)) {
                Err(e) => e,
                Ok(_) => match birth_problem(a, i, &what) {
                    Some(e) => e,
                    // Worked out from the date of birth, so not asked: say it here.
                    None if a.under_18_worked_out(i) == Some(false)
                        && it.kind.is_some_and(disposal_is_for_under_18s) =>
                    {
                        err(
                            "date-day",
                            "A diversionary youth conference is only given to someone under 18, and your date of birth says you were 18 or over on this date. Check the date, or go back and change what it was",
                        )
                    }
                    None => Vec::new(),
                },
            }
        }
        Page::Under18(i) => match a.under_18(i) {
            // Only under-18s are given a diversionary youth conference.
            Some(false) if a.items[i].kind.is_some_and(disposal_is_for_under_18s) => err(
                "under-18",
                "A diversionary youth conference is only given to someone under 18. Select yes, or go back and change what it was",
            ),
            Some(_) => Vec::new(),
            None => err("under-18", "Select yes if you were under 18 on that date"),
        },
        Page::SentenceType(i, j) => match a.items[i].sentences.get(j).and_then(|s| s.kind) {
            // As the engine refuses it (NI validation).
            Some(k) if sentence_is_for_under_18s(k) && a.under_18(i) == Some(false) => err(
                "sentence-type",
                "Detention under Article 45 is only for under-18s. Select another sentence",
            ),
            Some(_) => Vec::new(),
            None => err("sentence-type", "Select the sentence"),
        },
        Page::SentenceLength(i, j) => {
            let Some(s) = a.items[i].sentences.get(j) else {
                return Some(err("sentence-type", "Select the sentence"));
            };
            match s.kind.map(|k| k.asks()) {
                Some(Asks::Term) | Some(Asks::TermAndSuspended) => read_length(&s.months, &s.days)
                    .err()
                    .map(|e| vec![e])
                    .unwrap_or_default(),
                Some(Asks::LengthOrEndDate) => match s.length_given_as {
                    None => err("length-given-as", "Select how long the order lasted"),
                    Some(LengthGivenAs::UntilFurtherOrder) => Vec::new(),
                    Some(LengthGivenAs::NoEndDate) => err("length-given-as", "Select how long the order lasted"),
                    Some(LengthGivenAs::Length) => read_length(&s.months, &s.days)
                        .err()
                        .map(|e| vec![e])
                        .unwrap_or_default(),
                    Some(LengthGivenAs::EndDate) => {
                        match date_problem(&s.ends, "ends", "the end date of the order", None) {
                            Err(e) => e,
                            Ok(end) => match item_date(a, i, today) {
                                Some(start) if end < start => err(
                                    "ends-day",
                                    "The end date of the order must be on or after the date of the conviction",
                                ),
                                _ => Vec::new(),
                            },
                        }
                    }
                },
                _ => Vec::new(),
            }
        }
        _ => return None,
    })
}
