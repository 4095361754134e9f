//! The question pages' form parts that read the app's state (its errors and
//! its Continue): the error summary, radios in a fieldset whose legend is
//! the page heading, the three-box date input, and the question form.

use leptos::prelude::*;

use crate::ui::govuk::components::{
    caption_view, error_message, focus_id, group_class, handler, legend, Choice, ContinueButton,
};
use crate::ui::journey::checks::date_field;
use crate::ui::journey::date_input::Part;
use crate::ui::journey::{DateInput, Known};

use crate::ui::pages::state::state;

/// Set while a guided page's questions are shown inside a quick-entry page:
/// they then have no form, heading or caption of their own, and a
/// sentence's fields take its row's prefix (`journey::quick::field_prefix`).
#[derive(Clone)]
pub struct InQuickPage {
    pub prefix: String,
}

/// Whether these questions are inside a quick-entry page.
pub fn in_quick_page() -> bool {
    use_context::<InQuickPage>().is_some()
}

/// A field's id: with its row's prefix on a quick-entry page.
pub fn field_id(name: &str) -> String {
    match use_context::<InQuickPage>() {
        Some(q) => format!("{}{name}", q.prefix),
        None => name.to_string(),
    }
}

/// "Caution or conviction 2" over a question page; a quick-entry page has its own.
pub fn caption(i: usize) -> AnyView {
    if in_quick_page() {
        ().into_any()
    } else {
        caption_view(i)
    }
}

/// The error for a field, if the last Continue found one.
pub fn error_for(field: &str) -> Option<String> {
    state().errors.with(|e| {
        e.iter()
            .find(|e| e.field == field)
            .map(|e| e.message.clone())
    })
}

/// The error for any of the fields starting with `prefix`.
pub fn error_starting(prefix: &str) -> Option<(String, String)> {
    state().errors.with(|e| {
        e.iter()
            .find(|e| e.field.starts_with(prefix))
            .map(|e| (e.field.clone(), e.message.clone()))
    })
}

/// "There is a problem": a list of links to the fields. Takes focus when it
/// appears, so a screen reader reads it first.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let st = state();
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if !st.errors.with(Vec::is_empty) {
            request_animation_frame(move || {
                if let Some(el) = summary.get_untracked() {
                    let _ = el.focus();
                }
            });
        }
    });
    view! {
        <Show when=move || !st.errors.with(Vec::is_empty)>
            <div class="error-summary" role="alert" tabindex="-1" node_ref=summary aria-labelledby="error-summary-title">
                <h2 class="error-summary__title" id="error-summary-title">"There is a problem"</h2>
                <ul class="error-summary__list">
                    {move || st.errors.get().into_iter().map(|e| {
                        let target = e.field.clone();
                        view! {
                            <li>
                                <a href=format!("#{}", e.field) on:click=handler(move |ev: leptos::ev::MouseEvent| {
                                    ev.prevent_default();
                                    focus_id(&target);
                                })>{e.message}</a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

/// A question answered by one choice: its field's id (the first radio takes
/// it, so error links land there), words, choices and state.
pub struct Question {
    pub name: String,
    pub question: String,
    pub hint: Option<String>,
    /// The question is the page's heading.
    pub heading: bool,
    pub choices: Vec<Choice>,
    pub selected: Signal<Option<String>>,
    pub on_choose: Callback<String>,
}

/// A question answered by one choice: a fieldset whose legend is the page's
/// heading, hint, inline error and radios.
#[component]
pub fn Radios(
    /// The field's id; the first radio takes it, so error links land there.
    #[prop(into)]
    name: String,
    #[prop(into)] question: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] heading: bool,
    choices: Vec<Choice>,
    #[prop(into)] selected: Signal<Option<String>>,
    #[prop(into)] on_choose: Callback<String>,
    /// Extra content after the radios (for example a revealed field).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    radios(
        Question {
            name,
            question,
            hint,
            heading,
            choices,
            selected,
            on_choose,
        },
        children.map(|c| c()),
    )
}

/// A one-question page: the question (with the item's caption first when
/// `caption` is given) in the form whose Continue checks the answer, and
/// `extra` after the radios (for example a revealed field).
#[inline(never)]
pub fn radios_page(caption_of: Option<usize>, q: Question, extra: Option<AnyView>) -> AnyView {
    let caption = caption_of.map(caption);
    question_form(vec![caption.into_any(), radios(q, extra)])
}

/// The radios of a question, with `extra` after them.
// `move || f()` in the view, not `f`: the view! macro erases only closures written in place
// (one type per value type instead of one per closure), which keeps the wasm smaller.
#[allow(clippy::redundant_closure)]
#[inline(never)]
pub fn radios(q: Question, extra: Option<AnyView>) -> AnyView {
    let Question {
        name,
        question,
        hint,
        heading,
        choices,
        selected,
        on_choose,
    } = q;
    let name = field_id(&name);
    let heading = heading && !in_quick_page();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let field = name.clone();
    let error = move || error_for(&field);
    let described = {
        let (h, e, has_hint) = (hint_id.clone(), error_id.clone(), hint.is_some());
        let error = error.clone();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(h.clone());
            }
            if error().is_some() {
                ids.push(e.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let legend = legend(question, heading);
    let group_class = {
        let error = error.clone();
        move || group_class(error().is_some())
    };
    let options = choices
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let id = if i == 0 { name.clone() } else { format!("{name}-{}", c.value) };
            let hint_id = format!("{id}-item-hint");
            let value = c.value.clone();
            let checked_value = c.value.clone();
            let has_hint = c.hint.is_some();
            view! {
                {c.group.map(|g| view! { <p class="radios__group">{g}</p> })}
                <div class="radios__item">
                    <input class="radios__input" type="radio" id=id.clone() name=name.clone() value=c.value.clone()
                        aria-describedby=has_hint.then(|| hint_id.clone())
                        prop:checked=move || selected.get().as_deref() == Some(checked_value.as_str())
                        on:change=handler(move |_| on_choose.run(value.clone())) />
                    <label class="radios__label" for=id>{c.label}</label>
                    {c.hint.map(|h| view! { <div class="hint radios__hint" id=hint_id>{h}</div> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=move || group_class()>
            <fieldset class="fieldset" aria-describedby=move || described()>
                {legend}
                {hint.map(|h| view! { <div class="hint" id=hint_id.clone()>{h}</div> })}
                {move || error().map(|m| error_message(error_id.clone(), m))}
                <div class="radios">{options}</div>
            </fieldset>
            {extra}
        </div>
    }
    .into_any()
}

/// A date question's words and state: `prefix` gives the boxes' ids
/// (`{prefix}-day`, …); `partial` offers "I only know the month / the year".
pub struct DateQuestion {
    pub prefix: String,
    pub question: String,
    pub heading: bool,
    pub hint: String,
    pub partial: bool,
    pub value: Signal<DateInput>,
    pub on_change: Callback<DateInput>,
}

/// Day, month and year boxes, with "I only know the month / year" choices.
/// `prefix` gives the boxes' ids (`{prefix}-day`, …).
#[component]
pub fn DateFields(
    #[prop(into)] prefix: String,
    #[prop(into)] question: String,
    #[prop(optional)] heading: bool,
    #[prop(into)] hint: String,
    /// Offer "I only know the month / the year".
    #[prop(optional)]
    partial: bool,
    #[prop(into)] value: Signal<DateInput>,
    #[prop(into)] on_change: Callback<DateInput>,
) -> impl IntoView {
    date_fields(DateQuestion {
        prefix,
        question,
        heading,
        hint,
        partial,
        value,
        on_change,
    })
}

/// How wide a date box is: two or four characters.
#[derive(Clone, Copy)]
enum Width {
    Two,
    Four,
}

/// The boxes of a date question.
// `move || f()` in the view, not `f`: the view! macro erases only closures written in place
// (one type per value type instead of one per closure), which keeps the wasm smaller.
#[allow(clippy::redundant_closure)]
#[inline(never)]
pub fn date_fields(q: DateQuestion) -> AnyView {
    let DateQuestion {
        prefix,
        question,
        heading,
        hint,
        partial,
        value,
        on_change,
    } = q;
    let prefix = field_id(&prefix);
    let heading = heading && !in_quick_page();
    let hint_id = format!("{prefix}-hint");
    let error_id = format!("{prefix}-error");
    let p = prefix.clone();
    let error = move || error_starting(&p);
    let described = {
        let (h, e) = (hint_id.clone(), error_id.clone());
        let error = error.clone();
        move || {
            if error().is_some() {
                format!("{h} {e}")
            } else {
                h.clone()
            }
        }
    };
    let known = move || value.get().known;
    let box_for = {
        let prefix = prefix.clone();
        let error = error.clone();
        move |part: Part, label: &'static str, width: Width| {
            let id = date_field(&prefix, part);
            let hidden = move || match part {
                Part::Day => known() != Known::Day,
                Part::Month => known() == Known::Year,
                Part::Year => false,
            };
            let error = error.clone();
            let id_for_class = id.clone();
            let class = move || {
                let wrong = error().is_some_and(|(f, _)| f == id_for_class);
                // Whole words, not formatted: the same type as the other classes.
                match (width, wrong) {
                    (Width::Two, false) => "input date-input__input input--width-2",
                    (Width::Two, true) => "input date-input__input input--width-2 input--error",
                    (Width::Four, false) => "input date-input__input input--width-4",
                    (Width::Four, true) => "input date-input__input input--width-4 input--error",
                }
            };
            let current = move || {
                let v = value.get();
                match part {
                    Part::Day => v.day,
                    Part::Month => v.month,
                    Part::Year => v.year,
                }
            };
            view! {
                <div class="date-input__item" hidden=move || hidden()>
                    <label class="label date-input__label" for=id.clone()>{label}</label>
                    <input class=move || class() id=id.clone() name=id type="text" inputmode="numeric"
                        autocomplete="off" spellcheck="false"
                        prop:value=move || current()
                        on:input=handler(move |ev: leptos::ev::Event| {
                            let mut v = value.get_untracked();
                            let text = event_target_value(&ev);
                            match part {
                                Part::Day => v.day = text,
                                Part::Month => v.month = text,
                                Part::Year => v.year = text,
                            }
                            on_change.run(v);
                        }) />
                </div>
            }
        }
    };
    let day = box_for(Part::Day, "Day", Width::Two);
    let month = box_for(Part::Month, "Month", Width::Two);
    let year = box_for(Part::Year, "Year", Width::Four);
    let legend = legend(question, heading);
    let set_known = move |k: Known| {
        let mut v = value.get_untracked();
        v.known = k;
        on_change.run(v);
    };
    let group_class = {
        let error = error.clone();
        move || group_class(error().is_some())
    };
    let partial_choices = partial.then(|| {
        let name = format!("{prefix}-known");
        let option = move |k: Known, suffix: &'static str, label: &'static str| {
            let id = format!("{name}-{suffix}");
            view! {
                <div class="radios__item">
                    <input class="radios__input" type="radio" id=id.clone() name=name.clone()
                        prop:checked=move || known() == k on:change=handler(move |_| set_known(k)) />
                    <label class="radios__label" for=id>{label}</label>
                </div>
            }
        };
        view! {
            <fieldset class="fieldset date-known">
                <legend class="legend legend--s">"How much of the date do you know?"</legend>
                <div class="radios radios--small">
                    {option(Known::Day, "day", "I know the exact date")}
                    {option(Known::Month, "month", "I only know the month and year")}
                    {option(Known::Year, "year", "I only know the year")}
                </div>
            </fieldset>
        }
    });
    view! {
        <div class=move || group_class()>
            <fieldset class="fieldset" role="group" aria-describedby=move || described()>
                {legend}
                <div class="hint" id=hint_id>{hint}</div>
                {move || error().map(|(_, m)| error_message(error_id.clone(), m))}
                {partial_choices}
                <div class="date-input">
                    {day}
                    {month}
                    {year}
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}

/// A question page: the form around `content` whose Continue checks the answer.
#[inline(never)]
pub fn question_form(content: Vec<AnyView>) -> AnyView {
    if in_quick_page() {
        return content.into_any();
    }
    let st = state();
    view! {
        <form novalidate on:submit=handler(move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            st.submit();
        })>
            {content}
            <ContinueButton />
        </form>
    }
    .into_any()
}
