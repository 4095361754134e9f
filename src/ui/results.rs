//! The results page: a headline first, a table, then each item in detail
//! with its dates, review route, warnings, reasons and a timeline. Every
//! legal fact shown here comes from the engine's assessment.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::rules::dates::long_date;
use crate::rules::{
    assess, Assessment, Basic, Caveat, DisposalAssessment, Outcome, Problem, Reason, Review,
    RULES_CHECKED_ON,
};

use super::journey::convert::item_label;
use super::journey::{to_case, Page};
use super::widgets::state;

/// How an item shows on a standard or enhanced check, in words. What the
/// law shows reads "Shows", whatever an older guide said (its caveat says
/// that the guide differs).
pub fn outcome_words(d: &DisposalAssessment) -> &'static str {
    match d.standard {
        Outcome::Disclosed => "Shows",
        Outcome::Filtered => "Does not show (filtered)",
        Outcome::ReferredToReviewer => "The Independent Reviewer decides",
        Outcome::DependsOnSpecified => "Depends on the offence",
    }
}

/// The line under the headline on every results page (rules spec §7).
pub const LAW_MAY_CHANGE: &str = "The law on when convictions are spent and what is filtered may change: the Justice Bill is before the Assembly.";

/// "Rules checked on 1 December 2026": when the rules were last checked
/// against the law.
pub fn rules_checked() -> String {
    format!("Rules checked on {}", long_date(RULES_CHECKED_ON.date()))
}

fn basic_words(d: &DisposalAssessment) -> &'static str {
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

/// The headline: what shows on each kind of check. An item the Reviewer
/// decides on, or that depends on the offence, is never counted as not shown.
pub fn headline(a: &Assessment) -> Vec<String> {
    let basic = a
        .disposals
        .iter()
        .filter(|d| d.basic == Basic::Disclosed)
        .count();
    let shows = a
        .disposals
        .iter()
        .filter(|d| d.standard == Outcome::Disclosed)
        .count();
    let maybe = a
        .disposals
        .iter()
        .filter(|d| {
            matches!(
                d.standard,
                Outcome::ReferredToReviewer | Outcome::DependsOnSpecified
            )
        })
        .count();
    let verb = |n: usize| if n <= 1 { "shows" } else { "show" };
    let mut lines = vec![
        format!("{} {} on a basic check.", count(basic), verb(basic)),
        format!(
            "{} {} on a standard or enhanced check.",
            count(shows),
            verb(shows)
        ),
    ];
    if maybe > 0 {
        lines.push(format!(
            "{} more might show on a standard or enhanced check: see below.",
            count(maybe)
        ));
    }
    lines
}

fn spent_words(d: &DisposalAssessment, check: NaiveDate) -> String {
    match d.spent_on {
        Some(on) if on <= check => format!("Yes, since {}", long_date(on)),
        Some(on) => format!("Not yet. It will be spent on {}", long_date(on)),
        None if d.caveats.contains(&Caveat::IndefiniteOrder) => "Not while the order lasts".into(),
        None => "Never".into(),
    }
}

fn filtered_words(d: &DisposalAssessment, check: NaiveDate, not_sure: bool) -> String {
    match d.filtered_on {
        Some(on) if on <= check => format!(
            "It has been old enough to be filtered since {}",
            long_date(on)
        ),
        Some(on) => format!("From {}, if nothing changes", long_date(on)),
        None if not_sure || d.standard == Outcome::DependsOnSpecified => {
            "Depends on the offence: see why below".into()
        }
        None => "It is not filtered. Only the Independent Reviewer can remove it".into(),
    }
}

fn review_words(d: &DisposalAssessment, deadline: Option<NaiveDate>) -> String {
    match d.review {
        Review::Automatic => "It goes to the Independent Reviewer automatically before your certificate is sent. You do not need to apply.".into(),
        Review::CanApply => match deadline {
            Some(by) => format!("You can ask the Independent Reviewer to remove it. Apply in writing by {}.", long_date(by)),
            None => "You can ask the Independent Reviewer to remove it. Apply in writing within 90 days of your certificate's issue date.".into(),
        },
        Review::NotEligible => match d.spent_on {
            Some(on) => format!("Not yet. Only spent items can be reviewed. You can ask from {}.", long_date(on)),
            None => "No. Only spent items can be reviewed.".into(),
        },
        Review::NotApplicable => "Not needed: it does not show.".into(),
        Review::NoScheme => "There was no review scheme on this date. It began on 1 March 2016.".into(),
    }
}

/// A simple timeline: the item's date, spent date, filtering date and the
/// check date, on one line.
fn timeline(date: NaiveDate, d: &DisposalAssessment, check: NaiveDate) -> impl IntoView {
    timeline_of(date, d.spent_on, d.filtered_on, check)
}

/// The timeline of one item's dates (either jurisdiction).
pub(super) fn timeline_of(
    date: NaiveDate,
    spent_on: Option<NaiveDate>,
    filtered_on: Option<NaiveDate>,
    check: NaiveDate,
) -> impl IntoView {
    let mut marks: Vec<(NaiveDate, &str)> = vec![(date, "Given"), (check, "Check date")];
    if let Some(s) = spent_on.filter(|s| *s != date) {
        marks.push((s, "Spent"));
    }
    if let Some(f) = filtered_on {
        marks.push((f, "Filtered"));
    }
    let first = marks.iter().map(|m| m.0).min().unwrap_or(date);
    let last = marks.iter().map(|m| m.0).max().unwrap_or(check);
    // Whole units of the 400-wide view box: integers keep float formatting
    // out of the download (it costs about 5 KB gzip).
    let span = (last - first).num_days().max(1);
    let x = |day: NaiveDate| 15 + 370 * (day - first).num_days() / span;
    crate::rules::order::sort_by(&mut marks, |a, b| a.0.cmp(&b.0));
    let description = marks
        .iter()
        .map(|(day, what)| format!("{what}: {}", long_date(*day)))
        .collect::<Vec<_>>()
        .join("; ");
    let dots = marks
        .iter()
        .enumerate()
        .map(|(n, (day, what))| {
            let cx = x(*day);
            // One label row per mark (two above the line, two below), so none overlap.
            let ty = [16, 34, 84, 102][n % 4];
            let anchor = if cx < 60 { "start" } else if cx > 340 { "end" } else { "middle" };
            let is_check = *what == "Check date";
            view! {
                <line x1=cx y1=if ty < 55 { ty + 4 } else { ty - 16 } x2=cx y2="55" class="timeline__tick" />
                <circle cx=cx cy="55" r=if is_check { "7" } else { "5" } class=if is_check { "timeline__check" } else { "timeline__dot" } />
                <text x=cx y=ty text-anchor=anchor class="timeline__label">{format!("{what} {}", chrono::Datelike::year(day))}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="timeline" viewBox="0 0 400 110" role="img" aria-label=format!("Timeline. {description}")>
            <line x1="15" y1="55" x2="385" y2="55" class="timeline__line" />
            {dots}
        </svg>
    }
}

/// The page when the engine finds a problem the questions did not catch.
pub(super) fn could_not_work_out(problems: Vec<Problem>) -> AnyView {
    let list = problems
        .into_iter()
        .map(|p| view! { <li>{p.message}</li> })
        .collect_view();
    view! {
        <h1 class="heading-l" tabindex="-1">"We could not work this out"</h1>
        <ul class="list">{list}</ul>
        <p><a class="link" href="#/check-answers">"Check your answers"</a></p>
    }
    .into_any()
}

/// "What a certificate issued today, 2 December 2026, would show".
pub(super) fn certificate_title(check: NaiveDate, today: NaiveDate) -> String {
    if check == today {
        format!(
            "What a certificate issued today, {}, would show",
            long_date(check)
        )
    } else {
        format!(
            "What a certificate issued on {} would show",
            long_date(check)
        )
    }
}

/// The headline's lines, then when the rules were checked and that the law may change.
pub(super) fn headline_and_rules(
    lines: Vec<String>,
    law_may_change: &'static str,
) -> impl IntoView {
    let lines = lines
        .into_iter()
        .map(|l| view! { <p class="headline__line">{l}</p> })
        .collect_view();
    view! {
        <div class="headline" role="status">{lines}</div>
        <div class="rules-checked">
            <p class="rules-checked__date">{rules_checked()}</p>
            <p class="rules-checked__change">{law_may_change}</p>
        </div>
    }
}

/// Said when some dates were given in part (the latest day they could be was used).
pub(super) fn approximate_note(approximate: bool) -> Option<impl IntoView> {
    approximate.then(|| view! {
        <div class="inset">"Some dates you gave are approximate. We used the latest day they could be, so the real dates may be a little earlier."</div>
    })
}

/// The table of every item on each kind of check: (item, basic, standard and enhanced).
pub(super) fn checks_table(
    caption: &'static str,
    rows: Vec<(String, &'static str, &'static str)>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|(label, basic, words)| {
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{label}</th>
                    <td class="table__cell">{basic}</td>
                    <td class="table__cell">{words}</td>
                    <td class="table__cell">{words}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table">
            <caption class="table__caption">{caption}</caption>
            <thead><tr>
                <th scope="col" class="table__header">"Item"</th>
                <th scope="col" class="table__header">"Basic"</th>
                <th scope="col" class="table__header">"Standard"</th>
                <th scope="col" class="table__header">"Enhanced"</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// One warning (a caveat) on an item.
pub(super) fn warning(text: String) -> impl IntoView {
    view! {
        <div class="warning-text" role="note">
            <span class="warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="warning-text__text"><span class="visually-hidden">"Warning: "</span>{text}</strong>
        </div>
    }
}

/// A row of an item's summary list.
pub(super) fn summary_row(key: &'static str, value: String) -> impl IntoView {
    view! {
        <div class="summary-list__row"><dt class="summary-list__key">{key}</dt><dd class="summary-list__value">{value}</dd></div>
    }
}

/// An item's reasons, each with its source, folded under "Why".
pub(super) fn why(reasons: &[Reason]) -> impl IntoView {
    let reasons = reasons
        .iter()
        .map(|r| view! {
            <li>{r.text.clone()}<br /><span class="source">{format!("Source: {}", r.source)}</span></li>
        })
        .collect_view();
    view! {
        <details class="details">
            <summary class="details__summary">"Why"</summary>
            <ul class="details__text reasons">{reasons}</ul>
        </details>
    }
}

#[component]
pub fn ResultsPage() -> impl IntoView {
    let st = state();
    let answers = st.answers.get_untracked();
    let converted = match to_case(&answers, st.today) {
        Ok(c) => c,
        Err(page) => {
            st.go(page);
            return view! { <p>"Some answers are missing."</p> }.into_any();
        }
    };
    let assessment = match assess(&converted.case) {
        Ok(a) => a,
        Err(problems) => return could_not_work_out(problems),
    };
    let check = assessment.check_date;
    let labels: Vec<String> = answers
        .items
        .iter()
        .map(|it| item_label(it, st.today))
        .collect();
    let title = certificate_title(check, st.today);
    let table = checks_table(
        "Each item on each kind of check",
        assessment
            .disposals
            .iter()
            .zip(&labels)
            .map(|(d, label)| (label.clone(), basic_words(d), outcome_words(d)))
            .collect(),
    );
    let items = assessment
        .disposals
        .iter()
        .zip(&labels)
        .zip(&converted.case.disposals)
        .map(|((d, label), disposal)| {
            let caveats = d
                .caveats
                .iter()
                .map(|c| warning(format!("{} Check this with NIACRO or AccessNI before relying on it.", c.warning())))
                .collect_view();
            view! {
                <section class="item" aria-labelledby=format!("item-{}", d.id)>
                    <h2 class="heading-m" id=format!("item-{}", d.id)>{label.clone()}</h2>
                    <dl class="summary-list">
                        {summary_row("Spent", spent_words(d, check))}
                        {summary_row("Basic check", basic_words(d).to_string())}
                        {summary_row("Standard and enhanced checks", outcome_words(d).to_string())}
                        {summary_row("Stops showing", filtered_words(d, check, disposal.specified.is_none()))}
                        {summary_row("Independent Reviewer", review_words(d, assessment.review_deadline))}
                    </dl>
                    {caveats}
                    {timeline(disposal.date, d, check)}
                    {why(&d.reasons)}
                </section>
            }
        })
        .collect_view();
    view! {
        <h1 class="heading-l" tabindex="-1">{title}</h1>
        {headline_and_rules(headline(&assessment), LAW_MAY_CHANGE)}
        {approximate_note(!converted.approximate.is_empty())}
        {table}
        {items}
        <super::take_action::TakeAction case=converted.case.clone() assessment=assessment.clone() labels=labels.clone() />
        <h2 class="heading-m">"What an enhanced check can add"</h2>
        <p>"An enhanced check can also show information the police think is relevant to the job, such as an arrest that did not lead to a charge. We cannot predict this. If the police add something you think is wrong or not relevant, you can ask the Independent Monitor to look at it within 90 days of the certificate's issue (boxes C2 to C4 of the AccessNI dispute form)."</p>
        <h2 class="heading-m">"This is not legal advice"</h2>
        <p>{crate::ui::actions::NOT_LEGAL_ADVICE}</p>
        <p><a class="link" href="#/check-answers" on:click=move |ev| { ev.prevent_default(); st.go(Page::CheckAnswers); }>"Change your answers"</a></p>
    }
    .into_any()
}
