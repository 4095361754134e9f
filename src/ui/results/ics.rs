//! Reminders as an RFC 5545 calendar file, made on the device: one all-day
//! event for each spent date, each filtering date and the review deadline.
//! No clock and no randomness: the same case gives the same file, so a
//! calendar app updates its events instead of adding them twice.

use chrono::NaiveDate;

use crate::rules::dates::long_date;
use crate::rules::ni::{Assessment, Case, Caveat};
use crate::rules::Review;

use crate::ui::ni::next_steps::Labels;
use crate::ui::results::contacts::{ACCESSNI_EMAIL, ACCESSNI_POST};

pub const PRODID: &str = "-//ni-record-check//Record check dates//EN";

/// One date that matters, as the calendar file will hold it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// The events of the calendar file, in date order. The page can list them,
/// and offer the download only when there are any (a calendar file must
/// hold at least one event).
pub fn events(case: &Case, assessment: &Assessment, labels: &[String]) -> Vec<CalendarEvent> {
    let names = Labels::new(case, labels);
    let footer = format!(
        "Worked out by the record check for a certificate issued on {}. It is not legal advice.",
        long_date(assessment.check_date)
    );
    let mut out: Vec<(u8, CalendarEvent)> = Vec::new();
    let mut add = |order: u8,
                   kind: &str,
                   key: &str,
                   date: NaiveDate,
                   summary: String,
                   description: String| {
        out.push((
            order,
            CalendarEvent {
                uid: uid(kind, key, date),
                date,
                summary,
                description: format!("{description}\n\n{footer}"),
            },
        ));
    };
    for d in &assessment.disposals {
        let name = names.of(&d.id);
        if let Some(on) = d.spent_on {
            let mut text = format!(
                "{name} is spent from this day. A spent item does not normally have to be told to an employer."
            );
            let always_shown = d.caveats.contains(&Caveat::CustodialFiltering);
            if always_shown {
                text.push_str(" It still shows on standard and enhanced certificates: the law says a conviction with a prison or custody sentence is always shown.");
            }
            if always_shown && matches!(d.review, Review::NotEligible | Review::CanApply) {
                text.push_str(" From this day you can ask the Independent Reviewer to take it off a certificate.");
            } else if d.review == Review::NotEligible {
                text.push_str(" From this day, if it still shows on a standard or enhanced certificate, the Independent Reviewer can look at it.");
            }
            add(0, "spent", &d.id, on, format!("Spent: {name}"), text);
        }
        if let Some(on) = d.filtered_on {
            let text = format!(
                "From this day {name} is old enough to be filtered: not shown on standard or enhanced checks, as long as nothing new is added to your record."
            );
            add(
                1,
                "filtered",
                &d.id,
                on,
                format!("Old enough to be filtered: {name}"),
                text,
            );
        }
    }
    if let Some(on) = assessment.review_deadline {
        let can_apply = assessment
            .disposals
            .iter()
            .any(|d| d.review == Review::CanApply);
        let summary = if can_apply {
            "Last day to ask the Independent Reviewer"
        } else {
            "Last day to dispute your AccessNI certificate"
        };
        let issued = case
            .certificate_issued
            .map(|i| format!(" on {}", long_date(i)))
            .unwrap_or_default();
        let text = format!(
            "Send AccessNI's certificate dispute form by this day: 90 days after your certificate was issued{issued}. Use it to ask the Independent Reviewer to look at your certificate (box B3 or C5), or to say something on it is wrong. Send it to {ACCESSNI_EMAIL} or {ACCESSNI_POST}."
        );
        add(2, "review-deadline", "", on, summary.to_string(), text);
    }
    crate::util::order::sort_by(&mut out, |a, b| (a.1.date, a.0).cmp(&(b.1.date, b.0)));
    out.into_iter().map(|(_, e)| e).collect()
}

/// The calendar file: CRLF line ends, lines folded at 75 octets.
pub fn calendar(case: &Case, assessment: &Assessment, labels: &[String]) -> String {
    calendar_file(
        events(case, assessment, labels),
        assessment.check_date,
        "Record check dates",
    )
}

/// The calendar file of these events, named `name`, stamped with the check date.
pub fn calendar_file(events: Vec<CalendarEvent>, check_date: NaiveDate, name: &str) -> String {
    let stamp = format!("{}T000000Z", crate::rules::dates::compact_date(check_date));
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    for e in events {
        // All-day: DTEND is the next day (exclusive). Validation keeps
        // dates far from the calendar's end, so there always is one.
        let Some(next) = e.date.succ_opt() else {
            continue;
        };
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", e.uid),
            format!("DTSTAMP:{stamp}"),
            format!(
                "DTSTART;VALUE=DATE:{}",
                crate::rules::dates::compact_date(e.date)
            ),
            format!(
                "DTEND;VALUE=DATE:{}",
                crate::rules::dates::compact_date(next)
            ),
            format!("SUMMARY:{}", escape(&e.summary)),
            format!("DESCRIPTION:{}", escape(&e.description)),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out
}

pub fn calendar_file_name(assessment: &Assessment) -> String {
    format!("record-check-dates-{}.ics", assessment.check_date)
}

/// RFC 5545 TEXT: backslash, semicolon, comma and newline escaped.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so no line is over 75 octets, never
/// splitting a character or an escape such as `\,` (allowed, but some
/// readers get it wrong).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        let mut unit = c.to_string();
        if c == '\\' {
            unit.extend(chars.next());
        }
        if width + unit.len() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push_str(&unit);
        width += unit.len();
    }
    out.push_str("\r\n");
}

/// The same event gets the same UID in every download (FNV-1a, 64 bits).
pub(crate) fn uid(kind: &str, key: &str, date: NaiveDate) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in format!("{kind}|{key}|{date}").bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!(
        "{kind}-{}-{hash:016x}@ni-record-check",
        crate::rules::dates::compact_date(date)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a,b;c\\d\r\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(100));
        fold(&long, &mut out);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, long);
        // An escape pair stays on one line.
        let mut escaped = String::new();
        fold(&format!("{}\\,", "a".repeat(74)), &mut escaped);
        assert_eq!(escaped, format!("{}\r\n \\,\r\n", "a".repeat(74)));
        let mut short = String::new();
        fold("VERSION:2.0", &mut short);
        assert_eq!(short, "VERSION:2.0\r\n");
    }

    #[test]
    fn uids_depend_only_on_content() {
        let d = NaiveDate::from_ymd_opt(2014, 1, 1).unwrap();
        assert_eq!(uid("spent", "a", d), uid("spent", "a", d));
        assert_ne!(uid("spent", "a", d), uid("spent", "b", d));
        assert_ne!(uid("spent", "a", d), uid("filtered", "a", d));
        assert!(uid("spent", "a", d).starts_with("spent-20140101-"));
    }
}
