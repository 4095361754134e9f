//! England and Wales: where each refusal of its validation is asked.

use ni_record_check::rules::ew::validation::{validate, REFUSALS};
use ni_record_check::rules::ew::{Case, Kind, Sentence, SentenceType as St};
use ni_record_check::rules::validation::{self as shared, YEAR_MESSAGE};
use ni_record_check::ui::ew::journey::to_case_unchecked;
use ni_record_check::ui::journey::*;

use super::{d, date, Jurisdiction, Row, Shown};

/// A conviction on 20 May 2019 (30 months' prison from that day, not
/// suspended) and a caution on 1 March 2022, checked today.
fn base() -> Answers {
    let item = |kind, date| ItemAnswers {
        ew_kind: Some(kind),
        date,
        under_18: Some(false),
        specified: Some(Specified::No),
        ..Default::default()
    };
    let mut conviction = item(Kind::Conviction, date("20", "5", "2019"));
    conviction.sentences = vec![SentenceAnswers {
        ew_kind: Some(St::Imprisonment),
        months: "30".into(),
        other_start: Some(false),
        suspended: Some(false),
        ..Default::default()
    }];
    conviction.more_sentences = Some(false);
    Answers {
        jurisdiction: Some(Place::Ew),
        items: vec![conviction, item(Kind::Caution, date("1", "3", "2022"))],
        summary_only_answered: true,
        check_date: CheckDateAnswer {
            today: Some(true),
            ..Default::default()
        },
        more_items: Some(false),
        ..Default::default()
    }
}

fn sentence(a: &mut Answers) -> &mut SentenceAnswers {
    &mut a.items[0].sentences[0]
}

/// The first sentence, a community order given by its last day.
fn order_ending(a: &mut Answers, ends: DateInput) {
    let s = sentence(a);
    s.ew_kind = Some(St::CommunityOrder);
    s.length_given_as = Some(LengthGivenAs::EndDate);
    s.ends = ends;
}

/// The first sentence, a 12-month community order that started on `start`.
fn order_starting(a: &mut Answers, start: DateInput) {
    let s = sentence(a);
    s.ew_kind = Some(St::CommunityOrder);
    s.length_given_as = Some(LengthGivenAs::Length);
    s.months = "12".into();
    s.other_start = Some(true);
    s.start = start;
}

/// The first sentence, compensation paid in full on `on`.
fn paid_on(a: &mut Answers, on: DateInput) {
    let s = sentence(a);
    s.ew_kind = Some(St::CompensationOrder);
    s.paid = Some(true);
    s.paid_on = on;
}

/// The caution, a conditional caution whose conditions ended on `end`.
fn conditions_ended(a: &mut Answers, end: DateInput) {
    let it = &mut a.items[1];
    it.ew_kind = Some(Kind::ConditionalCaution);
    it.conditions_known = Some(true);
    it.conditions_end = end;
}

/// The first sentence, a detention and training order for an under-18.
fn training_order(a: &mut Answers, months: &str, days: &str) {
    a.items[0].under_18 = Some(true);
    let s = sentence(a);
    s.ew_kind = Some(St::DetentionTrainingOrder);
    s.months = months.into();
    s.days = days.into();
}

fn the_sentence(c: &mut Case) -> &mut Sentence {
    &mut c.disposals[0].sentences.as_mut().unwrap()[0]
}

/// The first sentence made a fine (no length), for refusals of fields
/// written only for other sentences.
fn fine(c: &mut Case) -> &mut Sentence {
    let s = the_sentence(c);
    *s = Sentence::of(St::Fine);
    s
}

fn page(answers: fn(&mut Answers), page: Page, field: &'static str, carried: bool) -> Shown<Case> {
    Shown::Page {
        answers,
        page,
        field,
        carried,
    }
}

fn unreachable(why: &'static str, case: fn(&mut Case)) -> Shown<Case> {
    Shown::Unreachable { why, case }
}

const S: &str = "disposals[].sentences[]";

pub fn jurisdiction() -> Jurisdiction<Case> {
    let never_asked_credit =
        "no question asks days credited for remand or tagged bail (only a case file gives them)";
    let rows: Vec<Row<Case>> = vec![
        // The checks every case gets.
        ("check_date", YEAR_MESSAGE, page(|a| {
            a.check_date.today = Some(false);
            a.check_date.other = date("1", "1", "2200");
        }, Page::CheckDate, "check-date-year", false)),
        ("certificate_issued", YEAR_MESSAGE, unreachable(
            "England and Wales asks for no certificate: the conversion never writes its date",
            |c| c.certificate_issued = Some(d(2200, 1, 1)),
        )),
        ("disposals[].id", "Every item needs a name (id).", unreachable(
            "the conversion names each item by its kind and date (journey::convert::item_ids)",
            |c| c.disposals[0].id.clear(),
        )),
        ("disposals[].id", "Two items have the same id \"{}\". Each needs its own.", unreachable(
            "item_ids numbers a repeated name: -2, -3, ...",
            |c| c.disposals[1].id = c.disposals[0].id.clone(),
        )),
        ("disposals[].date", YEAR_MESSAGE, page(
            |a| a.items[0].date = date("20", "5", "1899"),
            Page::Date(0), "date-year", false,
        )),
        ("disposals[].date", "The date of the {} is after the date you are checking for.", page(|a| {
            a.check_date.today = Some(false);
            a.check_date.other = date("1", "1", "2019");
        }, Page::CheckDate, "check-date-day", true)),
        ("disposals[].sentences", "A conviction needs at least one sentence.", page(
            |a| a.items[0].sentences.clear(),
            Page::SentenceType(0, 0), "sentence-type", true,
        )),
        ("disposals[].sentences", "{} has no sentence. Only a conviction in court has sentences.", unreachable(
            "the conversion writes sentences only for a conviction",
            |c| c.disposals[1].sentences = Some(vec![Sentence::of(St::Fine)]),
        )),
        ("disposals[].summary_only", "Only a conviction can be for a summary-only offence, not {}.", unreachable(
            "no England and Wales question asks it: the conversion never writes summary_only",
            |c| c.disposals[1].summary_only = Some(true),
        )),
        // England and Wales's own.
        ("disposals[].under_18", "A reprimand or final warning was only given to someone under 18. Check the date, and whether you were under 18 on it.", page(
            |a| a.items[1].ew_kind = Some(Kind::ReprimandOrWarning),
            Page::Under18(1), "under-18", true,
        )),
        // Worked out from a date of birth, "under 18?" is not asked: the
        // date's page says it.
        ("disposals[].under_18", "A reprimand or final warning was only given to someone under 18. Check the date, and whether you were under 18 on it.", page(|a| {
            a.items[1].ew_kind = Some(Kind::ReprimandOrWarning);
            a.birth.given = Some(true);
            a.birth.date = date("1", "1", "1990");
        }, Page::Date(1), "date-day", true)),
        ("disposals[].conditions_end", "Only a conditional caution has conditions, not {}.", unreachable(
            "the conversion writes the day conditions ended only for a conditional caution",
            |c| c.disposals[1].conditions_end = Some(d(2022, 6, 1)),
        )),
        ("disposals[].conditions_end", YEAR_MESSAGE, page(
            |a| conditions_ended(a, date("1", "1", "2200")),
            Page::ConditionsEnd(1), "conditions-end-year", false,
        )),
        ("disposals[].conditions_end", "The conditions cannot end before the caution was given.", page(
            |a| conditions_ended(a, date("1", "1", "2022")),
            Page::ConditionsEnd(1), "conditions-end-day", true,
        )),
        ("disposals[].endorsed", "Only a fixed penalty notice is asked about here, not {}. For a court endorsement, add an endorsement sentence.", unreachable(
            "the conversion writes endorsed only for a fixed penalty notice",
            |c| c.disposals[1].endorsed = Some(true),
        )),
        ("disposals[].sentences[].months", "This cannot be less than 0.", page(
            |a| sentence(a).months = "-1".into(),
            Page::SentenceLength(0, 0), "length-months", false,
        )),
        ("disposals[].sentences[].days", "This cannot be less than 0.", page(
            |a| sentence(a).days = "-1".into(),
            Page::SentenceLength(0, 0), "length-days", false,
        )),
        ("disposals[].sentences[].credited_days", "This cannot be less than 0.", unreachable(
            never_asked_credit,
            |c| the_sentence(c).credited_days = Some(-1),
        )),
        ("disposals[].sentences[].months", "The length must be 100 years or less.", page(
            |a| sentence(a).months = "1201".into(),
            Page::SentenceLength(0, 0), "length-months", false,
        )),
        ("disposals[].sentences[].days", "The length must be 100 years or less.", page(
            |a| sentence(a).days = "36601".into(),
            Page::SentenceLength(0, 0), "length-days", false,
        )),
        ("disposals[].sentences[].credited_days", "The length must be 100 years or less.", unreachable(
            never_asked_credit,
            |c| the_sentence(c).credited_days = Some(36_601),
        )),
        ("disposals[].sentences[].start", YEAR_MESSAGE, page(|a| {
            sentence(a).other_start = Some(true);
            sentence(a).start = date("1", "1", "2200");
        }, Page::SentenceStart(0, 0), "start-year", false)),
        ("disposals[].sentences[].ends", YEAR_MESSAGE, page(
            |a| order_ending(a, date("1", "1", "2200")),
            Page::SentenceLength(0, 0), "ends-year", false,
        )),
        ("disposals[].sentences[].paid_on", YEAR_MESSAGE, page(
            |a| paid_on(a, date("1", "1", "2200")),
            Page::Paid(0, 0), "paid-on-year", false,
        )),
        ("disposals[].sentences[].start", "Only a custodial sentence can start before the date of conviction (for time on remand).", page(
            |a| order_starting(a, date("1", "1", "2019")),
            Page::SentenceStart(0, 0), "start-day", true,
        )),
        ("disposals[].sentences[].ends", "The end date is before the date of the conviction.", page(
            |a| order_ending(a, date("1", "1", "2019")),
            Page::SentenceLength(0, 0), "ends-day", true,
        )),
        ("disposals[].sentences[].paid_on", "The payment date is before the date of the conviction.", page(
            |a| paid_on(a, date("1", "1", "2019")),
            Page::Paid(0, 0), "paid-on-day", true,
        )),
        ("disposals[].sentences[].months", "Enter the length of {}.", page(
            |a| sentence(a).months.clear(),
            Page::SentenceLength(0, 0), "length-months", false,
        )),
        ("disposals[].sentences[].ends", "Give the length of the sentence, not an end date.", unreachable(
            "a term is asked as a length, never as an end date",
            |c| {
                let s = the_sentence(c);
                *s = Sentence::of(St::ServiceDetention);
                s.months = Some(3);
                s.ends = Some(d(2019, 8, 1));
            },
        )),
        (S, "Give either a length or an end date for the order, not both.", unreachable(
            "\"How long\" takes one answer: a length, or a last day",
            |c| {
                let s = the_sentence(c);
                *s = Sentence::of(St::CommunityOrder);
                s.months = Some(12);
                s.ends = Some(d(2020, 5, 19));
            },
        )),
        ("disposals[].sentences[].no_length_given", "An order with no end date cannot also have a length or an end date.", unreachable(
            "\"The court did not set an end date\" is one answer to \"How long\", so it comes with no length or last day",
            |c| {
                let s = the_sentence(c);
                *s = Sentence::of(St::CommunityOrder);
                s.months = Some(12);
                s.no_length_given = Some(true);
            },
        )),
        (S, "{} has no length or end date here. Remove them.", unreachable(
            "the conversion writes a length or end date only for a sentence whose page asks one",
            |c| fine(c).months = Some(6),
        )),
        ("disposals[].sentences[].no_length_given", "Only an order can have no end date, not {}.", unreachable(
            "\"The court did not set an end date\" is offered, and written, only for an order",
            |c| fine(c).no_length_given = Some(true),
        )),
        ("disposals[].sentences[].credited_days", "Only a custodial sentence has days credited for remand or tagged bail, not {}.", unreachable(
            never_asked_credit,
            |c| fine(c).credited_days = Some(10),
        )),
        ("disposals[].sentences[].paid_on", "Only a compensation order is paid, not {}.", unreachable(
            "\"Has it been paid?\" is asked, and written, only for compensation",
            |c| fine(c).paid_on = Some(d(2019, 6, 1)),
        )),
        ("disposals[].sentences[].suspended", "Only a sentence of imprisonment can be suspended, not {}.", unreachable(
            "\"Was it suspended?\" is asked, and written, only for prison",
            |c| fine(c).suspended = Some(false),
        )),
        ("disposals[].sentences[].months", "A suspended sentence is at most 24 months.", page(
            |a| sentence(a).suspended = Some(true),
            Page::Suspended(0, 0), "suspended", true,
        )),
        ("disposals[].sentences[].months", "A detention and training order is at most 24 months.", page(
            |a| training_order(a, "25", ""),
            Page::SentenceLength(0, 0), "length-months", true,
        )),
        // 23 months and 29 days: not over 24 months from 20 May 2019, but
        // over from 15 March 2020 (February 2022 has 28 days).
        ("disposals[].sentences[].months", "A detention and training order is at most 24 months.", page(|a| {
            training_order(a, "23", "29");
            sentence(a).other_start = Some(true);
            sentence(a).start = date("15", "3", "2020");
        }, Page::SentenceStart(0, 0), "start-day", true)),
        ("disposals[].sentences[].type", "A detention and training order is only for people under 18.", page(|a| {
            training_order(a, "12", "");
            a.items[0].under_18 = Some(false);
        }, Page::SentenceType(0, 0), "sentence-type", true)),
        ("disposals[].sentences[].type", "A detention and training order is only for people under 18.", page(|a| {
            training_order(a, "12", "");
            a.items[0].under_18 = None;
            a.birth.given = Some(true);
            a.birth.date = date("1", "1", "1990");
        }, Page::SentenceType(0, 0), "sentence-type", true)),
        ("disposals[].sentences[].schedule_18_over_4_years", "This is asked only for a custodial sentence, not {}.", unreachable(
            "the Schedule 18 question is asked, and written, only for a custodial sentence",
            |c| fine(c).schedule_18_over_4_years = Some(Some(false)),
        )),
        ("disposals[].sentences[].schedule_18_over_4_years", "For a term of more than 4 years, say whether any single term of more than 4 years was for a Schedule 18 offence: true, false, or null if you are not sure.", page(
            |a| sentence(a).months = "60".into(),
            Page::Schedule18(0, 0), "schedule-18", false,
        )),
        ("disposals[].sentences[].schedule_18_over_4_years", "A single term of more than 4 years cannot be part of a total of 4 years or less.", unreachable(
            "the answer is given the engine only when the case's own dates make the term over 4 years (ew::journey::convert)",
            |c| the_sentence(c).schedule_18_over_4_years = Some(Some(true)),
        )),
    ];
    Jurisdiction {
        name: "E&W",
        base,
        unchecked: |a, today| to_case_unchecked(a, today).map(|c| c.case),
        validate,
        refusals: shared::REFUSALS.iter().chain(REFUSALS).copied().collect(),
        rows,
    }
}
