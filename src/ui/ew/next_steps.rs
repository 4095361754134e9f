//! England and Wales results in words: what each DBS check shows, when an
//! item is spent and filtered, what a person can do instead of asking an
//! Independent Reviewer (there is none in E&W: `ew-disclosure-rules.md` §5),
//! and the calendar of the dates that matter. Every fact comes from the
//! engine's E&W assessment; nothing here works out the law again.

use chrono::NaiveDate;

use crate::rules::dates::long_date;
use crate::rules::ew::{Assessment, Case, Caveat, DisposalAssessment, Outcome};
use crate::rules::Basic;

use crate::ui::results::ics::{calendar_file, uid, CalendarEvent};

/// The line that names the law and the checks, under the results' title.
pub const WHICH_LAW: &str =
    "England and Wales: checks from DBS, the Disclosure and Barring Service.";

/// The line on every E&W results page (spec §7).
pub const LAW_MAY_CHANGE: &str =
    "The law on when convictions are spent and what is filtered may change.";

/// What replaces the Independent Reviewer in England and Wales (spec §5).
pub const NO_REVIEWER: [&str; 4] = [
    "There is no Independent Reviewer in England and Wales. Nothing is sent for review automatically, even for under-18s, and there is no scheme to take off something that is shown correctly.",
    "If something on your DBS certificate is not yours or is wrong, raise a dispute with DBS. They can issue a new certificate.",
    "If the police add information to an enhanced certificate that you think is wrong or not relevant, you can ask the Independent Monitor to review it.",
    "Otherwise, the only routes are a complaint or a legal challenge. Ask a solicitor.",
];

/// Telling an employer (the checks, not the law of each job).
pub const TELLING: [&str; 2] = [
    "A spent conviction or caution does not normally have to be told to an employer.",
    "Jobs that need a standard or enhanced check can see more: the items marked \u{201c}Shows\u{201d} for those checks above.",
];

/// The not-legal-advice line, in E&W's words.
pub const NOT_LEGAL_ADVICE: &str = "This check is not legal advice. It works from your answers and the published rules. It cannot know what is really on your record or what the police may add to an enhanced certificate. Before you rely on it, check with Unlock or a solicitor.";

/// Where to get advice, as the caveats name it.
pub const ADVICE: &str = "For advice about your record, ask Unlock or a solicitor.";

/// What an enhanced check can add (s.113B(4), s.117A).
pub const ENHANCED: &str = "An enhanced check can also show information the police think is relevant to the job, such as an arrest that did not lead to a charge. We cannot predict this. If you think it is wrong or not relevant, you can ask the Independent Monitor to review it.";

/// How an item shows on a standard or enhanced DBS check.
pub fn outcome_words(d: &DisposalAssessment) -> &'static str {
    match d.standard {
        Outcome::Disclosed => "Shows",
        Outcome::Filtered => "Does not show (filtered)",
        Outcome::DependsOnSpecified => "Depends on the offence",
        Outcome::NotDisclosed => "Does not show",
    }
}

pub fn basic_words(d: &DisposalAssessment) -> &'static str {
    match d.basic {
        Basic::Disclosed => "Shows",
        Basic::NotDisclosed => "Does not show",
    }
}

fn count(n: usize) -> String {
    match n {
        0 => "Nothing".into(),
        1 => "1 item".into(),
        n => format!("{n} items"),
    }
}

/// The headline: what shows on each DBS check. An item that depends on the
/// offence is never counted as not shown.
pub fn headline(a: &Assessment) -> Vec<String> {
    let n = |f: &dyn Fn(&DisposalAssessment) -> bool| a.disposals.iter().filter(|d| f(d)).count();
    let basic = n(&|d| d.basic == Basic::Disclosed);
    let shows = n(&|d| d.standard == Outcome::Disclosed);
    let maybe = n(&|d| d.standard == Outcome::DependsOnSpecified);
    let verb = |n: usize| if n <= 1 { "shows" } else { "show" };
    let mut lines = vec![
        format!("{} {} on a basic DBS check.", count(basic), verb(basic)),
        format!(
            "{} {} on a standard or enhanced DBS check.",
            count(shows),
            verb(shows)
        ),
    ];
    if maybe > 0 {
        lines.push(format!(
            "{} more might show on a standard or enhanced DBS check: see below.",
            count(maybe)
        ));
    }
    lines
}

pub fn spent_words(d: &DisposalAssessment, check: NaiveDate) -> String {
    match d.spent_on {
        Some(on) if on <= check => format!("Yes, since {}", long_date(on)),
        Some(on) => format!("Not yet. It will be spent on {}", long_date(on)),
        None if d.caveats.contains(&Caveat::CompensationUnpaid) => {
            "Not until the compensation is paid in full".into()
        }
        None if d.caveats.contains(&Caveat::IndefiniteOrder) => "Not while the order lasts".into(),
        None => "Never".into(),
    }
}

/// The Schedule 18 "not sure" line: the date for "no".
pub fn schedule_18_words(d: &DisposalAssessment) -> Option<String> {
    d.spent_on_if_not_schedule_18.map(|on| {
        format!(
            "If no single term over 4 years was for a Schedule 18 offence, it is spent on {}.",
            long_date(on)
        )
    })
}

pub fn filtered_words(d: &DisposalAssessment, check: NaiveDate) -> String {
    match (d.filtered_on, d.standard) {
        (_, Outcome::NotDisclosed) => "It is not on standard or enhanced checks".into(),
        (Some(on), _) if on <= check => format!("Filtered since {}", long_date(on)),
        (Some(on), _) => format!("From {}, if nothing changes", long_date(on)),
        (None, Outcome::DependsOnSpecified) => "Depends on the offence: see why below".into(),
        (None, _) => "It is not filtered: it keeps showing".into(),
    }
}

/// The warning under an item: the engine's caveat, and where to check it.
pub fn caveat_words(c: Caveat) -> String {
    format!(
        "{} Check this with Unlock or a solicitor before relying on it.",
        c.warning()
    )
}

/// `labels[i]` names `case.disposals[i]`; the id when there is none.
fn name(case: &Case, labels: &[String], id: &str) -> String {
    case.disposals
        .iter()
        .position(|d| d.id == id)
        .and_then(|i| labels.get(i))
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .map_or_else(|| id.to_string(), str::to_string)
}

/// The calendar events: each spent date and each filtering date, in order.
pub fn events(case: &Case, a: &Assessment, labels: &[String]) -> Vec<CalendarEvent> {
    let footer = format!(
        "Worked out by the record check, with the rules of England and Wales, for a certificate issued on {}. It is not legal advice.",
        long_date(a.check_date)
    );
    let mut out: Vec<(u8, CalendarEvent)> = Vec::new();
    for d in &a.disposals {
        let n = name(case, labels, &d.id);
        let mut add = |order: u8, kind: &str, date: NaiveDate, summary: String, text: String| {
            out.push((
                order,
                CalendarEvent {
                    uid: uid(kind, &format!("ew|{}", d.id), date),
                    date,
                    summary,
                    description: format!("{text}\n\n{footer}"),
                },
            ))
        };
        if let Some(on) = d.spent_on {
            add(
                0,
                "spent",
                on,
                format!("Spent: {n}"),
                format!("{n} is spent from this day. A spent item does not normally have to be told to an employer."),
            );
        }
        if let Some(on) = d.filtered_on {
            add(
                1,
                "filtered",
                on,
                format!("Old enough to be filtered: {n}"),
                format!("From this day {n} is filtered: not shown on standard or enhanced DBS checks, as long as nothing new is added to your record."),
            );
        }
    }
    crate::util::order::sort_by(&mut out, |a, b| (a.1.date, a.0).cmp(&(b.1.date, b.0)));
    out.into_iter().map(|(_, e)| e).collect()
}

/// The calendar file for an E&W check.
pub fn calendar(case: &Case, a: &Assessment, labels: &[String]) -> String {
    calendar_file(
        events(case, a, labels),
        a.check_date,
        "Record check dates (England and Wales)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{assess, parse_any_case, AnyCase};

    fn case() -> Case {
        let json = r#"{"jurisdiction":"ew","check_date":"2026-06-08","disposals":[
            {"id":"c","kind":"conviction","date":"2019-05-20","under_18":false,"specified":false,
             "sentences":[{"type":"fine"}]},
            {"id":"f","kind":"fixed_penalty_notice","date":"2025-02-03","under_18":false,"endorsed":false}]}"#;
        match parse_any_case(json).unwrap() {
            AnyCase::Ew(c) => c,
            AnyCase::Ni(_) => unreachable!(),
        }
    }

    #[test]
    fn words_and_calendar() {
        let c = case();
        let a = assess(&c).unwrap();
        assert_eq!(
            headline(&a),
            [
                "Nothing shows on a basic DBS check.",
                "1 item shows on a standard or enhanced DBS check."
            ]
        );
        assert_eq!(
            spent_words(&a.disposals[0], a.check_date),
            "Yes, since 20 May 2020"
        );
        assert_eq!(outcome_words(&a.disposals[1]), "Does not show");
        assert_eq!(
            filtered_words(&a.disposals[0], a.check_date),
            "From 20 May 2030, if nothing changes"
        );
        let labels = ["Fine, 20 May 2019".to_string(), String::new()];
        let ev = events(&c, &a, &labels);
        assert_eq!(ev[0].summary, "Spent: Fine, 20 May 2019");
        assert!(ev[0].description.contains("England and Wales"));
        assert!(ev.iter().any(|e| e.summary == "Spent: f"));
        let file = calendar(&c, &a, &labels);
        assert!(file.contains("X-WR-CALNAME:Record check dates (England and Wales)"));
        assert!(!file.contains("AccessNI") && !file.contains("Independent Reviewer"));
    }
}
