//! From England and Wales answers to an E&W case, and back.

use chrono::NaiveDate;

use crate::rules::ew::validation::{term_is_over, SCHEDULE_18_MONTHS};
use crate::rules::ew::{Case, Disposal, Kind, Sentence};
use crate::rules::validation::{MAX_DAYS, MAX_MONTHS};
use crate::ui::journey::answers::{
    Answers, BirthAnswer, CertificateAnswer, CheckDateAnswer, DateInput, ItemAnswers, Known,
    LengthGivenAs, Place, SentenceAnswers, Specified,
};
use crate::ui::journey::checks::{item_date, read_length};
use crate::ui::journey::convert::{item_ids, Converted};
use crate::ui::journey::date_input::{input_from, read_date};
use crate::ui::journey::pages::Page;
use crate::ui::journey::routes::first_page_to_answer;

use super::{asks, asks_schedule_18, label, sentence, Asks};

/// The E&W case for these answers, or the first page still to answer.
pub fn to_case(a: &Answers, today: NaiveDate) -> Result<Converted<Case>, Page> {
    if let Some(p) = first_page_to_answer(a, today) {
        return Err(p);
    }
    to_case_unchecked(a, today)
}

/// The case these answers make without asking every page first: what the
/// engine would be given if a page let an answer through. Only for tests,
/// which show each refusal of the engine's validation asked on its page;
/// the app uses `to_case`. `Err`: a page whose answer cannot be read.
pub fn to_case_unchecked(a: &Answers, today: NaiveDate) -> Result<Converted<Case>, Page> {
    let ids = item_ids(a, today);
    let mut disposals = Vec::new();
    let mut approximate = Vec::new();
    for (i, it) in a.items.iter().enumerate() {
        let (Some(kind), Some(date), Some(under_18)) =
            (it.ew_kind, item_date(a, i, today), a.under_18(i))
        else {
            return Err(Page::Kind(i));
        };
        if it.date.known != Known::Day {
            approximate.push(ids[i].clone());
        }
        let fpn = kind == Kind::FixedPenaltyNotice;
        let specified = match (fpn, it.specified) {
            (true, _) => Some(false),
            (false, Some(Specified::Yes)) => Some(true),
            (false, Some(Specified::No)) => Some(false),
            (false, Some(Specified::NotSure)) => None,
            (false, None) => return Err(Page::Specified(i)),
        };
        let sentences = if kind == Kind::Conviction {
            let mut out = Vec::new();
            for j in 0..it.sentences.len() {
                out.push(to_sentence(a, i, j, today).ok_or(Page::SentenceType(i, j))?);
            }
            Some(out)
        } else {
            None
        };
        disposals.push(Disposal {
            id: ids[i].clone(),
            kind,
            date,
            under_18,
            specified,
            summary_only: None,
            sentences,
            conditions_end: match (kind, it.conditions_known) {
                (Kind::ConditionalCaution, Some(true)) => Some(
                    read_date(&it.conditions_end, "the date")
                        .map_err(|_| Page::ConditionsEnd(i))?,
                ),
                _ => None,
            },
            endorsed: fpn.then_some(it.endorsed == Some(true)),
        });
    }
    let check_date = match a.check_date.today {
        Some(false) => read_date(&a.check_date.other, "the date").map_err(|_| Page::CheckDate)?,
        Some(true) => today,
        None => return Err(Page::CheckDate),
    };
    Ok(Converted {
        case: Case {
            check_date,
            certificate_issued: None,
            disposals,
        },
        approximate,
    })
}

fn to_sentence(a: &Answers, i: usize, j: usize, today: NaiveDate) -> Option<Sentence> {
    let s = sentence(a, i, j)?;
    let kind = s.ew_kind?;
    let mut out = Sentence::of(kind);
    let length = || {
        read_length(&s.months, &s.days)
            .ok()
            .filter(|(m, d)| m.unwrap_or(0) <= MAX_MONTHS && d.unwrap_or(0) <= MAX_DAYS)
    };
    let start = || match s.other_start? {
        true => read_date(&s.start, "the start date").ok().map(Some),
        false => Some(None),
    };
    match asks(kind) {
        Asks::Nothing => {}
        Asks::Term | Asks::TermAndSuspended => {
            (out.months, out.days) = length()?;
            out.start = start()?;
            if asks(kind) == Asks::TermAndSuspended {
                out.suspended = Some(s.suspended?);
            }
        }
        Asks::Order => match s.length_given_as? {
            LengthGivenAs::Length => {
                (out.months, out.days) = length()?;
                out.start = start()?;
            }
            LengthGivenAs::EndDate => out.ends = Some(read_date(&s.ends, "the end date").ok()?),
            LengthGivenAs::UntilFurtherOrder => {}
            LengthGivenAs::NoEndDate => out.no_length_given = Some(true),
        },
        Asks::Paid => {
            if s.paid? {
                out.paid_on = Some(read_date(&s.paid_on, "the date").ok()?);
            }
        }
    }
    if asks_schedule_18(a, i, j) {
        let answer = match s.schedule_18? {
            Specified::Yes => Some(true),
            Specified::No => Some(false),
            Specified::NotSure => None,
        };
        // Asked when the term may be over 4 years; the engine reads the
        // answer only when the case's own dates make it over.
        let from = out.start.or_else(|| item_date(a, i, today))?;
        let (m, d) = (out.months.unwrap_or(0), out.days.unwrap_or(0));
        if term_is_over(from, m, d, SCHEDULE_18_MONTHS) {
            out.schedule_18_over_4_years = Some(answer);
        }
    }
    Some(out)
}

/// Answers for a saved or handed-over E&W case.
pub fn from_case(case: &Case) -> Answers {
    let items = case
        .disposals
        .iter()
        .map(|d| ItemAnswers {
            ew_kind: Some(d.kind),
            date: input_from(d.date),
            under_18: Some(d.under_18),
            more_sentences: d.is_conviction().then_some(false),
            specified: Some(match d.specified {
                Some(true) => Specified::Yes,
                Some(false) => Specified::No,
                None => Specified::NotSure,
            }),
            endorsed: d.endorsed,
            conditions_known: (d.kind == Kind::ConditionalCaution)
                .then_some(d.conditions_end.is_some()),
            conditions_end: d.conditions_end.map(input_from).unwrap_or_default(),
            sentences: d.sentences().iter().map(from_sentence).collect(),
            ..Default::default()
        })
        .collect();
    Answers {
        jurisdiction: Some(Place::Ew),
        items,
        summary_only_answered: true,
        check_date: CheckDateAnswer {
            today: Some(false),
            other: input_from(case.check_date),
        },
        certificate: CertificateAnswer::default(),
        more_items: Some(false),
        // A case file has each item's "under 18", never a date of birth.
        birth: BirthAnswer {
            given: Some(false),
            ..Default::default()
        },
        ..Default::default()
    }
}

fn from_sentence(s: &Sentence) -> SentenceAnswers {
    let text = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    let kind = s.kind;
    let length_given_as = (asks(kind) == Asks::Order).then(|| {
        if s.ends.is_some() {
            LengthGivenAs::EndDate
        } else if s.has_length() {
            LengthGivenAs::Length
        } else if s.no_length_given() {
            LengthGivenAs::NoEndDate
        } else {
            LengthGivenAs::UntilFurtherOrder
        }
    });
    let asks_start = matches!(asks(kind), Asks::Term | Asks::TermAndSuspended)
        || length_given_as == Some(LengthGivenAs::Length);
    SentenceAnswers {
        ew_kind: Some(kind),
        length_given_as,
        months: text(s.months),
        days: text(s.days),
        ends: s.ends.map(input_from).unwrap_or_default(),
        suspended: (asks(kind) == Asks::TermAndSuspended).then(|| s.suspended.unwrap_or(false)),
        other_start: asks_start.then_some(s.start.is_some()),
        start: s.start.map(input_from).unwrap_or_default(),
        schedule_18: s.schedule_18_over_4_years.map(|v| match v {
            Some(true) => Specified::Yes,
            Some(false) => Specified::No,
            None => Specified::NotSure,
        }),
        paid: (asks(kind) == Asks::Paid).then_some(s.paid_on.is_some()),
        paid_on: s.paid_on.map(input_from).unwrap_or_default(),
        ..Default::default()
    }
}

/// "Prison, 30 months, started 1 March 2015": a sentence in words.
pub fn describe_sentence(
    s: &SentenceAnswers,
    length: String,
    date: impl Fn(&DateInput) -> String,
) -> String {
    let Some(kind) = s.ew_kind else {
        return "Not answered".into();
    };
    let mut text = label(kind).to_string();
    let started = |text: &mut String| {
        if s.other_start == Some(true) {
            text.push_str(&format!(", started {}", date(&s.start)));
        }
    };
    match asks(kind) {
        Asks::Nothing => {}
        Asks::Term | Asks::TermAndSuspended => {
            text = format!("{text}, {length}");
            started(&mut text);
            if s.suspended == Some(true) {
                text.push_str(", suspended");
            }
        }
        Asks::Order => match s.length_given_as {
            Some(LengthGivenAs::Length) => {
                text = format!("{text}, {length}");
                started(&mut text);
            }
            Some(LengthGivenAs::EndDate) => text = format!("{text}, last day {}", date(&s.ends)),
            Some(LengthGivenAs::UntilFurtherOrder) => text.push_str(", until further order"),
            Some(LengthGivenAs::NoEndDate) => text.push_str(", no end date set"),
            None => {}
        },
        Asks::Paid => match s.paid {
            Some(true) => text = format!("{text}, paid in full on {}", date(&s.paid_on)),
            Some(false) => text.push_str(", not paid in full yet"),
            None => {}
        },
    }
    match s.schedule_18 {
        Some(Specified::Yes) => text.push_str(", Schedule 18: yes"),
        Some(Specified::No) => text.push_str(", Schedule 18: no"),
        Some(Specified::NotSure) => text.push_str(", Schedule 18: not sure"),
        None => {}
    }
    text
}
