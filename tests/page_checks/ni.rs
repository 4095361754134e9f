//! Northern Ireland: where each refusal of its validation is asked.

use ni_record_check::rules::ni::offences::OFFENCES;
use ni_record_check::rules::ni::validation::{validate, REFUSALS};
use ni_record_check::rules::ni::{Case, DisposalKind, Sentence, SentenceType as St};
use ni_record_check::rules::validation::{self as shared, YEAR_MESSAGE};
use ni_record_check::ui::journey::*;
use ni_record_check::ui::ni::journey::to_case_unchecked;

use super::{d, date, Jurisdiction, Row, Shown};

/// A conviction on 1 July 2020 (6 months' prison, not suspended) and a
/// caution on 1 March 2022, checked today, with no certificate.
fn base() -> Answers {
    let item = |kind, date| ItemAnswers {
        kind: Some(kind),
        date,
        under_18: Some(false),
        offence_not_listed: true,
        specified: Some(Specified::No),
        ..Default::default()
    };
    let mut conviction = item(DisposalKind::Conviction, date("1", "7", "2020"));
    conviction.sentences = vec![SentenceAnswers {
        kind: Some(St::Imprisonment),
        months: "6".into(),
        suspended: Some(false),
        ..Default::default()
    }];
    conviction.more_sentences = Some(false);
    Answers {
        jurisdiction: Some(Place::Ni),
        items: vec![
            conviction,
            item(DisposalKind::Caution, date("1", "3", "2022")),
        ],
        summary_only_answered: true,
        check_date: CheckDateAnswer {
            today: Some(true),
            ..Default::default()
        },
        certificate: CertificateAnswer {
            has_one: Some(false),
            ..Default::default()
        },
        more_items: Some(false),
        ..Default::default()
    }
}

fn sentence(a: &mut Answers) -> &mut SentenceAnswers {
    &mut a.items[0].sentences[0]
}

/// The first sentence, a probation order given as its last day.
fn order_ending(a: &mut Answers, ends: DateInput) {
    let s = sentence(a);
    s.kind = Some(St::ProbationOrder);
    s.length_given_as = Some(LengthGivenAs::EndDate);
    s.ends = ends;
}

fn the_sentence(c: &mut Case) -> &mut Sentence {
    &mut c.disposals[0].sentences.as_mut().unwrap()[0]
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

pub fn jurisdiction() -> Jurisdiction<Case> {
    let rows: Vec<Row<Case>> = vec![
        // The checks every case gets.
        ("check_date", YEAR_MESSAGE, page(|a| {
            a.check_date.today = Some(false);
            a.check_date.other = date("1", "1", "2200");
        }, Page::CheckDate, "check-date-year", false)),
        ("certificate_issued", YEAR_MESSAGE, page(|a| {
            a.certificate.has_one = Some(true);
            a.certificate.issued = date("1", "1", "1899");
        }, Page::Certificate, "issued-year", false)),
        ("disposals[].id", "Every item needs a name (id).", unreachable(
            "the conversion names each item by its kind and date (journey::convert::item_ids)",
            |c| c.disposals[0].id.clear(),
        )),
        ("disposals[].id", "Two items have the same id \"{}\". Each needs its own.", unreachable(
            "item_ids numbers a repeated name: -2, -3, ...",
            |c| c.disposals[1].id = c.disposals[0].id.clone(),
        )),
        ("disposals[].date", YEAR_MESSAGE, page(
            |a| a.items[0].date = date("1", "7", "1899"),
            Page::Date(0), "date-year", false,
        )),
        ("disposals[].date", "The date of the {} is after the date you are checking for.", page(|a| {
            a.check_date.today = Some(false);
            a.check_date.other = date("1", "1", "2020");
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
            "the conversion writes summary_only only for a conviction",
            |c| c.disposals[1].summary_only = Some(true),
        )),
        // Northern Ireland's own.
        ("disposals[].under_18", "A diversionary youth conference is only given to someone under 18. Check the date, and whether you were under 18 on it.", page(
            |a| a.items[1].kind = Some(DisposalKind::DiversionaryYouthConference),
            Page::Under18(1), "under-18", true,
        )),
        // Worked out from a date of birth, "under 18?" is not asked: the
        // date's page says it.
        ("disposals[].under_18", "A diversionary youth conference is only given to someone under 18. Check the date, and whether you were under 18 on it.", page(|a| {
            a.items[1].kind = Some(DisposalKind::DiversionaryYouthConference);
            a.birth.given = Some(true);
            a.birth.date = date("1", "1", "1990");
        }, Page::Date(1), "date-day", true)),
        ("disposals[].offence", "There is no offence \"{}\" in the list of offences. Leave it out, or choose one from the list.", unreachable(
            "the conversion writes only an offence chosen from the table",
            |c| c.disposals[0].offence = Some("no-such-offence".into()),
        )),
        ("disposals[].specified", "This says the offence {} a specified offence, but {} {} one. Leave this out, or choose another offence.", unreachable(
            "the conversion takes the table's answer whenever it has one",
            |c| {
                let o = OFFENCES.iter().find(|o| o.specified.is_some()).unwrap();
                c.disposals[0].offence = Some(o.id.into());
                c.disposals[0].specified = o.specified.map(|s| !s);
            },
        )),
        ("disposals[].summary_only", "This says the offence {} summary-only, but {} {}. Leave this out, or choose another offence.", unreachable(
            "the conversion takes the table's answer whenever it has one",
            |c| {
                let o = OFFENCES.iter().find(|o| o.summary_only.is_some()).unwrap();
                c.disposals[0].offence = Some(o.id.into());
                c.disposals[0].summary_only = o.summary_only.map(|s| !s);
            },
        )),
        ("disposals[].sentences[].months", "The length cannot be less than 0.", page(
            |a| sentence(a).months = "-1".into(),
            Page::SentenceLength(0, 0), "length-months", false,
        )),
        ("disposals[].sentences[].days", "The length cannot be less than 0.", page(
            |a| sentence(a).days = "-1".into(),
            Page::SentenceLength(0, 0), "length-days", false,
        )),
        ("disposals[].sentences[].months", "The length must be 100 years or less.", page(
            |a| sentence(a).months = "1201".into(),
            Page::SentenceLength(0, 0), "length-months", false,
        )),
        ("disposals[].sentences[].days", "The length must be 100 years or less.", page(
            |a| sentence(a).days = "36601".into(),
            Page::SentenceLength(0, 0), "length-days", false,
        )),
        ("disposals[].sentences[].ends", YEAR_MESSAGE, page(
            |a| order_ending(a, date("1", "1", "2200")),
            Page::SentenceLength(0, 0), "ends-year", false,
        )),
        ("disposals[].sentences[].ends", "The end date of the order is before the date of the conviction.", page(
            |a| order_ending(a, date("1", "1", "2020")),
            Page::SentenceLength(0, 0), "ends-day", true,
        )),
        ("disposals[].sentences[]", "A {} has no length or end date here. Remove them.", unreachable(
            "the conversion writes a length or end date only for a sentence whose page asks one",
            |c| {
                let s = the_sentence(c);
                s.kind = St::Fine;
                s.suspended = None;
            },
        )),
        ("disposals[].sentences[].ends", "Give the length of the sentence in months, not an end date.", unreachable(
            "a prison term is asked as a length, never as an end date",
            |c| the_sentence(c).ends = Some(d(2021, 1, 1)),
        )),
        ("disposals[].sentences[].months", "Enter the length of the {} sentence.", page(
            |a| sentence(a).months.clear(),
            Page::SentenceLength(0, 0), "length-months", false,
        )),
        ("disposals[].sentences[]", "Give either a length or an end date for the order, not both.", unreachable(
            "\"How long\" takes one answer: a length, or an end date",
            |c| {
                let s = the_sentence(c);
                s.kind = St::ProbationOrder;
                s.suspended = None;
                s.ends = Some(d(2021, 1, 1));
            },
        )),
        ("disposals[].sentences[].suspended", "Only a prison sentence can be suspended, not a {}.", unreachable(
            "\"Was it suspended?\" is asked, and written, only for a prison sentence",
            |c| the_sentence(c).kind = St::CorrectiveTraining,
        )),
        ("disposals[].sentences[].type", "Detention under Article 45 is only for people under 18.", page(
            |a| sentence(a).kind = Some(St::DetentionArt45),
            Page::SentenceType(0, 0), "sentence-type", true,
        )),
        ("disposals[].sentences[].type", "Detention under Article 45 is only for people under 18.", page(|a| {
            sentence(a).kind = Some(St::DetentionArt45);
            a.items[0].under_18 = None;
            a.birth.given = Some(true);
            a.birth.date = date("1", "1", "1990");
        }, Page::SentenceType(0, 0), "sentence-type", true)),
    ];
    Jurisdiction {
        name: "NI",
        base,
        unchecked: |a, today| to_case_unchecked(a, today).map(|c| c.case),
        validate,
        refusals: shared::REFUSALS.iter().chain(REFUSALS).copied().collect(),
        rows,
    }
}
