//! "What you can do" on the results page: the routes that apply to this
//! person (from `actions::next_steps`), the reasons helper with a draft of
//! Section D, who can help, and the files the person can keep — reminders
//! (.ics), their answers (.json) and a printout. Also "Open saved answers"
//! for the start page. Everything is made and read on the device.

use std::sync::Arc;

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::rules::dates::long_date;
use crate::rules::{AnyCase, Assessment, Case};

use super::actions::{
    answers_file_name, calendar, calendar_file_name, download_answers, draft_section_d, events,
    next_steps, open_saved_any, size_problem, Block, CalendarEvent, Contact, Factor, Labels, Step,
    NOT_FOR_APPEALS, ON_THIS_DEVICE,
};
use super::download::{has_method, save_text};
use super::journey::date_input::read_date;
use super::journey::{from_case, DateInput, Page};
use super::markup::{element, Markup};
use super::widgets::{date_fields, handler, state, DateQuestion};

/// The id of the draft's box, for Copy's fallback (select the text).
const DRAFT_ID: &str = "draft-section-d";

/// A step's body, paragraphs and lists in order, written into `m`.
pub(super) fn blocks_into(m: &mut Markup, body: &[Block]) {
    for b in body {
        match b {
            Block::Text(t) => m.el("p", "", t),
            Block::Bullets(l) => m.list("ul", "list list--bullet", l),
            Block::Numbered(l) => m.list("ol", "list list--number", l),
        };
    }
}

/// A step's body as views: paragraphs and lists, in order.
pub(super) fn blocks(body: Vec<Block>) -> Vec<AnyView> {
    body.chunks(1)
        .map(|b| {
            let mut m = Markup::new();
            blocks_into(&mut m, b);
            element(m)
        })
        .collect()
}

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
        <super::take_action_panels::Panels case=case.clone() assessment=assessment.clone() labels=names.clone() />
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

/// A step's `<section>` and its heading; the caller closes the section.
pub(super) fn step_open(m: &mut Markup, class: &str, id: &str, heading: &str) {
    let title = format!("{id}-title");
    m.open(
        "section",
        &[("class", class), ("id", id), ("aria-labelledby", &title)],
    )
    .open("h3", &[("class", "heading-m step__title"), ("id", &title)])
    .text(heading)
    .close("h3");
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

/// A dated step's words, from the letter's date if there is one.
pub(super) type DatedBody = Arc<dyn Fn(Option<NaiveDate>) -> Vec<Block> + Send + Sync>;
/// A helper's draft, from the person's answers in the order of its boxes.
pub(super) type MakeDraft = Arc<dyn Fn(&[String]) -> String + Send + Sync>;

/// A step whose words depend on the date on a letter the person has.
pub(super) struct DatedStep {
    pub id: String,
    pub heading: String,
    pub prefix: &'static str,
    pub question: &'static str,
    pub hint: &'static str,
}

/// The step's body is made again from the letter's date whenever it is a
/// whole date; until then, without it.
pub(super) fn dated_step(s: DatedStep, body: DatedBody, extra: Option<AnyView>) -> AnyView {
    let (class, title) = (format!("step {}", s.id), format!("{}-title", s.id));
    let letter = RwSignal::new(DateInput::default());
    let dated = move || read_date(&letter.get(), "the date on the letter");
    let shown = move || blocks(body(dated().ok()));
    // Say what is wrong only once a whole year has been typed.
    let problem = move || {
        let typed = letter.with(|l| l.year.trim().len() >= 4);
        dated()
            .err()
            .filter(|_| typed)
            .map(|p| view! { <p class="hint letter-date__problem">{p.message}</p> })
    };
    view! {
        <section class=class id=s.id aria-labelledby=title.clone()>
            <h3 class="heading-m step__title" id=title.clone()>{s.heading}</h3>
            {move || shown()}
            <div class="letter-date">
                {date_fields(DateQuestion { prefix: s.prefix.into(), question: s.question.into(), heading: false, hint: s.hint.into(), partial: false, value: Signal::derive(move || letter.get()), on_change: Callback::new(move |v: DateInput| letter.set(v)) })}
                {move || problem()}
            </div>
            {extra}
        </section>
    }
    .into_any()
}

/// Each organisation with its routes, and where and when each route was
/// checked: once for the organisation when all its routes share a source.
pub(super) fn contacts_into(m: &mut Markup, contacts: &[Contact]) {
    m.open("ul", &[("class", "contacts")]);
    for c in contacts {
        let one = c.routes.iter().all(|r| r.source == c.routes[0].source);
        m.open("li", &[("class", "contact")])
            .el("h4", "heading-s contact__name", c.name)
            .open("ul", &[("class", "contact__routes")]);
        for r in c.routes {
            m.open("li", &[("class", "contact__route")])
                .text(r.label)
                .text(": ");
            match r.href {
                Some(href) => m
                    .open("a", &[("class", "link contact__link"), ("href", href)])
                    .text(r.text)
                    .close("a"),
                None => m.el("span", "", r.text),
            };
            if let Some(n) = r.note {
                m.el("span", "contact__note", n);
            }
            if !one {
                m.el("span", "contact__checked", &r.checked());
            }
            m.close("li");
        }
        m.close("ul");
        if one {
            m.el("p", "contact__checked", &c.routes[0].checked());
        }
        m.close("li");
    }
    m.close("ul");
}

/// The contacts as one element.
pub(super) fn contacts_list(contacts: &[Contact]) -> AnyView {
    let mut m = Markup::new();
    contacts_into(&mut m, contacts);
    element(m)
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

/// A helper's words: its boxes (id, prompt, hint) and its draft.
pub(super) struct HelperWords {
    pub class: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub fields: Vec<(&'static str, &'static str, &'static str)>,
    pub draft_title: &'static str,
    pub draft_hint: &'static str,
    pub draft_id: &'static str,
    pub copy: &'static str,
    /// Offer a Print button next to Copy.
    pub print: bool,
}

/// Boxes for the person's own words and a draft made from them by `make`
/// (one answer per box, in order), with Copy. Kept only in memory.
pub(super) fn draft_helper(w: HelperWords, make: MakeDraft) -> AnyView {
    let values: Vec<RwSignal<String>> = w
        .fields
        .iter()
        .map(|_| RwSignal::new(String::new()))
        .collect();
    let said = values.clone();
    let draft = Memo::new(move |_| {
        let words: Vec<String> = said.iter().map(|s| s.get()).collect();
        make(&words)
    });
    let status = RwSignal::new(None::<String>);
    let fields = w
        .fields
        .iter()
        .zip(values)
        .map(|(&(id, prompt, hint), value)| {
            let hint_id = format!("{id}-hint");
            view! {
                <div class="form-group">
                    <label class="label label--bold" for=id>{prompt}</label>
                    <div class="hint" id=hint_id.clone()>{hint}</div>
                    <textarea class="textarea" id=id name=id rows="3" autocomplete="off" spellcheck="false"
                        aria-describedby=hint_id
                        prop:value=move || value.get()
                        on:input=handler(move |ev: leptos::ev::Event| value.set(event_target_value(&ev)))></textarea>
                </div>
            }
        })
        .collect_view();
    let id = w.draft_id;
    let (title_id, draft_title_id, hint_id) = (
        format!("{}-title", w.class),
        format!("{id}-title"),
        format!("{id}-hint"),
    );
    let print = w.print.then(|| {
        view! {
            " "
            <button type="button" class="button button--secondary" on:click=handler(move |_| { let _ = window().print(); })>"Print it"</button>
        }
    });
    view! {
        <section class=w.class id=w.class aria-labelledby=title_id.clone()>
            <h3 class="heading-m" id=title_id.clone()>{w.title}</h3>
            <p>{w.intro}</p>
            <p class="reasons-helper__private">{ON_THIS_DEVICE}</p>
            <div class="reasons-helper__fields">{fields}</div>
            <h4 class="heading-s" id=draft_title_id.clone()>{w.draft_title}</h4>
            <p class="hint" id=hint_id.clone()>{w.draft_hint}</p>
            <div class="draft" id=id role="region" tabindex="0" aria-labelledby=draft_title_id.clone() aria-describedby=hint_id.clone()>
                {move || draft.get()}
            </div>
            <button type="button" class="button button--secondary" on:click=handler(move |_| copy_text(id, draft.get_untracked(), status))>
                {w.copy}
            </button>
            {print}
            <p class="action-status" role="status">{move || status.get()}</p>
        </section>
    }
    .into_any()
}

/// Copies with the clipboard API if the browser has it and allows it;
/// otherwise selects the draft (the element `id`) so the person can copy it
/// themselves.
pub(super) fn copy_text(id: &'static str, text: String, status: RwSignal<Option<String>>) {
    let fallback = move || {
        select_draft(id);
        status.set(Some(
            "The draft is selected. To copy it, use your device's Copy (for example Ctrl and C, or Command and C on a Mac).".into(),
        ));
    };
    let clipboard = js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| has_method(c, "writeText"));
    let Some(clipboard) = clipboard else {
        fallback();
        return;
    };
    let promise = clipboard
        .unchecked_into::<web_sys::Clipboard>()
        .write_text(&text);
    spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(_) => status.set(Some(if id == DRAFT_ID {
                "Copied. You can now paste it into Section D of the form.".into()
            } else {
                "Copied. You can now paste it where you need it.".into()
            })),
            Err(_) => fallback(),
        }
    });
}

fn select_draft(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    if let Ok(Some(selection)) = window().get_selection() {
        let _ = selection.select_all_children(&el);
    }
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Opens every closed "Why" for printing (`true`), or closes those again (`false`).
fn open_details_for_print(open: bool) {
    let selector = if open {
        "details:not([open])"
    } else {
        "details[data-opened-for-print]"
    };
    let Ok(list) = document().query_selector_all(selector) else {
        return;
    };
    for i in 0..list.length() {
        if let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            if open {
                let _ = el.set_attribute("open", "");
                let _ = el.set_attribute("data-opened-for-print", "");
            } else {
                let _ = el.remove_attribute("open");
                let _ = el.remove_attribute("data-opened-for-print");
            }
        }
    }
}

/// Reminders for a calendar, a printout, and the answers as a file.
#[component]
pub(super) fn KeepARecord(
    dates: Vec<CalendarEvent>,
    ics: String,
    ics_name: String,
    json: String,
    json_name: String,
    print_hint: &'static str,
) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let saved = move |name: &str, result: Result<(), JsValue>| {
        status.set(Some(match result {
            Ok(()) => format!("Your browser is saving the file {name}."),
            Err(_) => "Your browser could not save the file. Try again, or try printing this page instead.".to_string(),
        }));
    };
    let reminders = (!dates.is_empty()).then(|| {
        let mut list = Markup::new();
        list.open("ul", &[("class", "list list--bullet reminders")]);
        for e in &dates {
            list.open("li", &[])
                .el("strong", "", &long_date(e.date))
                .text(": ")
                .text(&e.summary)
                .close("li");
        }
        list.close("ul");
        let list = element(list);
        let name = ics_name;
        view! {
            <h4 class="heading-s">"Reminders for your calendar"</h4>
            <p>"A calendar file with the dates that matter to you:"</p>
            {list}
            <div class="warning-text no-print" role="note">
                <span class="warning-text__icon" aria-hidden="true">"!"</span>
                <strong class="warning-text__text" id="ics-warning"><span class="visually-hidden">"Warning: "</span>
                    "Calendar apps may copy these events to your other devices, and show them to anyone who shares your calendar. The event names say what each caution or conviction is."</strong>
            </div>
            <button type="button" class="button button--secondary" aria-describedby="ics-warning"
                on:click=handler(move |_| saved(&name, save_text(&name, "text/calendar;charset=utf-8", &ics)))>
                "Download reminders (.ics)"
            </button>
        }
    });
    view! {
        <section class="step keep-a-record" id="step-keep-a-record" aria-labelledby="step-keep-a-record-title">
            <h3 class="heading-m step__title" id="step-keep-a-record-title">"Keep a record"</h3>
            {reminders}
            <div class="no-print">
            <h4 class="heading-s">"Print it, or save it as a PDF"</h4>
            <p id="print-hint">{print_hint}</p>
            <button type="button" class="button button--secondary" aria-describedby="print-hint"
                on:click=handler(move |_| { let _ = window().print(); })>
                "Print this page"
            </button>
            <h4 class="heading-s">"Your answers as a file"</h4>
            <p id="answers-file-hint">"Save your answers in a file to carry on using another device, or to show an adviser. To use it, choose “Open saved answers” on the first page of this check. Anyone who has the file can read your answers, so keep it safe."</p>
            <button type="button" class="button button--secondary" aria-describedby="answers-file-hint"
                on:click=handler(move |_| saved(&json_name, save_text(&json_name, "application/json", &json)))>
                "Download my answers"
            </button>
            </div>
            <p class="action-status" role="status">{move || status.get()}</p>
        </section>
    }
}

/// "Open saved answers": reads a file saved with "Download my answers" on
/// this device, checks it, and goes to "Check your answers". A wrong or
/// damaged file gives a message next to the control.
// `move || f()` in the view, not `f`: the view! macro erases only closures written in place
// (one type per value type instead of one per closure), which keeps the wasm smaller.
#[allow(clippy::redundant_closure)]
#[component]
pub fn OpenSavedAnswers() -> impl IntoView {
    let st = state();
    let error = RwSignal::new(None::<String>);
    let opened = move |text: Result<String, String>| {
        let case = text.and_then(|t| open_saved_any(&t)).and_then(|case| {
            let empty = match &case {
                AnyCase::Ni(c) => c.disposals.is_empty(),
                AnyCase::Ew(c) => c.disposals.is_empty(),
            };
            if empty {
                Err("This file has no cautions or convictions in it, so there is nothing to check. Choose a different file, or start again.".to_string())
            } else {
                Ok(case)
            }
        });
        match case {
            Ok(case) => {
                error.set(None);
                st.update(|a| {
                    *a = match &case {
                        AnyCase::Ni(c) => from_case(c),
                        AnyCase::Ew(c) => super::journey::ew::from_case(c),
                    }
                });
                st.go(Page::CheckAnswers);
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        if let Some(problem) = size_problem(file.size() as u64) {
            input.set_value("");
            error.set(Some(problem));
            return;
        }
        let reading = file.text();
        // Cleared so that choosing the same file again (after fixing it) reads it again.
        input.set_value("");
        spawn_local(async move {
            let text = match JsFuture::from(reading).await {
                Ok(v) => v.as_string().ok_or_else(unreadable),
                Err(_) => Err(unreadable()),
            };
            opened(text);
        });
    };
    let described = move || {
        if error.with(Option::is_some) {
            "open-saved-hint open-saved-error"
        } else {
            "open-saved-hint"
        }
        .to_string()
    };
    view! {
        <div class="open-saved">
            <h2 class="heading-m">"Carry on from saved answers"</h2>
            <div class=move || super::widgets::group_class(error.with(Option::is_some))>
                <label class="label label--bold" for="open-saved">"Open saved answers"</label>
                <div class="hint" id="open-saved-hint">"If you saved your answers in a file with “Download my answers”, choose that file here. It is read on this device only. It replaces any answers you have given so far."</div>
                {move || error.get().map(|m| view! {
                    <p class="error-message open-saved__error" id="open-saved-error" role="alert">
                        <span class="visually-hidden">"Error: "</span>{m}
                    </p>
                })}
                <input class="file-upload" type="file" id="open-saved" name="open-saved"
                    accept=".json,application/json" aria-describedby=move || described() on:change=handler(on_change) />
            </div>
        </div>
    }
}

fn unreadable() -> String {
    "This file could not be read. Choose it again, or choose a different file.".to_string()
}
