//! A Northern Ireland item's answers in words, for "Check your answers".

use crate::rules::ni::catalogue::Asks;
use crate::ui::journey::answers::{Answers, ItemAnswers, LengthGivenAs, SentenceAnswers};
use crate::ui::journey::pages::Page;
use crate::ui::journey::summary::{
    describe_date, describe_length, specified_words, under_18_row, AnswerRow,
};

/// Item `i`'s rows.
pub fn answer_rows(a: &Answers, i: usize) -> Vec<AnswerRow> {
    let Some(it) = a.items.get(i) else {
        return Vec::new();
    };
    let kind = it.kind.map_or("Not answered".to_string(), |k| {
        crate::rules::reasons::capitalised(k.noun())
    });
    let mut rows = vec![
        AnswerRow::new("What it was", kind, Page::Kind(i)),
        AnswerRow::new("Date", describe_date(&it.date), Page::Date(i)),
        under_18_row(a, i),
        AnswerRow::new("Offence", describe_offence(it), Page::Offence(i)),
    ];
    if it.is_conviction() {
        for (j, s) in it.sentences.iter().enumerate() {
            rows.push(AnswerRow::new(
                format!("Sentence {}", j + 1),
                describe_sentence(s),
                Page::SentenceType(i, j),
            ));
        }
        // Asked only where the offence table cannot tell.
        if a.asks_summary_only() && it.table_summary_only().is_none() {
            let so = if a.summary_only.contains(&i) {
                "Yes"
            } else {
                "No, or not sure"
            };
            let page = if a.quick {
                Page::ItemSummaryOnly(i)
            } else {
                Page::SummaryOnly
            };
            rows.push(AnswerRow::new("Summary-only offence", so, page));
        }
    }
    if it.asks_specified() {
        rows.push(AnswerRow::new(
            "Specified offence",
            specified_words(it.specified),
            Page::Specified(i),
        ));
    }
    rows
}

/// "Prison or young offenders centre, 3 months, suspended".
pub fn describe_sentence(s: &SentenceAnswers) -> String {
    let Some(kind) = s.kind else {
        return "Not answered".into();
    };
    let mut text = kind.label().to_string();
    match kind.asks() {
        Asks::Nothing => {}
        Asks::Term => text = format!("{text}, {}", describe_length(s)),
        Asks::TermAndSuspended => {
            text = format!("{text}, {}", describe_length(s));
            if s.suspended == Some(true) {
                text.push_str(", suspended");
            }
        }
        Asks::LengthOrEndDate => match s.length_given_as {
            Some(LengthGivenAs::Length) => text = format!("{text}, {}", describe_length(s)),
            Some(LengthGivenAs::EndDate) => {
                text = format!("{text}, ended {}", describe_date(&s.ends))
            }
            Some(LengthGivenAs::UntilFurtherOrder) => {
                text.push_str(", no end date (until further order)")
            }
            Some(LengthGivenAs::NoEndDate) => text.push_str(", no end date"),
            None => {}
        },
    }
    text
}

/// The offence as chosen or typed, and what the table says of it.
fn describe_offence(it: &ItemAnswers) -> String {
    match it.chosen_offence() {
        Some(o) => format!("{}. {}", o.name, super::offence_search::meaning(o)),
        None if !it.offence_text.trim().is_empty() && !it.offence_not_listed => {
            format!("{} (not in our list)", it.offence_text.trim())
        }
        None if it.offence_not_listed => "Not in our list".into(),
        None => "Not answered".into(),
    }
}
