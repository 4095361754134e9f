//! From Northern Ireland answers to the case the engine reads, and back (for
//! saved answers and the hand-off file). The engine decides everything
//! legal; this only translates what was typed.

use chrono::NaiveDate;

use crate::rules::ni::catalogue::Asks;
use crate::rules::ni::{Case, Disposal, DisposalKind, Sentence};
use crate::ui::journey::answers::{
    Answers, BirthAnswer, CertificateAnswer, CheckDateAnswer, ItemAnswers, Known, LengthGivenAs,
    Place, SentenceAnswers, Specified,
};
use crate::ui::journey::checks::{item_date, read_length};
use crate::ui::journey::convert::{item_ids, Converted};
use crate::ui::journey::date_input::{input_from, read_date, read_past_date};
use crate::ui::journey::pages::Page;
use crate::ui::journey::routes::first_page_to_answer;

/// The case for these answers, or the first page still to answer.
pub fn to_case(a: &Answers, today: NaiveDate) -> Result<Converted, Page> {
    if let Some(p) = first_page_to_answer(a, today) {
        return Err(p);
    }
    to_case_unchecked(a, today)
}

/// The case these answers make without asking every page first: what the
/// engine would be given if a page let an answer through. Only for tests,
/// which show each refusal of the engine's validation asked on its page;
/// the app uses `to_case`. `Err`: a page whose answer cannot be read.
pub fn to_case_unchecked(a: &Answers, today: NaiveDate) -> Result<Converted, Page> {
    let ids = item_ids(a, today);
    let mut disposals = Vec::new();
    let mut approximate = Vec::new();
    for (i, it) in a.items.iter().enumerate() {
        let (Some(kind), Some(date), Some(under_18)) =
            (it.kind, item_date(a, i, today), a.under_18(i))
        else {
            return Err(Page::Kind(i));
        };
        // The table's answer when it has one; otherwise the person's.
        // "Cannot tell" stays "not sure", never "no".
        let specified = match (it.table_specified(), it.specified) {
            (Some(t), _) => Some(t),
            (None, Some(Specified::Yes)) => Some(true),
            (None, Some(Specified::No)) => Some(false),
            (None, Some(Specified::NotSure)) => None,
            (None, None) => return Err(Page::Specified(i)),
        };
        if it.date.known != Known::Day {
            approximate.push(ids[i].clone());
        }
        let conviction = kind == DisposalKind::Conviction;
        let sentences = if conviction {
            let mut out = Vec::new();
            for (j, s) in it.sentences.iter().enumerate() {
                out.push(to_sentence(s).ok_or(Page::SentenceType(i, j))?);
            }
            Some(out)
        } else {
            None
        };
        disposals.push(Disposal {
            id: ids[i].clone(),
            offence: it.chosen_offence().map(|o| o.id.to_string()),
            kind,
            date,
            under_18,
            specified,
            // The table's answer when it has one. Otherwise, "not sure" is
            // not ticked, and means no (rules §2.5 default).
            summary_only: conviction.then(|| {
                it.table_summary_only()
                    .unwrap_or_else(|| a.summary_only.contains(&i))
            }),
            sentences,
        });
    }
    let check_date = match a.check_date.today {
        Some(false) => read_date(
            &a.check_date.other,
            "the date the certificate would be issued",
        )
        .map_err(|_| Page::CheckDate)?,
        Some(true) => today,
        None => return Err(Page::CheckDate),
    };
    let certificate_issued = match a.certificate.has_one {
        Some(true) => Some(
            read_past_date(
                &a.certificate.issued,
                "the date your certificate was issued",
                today,
            )
            .map_err(|_| Page::Certificate)?,
        ),
        Some(false) => None,
        None => return Err(Page::Certificate),
    };
    Ok(Converted {
        case: Case {
            check_date,
            certificate_issued,
            disposals,
        },
        approximate,
    })
}

fn to_sentence(s: &SentenceAnswers) -> Option<Sentence> {
    let kind = s.kind?;
    let mut out = Sentence::of(kind);
    let length = || read_length(&s.months, &s.days).ok();
    match kind.asks() {
        Asks::Nothing => {}
        Asks::Term => (out.months, out.days) = length()?,
        Asks::TermAndSuspended => {
            (out.months, out.days) = length()?;
            out.suspended = Some(s.suspended?);
        }
        Asks::LengthOrEndDate => match s.length_given_as? {
            LengthGivenAs::Length => (out.months, out.days) = length()?,
            LengthGivenAs::EndDate => out.ends = Some(read_date(&s.ends, "the end date").ok()?),
            LengthGivenAs::UntilFurtherOrder => {}
            LengthGivenAs::NoEndDate => return None,
        },
    }
    Some(out)
}

/// Answers for a saved or handed-over case: every answer filled in, the
/// check date given as a date.
pub fn from_case(case: &Case) -> Answers {
    let items = case
        .disposals
        .iter()
        .map(|d| ItemAnswers {
            kind: Some(d.kind),
            date: input_from(d.date),
            under_18: Some(d.under_18),
            more_sentences: d.is_conviction().then_some(false),
            specified: Some(match d.specified {
                Some(true) => Specified::Yes,
                Some(false) => Specified::No,
                None => Specified::NotSure,
            }),
            sentences: d.sentences().iter().map(from_sentence).collect(),
            offence: d.offence.clone(),
            offence_text: d
                .offence
                .as_deref()
                .and_then(crate::rules::ni::offences::offence)
                .map(|o| o.name.to_string())
                .unwrap_or_default(),
            offence_not_listed: d
                .offence
                .as_deref()
                .and_then(crate::rules::ni::offences::offence)
                .is_none(),
            ..Default::default()
        })
        .collect();
    Answers {
        jurisdiction: Some(Place::Ni),
        items,
        summary_only: (0..case.disposals.len())
            .filter(|&i| case.disposals[i].summary_only())
            .collect(),
        summary_only_answered: true,
        check_date: CheckDateAnswer {
            today: Some(false),
            other: input_from(case.check_date),
        },
        certificate: CertificateAnswer {
            has_one: Some(case.certificate_issued.is_some()),
            issued: case.certificate_issued.map(input_from).unwrap_or_default(),
        },
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
    let length_given_as = (s.kind.asks() == Asks::LengthOrEndDate).then(|| {
        if s.ends.is_some() {
            LengthGivenAs::EndDate
        } else if s.has_length() {
            LengthGivenAs::Length
        } else {
            LengthGivenAs::UntilFurtherOrder
        }
    });
    SentenceAnswers {
        kind: Some(s.kind),
        length_given_as,
        months: text(s.months),
        days: text(s.days),
        ends: s.ends.map(input_from).unwrap_or_default(),
        suspended: match s.kind.asks() {
            Asks::TermAndSuspended => Some(s.suspended.unwrap_or(false)),
            _ => None,
        },
        ..Default::default()
    }
}
