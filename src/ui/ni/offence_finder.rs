//! "What was the offence?": a text box with suggestions as the person types,
//! after the GOV.UK accessible autocomplete pattern. The input is a
//! combobox; the suggestions a listbox whose options are pointed at with
//! `aria-activedescendant` (focus stays in the box); a polite status says
//! how many match. Arrow keys move, Enter chooses, Escape closes. The search
//! itself is `journey::offence_search`, pure and tested natively.

use leptos::prelude::*;

use crate::rules::ni::offences::Offence;

use crate::ui::govuk::components::{error_message, group_class, handler};
use crate::ui::ni::journey::offence_search::{meaning, no_match, search, status};
use crate::ui::pages::form::{error_for, question_form};
use crate::ui::pages::state::state;

/// After a name typed that is not in the table.
const NOT_FOUND: &str = "is not one of the offences we know. Choose one of the suggestions, or continue and we will ask you about it.";

/// How long typing must pause before the number of matches is announced.
const STATUS_PAUSE_MS: u64 = 500;

fn option_id(n: usize) -> String {
    format!("offence-option-{n}")
}

// `move || f()` in the view, not `f`: the view! macro erases only closures written in place
// (one type per value type instead of one per closure), which keeps the wasm smaller.
#[allow(clippy::redundant_closure)]
#[component]
pub fn OffencePage(i: usize) -> impl IntoView {
    let st = state();
    let start = st.answers.with_untracked(|a| {
        a.items
            .get(i)
            .map(|it| it.offence_text.clone())
            .unwrap_or_default()
    });
    let found = RwSignal::new(search(&start));
    let text = RwSignal::new(start);
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let chosen = move || {
        st.answers
            .with(|a| a.items.get(i).and_then(|it| it.chosen_offence()))
    };
    let not_listed = move || {
        st.answers
            .with(|a| a.items.get(i).is_some_and(|it| it.offence_not_listed))
    };
    let expanded = move || open.get() && !found.with(Vec::is_empty);
    // The count is announced once typing pauses, not at every letter (as the
    // GOV.UK pattern does), so a screen reader is not talked over.
    let settled = RwSignal::new(true);
    let typed = StoredValue::new(0u32);

    let choose = move |o: &'static Offence| {
        text.set(o.name.to_string());
        open.set(false);
        active.set(None);
        st.update(|a| {
            if let Some(it) = a.items.get_mut(i) {
                it.offence = Some(o.id.to_string());
                it.offence_text = o.name.to_string();
                it.offence_not_listed = false;
            }
        });
    };
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        text.set(v.clone());
        found.set(search(&v));
        open.set(!v.trim().is_empty());
        active.set(None);
        settled.set(false);
        typed.update_value(|n| *n = n.wrapping_add(1));
        let now = typed.get_value();
        set_timeout(
            move || {
                if typed.try_get_value() == Some(now) {
                    settled.set(true);
                }
            },
            std::time::Duration::from_millis(STATUS_PAUSE_MS),
        );
        st.update(|a| {
            if let Some(it) = a.items.get_mut(i) {
                it.offence = None;
                it.offence_text = v;
            }
        });
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let n = found.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |k| (k + 1).min(n - 1))));
            }
            "ArrowUp" if expanded() => {
                ev.prevent_default();
                active.update(|a| *a = a.and_then(|k| k.checked_sub(1)));
            }
            "Enter" if expanded() => {
                if let Some(o) = active
                    .get_untracked()
                    .and_then(|k| found.with(|f| f.get(k).copied()))
                {
                    ev.prevent_default();
                    choose(o);
                }
            }
            "Escape" if open.get_untracked() => {
                ev.prevent_default();
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    let status_text = move || {
        if !settled.get() || !open.get() || text.with(|t| t.trim().is_empty()) {
            return String::new();
        }
        let n = found.with(Vec::len);
        if n == 0 {
            return String::new();
        }
        let mut s = status(n);
        if let Some(o) = active.get().and_then(|k| found.with(|f| f.get(k).copied())) {
            let k = active.get().unwrap_or(0);
            s = format!("{s}. {} {} of {n} is highlighted", o.name, k + 1);
        }
        s
    };
    let error = move || error_for("offence");
    let described = move || {
        let mut d = "offence-hint".to_string();
        if error().is_some() {
            d.push_str(" offence-error");
        }
        d
    };
    // One closure for the whole list (it is short): plain attributes, and
    // one pair of handlers on the list rather than on every option.
    let options = move || {
        let act = active.get();
        found.with(|f| {
            f.iter()
                .enumerate()
                .map(|(n, o)| {
                    let on = act == Some(n);
                    let other = if o.also.is_empty() {
                        String::new()
                    } else {
                        format!("Also called: {}", o.also.join(", "))
                    };
                    view! {
                        <li class=if on { "autocomplete__option autocomplete__option--focused" } else { "autocomplete__option" }
                            id=option_id(n) role="option" aria-selected=if on { "true" } else { "false" }
                            data-n=n.to_string()>
                            <span class="autocomplete__name">{o.name}</span>
                            // Seen, not read out: the option's name is the offence's
                            // alone, and the other names made each one long to hear.
                            <span class="autocomplete__also" aria-hidden="true">{other}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        use leptos::wasm_bindgen::JsCast;
        let n = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-n]").ok().flatten())
            .and_then(|li| li.get_attribute("data-n"))
            .and_then(|n| n.parse::<usize>().ok());
        if let Some(o) = n.and_then(|k| found.with_untracked(|f| f.get(k).copied())) {
            choose(o);
        }
    };
    let nothing_matches = move || {
        settled.get()
            && open.get()
            && found.with(Vec::is_empty)
            && !text.with(|t| t.trim().is_empty())
    };
    let typed_not_found = move || {
        chosen().is_none() && !open.get() && !not_listed() && !text.with(|t| t.trim().is_empty())
    };
    // What the choice means, or that what was typed is not in the table.
    let meaning_line = move || match chosen() {
        Some(o) => Some(meaning(o).to_string()),
        // Said here, beside "I can't find my offence" (and so not in the
        // status too, which would say it twice).
        None if nothing_matches() => Some(no_match(&text.get())),
        None if typed_not_found() => {
            Some(format!("\u{201c}{}\u{201d} {NOT_FOUND}", text.get().trim()))
        }
        None => None,
    };
    let toggle_not_listed = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        st.update(|a| {
            if let Some(it) = a.items.get_mut(i) {
                it.offence_not_listed = on;
                if on {
                    it.offence = None;
                }
            }
        });
        if on {
            open.set(false);
        }
    };
    // On a quick-entry page the question is a label, not the page's heading.
    let label = if crate::ui::pages::form::in_quick_page() {
        view! { <label class="label label--m" for="offence">"What was the offence?"</label> }
            .into_any()
    } else {
        view! { <h1 class="heading-l label-wrapper" tabindex="-1"><label class="label label--l" for="offence">"What was the offence?"</label></h1> }.into_any()
    };
    let question = view! {
            <div class=move || group_class(error().is_some())>
                {label}
                <div class="hint" id="offence-hint">"Type the name you know, for example shoplifting or drink driving. Then choose it from the list."</div>
                {move || error().map(|m| error_message("offence-error".into(), m))}
                <div class="autocomplete__wrapper">
                    <input class="input autocomplete__input" class:input--error=move || error().is_some()
                        id="offence" name="offence" type="text" autocomplete="off" spellcheck="false"
                        role="combobox" aria-autocomplete="list" aria-controls="offence-listbox"
                        aria-expanded=move || if expanded() { "true" } else { "false" }
                        aria-activedescendant=move || active.get().filter(|_| expanded()).map(option_id)
                        aria-describedby=move || described()
                        prop:value=move || text.get()
                        on:input=handler(on_input) on:keydown=handler(on_keydown)
                        on:blur=handler(move |_| { open.set(false); active.set(None); }) />
                    <ul class="autocomplete__menu" id="offence-listbox" role="listbox" aria-label="Offences"
                        hidden=move || !expanded()
                        on:mousedown=handler(move |ev: leptos::ev::MouseEvent| ev.prevent_default()) on:click=handler(on_click)>
                        {move || options()}
                    </ul>
                    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{move || status_text()}</div>
                </div>
                <div aria-live="polite">
                    {move || meaning_line().map(|m| view! { <p class="inset offence-meaning">{m}</p> })}
                </div>
                <div class="checkboxes">
                    <div class="checkboxes__item">
                        <input class="checkboxes__input" type="checkbox" id="offence-not-listed"
                            prop:checked=move || not_listed() on:change=handler(toggle_not_listed) />
                        <label class="checkboxes__label" for="offence-not-listed">"I can't find my offence"</label>
                    </div>
                </div>
            </div>
    };
    question_form(vec![
        crate::ui::pages::form::caption(i),
        question.into_any(),
    ])
}
