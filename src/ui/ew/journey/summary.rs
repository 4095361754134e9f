//! An England and Wales item's answers in words, for "Check your answers".

use crate::rules::ew::Kind;
use crate::ui::journey::answers::Answers;
use crate::ui::journey::pages::Page;
use crate::ui::journey::summary::{
    describe_date, specified_words, under_18_row, yes_no, AnswerRow,
};

/// Item `i`'s rows.
pub fn answer_rows(a: &Answers, i: usize) -> Vec<AnswerRow> {
    let Some(it) = a.items.get(i) else {
        return Vec::new();
    };
    let kind = it
        .ew_kind
        .map_or("Not answered".to_string(), super::kind_label);
    let mut rows = vec![
        AnswerRow::new("What it was", kind, Page::Kind(i)),
        AnswerRow::new("Date", describe_date(&it.date), Page::Date(i)),
        under_18_row(a, i),
    ];
    if it.is_conviction() {
        for (j, s) in it.sentences.iter().enumerate() {
            rows.push(AnswerRow::new(
                format!("Sentence {}", j + 1),
                super::describe_sentence(
                    s,
                    crate::ui::journey::summary::describe_length(s),
                    describe_date,
                ),
                Page::SentenceType(i, j),
            ));
        }
    }
    if it.ew_kind == Some(Kind::ConditionalCaution) {
        let ended = match it.conditions_known {
            Some(true) => describe_date(&it.conditions_end),
            Some(false) => "Not known".into(),
            None => "Not answered".into(),
        };
        rows.push(AnswerRow::new(
            "Conditions ended",
            ended,
            Page::ConditionsEnd(i),
        ));
    }
    if it.ew_kind == Some(Kind::FixedPenaltyNotice) {
        rows.push(AnswerRow::new(
            "Endorsed on your licence",
            yes_no(it.endorsed),
            Page::Endorsed(i),
        ));
    } else {
        rows.push(AnswerRow::new(
            "On the never-filtered list",
            specified_words(it.specified),
            Page::Specified(i),
        ));
    }
    rows
}
