//! The England and Wales questionnaire (`ew-disclosure-rules.md` §1, §8):
//! its sentence list, its route between pages, its checks and the E&W case
//! it makes. The pages it shares with NI (dates, sentences so far, items so
//! far, check date) keep NI's logic; the journey branches here once.

use chrono::NaiveDate;

use crate::rules::dates::{add_months, after_period};
use crate::rules::ew::{Case, Class, Disposal, Kind, Sentence, SentenceType};
use crate::rules::validation::{MAX_DAYS, MAX_MONTHS};

use super::answers::{
    Answers, CertificateAnswer, CheckDateAnswer, ItemAnswers, Known, LengthGivenAs, Place,
    SentenceAnswers, Specified,
};
use super::checks::{date_field, item_date, read_length, FieldError};
use super::convert::item_ids;
use super::date_input::{input_from, read_date, read_past_date};
use super::pages::Page;

/// What a sentence page asks after the sentence's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asks {
    /// Nothing more (a fine, an absolute discharge, a life sentence).
    Nothing,
    /// A term, and the day it began.
    Term,
    /// A term, the day it began, and whether it was suspended.
    TermAndSuspended,
    /// A length, an end date, until further order or no end date; the day
    /// it began only for a length.
    Order,
    /// Compensation: paid in full, and when.
    Paid,
}

pub fn asks(t: SentenceType) -> Asks {
    match t.class() {
        _ if t == SentenceType::Imprisonment => Asks::TermAndSuspended,
        Class::Custodial | Class::ServiceDetention => Asks::Term,
        Class::Excluded | Class::NoLength => Asks::Nothing,
        Class::Compensation => Asks::Paid,
        Class::Community | Class::Relevant | Class::Behaviour => Asks::Order,
    }
}

/// The sentence list, in groups: (group, [(type, label, hint)]).
pub type Entry = (SentenceType, &'static str, &'static str);
pub const CATALOGUE: [(&str, &[Entry]); 7] = {
    use SentenceType::*;
    [
        (
            "Prison or custody",
            &[
                (Imprisonment, "Prison", "Immediate or suspended."),
                (
                    Detention,
                    "Detention or youth custody",
                    "In a young offender institution, or detention for a serious offence under 18.",
                ),
                (
                    DetentionTrainingOrder,
                    "Detention and training order",
                    "For under-18s.",
                ),
                (
                    CorrectiveTraining,
                    "Corrective training",
                    "An old sentence.",
                ),
            ],
        ),
        (
            "Sentences that are never spent",
            &[
                (LifeImprisonment, "Life imprisonment", ""),
                (
                    DetentionAtPleasure,
                    "Detention at His Majesty's pleasure, or for life",
                    "",
                ),
                (CustodyForLife, "Custody for life", ""),
                (PreventiveDetention, "Preventive detention", ""),
                (
                    PublicProtectionSentence,
                    "Imprisonment or detention for public protection (IPP)",
                    "",
                ),
                (ExtendedSentence, "Extended sentence", ""),
            ],
        ),
        (
            "Community sentences",
            &[
                (CommunityOrder, "Community order", ""),
                (YouthRehabilitationOrder, "Youth rehabilitation order", ""),
                (
                    ReferralOrder,
                    "Referral order",
                    "For under-18s, with a youth offender panel.",
                ),
                (ReparationOrder, "Reparation order", ""),
                (ProbationOrder, "Probation order", "An older order."),
                (
                    CommunityServiceOrder,
                    "Community service order",
                    "An older order.",
                ),
                (CombinationOrder, "Combination order", "An older order."),
                (CurfewOrder, "Curfew order", "An older order."),
                (SupervisionOrder, "Supervision order", "An older order."),
                (
                    AttendanceCentreOrder,
                    "Attendance centre order",
                    "An older order.",
                ),
                (ActionPlanOrder, "Action plan order", "An older order."),
            ],
        ),
        (
            "Fines, discharges and other orders",
            &[
                (Fine, "Fine", ""),
                (
                    CompensationOrder,
                    "Compensation order",
                    "Money to pay to the victim.",
                ),
                (AbsoluteDischarge, "Absolute discharge", ""),
                (ConditionalDischarge, "Conditional discharge", ""),
                (BindOver, "Bind over", "An order to keep the peace."),
                (HospitalOrder, "Hospital order", ""),
                (CareOrder, "Care order", ""),
                (
                    StreetOffencesOrder,
                    "Order under the Street Offences Act",
                    "",
                ),
            ],
        ),
        (
            "Driving",
            &[
                (Endorsement, "Endorsement on your licence", ""),
                (PenaltyPoints, "Penalty points", ""),
                (
                    Disqualification,
                    "Driving ban, or another disqualification",
                    "",
                ),
            ],
        ),
        (
            "Orders about behaviour",
            &[
                (RestrainingOrder, "Restraining order", ""),
                (
                    SexualHarmPreventionOrder,
                    "Sexual harm prevention order",
                    "Or a sexual offences prevention order.",
                ),
                (
                    CriminalBehaviourOrder,
                    "Criminal behaviour order",
                    "Or an ASBO given with a conviction.",
                ),
                (
                    SeriousCrimePreventionOrder,
                    "Serious crime prevention order",
                    "",
                ),
                (FootballBanningOrder, "Football banning order", ""),
                (
                    OtherBehaviourOrder,
                    "Another order that bans or controls something",
                    "",
                ),
            ],
        ),
        (
            "Armed forces",
            &[
                (ServiceDetention, "Service detention", ""),
                (Dismissal, "Dismissal from the service", ""),
                (
                    DismissalWithDisgrace,
                    "Dismissal with disgrace, or cashiering",
                    "",
                ),
                (ServiceReprimand, "Reprimand or severe reprimand", ""),
                (
                    ServiceCommunityOrder,
                    "Service or overseas community order",
                    "",
                ),
            ],
        ),
    ]
};

/// The sentence's name on pages: "Community order".
pub fn label(t: SentenceType) -> &'static str {
    CATALOGUE
        .iter()
        .flat_map(|(_, e)| e.iter())
        .find(|e| e.0 == t)
        .map_or("Sentence", |e| e.1)
}

/// "Conviction", "Fixed penalty notice": an item's kind on pages.
pub fn kind_label(k: Kind) -> String {
    crate::rules::reasons::capitalised(k.noun())
}

fn sentence(a: &Answers, i: usize, j: usize) -> Option<&SentenceAnswers> {
    a.items.get(i)?.sentences.get(j)
}

fn sentence_asks(a: &Answers, i: usize, j: usize) -> Option<Asks> {
    sentence(a, i, j)?.ew_kind.map(asks)
}

/// The day a sentence began, as answered (the conviction date by default).
fn start_of(a: &Answers, i: usize, s: &SentenceAnswers, today: NaiveDate) -> Option<NaiveDate> {
    match s.other_start {
        Some(true) => read_date(&s.start, "the start date").ok(),
        _ => item_date(a, i, today),
    }
}

/// Whether the Schedule 18 question is asked: a custodial term over 4
/// years (48 months from its start, as the engine measures it).
pub fn asks_schedule_18(a: &Answers, i: usize, j: usize, today: NaiveDate) -> bool {
    let Some(s) = sentence(a, i, j) else {
        return false;
    };
    if s.ew_kind.map(SentenceType::class) != Some(Class::Custodial) {
        return false;
    }
    let (Ok((m, d)), Some(from)) = (read_length(&s.months, &s.days), start_of(a, i, s, today))
    else {
        return false;
    };
    match (
        after_period(from, m.unwrap_or(0), d.unwrap_or(0)),
        add_months(from, 48),
    ) {
        (Some(end), Some(mark)) => end > mark,
        _ => false,
    }
}

/// The pages of sentence `j` of item `i`, in order.
pub fn sentence_pages(a: &Answers, i: usize, j: usize, today: NaiveDate) -> Vec<Page> {
    let mut pages = vec![Page::SentenceType(i, j)];
    match sentence_asks(a, i, j) {
        Some(Asks::Term) => pages.extend([Page::SentenceLength(i, j), Page::SentenceStart(i, j)]),
        Some(Asks::TermAndSuspended) => pages.extend([
            Page::SentenceLength(i, j),
            Page::SentenceStart(i, j),
            Page::Suspended(i, j),
        ]),
        Some(Asks::Order) => {
            pages.push(Page::SentenceLength(i, j));
            if sentence(a, i, j).and_then(|s| s.length_given_as) == Some(LengthGivenAs::Length) {
                pages.push(Page::SentenceStart(i, j));
            }
        }
        Some(Asks::Paid) => pages.push(Page::Paid(i, j)),
        Some(Asks::Nothing) | None => {}
    }
    if asks_schedule_18(a, i, j, today) {
        pages.push(Page::Schedule18(i, j));
    }
    pages
}

/// The question after an item's sentences (or its age, for a caution).
fn item_end(a: &Answers, i: usize) -> Page {
    match a.items.get(i).and_then(|it| it.ew_kind) {
        Some(Kind::FixedPenaltyNotice) => Page::Endorsed(i),
        Some(Kind::ConditionalCaution) => Page::ConditionsEnd(i),
        _ => Page::Specified(i),
    }
}

/// The last question of an item: the offence, or for a fixed penalty
/// notice (which is never on a certificate) whether it was endorsed.
fn item_last(a: &Answers, i: usize) -> Page {
    match a.items.get(i).and_then(|it| it.ew_kind) {
        Some(Kind::FixedPenaltyNotice) => Page::Endorsed(i),
        _ => Page::Specified(i),
    }
}

/// Routing does not depend on today, except the Schedule 18 question,
/// whose term is measured from dates that are checked before it is reached.
const ANY_DAY: NaiveDate = NaiveDate::MAX;

pub fn next(page: Page, a: &Answers) -> Page {
    let item = |i: usize| a.items.get(i);
    match page {
        Page::Kind(i) => Page::Date(i),
        Page::Date(i) => Page::Under18(i),
        Page::Under18(i) | Page::Offence(i) => match item(i) {
            Some(it) if it.is_conviction() && it.sentences.is_empty() => Page::SentenceType(i, 0),
            Some(it) if it.is_conviction() => Page::Sentences(i),
            _ => item_end(a, i),
        },
        Page::SentenceType(i, j)
        | Page::SentenceLength(i, j)
        | Page::SentenceStart(i, j)
        | Page::Suspended(i, j)
        | Page::Paid(i, j)
        | Page::Schedule18(i, j) => {
            let pages = sentence_pages(a, i, j, ANY_DAY);
            pages
                .iter()
                .position(|&p| p == page)
                .and_then(|n| pages.get(n + 1).copied())
                .unwrap_or(Page::Sentences(i))
        }
        Page::Sentences(i) => match item(i) {
            Some(it) if it.more_sentences == Some(true) => {
                Page::SentenceType(i, it.sentences.len())
            }
            _ => item_end(a, i),
        },
        Page::ConditionsEnd(i) => Page::Specified(i),
        Page::Specified(_) | Page::Endorsed(_) => Page::AddAnother,
        Page::AddAnother if a.more_items() => Page::Kind(a.items.len()),
        Page::AddAnother | Page::SummaryOnly => Page::CheckAnswers,
        Page::CheckAnswers => Page::CheckDate,
        _ => Page::Results,
    }
}

pub fn previous(page: Page, a: &Answers) -> Page {
    let sentences = |i: usize| a.items.get(i).map_or(0, |it| it.sentences.len());
    let conviction = |i: usize| a.items.get(i).is_some_and(ItemAnswers::is_conviction);
    match page {
        Page::Kind(_) => Page::AddAnother,
        Page::Date(i) => Page::Kind(i),
        Page::Under18(i) | Page::Offence(i) => Page::Date(i),
        Page::SentenceType(i, 0) => Page::Under18(i),
        Page::SentenceType(i, _) => Page::Sentences(i),
        Page::SentenceLength(i, j)
        | Page::SentenceStart(i, j)
        | Page::Suspended(i, j)
        | Page::Paid(i, j)
        | Page::Schedule18(i, j) => {
            let pages = sentence_pages(a, i, j, ANY_DAY);
            match pages.iter().position(|&p| p == page) {
                Some(n) if n > 0 => pages[n - 1],
                _ => Page::SentenceType(i, j),
            }
        }
        Page::Sentences(i) => match sentences(i) {
            0 => Page::Under18(i),
            n => *sentence_pages(a, i, n - 1, ANY_DAY)
                .last()
                .unwrap_or(&Page::SentenceType(i, n - 1)),
        },
        Page::Specified(i) if item_end(a, i) == Page::ConditionsEnd(i) => Page::ConditionsEnd(i),
        Page::Specified(i) | Page::Endorsed(i) if conviction(i) => Page::Sentences(i),
        Page::Specified(i) | Page::Endorsed(i) | Page::ConditionsEnd(i) => Page::Under18(i),
        Page::AddAnother => match a.items.len() {
            0 => Page::Where,
            n => item_last(a, n - 1),
        },
        Page::SummaryOnly | Page::CheckAnswers => Page::AddAnother,
        Page::CheckDate => Page::CheckAnswers,
        _ => Page::CheckDate,
    }
}

/// Every question page for these answers, in order, up to the check date.
pub fn question_pages(a: &Answers) -> Vec<Page> {
    let mut pages = Vec::new();
    for (i, it) in a.items.iter().enumerate() {
        pages.extend([Page::Kind(i), Page::Date(i), Page::Under18(i)]);
        if it.is_conviction() {
            if it.sentences.is_empty() {
                pages.push(Page::SentenceType(i, 0));
            }
            for j in 0..it.sentences.len() {
                pages.extend(sentence_pages(a, i, j, ANY_DAY));
            }
            pages.push(Page::Sentences(i));
        }
        pages.push(item_end(a, i));
        if item_end(a, i) == Page::ConditionsEnd(i) {
            pages.push(Page::Specified(i));
        }
    }
    pages.push(Page::CheckDate);
    pages
}

fn err(field: &str, message: impl Into<String>) -> Vec<FieldError> {
    vec![FieldError {
        field: field.into(),
        message: message.into(),
    }]
}

fn date_err(input: &super::answers::DateInput, prefix: &str, what: &str) -> Vec<FieldError> {
    match read_date(input, what) {
        Ok(_) => Vec::new(),
        Err(p) => err(&date_field(prefix, p.part), p.message),
    }
}

/// The problems on an E&W page; `None` where NI's checks serve as they are.
pub fn page_problems(page: Page, a: &Answers, today: NaiveDate) -> Option<Vec<FieldError>> {
    let it = page.item().and_then(|i| a.items.get(i));
    let s = match page {
        Page::SentenceType(i, j)
        | Page::SentenceLength(i, j)
        | Page::SentenceStart(i, j)
        | Page::Paid(i, j)
        | Page::Schedule18(i, j) => sentence(a, i, j),
        _ => None,
    };
    Some(match page {
        Page::Kind(_) => match it.and_then(|it| it.ew_kind) {
            Some(_) => Vec::new(),
            None => err("kind", "Select what it was"),
        },
        Page::Date(i) => {
            let what = format!("the date of the {}", noun(it));
            match read_past_date(&a.items[i].date, &what, today) {
                Ok(_) => Vec::new(),
                Err(p) => err(&date_field("date", p.part), p.message),
            }
        }
        Page::Under18(_) => match it.and_then(|it| it.under_18) {
            Some(false) if it.and_then(|it| it.ew_kind) == Some(Kind::ReprimandOrWarning) => err(
                "under-18",
                "A reprimand or final warning was only given to someone under 18. Select yes, or go back and change what it was",
            ),
            Some(_) => Vec::new(),
            None => err("under-18", "Select yes if you were under 18 on that date"),
        },
        Page::SentenceType(..) => match s.and_then(|s| s.ew_kind) {
            Some(SentenceType::DetentionTrainingOrder) if it.and_then(|it| it.under_18) == Some(false) => err(
                "sentence-type",
                "A detention and training order is only for under-18s. Select another sentence",
            ),
            Some(_) => Vec::new(),
            None => err("sentence-type", "Select the sentence"),
        },
        Page::SentenceLength(i, _) => {
            let Some(s) = s else {
                return Some(err("sentence-type", "Select the sentence"));
            };
            let length = || read_length(&s.months, &s.days).err().map(|e| vec![e]).unwrap_or_default();
            match s.ew_kind.map(asks) {
                Some(Asks::Term | Asks::TermAndSuspended) => length(),
                Some(Asks::Order) => match s.length_given_as {
                    None => err("length-given-as", "Select how long the order lasted"),
                    Some(LengthGivenAs::Length) => length(),
                    Some(LengthGivenAs::EndDate) => {
                        let e = date_err(&s.ends, "ends", "the last day of the order");
                        match (e.is_empty(), read_date(&s.ends, "").ok(), item_date(a, i, today)) {
                            (true, Some(end), Some(from)) if end < from => err(
                                "ends-day",
                                "The last day of the order must be on or after the date of the conviction",
                            ),
                            _ => e,
                        }
                    }
                    Some(_) => Vec::new(),
                },
                _ => Vec::new(),
            }
        }
        Page::SentenceStart(i, _) => match s.and_then(|s| s.other_start) {
            None => err("start-other", "Select when it started"),
            Some(false) => Vec::new(),
            Some(true) => {
                let s = s.map(|s| &s.start);
                let e = s.map_or_else(Vec::new, |d| date_err(d, "start", "the start date"));
                let custodial = sentence(a, i, page_j(page)).and_then(|s| s.ew_kind).map(SentenceType::class)
                    == Some(Class::Custodial);
                match (e.is_empty(), s.and_then(|d| read_date(d, "").ok()), item_date(a, i, today)) {
                    (true, Some(start), Some(conv)) if start < conv && !custodial => err(
                        "start-day",
                        "The start date must be on or after the date of the conviction",
                    ),
                    _ => e,
                }
            }
        },
        Page::Schedule18(..) => match s.and_then(|s| s.schedule_18) {
            Some(_) => Vec::new(),
            None => err("schedule-18", "Select yes, no or not sure"),
        },
        Page::Paid(i, _) => match s.and_then(|s| s.paid) {
            None => err("paid", "Select yes if it has been paid in full"),
            Some(false) => Vec::new(),
            Some(true) => {
                let d = s.map(|s| &s.paid_on);
                let e = d.map_or_else(Vec::new, |d| date_err(d, "paid-on", "the date it was paid in full"));
                match (e.is_empty(), d.and_then(|d| read_date(d, "").ok()), item_date(a, i, today)) {
                    (true, Some(paid), Some(conv)) if paid < conv => err(
                        "paid-on-day",
                        "The date it was paid must be on or after the date of the conviction",
                    ),
                    _ => e,
                }
            }
        },
        Page::ConditionsEnd(i) => match it.and_then(|it| it.conditions_known) {
            None => err("conditions-known", "Select yes if you know when the conditions ended"),
            Some(false) => Vec::new(),
            Some(true) => {
                let d = &a.items[i].conditions_end;
                let e = date_err(d, "conditions-end", "the date the conditions ended");
                match (e.is_empty(), read_date(d, "").ok(), item_date(a, i, today)) {
                    (true, Some(end), Some(given)) if end < given => err(
                        "conditions-end-day",
                        "The date the conditions ended must be on or after the date of the caution",
                    ),
                    _ => e,
                }
            }
        },
        Page::Endorsed(_) => match it.and_then(|it| it.endorsed) {
            Some(_) => Vec::new(),
            None => err("endorsed", "Select yes if it was endorsed on your driving licence"),
        },
        _ => return None,
    })
}

fn page_j(page: Page) -> usize {
    match page {
        Page::SentenceType(_, j)
        | Page::SentenceLength(_, j)
        | Page::SentenceStart(_, j)
        | Page::Suspended(_, j)
        | Page::Paid(_, j)
        | Page::Schedule18(_, j) => j,
        _ => 0,
    }
}

/// "conviction", "caution": how the questions name an E&W item.
pub fn noun(it: Option<&ItemAnswers>) -> &'static str {
    it.and_then(|it| it.ew_kind).map_or("item", Kind::noun)
}

/// The E&W case for these answers, or the first page still to answer.
pub fn to_case(a: &Answers, today: NaiveDate) -> Result<super::convert::Converted<Case>, Page> {
    if let Some(p) = super::convert::first_page_to_answer(a, today) {
        return Err(p);
    }
    let ids = item_ids(a, today);
    let mut disposals = Vec::new();
    let mut approximate = Vec::new();
    for (i, it) in a.items.iter().enumerate() {
        let (Some(kind), Some(date), Some(under_18)) =
            (it.ew_kind, item_date(a, i, today), it.under_18)
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
    Ok(super::convert::Converted {
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
    let _ = today;
    if asks_schedule_18(a, i, j, ANY_DAY) {
        out.schedule_18_over_4_years = Some(match s.schedule_18? {
            Specified::Yes => Some(true),
            Specified::No => Some(false),
            Specified::NotSure => None,
        });
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
    date: impl Fn(&super::answers::DateInput) -> String,
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
