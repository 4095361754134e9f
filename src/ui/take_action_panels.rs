//! The Take Action areas on the results page (from `actions::areas`), the
//! statement for an employer (`actions::disclosure`) and the charity trustee
//! panel (`actions::trustee`). Every word comes from those modules; this file
//! only lays them out and keeps what the person types in memory.

use leptos::prelude::*;

use crate::rules::{Assessment, Case};

use super::actions::areas::{barring, panels, Panel};
use super::actions::disclosure::{DISCLOSURE_HEADING, DISCLOSURE_INTRO};
use super::actions::trustee::{trustee_contacts, TRUSTEE_HEADING, TRUSTEE_QUESTION};
use super::actions::{
    convictions, draft_disclosure, shown_items, trustee, trustee_body, trustee_intro, Labels, Part,
};
use super::journey::date_input::read_date;
use super::journey::DateInput;
use super::take_action::{blocks, contacts_list, copy_text};
use super::widgets::{Choice, DateFields, Radios};

const DISCLOSURE_DRAFT_ID: &str = "draft-disclosure";

fn panel_view(p: Panel, extra: Option<AnyView>) -> AnyView {
    let id = format!("step-{}", p.name);
    let (class, title) = (format!("step panel {id}"), format!("{id}-title"));
    view! {
        <section class=class id=id aria-labelledby=title.clone()>
            <h3 class="heading-m step__title" id=title.clone()>{p.heading}</h3>
            {blocks(p.body)}
            {extra}
            {contacts_list(&p.contacts)}
        </section>
    }
    .into_any()
}

#[component]
pub fn Panels(case: Case, assessment: Assessment, labels: Labels) -> impl IntoView {
    let shown = panels(&case, &assessment, &labels)
        .into_iter()
        .map(|p| {
            if p.name == "barring" {
                barring_view(case.clone(), assessment.clone())
            } else {
                panel_view(p, None)
            }
        })
        .collect_view();
    let items = shown_items(&assessment);
    let helper = (!items.is_empty())
        .then(|| view! { <DisclosureHelper items=items labels=labels.clone() /> });
    let charity = (!convictions(&case).is_empty())
        .then(|| view! { <TrusteePanel case=case assessment=assessment labels=labels /> });
    view! { {shown} {helper} {charity} }
}

/// Barring, with a box for the date on the DBS's final decision letter: from
/// it, the last day to appeal to the Care Tribunal.
fn barring_view(case: Case, assessment: Assessment) -> AnyView {
    let letter = RwSignal::new(DateInput::default());
    let dated = move || read_date(&letter.get(), "the date on the letter");
    let first = barring(&case, &assessment, None).expect("shown only when it applies");
    let id = format!("step-{}", first.name);
    let (class, title) = (format!("step panel {id}"), format!("{id}-title"));
    let body = move || {
        blocks(
            barring(&case, &assessment, dated().ok())
                .map(|p| p.body)
                .unwrap_or_default(),
        )
    };
    let problem = move || {
        let typed = letter.with(|l| l.year.trim().len() >= 4);
        dated()
            .err()
            .filter(|_| typed)
            .map(|p| view! { <p class="hint letter-date__problem">{p.message}</p> })
    };
    view! {
        <section class=class id=id aria-labelledby=title.clone()>
            <h3 class="heading-m step__title" id=title.clone()>{first.heading}</h3>
            {body}
            <div class="letter-date">
                <DateFields
                    prefix="dbs-letter"
                    question="Have you had a final decision letter from the DBS?"
                    hint="Type the date on the letter to see the last day to appeal, for example 2 11 2026. If you have not had one, leave this empty."
                    value=Signal::derive(move || letter.get())
                    on_change=Callback::new(move |v: DateInput| letter.set(v))
                />
                {problem}
            </div>
            {contacts_list(&first.contacts)}
        </section>
    }
    .into_any()
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
            view! {
                <Radios
                    name=format!("trustee-{}", n + 1)
                    question=format!("{}: {TRUSTEE_QUESTION}", labels.of(id))
                    choices=vec![Choice::new("yes", "Yes"), Choice::new("no", "No")]
                    selected=Signal::derive(move || chosen.get())
                    on_choose=Callback::new(move |v: String| chosen.set(Some(v)))
                />
            }
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
            <div class="trustee__result" aria-live="polite">{result}</div>
            {contacts_list(&trustee_contacts())}
        </section>
    }
}

/// What it was, when, and what has changed since, in the person's own words,
/// and the statement made from them. Kept only in memory.
#[component]
fn DisclosureHelper(items: Vec<String>, labels: Labels) -> impl IntoView {
    let answers: Vec<(Part, RwSignal<String>)> = Part::ALL
        .iter()
        .map(|p| (*p, RwSignal::new(String::new())))
        .collect();
    let said = answers.clone();
    let draft = Memo::new(move |_| {
        let words: Vec<(Part, String)> = said.iter().map(|(p, s)| (*p, s.get())).collect();
        draft_disclosure(&words, &items, &labels)
    });
    let status = RwSignal::new(None::<String>);
    let fields = answers
        .into_iter()
        .map(|(part, value)| {
            let id = part.id();
            let hint_id = format!("{id}-hint");
            view! {
                <div class="form-group">
                    <label class="label label--bold" for=id>{part.prompt()}</label>
                    <div class="hint" id=hint_id.clone()>{part.hint()}</div>
                    <textarea class="textarea" id=id name=id rows="3" autocomplete="off" spellcheck="false"
                        aria-describedby=hint_id
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))></textarea>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="disclosure-helper" id="disclosure-helper" aria-labelledby="disclosure-helper-title">
            <h3 class="heading-m" id="disclosure-helper-title">{DISCLOSURE_HEADING}</h3>
            <p>{DISCLOSURE_INTRO}</p>
            <p class="reasons-helper__private">"What you type stays on this device. It is not saved or sent anywhere, and it is gone when you close this page."</p>
            {fields}
            <h4 class="heading-s" id="disclosure-draft-title">"Your statement"</h4>
            <div class="draft" id=DISCLOSURE_DRAFT_ID role="region" tabindex="0" aria-labelledby="disclosure-draft-title">
                {move || draft.get()}
            </div>
            <button type="button" class="button button--secondary" on:click=move |_| copy_text(DISCLOSURE_DRAFT_ID, draft.get_untracked(), status)>
                "Copy the statement"
            </button>
            " "
            <button type="button" class="button button--secondary" on:click=move |_| { let _ = window().print(); }>
                "Print it"
            </button>
            <p class="action-status" role="status">{move || status.get()}</p>
        </section>
    }
}
