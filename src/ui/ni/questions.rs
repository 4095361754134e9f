//! The Northern Ireland question pages: what it was, its sentence list and
//! length, "specified", summary-only and the certificate. Each page only
//! writes what was typed into the answers; the checks and the route to the
//! next page are in `ni::journey`.

use crate::ui::pages::questions::{
    length_or_last_day, what_was_it, yes_no, yes_no_value, LengthFields,
};
use leptos::prelude::*;

use crate::rules::ni::catalogue::{Asks, Group, CATALOGUE};
use crate::rules::ni::DisposalKind;

use crate::ui::govuk::components::{handler, Choice};
use crate::ui::journey::convert::item_label;
use crate::ui::journey::{DateInput, LengthGivenAs, Specified};
use crate::ui::ni::journey::{offence_search, specified};
use crate::ui::pages::form::{
    date_fields, question_form, radios, radios_page, DateQuestion, Question,
};
use crate::ui::pages::state::state;

#[component]
pub fn KindPage(i: usize) -> impl IntoView {
    let st = state();
    let choices = vec![
        Choice::new("conviction", "A conviction in court").hint("A court found you guilty, or you pleaded guilty."),
        Choice::new("caution", "A caution").hint("A formal warning from the police that you accepted. This includes restorative and conditional cautions."),
        Choice::new("informed_warning", "An informed warning").hint("A warning from the police for a minor offence. It is recorded, but it is not a caution."),
        Choice::new("diversionary_youth_conference", "A diversionary youth conference")
            .hint("A meeting for a young person, run by the Youth Justice Agency, instead of going to court."),
    ];
    let selected = Signal::derive(move || {
        st.answers
            .with(|a| a.items.get(i).and_then(|it| it.kind))
            .map(|k| k.code().to_owned())
    });
    let choose = Callback::new(move |v: String| {
        let kind = DisposalKind::from_code(&v);
        st.update(|a| {
            if let Some(it) = a.item_mut(i) {
                it.kind = kind;
            }
        });
    });
    what_was_it(i, choices, selected, choose)
}

#[component]
pub fn SentenceTypePage(i: usize, j: usize) -> impl IntoView {
    let st = state();
    let under_18 = st.answers.with_untracked(|a| a.under_18(i) == Some(true));
    let mut choices = Vec::new();
    for group in Group::ALL {
        for (n, e) in CATALOGUE.iter().filter(|e| e.group == group).enumerate() {
            // Article 45 detention is only for under-18s.
            if e.kind == crate::rules::ni::SentenceType::DetentionArt45 && !under_18 {
                continue;
            }
            let mut c = Choice::new(e.kind.code(), e.label).hint(e.hint);
            if n == 0 {
                c.group = Some(group.label().to_string());
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
            a.items
                .get(i)
                .and_then(|it| it.sentences.get(j))
                .and_then(|s| s.kind)
                .map(|k| k.code().to_owned())
        })
    });
    let choose = Callback::new(move |v: String| {
        st.update(|a| {
            if let Some(s) = a.sentence_mut(i, j) {
                s.kind = crate::rules::ni::SentenceType::from_code(&v);
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
pub fn SentenceLengthPage(i: usize, j: usize) -> impl IntoView {
    let st = state();
    let kind = st
        .answers
        .with_untracked(|a| a.items[i].sentences.get(j).and_then(|s| s.kind));
    let Some(kind) = kind else {
        return view! { <p>"Choose the sentence first."</p> }.into_any();
    };
    let label = kind.label().to_ascii_lowercase();
    match kind.asks() {
        Asks::LengthOrEndDate => {
            let choices = vec![
                Choice::new("length", "I know how long it lasted"),
                Choice::new("end_date", "I know the date it ended, or will end"),
                Choice::new("until_further_order", "It had no end date")
                    .hint("The court said it lasts 'until further order'."),
            ];
            let given = move || {
                st.answers.with(|a| {
                    a.items
                        .get(i)
                        .and_then(|it| it.sentences.get(j))
                        .and_then(|s| s.length_given_as)
                })
            };
            let selected = Signal::derive(move || {
                given().map(|g| match g {
                    LengthGivenAs::Length => "length".to_string(),
                    LengthGivenAs::EndDate => "end_date".to_string(),
                    LengthGivenAs::UntilFurtherOrder | LengthGivenAs::NoEndDate => {
                        "until_further_order".to_string()
                    }
                })
            });
            let choose = Callback::new(move |v: String| {
                let g = match v.as_str() {
                    "length" => LengthGivenAs::Length,
                    "end_date" => LengthGivenAs::EndDate,
                    _ => LengthGivenAs::UntilFurtherOrder,
                };
                st.update(|a| {
                    if let Some(s) = a.items.get_mut(i).and_then(|it| it.sentences.get_mut(j)) {
                        s.length_given_as = Some(g);
                    }
                })
            });
            let ends = Signal::derive(move || {
                st.answers.with(|a| {
                    a.items
                        .get(i)
                        .and_then(|it| it.sentences.get(j))
                        .map(|s| s.ends.clone())
                        .unwrap_or_default()
                })
            });
            let set_ends = Callback::new(move |d: DateInput| {
                st.update(|a| {
                    if let Some(s) = a.items.get_mut(i).and_then(|it| it.sentences.get_mut(j)) {
                        s.ends = d;
                    }
                })
            });
            let revealed =
                length_or_last_day((i, j), given, (ends, set_ends), "For example, 31 12 2017.");
            radios_page(
                Some(i),
                Question {
                    name: "length-given-as".into(),
                    question: format!("How long did the {label} last?"),
                    hint: Some("Use the length the court gave, even if it ended early.".into()),
                    heading: true,
                    choices,
                    selected,
                    on_choose: choose,
                },
                Some(revealed),
            )
        }
        _ => {
            let fields = view! {
                <LengthFields i=i j=j heading=true legend=format!("How long was the {label} sentence?")
                    hint="The length the court gave, not the time you spent inside. If you got terms to run one after another, add them up." />
            };
            question_form(vec![crate::ui::pages::form::caption(i), fields.into_any()])
        }
    }
}

#[component]
pub fn SpecifiedPage(i: usize) -> impl IntoView {
    let st = state();
    let choices = vec![
        Choice::new("yes", "Yes"),
        Choice::new("no", "No"),
        Choice::new("not_sure", "I'm not sure").hint("We will show you what happens both ways."),
    ];
    let selected = Signal::derive(move || {
        st.answers
            .with(|a| a.items.get(i).and_then(|it| it.specified))
            .map(|s| {
                match s {
                    Specified::Yes => "yes",
                    Specified::No => "no",
                    Specified::NotSure => "not_sure",
                }
                .to_string()
            })
    });
    let choose = Callback::new(move |v: String| {
        let s = match v.as_str() {
            "yes" => Specified::Yes,
            "no" => Specified::No,
            _ => Specified::NotSure,
        };
        st.update(|a| a.items[i].specified = Some(s))
    });
    let search = RwSignal::new(String::new());
    let list = specified::paragraphs(specified::SPECIFIED_OFFENCES);
    // Why we ask: the offence finder could not answer for this one.
    let why = st.answers.with_untracked(|a| {
        let it = a.items.get(i)?;
        Some(match it.chosen_offence() {
            Some(o) => format!("{}: we cannot tell from its name whether it is on the list. It depends on the exact charge: look at your court papers or ask NIACRO.", o.name),
            None if !it.offence_text.trim().is_empty() && !it.offence_not_listed => format!(
                "\u{201c}{}\u{201d} is not one of the offences we know, so we need to ask you.",
                it.offence_text.trim()
            ),
            None => return None,
        })
    });
    // And the offence table's own reason, for someone who wants the detail.
    let table_says = st.answers.with_untracked(|a| {
        a.items
            .get(i)?
            .chosen_offence()
            .and_then(offence_search::why_specified_unknown)
    });
    let matching = move || {
        let found = specified::search(&list, &search.get());
        if found.is_empty() {
            return view! { <li>"Nothing on the list has those words. It may still be on the list under another name: if you are not sure, choose 'I'm not sure'."</li> }.into_any();
        }
        found
            .into_iter()
            .map(|p| {
                let parts = (!p.parts.is_empty()).then(|| {
                    view! { <ul class="offence-list__parts">{p.parts.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }
                });
                view! { <li>{p.text}{parts}</li> }
            })
            .collect_view()
            .into_any()
    };
    let question = radios(
        Question {
            name: "specified".into(),
            question: "Was the offence on the list of specified offences?".into(),
            hint: Some("Specified offences are never filtered. They include serious violent and sexual offences, drug offences (even possession), weapons offences, and others such as assault on police, riotous behaviour and harassment.".into()),
            heading: true,
            choices,
            selected,
            on_choose: choose,
        },
        None,
    );
    let rest = view! {
            {why.map(|w| view! { <p class="inset">{w}</p> })}
            {table_says.map(|t| view! { <TableSays text=t /> })}
            <details class="details">
                <summary class="details__summary">"Search the list of specified offences"</summary>
                <div class="details__text">
                    <p>"This is the list in the law: the Police Act 1997, section 113A(6D), as it applies in Northern Ireland. It names offences by the law that creates them, not always by the name you know."</p>
                    <p>"It also covers trying, planning or helping to commit any of these offences, and the same offences in England, Scotland, Wales or other countries. Some parts point to other lists that are not shown here. If you are not sure, choose 'I'm not sure', or ask NIACRO."</p>
                    <label class="label" for="offence-search">"Search"</label>
                    <input class="input" id="offence-search" type="search" autocomplete="off"
                        prop:value=move || search.get() on:input=handler(move |ev: leptos::ev::Event| search.set(event_target_value(&ev))) />
                    <ul class="offence-list" tabindex="0" aria-label="Specified offences">{move || matching()}</ul>
                </div>
            </details>
    };
    question_form(vec![
        crate::ui::pages::form::caption(i),
        question,
        rest.into_any(),
    ])
}

/// The offence table's reason it cannot tell, folded away: it is written
/// for advisers, and the question page has already said it plainly.
#[component]
fn TableSays(text: &'static str) -> impl IntoView {
    view! {
        <details class="details">
            <summary class="details__summary">"Why we cannot tell"</summary>
            <div class="details__text"><p>"Our offence table says: "{text}</p></div>
        </details>
    }
}

#[component]
pub fn SummaryOnlyPage() -> impl IntoView {
    let st = state();
    st.update(|a| a.summary_only_answered = true);
    // Only the convictions whose offence the table cannot classify.
    let convictions = st.answers.with_untracked(|a| a.summary_only_asked());
    let boxes = convictions
        .into_iter()
        .map(|i| {
            let label = st
                .answers
                .with_untracked(|a| item_label(&a.items[i], st.today));
            summary_only_box(i, format!("summary-only-{}", i + 1), label, None)
        })
        .collect_view();
    let question = view! {
            <div class="form-group">
                <fieldset class="fieldset" aria-describedby="summary-only-hint">
                    <legend class="legend legend--l"><h1 class="heading-l" tabindex="-1">"Were any of these convictions for a summary-only offence?"</h1></legend>
                    <div class="hint" id="summary-only-hint">
                        "A summary-only offence can only be tried in a magistrates' court, for example many driving offences. "
                        "Tick the ones that were. If you are not sure, leave it unticked: we will count it as not summary-only."
                    </div>
                    <div class="checkboxes">{boxes}</div>
                </fieldset>
            </div>
    };
    question_form(vec![question.into_any()])
}

/// On a quick-entry page: was this conviction's offence summary-only? Asked
/// only when the offence table cannot tell, as on the guided route's page.
#[component]
pub fn ItemSummaryOnly(i: usize) -> impl IntoView {
    let st = state();
    st.update(|a| a.summary_only_answered = true);
    let id = crate::ui::pages::form::field_id("summary-only");
    let hint = "It could only be tried in a magistrates' court, like many driving offences. If you are not sure, leave it unticked: we will count it as not summary-only.";
    let summary_only_box =
        summary_only_box(i, id, "The offence was summary-only".into(), Some(hint));
    view! {
        <div class="form-group">
            <div class="checkboxes">{summary_only_box}</div>
        </div>
    }
}

/// One conviction's "summary-only" box, on the guided route's page (labelled by the item) and
/// on its quick-entry page (labelled as a statement, with its hint), and the offence table's
/// reason it cannot tell.
fn summary_only_box(i: usize, id: String, label: String, hint: Option<&'static str>) -> AnyView {
    let st = state();
    let table_says = st.answers.with_untracked(|a| {
        a.items
            .get(i)?
            .chosen_offence()
            .and_then(offence_search::why_summary_only_unknown)
    });
    let hint_id = format!("{id}-hint");
    view! {
        <div class="checkboxes__item">
            <input class="checkboxes__input" type="checkbox" id=id.clone()
                aria-describedby=hint.is_some().then(|| hint_id.clone())
                prop:checked=move || st.answers.with(|a| a.summary_only.contains(&i))
                on:change=handler(move |ev: leptos::ev::Event| {
                    let on = event_target_checked(&ev);
                    st.update(|a| a.set_summary_only(i, on))
                }) />
            <label class="checkboxes__label" for=id>{label}</label>
            {hint.map(|h| view! { <div class="hint checkboxes__hint" id=hint_id>{h}</div> })}
            {table_says.map(|t| view! { <div class="checkboxes__hint"><TableSays text=t /></div> })}
        </div>
    }
    .into_any()
}

#[component]
pub fn CertificatePage() -> impl IntoView {
    let st = state();
    let has = move || st.answers.with(|a| a.certificate.has_one);
    let selected = Signal::derive(move || yes_no_value(has()));
    let choose =
        Callback::new(move |v: String| st.update(|a| a.certificate.has_one = Some(v == "yes")));
    let issued = Signal::derive(move || st.answers.with(|a| a.certificate.issued.clone()));
    let set_issued = Callback::new(move |d: DateInput| st.update(|a| a.certificate.issued = d));
    let revealed = view! {
        <div class="conditional" hidden=move || has() != Some(true)>
            {date_fields(DateQuestion { prefix: "issued".into(), question: "When was it issued?".into(), heading: false, hint: "The issue date is printed on the certificate. For example, 20 6 2026.".into(), partial: false, value: issued, on_change: set_issued })}
        </div>
    };
    radios_page(
        None,
        Question {
            name: "has-certificate".into(),
            question: "Do you already have a standard or enhanced certificate from AccessNI?"
                .into(),
            hint: Some("If you do, we can work out the last day to ask for a review.".into()),
            heading: true,
            choices: yes_no(),
            selected,
            on_choose: choose,
        },
        Some(revealed.into_any()),
    )
}
