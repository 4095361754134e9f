//! One question per page, the question as the page's heading (GOV.UK
//! pattern). Each page only writes what was typed into the answers; the
//! checks and the route to the next page are in `journey`.

use leptos::prelude::*;

use crate::rules::dates::long_date;

use crate::ui::govuk::components::{handler, Choice};
use crate::ui::journey::checks::item_date;
use crate::ui::journey::convert::item_label;
use crate::ui::journey::{DateInput, Known, LengthGivenAs};
use crate::ui::pages::form::{
    caption, date_fields, error_for, field_id, in_quick_page, question_form, radios, radios_page,
    DateQuestion, Question,
};
use crate::ui::pages::state::state;

pub(crate) fn yes_no() -> Vec<Choice> {
    vec![Choice::new("yes", "Yes"), Choice::new("no", "No")]
}

pub(crate) fn yes_no_value(v: Option<bool>) -> Option<String> {
    v.map(|b| if b { "yes" } else { "no" }.to_string())
}

/// "What was it?", the first question about each item, in either jurisdiction: only the
/// choices, and where the answer is kept, differ.
pub(crate) fn what_was_it(
    i: usize,
    choices: Vec<Choice>,
    selected: Signal<Option<String>>,
    on_choose: Callback<String>,
) -> AnyView {
    radios_page(
        Some(i),
        Question {
            name: "kind".into(),
            question: "What was it?".into(),
            hint: None,
            heading: true,
            choices,
            selected,
            on_choose,
        },
        None,
    )
}

#[component]
pub fn DatePage(i: usize) -> impl IntoView {
    let st = state();
    let (conviction, the_item) = st.answers.with_untracked(|a| {
        let it = a.items.get(i);
        (
            it.is_some_and(|it| it.is_conviction()),
            crate::ui::journey::dispatch::journey(a).the_item(it),
        )
    });
    let question = format!("When were you given {the_item}?");
    let question = if conviction {
        "When were you convicted?".to_string()
    } else {
        question
    };
    let hint = if conviction {
        "The date the court found you guilty, not the date you were sentenced. For example, 27 3 2012."
    } else {
        "For example, 27 3 2012. If you are not sure of the day, choose how much of the date you know."
    };
    let value = Signal::derive(move || {
        st.answers
            .with(|a| a.items.get(i).map(|it| it.date.clone()).unwrap_or_default())
    });
    let change = Callback::new(move |d: DateInput| st.update(|a| a.items[i].date = d));
    let fields = date_fields(DateQuestion {
        prefix: "date".into(),
        question,
        heading: true,
        hint: hint.into(),
        partial: true,
        value,
        on_change: change,
    });
    question_form(vec![caption(i), fields])
}

#[component]
pub fn Under18Page(i: usize) -> impl IntoView {
    let st = state();
    let (the_item, when) = st.answers.with_untracked(|a| {
        let it = &a.items[i];
        let when = match (item_date(a, i, st.today), it.date.known) {
            (Some(d), Known::Day) => format!("on {}", long_date(d)),
            _ => "at the time".to_string(),
        };
        let the_item = crate::ui::journey::dispatch::journey(a).the_item(Some(it));
        (the_item, when)
    });
    let question = format!("Were you under 18 {when}?");
    let selected = Signal::derive(move || {
        yes_no_value(
            st.answers
                .with(|a| a.items.get(i).and_then(|it| it.under_18)),
        )
    });
    let choose =
        Callback::new(move |v: String| st.update(|a| a.items[i].under_18 = Some(v == "yes")));
    let hint = format!("Your age on the date of {the_item} decides how long some periods last.");
    radios_page(
        Some(i),
        Question {
            name: "under-18".into(),
            question,
            hint: Some(hint),
            heading: true,
            choices: yes_no(),
            selected,
            on_choose: choose,
        },
        None,
    )
}

/// Months and days boxes for a length.
// `move || f()` in the view, not `f`: the view! macro erases only closures written in place.
#[allow(clippy::redundant_closure)]
#[component]
pub(crate) fn LengthFields(
    i: usize,
    j: usize,
    #[prop(into)] legend: String,
    #[prop(optional)] heading: bool,
    #[prop(into)] hint: String,
) -> impl IntoView {
    let st = state();
    let value = move |days: bool| {
        st.answers.with(|a| {
            a.items
                .get(i)
                .and_then(|it| it.sentences.get(j))
                .map(|s| {
                    if days {
                        s.days.clone()
                    } else {
                        s.months.clone()
                    }
                })
                .unwrap_or_default()
        })
    };
    let set = move |days: bool, text: String| {
        st.update(|a| {
            if let Some(s) = a.items.get_mut(i).and_then(|it| it.sentences.get_mut(j)) {
                if days {
                    s.days = text;
                } else {
                    s.months = text;
                }
            }
        })
    };
    let (months_id, days_id) = (field_id("length-months"), field_id("length-days"));
    let (hint_id, error_id) = (field_id("length-hint"), field_id("length-error"));
    let error = {
        let (m, d) = (months_id.clone(), days_id.clone());
        move || error_for(&m).or_else(|| error_for(&d))
    };
    let heading = heading && !in_quick_page();
    let legend = crate::ui::govuk::components::legend(legend, heading);
    let described = {
        let (h, e, error) = (hint_id.clone(), error_id.clone(), error.clone());
        move || {
            if error().is_some() {
                format!("{h} {e}")
            } else {
                h.clone()
            }
        }
    };
    let error_shown = error.clone();
    view! {
        <div class=move || crate::ui::govuk::components::group_class(error().is_some())>
            <fieldset class="fieldset" role="group" aria-describedby=move || described()>
                {legend}
                <div class="hint" id=hint_id>{hint}</div>
                {move || error_shown().map(|m| crate::ui::govuk::components::error_message(error_id.clone(), m))}
                <div class="length-input">
                    <div class="length-input__item">
                        <label class="label" for=months_id.clone()>"Months"</label>
                        <input class="input input--width-3" id=months_id type="text" inputmode="numeric" autocomplete="off"
                            prop:value=move || value(false) on:input=handler(move |ev: leptos::ev::Event| set(false, event_target_value(&ev))) />
                    </div>
                    <div class="length-input__item">
                        <label class="label" for=days_id.clone()>"Days"</label>
                        <input class="input input--width-3" id=days_id type="text" inputmode="numeric" autocomplete="off"
                            prop:value=move || value(true) on:input=handler(move |ev: leptos::ev::Event| set(true, event_target_value(&ev))) />
                    </div>
                </div>
            </fieldset>
        </div>
    }
}

#[component]
pub fn SuspendedPage(i: usize, j: usize) -> impl IntoView {
    let st = state();
    let selected = Signal::derive(move || {
        yes_no_value(st.answers.with(|a| {
            a.items
                .get(i)
                .and_then(|it| it.sentences.get(j))
                .and_then(|s| s.suspended)
        }))
    });
    let choose = Callback::new(move |v: String| {
        st.update(|a| {
            if let Some(s) = a.items.get_mut(i).and_then(|it| it.sentences.get_mut(j)) {
                s.suspended = Some(v == "yes");
            }
        })
    });
    radios_page(
        Some(i),
        Question {
            name: "suspended".into(),
            question: "Was the sentence suspended?".into(),
            hint: Some("Suspended means you did not go to prison unless you offended again during a set time.".into()),
            heading: true,
            choices: yes_no(),
            selected,
            on_choose: choose,
        },
        None,
    )
}

/// The sentences so far, and whether there is another.
#[component]
pub fn SentencesPage(i: usize) -> impl IntoView {
    let st = state();
    let rows = move || {
        st.answers.with(|a| {
            a.items
                .get(i)
                .map(|it| {
                    it.sentences
                        .iter()
                        .map(|s| crate::ui::journey::dispatch::journey(a).describe_sentence(s))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let selected = Signal::derive(move || {
        yes_no_value(
            st.answers
                .with(|a| a.items.get(i).and_then(|it| it.more_sentences)),
        )
    });
    let choose =
        Callback::new(move |v: String| st.update(|a| a.items[i].more_sentences = Some(v == "yes")));
    let list = view! {
            <h1 class="heading-l" tabindex="-1">"Sentences for this conviction"</h1>
            <dl class="summary-list">
                {move || rows().into_iter().enumerate().map(|(j, text)| {
                    let many = rows().len() > 1;
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{format!("Sentence {}", j + 1)}</dt>
                            <dd class="summary-list__value">{text}</dd>
                            <dd class="summary-list__actions">
                                {many.then(|| view! {
                                    <button type="button" class="link-button" on:click=handler(move |_| st.update(|a| a.remove_sentence(i, j)))>
                                        "Remove"<span class="visually-hidden">{format!(" sentence {}", j + 1)}</span>
                                    </button>
                                })}
                            </dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
    };
    let more = radios(
        Question {
            name: "more-sentences".into(),
            question: "Did the court give another sentence for this conviction?".into(),
            hint: Some("For example, a fine and a driving ban for the same conviction.".into()),
            heading: false,
            choices: yes_no(),
            selected,
            on_choose: choose,
        },
        None,
    );
    question_form(vec![caption(i), list.into_any(), more])
}

/// The items so far, and whether there is another.
#[component]
pub fn AddAnotherPage() -> impl IntoView {
    let st = state();
    let labels = move || {
        st.answers.with(|a| {
            a.items
                .iter()
                .map(|it| item_label(it, st.today))
                .collect::<Vec<_>>()
        })
    };
    let heading = move || match labels().len() {
        1 => "You have added 1 caution or conviction".to_string(),
        n => format!("You have added {n} cautions or convictions"),
    };
    let selected = Signal::derive(move || yes_no_value(st.answers.with(|a| a.more_items)));
    let choose = Callback::new(move |v: String| st.update(|a| a.more_items = Some(v == "yes")));
    let list = view! {
            <h1 class="heading-l" tabindex="-1">{move || heading()}</h1>
            <dl class="summary-list">
                {move || labels().into_iter().enumerate().map(|(i, label)| view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{label.clone()}</dt>
                        <dd class="summary-list__actions">
                            <button type="button" class="link-button" on:click=handler(move |_| st.update(|a| a.remove_item(i)))>
                                "Remove"<span class="visually-hidden">{format!(" {label}")}</span>
                            </button>
                        </dd>
                    </div>
                }).collect_view()}
            </dl>
    };
    let more = radios(
        Question {
            name: "more-items".into(),
            question: "Do you have another caution or conviction to add?".into(),
            hint: Some("Add every caution and conviction you have had, even old ones. One can change another's dates.".into()),
            heading: false,
            choices: yes_no(),
            selected,
            on_choose: choose,
        },
        None,
    );
    question_form(vec![list.into_any(), more])
}

#[component]
pub fn CheckDatePage() -> impl IntoView {
    let st = state();
    let choices = vec![
        Choice::new("today", format!("Today, {}", long_date(st.today))),
        Choice::new("other", "Another date").hint("A date in the future, for example when you will apply for a job. Or a date in the past, to see what an old certificate showed."),
    ];
    let today = move || st.answers.with(|a| a.check_date.today);
    let selected =
        Signal::derive(move || today().map(|t| if t { "today" } else { "other" }.to_string()));
    let choose =
        Callback::new(move |v: String| st.update(|a| a.check_date.today = Some(v == "today")));
    let other = Signal::derive(move || st.answers.with(|a| a.check_date.other.clone()));
    let set_other = Callback::new(move |d: DateInput| st.update(|a| a.check_date.other = d));
    let revealed = view! {
        <div class="conditional" hidden=move || today() != Some(false)>
            {date_fields(DateQuestion { prefix: "check-date".into(), question: "Date it would be issued".into(), heading: false, hint: "For example, 1 4 2027.".into(), partial: false, value: other, on_change: set_other })}
        </div>
    };
    radios_page(
        None,
        Question {
            name: "check-today".into(),
            question: "When would the certificate be issued?".into(),
            hint: Some("A certificate shows your record as it is on the day it is issued. We work out what a certificate issued on that day would show.".into()),
            heading: true,
            choices,
            selected,
            on_choose: choose,
        },
        Some(revealed.into_any()),
    )
}

/// What opens under "I know how long it lasted" (its length) and "I know its last day" (a
/// date), in either jurisdiction's "How long did it last?".
pub(crate) fn length_or_last_day(
    (i, j): (usize, usize),
    given: impl Fn() -> Option<LengthGivenAs> + Copy + Send + Sync + 'static,
    (ends, set_ends): (Signal<DateInput>, Callback<DateInput>),
    ends_hint: &'static str,
) -> AnyView {
    view! {
        <div class="conditional" hidden=move || given() != Some(LengthGivenAs::Length)>
            <LengthFields i=i j=j legend="How long?" hint="For example, 12 months." />
        </div>
        <div class="conditional" hidden=move || given() != Some(LengthGivenAs::EndDate)>
            {date_fields(DateQuestion { prefix: "ends".into(), question: "What was its last day?".into(), heading: false, hint: ends_hint.into(), partial: false, value: ends, on_change: set_ends })}
        </div>
    }
    .into_any()
}
