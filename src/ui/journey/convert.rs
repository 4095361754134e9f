//! From answers to the case the engine reads, and back (for saved answers
//! and the hand-off file). The engine decides everything legal; this only
//! translates what was typed.

use chrono::{Datelike, NaiveDate};

use crate::rules::catalogue::Asks;
use crate::rules::dates::long_date;
use crate::rules::{Case, Disposal, DisposalKind, Sentence};

use super::answers::{
    Answers, CertificateAnswer, CheckDateAnswer, ItemAnswers, Known, LengthGivenAs,
    SentenceAnswers, Specified,
};
use super::checks::{item_date, page_problems, read_length};
use super::date_input::{input_from, read_date, read_past_date};
use super::pages::{question_pages, Page};

/// The case (NI's, or E&W's: `journey::ew`), and whether any date in it is
/// approximate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Converted<C = Case> {
    pub case: C,
    /// Item ids whose date was only partly known.
    pub approximate: Vec<String>,
}

/// The first question page still to answer, in either jurisdiction: a case
/// is made only from answers every page accepts.
pub(super) fn first_page_to_answer(a: &Answers, today: NaiveDate) -> Option<Page> {
    if a.items.is_empty() {
        return Some(Page::Kind(0));
    }
    question_pages(a)
        .into_iter()
        .find(|&p| !page_problems(p, a, today).is_empty())
}

/// The case for these answers, or the first page still to answer.
pub fn to_case(a: &Answers, today: NaiveDate) -> Result<Converted, Page> {
    if let Some(p) = first_page_to_answer(a, today) {
        return Err(p);
    }
    let ids = item_ids(a, today);
    let mut disposals = Vec::new();
    let mut approximate = Vec::new();
    for (i, it) in a.items.iter().enumerate() {
        let (Some(kind), Some(date), Some(under_18)) =
            (it.kind, item_date(a, i, today), it.under_18)
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
    let kind = kind.or_else(|| it.ew_kind.map(super::ew::kind_label));
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
                .and_then(crate::rules::offences::offence)
                .map(|o| o.name.to_string())
                .unwrap_or_default(),
            offence_not_listed: d
                .offence
                .as_deref()
                .and_then(crate::rules::offences::offence)
                .is_none(),
            ..Default::default()
        })
        .collect();
    Answers {
        jurisdiction: Some(super::answers::Place::Ni),
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
