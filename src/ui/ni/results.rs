//! The results page: a headline first, a table, then each item in detail
//! with its dates, review route, warnings, reasons and a timeline. Every
//! legal fact shown here comes from the engine's assessment.

use crate::ui::results::page::{
    approximate_note, certificate_title, checks_table, could_not_work_out, headline_and_rules,
    item_detail, ItemDetail,
};
use chrono::NaiveDate;
use leptos::prelude::*;

use crate::rules::dates::long_date;
use crate::rules::ni::{Assessment, Caveat, DisposalAssessment, Outcome};
use crate::rules::{assess, Basic, Review};

use crate::ui::govuk::components::handler;
use crate::ui::journey::convert::item_label;
use crate::ui::journey::Page;
use crate::ui::ni::journey::to_case;
use crate::ui::pages::state::state;

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
            item_detail(ItemDetail {
                id: &d.id,
                label,
                rows: [
                    ("Spent", spent_words(d, check)),
                    ("Basic check", basic_words(d).to_string()),
                    ("Standard and enhanced checks", outcome_words(d).to_string()),
                    (
                        "Stops showing",
                        filtered_words(d, check, disposal.specified.is_none()),
                    ),
                ],
                review: Some(review_words(d, assessment.review_deadline)),
                note: None,
                caveats: d
                    .caveats
                    .iter()
                    .map(|c| {
                        format!(
                            "{} Check this with NIACRO or AccessNI before relying on it.",
                            c.warning()
                        )
                    })
                    .collect(),
                dates: (disposal.date, d.spent_on, d.filtered_on, check),
                reasons: &d.reasons,
            })
        })
        .collect_view();
    view! {
        <h1 class="heading-l" tabindex="-1">{title}</h1>
        {headline_and_rules(headline(&assessment), LAW_MAY_CHANGE)}
        {approximate_note(!converted.approximate.is_empty())}
        {crate::ui::results::page::birth_note(crate::ui::results::page::worked_out_from_birth(&answers, st.today))}
        {table}
        {items}
        <crate::ui::ni::take_action::TakeAction case=converted.case.clone() assessment=assessment.clone() labels=labels.clone() />
        <h2 class="heading-m">"What an enhanced check can add"</h2>
        <p>"An enhanced check can also show information the police think is relevant to the job, such as an arrest that did not lead to a charge. We cannot predict this. If the police add something you think is wrong or not relevant, you can ask the Independent Monitor to look at it within 90 days of the certificate's issue (boxes C2 to C4 of the AccessNI dispute form)."</p>
        <h2 class="heading-m">"This is not legal advice"</h2>
        <p>{crate::ui::ni::next_steps::NOT_LEGAL_ADVICE}</p>
        <p><a class="link" href="#/check-answers" on:click=handler(move |ev: leptos::ev::MouseEvent| { ev.prevent_default(); st.go(Page::CheckAnswers); })>"Change your answers"</a></p>
    }
    .into_any()
}
