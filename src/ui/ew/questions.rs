//! The England and Wales question pages (its kinds, its sentence list and the
//! questions only E&W asks). Each page only writes what was typed; the
//! route and the checks are in `ew::journey`.

use leptos::prelude::*;

use crate::rules::ew::{Kind, SentenceType};

use crate::ui::ew::journey::{self as ew, asks, Asks, CATALOGUE};
use crate::ui::govuk::components::Choice;
use crate::ui::journey::{Answers, DateInput, LengthGivenAs, SentenceAnswers, Specified};
use crate::ui::pages::form::{
    date_fields, question_form, radios, radios_page, DateQuestion, Question,
};
use crate::ui::pages::questions::{length_or_last_day, what_was_it, LengthFields};
use crate::ui::pages::state::state;

fn yes_no() -> Vec<Choice> {
    vec![Choice::new("yes", "Yes"), Choice::new("no", "No")]
}

fn yes_no_not_sure(hint: &str) -> Vec<Choice> {
    vec![
        Choice::new("yes", "Yes"),
        Choice::new("no", "No"),
        Choice::new("not_sure", "I'm not sure").hint(hint),
    ]
}

fn specified_value(s: Option<Specified>) -> Option<String> {
    s.map(|s| {
        match s {
            Specified::Yes => "yes",
            Specified::No => "no",
            Specified::NotSure => "not_sure",
        }
        .to_string()
    })
}

fn specified_from(v: &str) -> Specified {
    match v {
        "yes" => Specified::Yes,
        "no" => Specified::No,
        _ => Specified::NotSure,
    }
}

/// Reads or writes sentence `j` of item `i`.
fn with_sentence<T>(
    a: &Answers,
    i: usize,
    j: usize,
    f: impl FnOnce(&SentenceAnswers) -> T,
) -> Option<T> {
    a.items.get(i).and_then(|it| it.sentences.get(j)).map(f)
}

fn set_sentence(i: usize, j: usize, f: impl FnOnce(&mut SentenceAnswers)) {
    state().update(|a| {
        if let Some(s) = a.items.get_mut(i).and_then(|it| it.sentences.get_mut(j)) {
            f(s);
        }
    });
}

#[component]
pub fn EwKindPage(i: usize) -> impl IntoView {
    let st = state();
    let choices = vec![
        Choice::new("conviction", "A conviction in court")
            .hint("A court found you guilty, or you pleaded guilty."),
        Choice::new("caution", "A caution")
            .hint("A simple caution, or a youth caution if you were under 18."),
        Choice::new("conditional_caution", "A conditional caution")
            .hint("A caution with conditions you had to keep to."),
        Choice::new("reprimand_or_warning", "A reprimand or final warning")
            .hint("Given by the police to under-18s, before youth cautions replaced them."),
        Choice::new("fixed_penalty_notice", "A fixed penalty notice")
            .hint("A penalty you could pay instead of going to court. It is not a conviction."),
    ];
    let selected = Signal::derive(move || {
        st.answers
            .with(|a| a.items.get(i).and_then(|it| it.ew_kind))
            .map(|k| k.code().to_string())
    });
    let choose = Callback::new(move |v: String| {
        let kind = Kind::from_code(&v);
        st.update(|a| {
            if let Some(it) = a.item_mut(i) {
                it.ew_kind = kind;
            }
        });
    });
    what_was_it(i, choices, selected, choose)
}

#[component]
pub fn EwSentenceTypePage(i: usize, j: usize) -> impl IntoView {
    let st = state();
    let under_18 = st.answers.with_untracked(|a| a.under_18(i) == Some(true));
    let mut choices = Vec::new();
    for (group, entries) in CATALOGUE {
        let mut first = true;
        for &(kind, label, hint) in entries {
            if kind == SentenceType::DetentionTrainingOrder && !under_18 {
                continue;
            }
            let mut c = Choice::new(kind.code(), label);
            if !hint.is_empty() {
                c = c.hint(hint);
            }
            if first {
                c.group = Some(group.to_string());
                first = false;
            }
            choices.push(c);
        }
    }
    let question = if j == 0 {
        "What sentence did the court give?"
    } else {
        "What other sentence did the court give?"
    };
    let selected = Signal::derive(move || {
        st.answers.with(|a| {
            with_sentence(a, i, j, |s| s.ew_kind)
                .flatten()
                .map(|k| k.code().to_owned())
        })
    });
    let choose = Callback::new(move |v: String| {
        st.update(|a| {
            if let Some(s) = a.sentence_mut(i, j) {
                s.ew_kind = SentenceType::from_code(&v);
            }
        })
    });
    radios_page(
        Some(i),
        Question {
            name: "sentence-type".into(),
            question: question.into(),
            hint: Some("If the court gave more than one sentence for this conviction, choose one now. You can add the others next.".into()),
            heading: true,
            choices,
            selected,
            on_choose: choose,
        },
        None,
    )
}

#[component]
pub fn EwSentenceLengthPage(i: usize, j: usize) -> impl IntoView {
    let st = state();
    let Some(kind) = st
        .answers
        .with_untracked(|a| with_sentence(a, i, j, |s| s.ew_kind).flatten())
    else {
        return view! { <p>"Choose the sentence first."</p> }.into_any();
    };
    let label = ew::label(kind).to_ascii_lowercase();
    if asks(kind) != Asks::Order {
        let fields = view! {
            <LengthFields i=i j=j heading=true legend=format!("How long was the {label} sentence?")
                hint="The length the court gave, not the time you spent inside. If you got terms to run one after another, add them up." />
        };
        return question_form(vec![crate::ui::pages::form::caption(i), fields.into_any()]);
    }
    let codes = [
        (LengthGivenAs::Length, "length"),
        (LengthGivenAs::EndDate, "end_date"),
        (LengthGivenAs::UntilFurtherOrder, "until_further_order"),
        (LengthGivenAs::NoEndDate, "no_end_date"),
    ];
    let choices = vec![
        Choice::new("length", "I know how long it lasted"),
        Choice::new("end_date", "I know its last day"),
        Choice::new("until_further_order", "Until further order, or until something happens")
            .hint("For example, a driving ban until you pass a test. If it has ended, choose its last day instead."),
        Choice::new("no_end_date", "The court did not set an end date"),
    ];
    let given = move || {
        st.answers
            .with(|a| with_sentence(a, i, j, |s| s.length_given_as).flatten())
    };
    let selected = Signal::derive(move || {
        given()
            .and_then(|g| codes.iter().find(|c| c.0 == g))
            .map(|c| c.1.to_string())
    });
    let choose = Callback::new(move |v: String| {
        let g = codes.iter().find(|c| c.1 == v).map(|c| c.0);
        set_sentence(i, j, |s| s.length_given_as = g);
    });
    let ends = Signal::derive(move || {
        st.answers
            .with(|a| with_sentence(a, i, j, |s| s.ends.clone()).unwrap_or_default())
    });
    let set_ends = Callback::new(move |d: DateInput| set_sentence(i, j, |s| s.ends = d));
    let revealed = length_or_last_day(
        (i, j),
        given,
        (ends, set_ends),
        "The last day the court set, even if it ended early. For example, 31 12 2017.",
    );
    radios_page(
        Some(i),
        Question {
            name: "length-given-as".into(),
            question: format!("How long did the {label} last?"),
            hint: Some("Use what the court gave, even if it ended early.".into()),
            heading: true,
            choices,
            selected,
            on_choose: choose,
        },
        Some(revealed),
    )
    .into_any()
}

#[component]
pub fn SentenceStartPage(i: usize, j: usize) -> impl IntoView {
    let st = state();
    let custodial = st.answers.with_untracked(|a| {
        with_sentence(a, i, j, |s| {
            s.ew_kind.is_some_and(|k| asks(k) != Asks::Order)
        })
        .unwrap_or(false)
    });
    let (question, hint) = if custodial {
        (
            "When did the sentence start?",
            "Usually the day you were sentenced. If time on remand counted towards it, the first day of that remand.",
        )
    } else {
        (
            "When did the order start?",
            "Usually the day you were sentenced. For a referral order, the day of the first youth offender panel meeting.",
        )
    };
    let choices = vec![
        Choice::new("same", "On the day I was convicted"),
        Choice::new("other", "On another day"),
    ];
    let other = move || {
        st.answers
            .with(|a| with_sentence(a, i, j, |s| s.other_start).flatten())
    };
    let selected =
        Signal::derive(move || other().map(|o| if o { "other" } else { "same" }.to_string()));
    let choose =
        Callback::new(move |v: String| set_sentence(i, j, |s| s.other_start = Some(v == "other")));
    let start = Signal::derive(move || {
        st.answers
            .with(|a| with_sentence(a, i, j, |s| s.start.clone()).unwrap_or_default())
    });
    let set_start = Callback::new(move |d: DateInput| set_sentence(i, j, |s| s.start = d));
    let revealed = view! {
                <div class="conditional" hidden=move || other() != Some(true)>
                    {date_fields(DateQuestion { prefix: "start".into(), question: "The day it started".into(), heading: false, hint: "For example, 27 3 2012.".into(), partial: false, value: start, on_change: set_start })}
                </div>
    };
    radios_page(
        Some(i),
        Question {
            name: "start-other".into(),
            question: question.into(),
            hint: Some(hint.into()),
            heading: true,
            choices,
            selected,
            on_choose: choose,
        },
        Some(revealed.into_any()),
    )
}

#[component]
pub fn Schedule18Page(i: usize, j: usize) -> impl IntoView {
    let st = state();
    let selected = Signal::derive(move || {
        specified_value(
            st.answers
                .with(|a| with_sentence(a, i, j, |s| s.schedule_18).flatten()),
        )
    });
    let choose = Callback::new(move |v: String| {
        set_sentence(i, j, |s| s.schedule_18 = Some(specified_from(&v)))
    });
    radios_page(
        Some(i),
        Question {
            name: "schedule-18".into(),
            question: "Was a single term of more than 4 years for a Schedule 18 offence?".into(),
            hint: Some("Schedule 18 of the Sentencing Code lists serious violent, sexual and terrorism offences. Count one term, not several added up. Your court papers say the offence; a solicitor can tell you if it is on the list.".into()),
            heading: true,
            choices: yes_no_not_sure("We will show you both answers."),
            selected,
            on_choose: choose,
        },
        None,
    )
}

#[component]
pub fn PaidPage(i: usize, j: usize) -> impl IntoView {
    let st = state();
    let paid = move || {
        st.answers
            .with(|a| with_sentence(a, i, j, |s| s.paid).flatten())
    };
    let selected = Signal::derive(move || paid().map(|p| if p { "yes" } else { "no" }.to_string()));
    let choose = Callback::new(move |v: String| set_sentence(i, j, |s| s.paid = Some(v == "yes")));
    let on = Signal::derive(move || {
        st.answers
            .with(|a| with_sentence(a, i, j, |s| s.paid_on.clone()).unwrap_or_default())
    });
    let set_on = Callback::new(move |d: DateInput| set_sentence(i, j, |s| s.paid_on = d));
    let revealed = view! {
                <div class="conditional" hidden=move || paid() != Some(true)>
                    {date_fields(DateQuestion { prefix: "paid-on".into(), question: "When did you make the last payment?".into(), heading: false, hint: "For example, 3 4 2016.".into(), partial: false, value: on, on_change: set_on })}
                </div>
    };
    radios_page(
        Some(i),
        Question {
            name: "paid".into(),
            question: "Have you paid the compensation in full?".into(),
            hint: Some("A compensation order is not spent until it is paid in full.".into()),
            heading: true,
            choices: yes_no(),
            selected,
            on_choose: choose,
        },
        Some(revealed.into_any()),
    )
}

#[component]
pub fn EndorsedPage(i: usize) -> impl IntoView {
    let st = state();
    let selected = Signal::derive(move || {
        st.answers
            .with(|a| a.items.get(i).and_then(|it| it.endorsed))
            .map(|b| if b { "yes" } else { "no" }.to_string())
    });
    let choose =
        Callback::new(move |v: String| st.update(|a| a.items[i].endorsed = Some(v == "yes")));
    radios_page(
        Some(i),
        Question {
            name: "endorsed".into(),
            question: "Was it endorsed on your driving licence?".into(),
            hint: Some("An endorsement puts penalty points on your licence.".into()),
            heading: true,
            choices: yes_no(),
            selected,
            on_choose: choose,
        },
        None,
    )
}

#[component]
pub fn ConditionsEndPage(i: usize) -> impl IntoView {
    let st = state();
    let known = move || {
        st.answers
            .with(|a| a.items.get(i).and_then(|it| it.conditions_known))
    };
    let selected =
        Signal::derive(move || known().map(|b| if b { "yes" } else { "no" }.to_string()));
    let choose = Callback::new(move |v: String| {
        st.update(|a| a.items[i].conditions_known = Some(v == "yes"))
    });
    let end = Signal::derive(move || {
        st.answers.with(|a| {
            a.items
                .get(i)
                .map(|it| it.conditions_end.clone())
                .unwrap_or_default()
        })
    });
    let set_end = Callback::new(move |d: DateInput| st.update(|a| a.items[i].conditions_end = d));
    let choices = vec![
        Choice::new("yes", "Yes"),
        Choice::new("no", "No").hint("We count 3 months from the day you were given it."),
    ];
    let revealed = view! {
                <div class="conditional" hidden=move || known() != Some(true)>
                    {date_fields(DateQuestion { prefix: "conditions-end".into(), question: "The day they ended".into(), heading: false, hint: "For example, 15 4 2024.".into(), partial: false, value: end, on_change: set_end })}
                </div>
    };
    radios_page(
        Some(i),
        Question {
            name: "conditions-known".into(),
            question: "Do you know the day the conditions ended?".into(),
            hint: Some("The conditions are what you agreed to do, such as paying for damage. The date can be in the future.".into()),
            heading: true,
            choices,
            selected,
            on_choose: choose,
        },
        Some(revealed.into_any()),
    )
}

#[component]
pub fn EwSpecifiedPage(i: usize) -> impl IntoView {
    let st = state();
    let selected = Signal::derive(move || {
        specified_value(
            st.answers
                .with(|a| a.items.get(i).and_then(|it| it.specified)),
        )
    });
    let choose = Callback::new(move |v: String| {
        st.update(|a| a.items[i].specified = Some(specified_from(&v)))
    });
    let after = view! { <p class="inset">"We do not hold this list, so we cannot check it for you. DBS publishes it on GOV.UK: search for \u{201c}DBS list of offences that will never be filtered\u{201d}."</p> };
    question_form(vec![
        crate::ui::pages::form::caption(i),
        radios(
            Question {
                name: "specified".into(),
                question: "Is the offence on the DBS list of offences that are never filtered?".into(),
                hint: Some("They include murder, and serious violent, sexual and safeguarding offences. Offences on the list keep showing on standard and enhanced checks.".into()),
                heading: true,
                choices: yes_no_not_sure("We will show you what happens both ways."),
                selected,
                on_choose: choose,
            },
            None,
        ),
        after.into_any(),
    ])
}
