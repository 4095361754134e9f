//! Every refusal the engine's validation can give is asked on the question
//! page that takes the answer, next to its field, or no answer can lead to
//! it (and the reason is said here). The refusals are the validation
//! modules' own lists (`REFUSALS`); a message in their code that is not in
//! a list fails `every_message_in_the_validation_code_is_listed`.
//!
//! For each refusal a page asks: answers that lead to it (a change to the
//! jurisdiction's base answers), the page, and the field id on it. The test
//! checks that the page is in the journey for those answers and refuses
//! them next to that field, that the journey cannot reach the results, and
//! (where the answers can be read into a case at all) that the engine
//! refuses the case they make with this very refusal; and the same by
//! quick entry, whose page for an item holds the guided page. For each refusal no
//! answer leads to, a change to a valid case shows the engine gives it.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod ew;
mod ni;

use chrono::NaiveDate;
use ni_record_check::rules::validation::{Problem, Refusal};
use ni_record_check::ui::journey::quick;
use ni_record_check::ui::journey::routes::question_pages;
use ni_record_check::ui::journey::*;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn date(day: &str, month: &str, year: &str) -> DateInput {
    DateInput {
        day: day.into(),
        month: month.into(),
        year: year.into(),
        known: Known::Day,
    }
}

/// Where a refusal is asked, or why it cannot arise.
pub enum Shown<C> {
    /// `answers` changes the base answers so they lead to the refusal;
    /// `page` asks the answer and refuses it next to `field`. `carried`:
    /// the answers can be read into a case (which the engine then refuses
    /// with it); otherwise they cannot even be read into one.
    Page {
        answers: fn(&mut Answers),
        page: Page,
        field: &'static str,
        carried: bool,
    },
    /// No answer leads to it: why, and a change to a valid case that makes
    /// the engine give it.
    Unreachable { why: &'static str, case: fn(&mut C) },
}

/// One refusal (its field pattern and message, as listed) and where it is
/// shown.
pub type Row<C> = (&'static str, &'static str, Shown<C>);

/// What the walk needs of one jurisdiction.
pub struct Jurisdiction<C> {
    pub name: &'static str,
    /// Answers every page accepts.
    pub base: fn() -> Answers,
    /// The case the answers make, without asking the pages.
    pub unchecked: fn(&Answers, NaiveDate) -> Result<C, Page>,
    pub validate: fn(&C) -> Vec<Problem>,
    /// Every refusal its validation can give.
    pub refusals: Vec<Refusal>,
    pub rows: Vec<Row<C>>,
}

/// `disposals[0].sentences[1].months` as listed: `disposals[].sentences[].months`.
fn pattern(field: &str) -> String {
    let mut out = String::new();
    let mut in_index = false;
    for c in field.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            _ if in_index => continue,
            _ => {}
        }
        out.push(c);
    }
    out
}

/// A message fits a listed one, each `{}` standing for some words.
fn fits(template: &str, message: &str) -> bool {
    let parts: Vec<&str> = template.split("{}").collect();
    if parts.len() == 1 {
        return template == message;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !message.starts_with(first) || !message.ends_with(last) {
        return false;
    }
    if message.len() < first.len() + last.len() {
        return false;
    }
    let mut rest = &message[first.len()..message.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

fn gives(problems: &[Problem], (field, message): Refusal) -> bool {
    problems
        .iter()
        .any(|p| pattern(&p.field) == field && fits(message, &p.message))
}

/// The ids of the fields each question page shows (the components give
/// them; `the_page_fields_are_in_the_components` finds each in their code).
pub fn page_fields(page: Page) -> &'static [&'static str] {
    match page {
        Page::Kind(_) => &["kind"],
        Page::Date(_) => &["date-day", "date-month", "date-year"],
        Page::Under18(_) => &["under-18"],
        Page::Offence(_) => &["offence"],
        Page::SentenceType(..) => &["sentence-type"],
        Page::SentenceLength(..) => &[
            "length-months",
            "length-days",
            "length-given-as",
            "ends-day",
            "ends-month",
            "ends-year",
        ],
        Page::Suspended(..) => &["suspended"],
        Page::Sentences(_) => &["more-sentences"],
        Page::Specified(_) => &["specified"],
        Page::SentenceStart(..) => &["start-other", "start-day", "start-month", "start-year"],
        Page::Schedule18(..) => &["schedule-18"],
        Page::Paid(..) => &["paid", "paid-on-day", "paid-on-month", "paid-on-year"],
        Page::Endorsed(_) => &["endorsed"],
        Page::ConditionsEnd(_) => &[
            "conditions-known",
            "conditions-end-day",
            "conditions-end-month",
            "conditions-end-year",
        ],
        Page::AddAnother => &["more-items"],
        Page::CheckDate => &[
            "check-today",
            "check-date-day",
            "check-date-month",
            "check-date-year",
        ],
        Page::Certificate => &[
            "has-certificate",
            "issued-day",
            "issued-month",
            "issued-year",
        ],
        _ => &[],
    }
}

/// Walks one jurisdiction's refusals; returns every failure, and the
/// number of refusals asked on a page and of those no answer leads to.
fn walk<C: Clone + std::fmt::Debug>(j: &Jurisdiction<C>) -> (Vec<String>, usize, usize) {
    let name = j.name;
    let mut failures = Vec::new();
    let base = (j.base)();
    assert_eq!(
        first_unanswered(&base, today()),
        None,
        "{name}: base answers"
    );
    let valid = (j.unchecked)(&base, today()).expect("base answers make a case");
    assert!((j.validate)(&valid).is_empty(), "{name}: base case refused");
    for &(field, message) in &j.refusals {
        if !j.rows.iter().any(|r| (r.0, r.1) == (field, message)) {
            failures.push(format!(
                "{name}: no page asks, and no reason is given, for {field}: \"{message}\""
            ));
        }
    }
    let (mut asked, mut unreachable) = (0, 0);
    for (field, message, shown) in &j.rows {
        let refusal = (*field, *message);
        let at = format!("{name}, {field}: \"{message}\"");
        if !j.refusals.contains(&refusal) {
            failures.push(format!("{at}: not in the validation's list"));
        }
        match shown {
            Shown::Page {
                answers,
                page,
                field: id,
                carried,
            } => {
                asked += 1;
                let mut a = base.clone();
                answers(&mut a);
                let problems = page_problems(*page, &a, today());
                if !question_pages(&a).contains(page) {
                    failures.push(format!("{at}: {page:?} is not asked for these answers"));
                }
                if !problems.iter().any(|p| p.field == *id) {
                    failures.push(format!("{at}: {page:?} says {problems:?}, not at {id}"));
                }
                if !page_fields(*page).contains(id) {
                    failures.push(format!("{at}: {page:?} has no field {id}"));
                }
                if first_unanswered(&a, today()).is_none() {
                    failures.push(format!("{at}: the journey reaches the results"));
                }
                failures.extend(quick_entry(&at, &a, *page, id));
                match ((j.unchecked)(&a, today()), carried) {
                    (Ok(case), true) => {
                        let refused = (j.validate)(&case);
                        if !gives(&refused, refusal) {
                            failures.push(format!("{at}: the engine says {refused:?}"));
                        }
                    }
                    (Err(_), false) => {}
                    (Ok(case), false) => {
                        failures.push(format!("{at}: the answers make a case: {case:?}"))
                    }
                    (Err(p), true) => {
                        failures.push(format!("{at}: the answers make no case ({p:?})"))
                    }
                }
            }
            Shown::Unreachable { why, case } => {
                unreachable += 1;
                assert!(!why.is_empty());
                let mut c = valid.clone();
                case(&mut c);
                let refused = (j.validate)(&c);
                if !gives(&refused, refusal) {
                    failures.push(format!("{at}: the changed case gives {refused:?}"));
                }
            }
        }
    }
    (failures, asked, unreachable)
}

/// The same answers by quick entry: the item's quick page holds the
/// guided page and refuses them at the same field in its place (a
/// sentence's in its row); a page after the items is the guided one.
fn quick_entry(at: &str, guided: &Answers, page: Page, id: &str) -> Vec<String> {
    let mut failures = Vec::new();
    let mut a = guided.clone();
    a.quick = true;
    let (on, field) = match page.item() {
        Some(i) => {
            if !quick::item_pages(&a, i).contains(&page) {
                failures.push(format!(
                    "{at}: quick entry's page for item {i} has no {page:?}"
                ));
            }
            (
                Page::QuickItem(i),
                format!("{}{id}", quick::field_prefix(page)),
            )
        }
        None => (page, id.to_string()),
    };
    if !question_pages(&a).contains(&on) {
        failures.push(format!("{at}: quick entry does not ask {on:?}"));
    }
    let problems = page_problems(on, &a, today());
    if !problems.iter().any(|p| p.field == field) {
        failures.push(format!(
            "{at}: quick entry's {on:?} says {problems:?}, not at {field}"
        ));
    }
    if first_unanswered(&a, today()).is_none() {
        failures.push(format!("{at}: quick entry reaches the results"));
    }
    failures
}

fn check<C: Clone + std::fmt::Debug>(j: Jurisdiction<C>, asked: usize, unreachable: usize) {
    let (failures, a, u) = walk(&j);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The counts, so a row that goes missing is noticed.
    assert_eq!(
        (a, u),
        (asked, unreachable),
        "{}: asked, unreachable",
        j.name
    );
}

#[test]
fn every_ni_refusal_is_asked_on_its_page_or_cannot_arise() {
    check(ni::jurisdiction(), 16, 11);
}

#[test]
fn every_ew_refusal_is_asked_on_its_page_or_cannot_arise() {
    check(ew::jurisdiction(), 25, 19);
}

/// The string literals of Rust source that read as messages (a capital or
/// `{` first, more than one word of letters), `{name}` written `{}`; comments and the
/// `REFUSALS` list left out.
fn messages_in(source: &str) -> Vec<String> {
    let code = match source.find("pub const REFUSALS") {
        Some(start) => {
            let end = start + source[start..].find("\n];").expect("list ends") + 3;
            format!("{}{}", &source[..start], &source[end..])
        }
        None => source.to_string(),
    };
    let mut out = Vec::new();
    for line in code.lines() {
        let mut chars = line.chars().peekable();
        let mut literal: Option<String> = None;
        while let Some(c) = chars.next() {
            match (&mut literal, c) {
                (None, '/') if chars.peek() == Some(&'/') => break,
                (None, '"') => literal = Some(String::new()),
                (None, _) => {}
                (Some(s), '\\') => {
                    if let Some(escaped) = chars.next() {
                        s.push(escaped);
                    }
                }
                (Some(s), '"') => {
                    let starts = s
                        .chars()
                        .next()
                        .is_some_and(|f| f.is_uppercase() || f == '{');
                    let text = braces_as_slots(s);
                    let words = text
                        .split(' ')
                        .filter(|w| w.chars().any(char::is_alphabetic));
                    if starts && words.count() > 1 {
                        out.push(text);
                    }
                    literal = None;
                }
                (Some(s), c) => s.push(c),
            }
        }
        assert!(
            literal.is_none(),
            "a string over more than one line: {line}"
        );
    }
    out
}

/// `{name}` and `{}` as `{}`.
fn braces_as_slots(s: &str) -> String {
    let mut out = String::new();
    let mut in_braces = false;
    for c in s.chars() {
        match c {
            '{' => {
                in_braces = true;
                out.push_str("{}");
            }
            '}' => in_braces = false,
            _ if in_braces => {}
            _ => out.push(c),
        }
    }
    out
}

const SOURCES: [(&str, &str); 3] = [
    (
        "rules/validation.rs",
        include_str!("../../src/rules/validation.rs"),
    ),
    (
        "rules/ni/validation.rs",
        include_str!("../../src/rules/ni/validation.rs"),
    ),
    (
        "rules/ew/validation.rs",
        include_str!("../../src/rules/ew/validation.rs"),
    ),
];

#[test]
fn every_message_in_the_validation_code_is_listed() {
    use ni_record_check::rules::{ew, ni, validation};
    let lists: [&[Refusal]; 3] = [
        validation::REFUSALS,
        ni::validation::REFUSALS,
        ew::validation::REFUSALS,
    ];
    let listed: Vec<&str> = lists.iter().flat_map(|l| l.iter().map(|r| r.1)).collect();
    let mut in_code = Vec::new();
    for (file, source) in SOURCES {
        for m in messages_in(source) {
            assert!(
                listed.contains(&m.as_str()),
                "{file}: \"{m}\" is not in a REFUSALS list, so no test shows a page asks it"
            );
            in_code.push(m);
        }
    }
    for m in listed {
        assert!(
            in_code.iter().any(|c| c == m),
            "\"{m}\" is listed but no validation code gives it"
        );
    }
    // Each list names its own code's messages, one entry per field.
    for list in lists {
        for (k, r) in list.iter().enumerate() {
            assert!(!list[..k].contains(r), "{r:?} is listed twice");
        }
    }
}

#[test]
fn the_page_fields_are_in_the_components() {
    let components = [
        include_str!("../../src/ui/pages/questions.rs"),
        include_str!("../../src/ui/pages/place.rs"),
        include_str!("../../src/ui/ni/questions.rs"),
        include_str!("../../src/ui/ni/offence_finder.rs"),
        include_str!("../../src/ui/ew/questions.rs"),
    ]
    .concat();
    let pages = [
        Page::Kind(0),
        Page::Date(0),
        Page::Under18(0),
        Page::Offence(0),
        Page::SentenceType(0, 0),
        Page::SentenceLength(0, 0),
        Page::Suspended(0, 0),
        Page::Sentences(0),
        Page::Specified(0),
        Page::SentenceStart(0, 0),
        Page::Schedule18(0, 0),
        Page::Paid(0, 0),
        Page::Endorsed(0),
        Page::ConditionsEnd(0),
        Page::AddAnother,
        Page::CheckDate,
        Page::Certificate,
    ];
    for page in pages {
        for id in page_fields(page) {
            let prefix = ["-day", "-month", "-year"]
                .iter()
                .find_map(|s| id.strip_suffix(s))
                .unwrap_or(id);
            assert!(
                components.contains(&format!("\"{id}\""))
                    || components.contains(&format!("\"{prefix}\"")),
                "{page:?}: no field {id} in the components"
            );
        }
    }
}

#[test]
fn fitting_a_message_to_its_listing() {
    assert!(fits("A {} has no length.", "A fine has no length."));
    assert!(fits("{} has no sentence.", "A caution has no sentence."));
    assert!(fits("a {} b {} c", "a x b y c"));
    assert!(!fits("a {} b {} c", "a x c"));
    assert!(!fits("Exact.", "Exact. Not"));
    assert_eq!(
        pattern("disposals[0].sentences[12].months"),
        "disposals[].sentences[].months"
    );
    assert_eq!(
        braces_as_slots("Enter the length of {name}."),
        "Enter the length of {}."
    );
}
