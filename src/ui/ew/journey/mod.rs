//! The England and Wales questionnaire (`ew-disclosure-rules.md` §1, §8):
//! its sentence list, its route between pages, its checks and the E&W case
//! it makes. The pages it shares with NI (dates, sentences so far, items so
//! far, check date) keep the shared logic; the journey branches here once,
//! in `journey::dispatch`.

use chrono::NaiveDate;

use crate::rules::ew::validation::{term_is_over, SCHEDULE_18_MONTHS};
use crate::rules::ew::{Class, Kind, SentenceType};
use crate::ui::journey::answers::{Answers, ItemAnswers, LengthGivenAs, SentenceAnswers};
use crate::ui::journey::checks::{item_date, read_length, FieldError};
use crate::ui::journey::date_input::{possible_days, read_date};
use crate::ui::journey::jurisdiction::Journey;
use crate::ui::journey::pages::Page;
use crate::ui::journey::summary::AnswerRow;

pub mod checks;
pub mod convert;
pub mod routes;
pub mod summary;

pub use checks::page_problems;
pub use convert::{describe_sentence, from_case, to_case, to_case_unchecked};
pub use routes::{next, previous, question_pages};

/// The England and Wales journey, for the journey's one dispatch point.
pub struct Ew;

impl Journey for Ew {
    fn next(&self, page: Page, a: &Answers) -> Page {
        next(page, a)
    }
    fn previous(&self, page: Page, a: &Answers) -> Page {
        previous(page, a)
    }
    fn question_pages(&self, a: &Answers) -> Vec<Page> {
        question_pages(a)
    }
    fn page_problems(&self, page: Page, a: &Answers, today: NaiveDate) -> Option<Vec<FieldError>> {
        page_problems(page, a, today)
    }
    fn page_exists(&self, page: Page, a: &Answers, today: NaiveDate) -> Option<bool> {
        let items = a.items.len();
        let sentences = |i: usize| a.items.get(i).map_or(0, |it| it.sentences.len());
        match page {
            // Northern Ireland's own pages.
            Page::Offence(_) | Page::SummaryOnly | Page::ItemSummaryOnly(_) | Page::Certificate => {
                Some(false)
            }
            Page::SentenceStart(i, j) | Page::Schedule18(i, j) | Page::Paid(i, j) => {
                Some(i < items && j < sentences(i))
            }
            Page::Endorsed(i) | Page::ConditionsEnd(i) => Some(i < items),
            Page::Results => Some(to_case(a, today).is_ok()),
            _ => None,
        }
    }
    fn has_offence_page(&self) -> bool {
        false
    }
    fn quick_extras(&self, _: &Answers, _: usize) -> Vec<Page> {
        Vec::new()
    }
    fn answer_rows(&self, a: &Answers, i: usize) -> Vec<AnswerRow> {
        summary::answer_rows(a, i)
    }
    fn describe_sentence(&self, s: &SentenceAnswers) -> String {
        let length = crate::ui::journey::summary::describe_length(s);
        describe_sentence(s, length, crate::ui::journey::summary::describe_date)
    }
    fn place_name(&self) -> Option<&'static str> {
        Some("England or Wales")
    }
    fn the_item(&self, it: Option<&ItemAnswers>) -> String {
        format!("the {}", noun(it))
    }
}

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

/// The day a sentence began, as answered (the conviction date by default):
/// the day the engine measures its term from.
pub(crate) fn start_of(
    a: &Answers,
    i: usize,
    s: &SentenceAnswers,
    today: NaiveDate,
) -> Option<NaiveDate> {
    match s.other_start {
        Some(true) => read_date(&s.start, "the start date").ok(),
        _ => item_date(a, i, today),
    }
}

/// Whether the Schedule 18 question is asked: a custodial term that may be
/// over 4 years from its start (`SCHEDULE_18_MONTHS`, by the engine's own
/// measure). A term from a partly known conviction date may start on any
/// of its days (its latest, or today if earlier), so the question is asked
/// when the term is over from any of them; the case passes the answer on
/// only when its own dates make the term over (`convert`).
pub fn asks_schedule_18(a: &Answers, i: usize, j: usize) -> bool {
    let Some(s) = sentence(a, i, j) else {
        return false;
    };
    if s.ew_kind.map(SentenceType::class) != Some(Class::Custodial) {
        return false;
    }
    let Ok((m, d)) = read_length(&s.months, &s.days) else {
        return false;
    };
    let over = |from| term_is_over(from, m.unwrap_or(0), d.unwrap_or(0), SCHEDULE_18_MONTHS);
    match s.other_start {
        Some(true) => read_date(&s.start, "").is_ok_and(over),
        _ => a
            .items
            .get(i)
            .is_some_and(|it| possible_days(&it.date).any(over)),
    }
}

/// The pages of sentence `j` of item `i`, in order.
pub fn sentence_pages(a: &Answers, i: usize, j: usize) -> Vec<Page> {
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
    if asks_schedule_18(a, i, j) {
        pages.push(Page::Schedule18(i, j));
    }
    pages
}

/// "conviction", "caution": how the questions name an E&W item.
pub fn noun(it: Option<&ItemAnswers>) -> &'static str {
    it.and_then(|it| it.ew_kind).map_or("item", Kind::noun)
}
