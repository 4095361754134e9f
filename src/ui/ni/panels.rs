//! The Take Action areas on the results page (from `ni::areas`), the
//! statement for an employer (`ni::disclosure`) and the charity trustee
//! panel (`ni::trustee`). Every word comes from those modules; this file
//! only lays them out and keeps what the person types in memory.

use std::sync::Arc;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::rules::ni::{Assessment, Case};

use crate::ui::govuk::components::Choice;
use crate::ui::govuk::markup::{element, Markup};
use crate::ui::ni::areas::{barring, panels, Panel};
use crate::ui::ni::disclosure::{draft_disclosure, shown_items, Part};
use crate::ui::ni::disclosure::{
    DISCLOSURE_COPY, DISCLOSURE_DRAFT_HINT, DISCLOSURE_DRAFT_TITLE, DISCLOSURE_HEADING,
    DISCLOSURE_INTRO,
};
use crate::ui::ni::next_steps::Labels;
use crate::ui::ni::trustee::{convictions, trustee, trustee_body, trustee_intro};
use crate::ui::ni::trustee::{trustee_contacts, TRUSTEE_HEADING, TRUSTEE_QUESTION};
use crate::ui::pages::form::{radios, Question};
use crate::ui::results::draft::{draft_helper, HelperWords};
use crate::ui::results::steps::{
    blocks, blocks_into, contacts_into, contacts_list, dated_step, step_open, DatedStep,
};

fn panel_view(p: Panel) -> AnyView {
    let id = format!("step-{}", p.name);
    let mut m = Markup::new();
    step_open(&mut m, &format!("step panel {id}"), &id, p.heading);
    blocks_into(&mut m, &p.body);
    contacts_into(&mut m, &p.contacts);
    m.close("section");
    element(m)
}

#[component]
pub fn Panels(case: Case, assessment: Assessment, labels: Labels) -> impl IntoView {
    let shown = panels(&case, &assessment, &labels)
        .into_iter()
        .map(|p| {
            if p.name == "barring" {
                barring_view(p, case.clone(), assessment.clone())
            } else {
                panel_view(p)
            }
        })
        .collect_view();
    let items = shown_items(&assessment);
    let helper = (!items.is_empty()).then(|| disclosure_helper(items, labels.clone()));
    let charity = (!convictions(&case).is_empty())
        .then(|| view! { <TrusteePanel case=case assessment=assessment labels=labels /> });
    view! { {shown} {helper} {charity} }
}

/// Barring, with a box for the date on the DBS's final decision letter: from
/// it, the last day to appeal to the Care Tribunal.
fn barring_view(p: Panel, case: Case, assessment: Assessment) -> AnyView {
    let body = Arc::new(move |letter: Option<NaiveDate>| {
        barring(&case, &assessment, letter)
            .map(|p| p.body)
            .unwrap_or_default()
    });
    dated_step(
        DatedStep {
            id: format!("step-{}", p.name),
            heading: p.heading.to_string(),
            prefix: "dbs-letter",
            question: "Have you had a final decision letter from the DBS?",
            hint: "Type the date on the letter to see the last day to appeal, for example 2 11 2026. If you have not had one, leave this empty.",
        },
        body,
        Some(contacts_list(&p.contacts)),
    )
}

/// "Thinking of becoming a charity trustee?": one question per conviction,
/// and what charity law means for each answer. Kept only in memory.
#[component]
fn TrusteePanel(case: Case, assessment: Assessment, labels: Labels) -> impl IntoView {
    let ids = convictions(&case);
    let answers: Vec<(String, RwSignal<Option<String>>)> = ids
        .iter()
        .map(|id| (id.clone(), RwSignal::new(None)))
        .collect();
    let questions = answers
        .iter()
        .enumerate()
        .map(|(n, (id, chosen))| {
            let chosen = *chosen;
            radios(
                Question {
                    name: format!("trustee-{}", n + 1),
                    question: format!("{}: {TRUSTEE_QUESTION}", labels.of(id)),
                    hint: None,
                    heading: false,
                    choices: vec![Choice::new("yes", "Yes"), Choice::new("no", "No")],
                    selected: Signal::derive(move || chosen.get()),
                    on_choose: Callback::new(move |v: String| chosen.set(Some(v))),
                },
                None,
            )
        })
        .collect_view();
    let check = assessment.check_date;
    let names = labels.clone();
    let result = move || {
        let said: Vec<(String, Option<bool>)> = answers
            .iter()
            .map(|(id, s)| (id.clone(), s.get().map(|v| v == "yes")))
            .collect();
        blocks(trustee_body(
            &trustee(&case, &assessment, &said),
            check,
            &names,
        ))
    };
    view! {
        <section class="step panel step-trustee" id="step-trustee" aria-labelledby="step-trustee-title">
            <h3 class="heading-m step__title" id="step-trustee-title">{TRUSTEE_HEADING}</h3>
            {blocks(trustee_intro())}
            <div class="trustee__questions">{questions}</div>
            <div class="trustee__result" aria-live="polite">{move || result()}</div>
            {contacts_list(&trustee_contacts())}
        </section>
    }
}

/// What it was, when, and what has changed since, in the person's own words,
/// and the statement made from them. Kept only in memory.
fn disclosure_helper(items: Vec<String>, labels: Labels) -> AnyView {
    let make = Arc::new(move |said: &[String]| {
        let words: Vec<(Part, String)> = Part::ALL
            .iter()
            .copied()
            .zip(said.iter().cloned())
            .collect();
        draft_disclosure(&words, &items, &labels)
    });
    draft_helper(
        HelperWords {
            class: "disclosure-helper",
            title: DISCLOSURE_HEADING,
            intro: DISCLOSURE_INTRO,
            fields: Part::ALL
                .iter()
                .map(|p| (p.id(), p.prompt(), p.hint()))
                .collect(),
            draft_title: DISCLOSURE_DRAFT_TITLE,
            draft_hint: DISCLOSURE_DRAFT_HINT,
            draft_id: "draft-disclosure",
            copy: DISCLOSURE_COPY,
            print: true,
        },
        make,
    )
}
