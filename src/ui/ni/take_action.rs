//! "What you can do" on the NI results page: the routes that apply to this
//! person (from `ni::next_steps`), the reasons helper with a draft of
//! Section D, who can help, and the files the person can keep (the shared
//! parts are in `results`). Everything is made and read on the device.

use std::sync::Arc;

use crate::ui::results::draft::{draft_helper, HelperWords, DRAFT_ID};
use crate::ui::results::keep_a_record::{open_details_for_print, KeepARecord};
use crate::ui::results::steps::{blocks_into, contacts_into, dated_step, step_open, DatedStep};
use chrono::NaiveDate;
use leptos::prelude::*;

use crate::rules::ni::{Assessment, Case};

use crate::ui::govuk::markup::{element, Markup};
use crate::ui::ni::areas::NOT_FOR_APPEALS;
use crate::ui::ni::next_steps::{next_steps, Labels, Step};
use crate::ui::ni::review_factors::{draft_section_d, Factor};
use crate::ui::results::contacts::Contact;
use crate::ui::results::handoff::{answers_file_name, download_answers};
use crate::ui::results::ics::{calendar, calendar_file_name, events};

/// A unique anchor for a step ("step-reviewer-apply", "step-not-yet-eligible-fraud-2009").
fn step_id(step: &Step) -> String {
    match step {
        Step::NotYetEligible { item, .. } => format!("step-{}-{item}", step.name()),
        _ => format!("step-{}", step.name()),
    }
}

/// "What you can do": only the routes that apply, then the files to keep.
#[component]
pub fn TakeAction(case: Case, assessment: Assessment, labels: Vec<String>) -> impl IntoView {
    let names = Labels::new(&case, &labels);
    let steps = next_steps(&case, &assessment);
    // The reasons helper follows the last Reviewer step, about all its items.
    let reviewer = |s: &Step| {
        matches!(
            s,
            Step::ReviewerApply { .. } | Step::ReviewerAutomatic { .. }
        )
    };
    let helper_after = steps.iter().rposition(reviewer);
    let helper_items: Vec<String> = steps
        .iter()
        .filter(|s| reviewer(s))
        .flat_map(|s| s.items())
        .map(|id| names.of(id))
        .collect();
    let mut helper = Some(view! { <ReasonsHelper items=helper_items /> });
    // The Take Action areas, the statement helper and the trustee panel go
    // just before "Who can help".
    let mut panels = Some(view! {
        <crate::ui::ni::panels::Panels case=case.clone() assessment=assessment.clone() labels=names.clone() />
    });
    let steps = steps
        .into_iter()
        .enumerate()
        .map(|(n, step)| {
            let after = if Some(n) == helper_after {
                helper.take()
            } else {
                None
            };
            let shown = match step {
                Step::ReviewerAutomatic { .. } => automatic_step(step, names.clone()),
                Step::WhoCanHelp { ref contacts } => {
                    let panels = panels.take();
                    view! { {panels} {plain_step(&step, &names, Some(contacts))} }.into_any()
                }
                _ => plain_step(&step, &names, None),
            };
            view! { {shown} {after} }
        })
        .collect_view();

    // Print shows the reasons in every "Why" (closed <details> do not print
    // in every browser): open them for printing, close them again after.
    let before = window_event_listener_untyped("beforeprint", |_| open_details_for_print(true));
    let after = window_event_listener_untyped("afterprint", |_| open_details_for_print(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });

    view! {
        <section class="take-action" aria-labelledby="take-action-title">
            <h2 class="heading-l take-action__title" id="take-action-title">"What you can do"</h2>
            <p>"What you can do next, from your answers. Only the things that apply to you are shown."</p>
            <p class="not-for-appeals">{NOT_FOR_APPEALS}</p>
            {steps}
            <KeepARecord
                dates=events(&case, &assessment, &labels)
                ics=calendar(&case, &assessment, &labels)
                ics_name=calendar_file_name(&assessment)
                json=download_answers(&case)
                json_name=answers_file_name(&case)
                print_hint="Your browser can print this page or save it as a PDF. The buttons and the boxes you type in are left out, but your draft for Section D is kept." />
        </section>
    }
}

fn plain_step(step: &Step, names: &Labels, contacts: Option<&[Contact]>) -> AnyView {
    let id = step_id(step);
    let mut m = Markup::new();
    step_open(&mut m, &format!("step {id}"), &id, &step.heading(names));
    blocks_into(&mut m, &step.body(names));
    if let Some(contacts) = contacts {
        contacts_into(&mut m, contacts);
    }
    m.close("section");
    element(m)
}

/// The automatic route, with a box for the date on AccessNI's letter: from
/// it, the dates to send information by and for the decision.
fn automatic_step(step: Step, names: Labels) -> AnyView {
    let id = step_id(&step);
    let heading = step.heading(&names);
    let body = Arc::new(move |letter: Option<NaiveDate>| {
        let shown = match letter {
            Some(on) => step.clone().with_letter_dated(on),
            None => step.clone(),
        };
        shown.body(&names)
    });
    dated_step(
        DatedStep {
            id,
            heading,
            prefix: "letter-date",
            question: "Have you had a letter from AccessNI about the Reviewer?",
            hint: "Type the date on the letter to see your dates, for example 1 8 2016. If you have not had a letter, leave this empty.",
        },
        body,
        None,
    )
}

fn factor_id(f: Factor) -> &'static str {
    match f {
        Factor::Post => "reason-post",
        Factor::Seriousness => "reason-seriousness",
        Factor::HowLongAgo => "reason-how-long-ago",
        Factor::HowMany => "reason-how-many",
        Factor::Filtering => "reason-filtering",
        Factor::Age => "reason-age",
    }
}

/// The Reviewer's factors as prompts, each with a box for the person's own
/// words, and the draft of Section D made from them. Kept only in memory.
#[component]
fn ReasonsHelper(items: Vec<String>) -> impl IntoView {
    let make = Arc::new(move |said: &[String]| {
        let words: Vec<(Factor, String)> = Factor::ALL
            .iter()
            .copied()
            .zip(said.iter().cloned())
            .collect();
        let items: Vec<&str> = items.iter().map(String::as_str).collect();
        draft_section_d(&words, &items)
    });
    draft_helper(
        HelperWords {
            class: "reasons-helper",
            title: "Reasons helper: say why in your own words",
            intro: "The Independent Reviewer thinks about the things below. Answer the ones that matter to you. You do not have to answer them all.",
            fields: Factor::ALL.iter().map(|f| (factor_id(*f), f.prompt(), f.hint())).collect(),
            draft_title: "Your draft for Section D",
            draft_hint: "Check it and change anything you need to. Then copy it into Section D of the dispute form, or print this page.",
            draft_id: DRAFT_ID,
            copy: "Copy the draft",
            print: false,
        },
        make,
    )
}
