//! "Keep a record": reminders for a calendar (.ics), a printout, and the
//! answers as a file.

use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};

use crate::rules::dates::long_date;

use crate::ui::govuk::components::handler;
use crate::ui::govuk::markup::{element, Markup};
use crate::ui::pages::download::save_text;
use crate::ui::results::ics::CalendarEvent;

/// Opens every closed "Why" for printing (`true`), or closes those again (`false`).
pub(crate) fn open_details_for_print(open: bool) {
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
pub(crate) fn KeepARecord(
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
