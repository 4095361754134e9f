//! The England and Wales results page: the NI page's layout, with the
//! words of the E&W assessment (DBS checks, no Independent Reviewer) and a
//! short list of what a person can do there. No NI panel is shown.

use leptos::prelude::*;

use crate::rules::assess;
use crate::rules::ew::Case;
use crate::rules::AnyCase;

use crate::ui::ew::journey as ew;
use crate::ui::ew::next_steps::{
    basic_words, calendar, caveat_words, events, filtered_words, headline, outcome_words,
    schedule_18_words, spent_words, ADVICE, ENHANCED, LAW_MAY_CHANGE, NOT_LEGAL_ADVICE,
    NO_REVIEWER, TELLING, WHICH_LAW,
};
use crate::ui::govuk::components::handler;
use crate::ui::govuk::markup::{element, Markup};
use crate::ui::journey::convert::item_label;
use crate::ui::journey::Page;
use crate::ui::pages::state::state;
use crate::ui::results::handoff::download_any;
use crate::ui::results::keep_a_record::KeepARecord;
use crate::ui::results::page::{
    approximate_note, certificate_title, checks_table, could_not_work_out, headline_and_rules,
    item_detail, ItemDetail,
};
use crate::ui::results::steps::step_open;

/// A step of "What you can do" made only of paragraphs.
fn paragraphs_step(m: &mut Markup, id: &str, heading: &str, list: &[&str]) {
    step_open(m, "step", id, heading);
    for p in list {
        m.el("p", "", p);
    }
    m.close("section");
}

#[component]
pub fn EwResultsPage() -> impl IntoView {
    let st = state();
    let answers = st.answers.get_untracked();
    let converted = match ew::to_case(&answers, st.today) {
        Ok(c) => c,
        Err(page) => {
            st.go(page);
            return view! { <p>"Some answers are missing."</p> }.into_any();
        }
    };
    let case: Case = converted.case.clone();
    let assessment = match assess(&case) {
        Ok(a) => a,
        Err(problems) => return could_not_work_out(problems),
    };
    let check = assessment.check_date;
    let labels: Vec<String> = answers
        .items
        .iter()
        .map(|it| item_label(it, st.today))
        .collect();
    let title = certificate_title(check, st.today);
    let table = checks_table(
        "Each item on each kind of DBS check",
        assessment
            .disposals
            .iter()
            .zip(&labels)
            .map(|(d, label)| (label.clone(), basic_words(d), outcome_words(d)))
            .collect(),
    );
    let items = assessment
        .disposals
        .iter()
        .zip(&labels)
        .zip(&case.disposals)
        .map(|((d, label), disposal)| {
            item_detail(ItemDetail {
                id: &d.id,
                label,
                rows: [
                    ("Spent", spent_words(d, check)),
                    ("Basic DBS check", basic_words(d).to_string()),
                    (
                        "Standard and enhanced DBS checks",
                        outcome_words(d).to_string(),
                    ),
                    ("Stops showing", filtered_words(d, check)),
                ],
                review: None,
                note: schedule_18_words(d),
                caveats: d.caveats.iter().map(|&c| caveat_words(c)).collect(),
                dates: (disposal.date, d.spent_on, d.filtered_on, check),
                reasons: &d.reasons,
            })
        })
        .collect_view();
    let dates = events(&case, &assessment, &labels);
    let ics = calendar(&case, &assessment, &labels);
    let json = download_any(&AnyCase::Ew(case.clone()));
    let mut no_reviewer = Markup::new();
    paragraphs_step(
        &mut no_reviewer,
        "step-no-reviewer",
        "If your certificate is wrong",
        &NO_REVIEWER,
    );
    let mut telling = Markup::new();
    let mut words = TELLING.to_vec();
    words.push(ADVICE);
    paragraphs_step(&mut telling, "step-telling", "Telling an employer", &words);
    let steps = vec![element(no_reviewer), element(telling)];
    view! {
        <h1 class="heading-l" tabindex="-1">{title}</h1>
        <p class="lead">{WHICH_LAW}</p>
        {headline_and_rules(headline(&assessment), LAW_MAY_CHANGE)}
        {approximate_note(!converted.approximate.is_empty())}
        {crate::ui::results::page::birth_note(crate::ui::results::page::worked_out_from_birth(&answers, st.today))}
        {table}
        {items}
        <section class="take-action" aria-labelledby="take-action-title">
            <h2 class="heading-l take-action__title" id="take-action-title">"What you can do"</h2>
            {steps}
            <KeepARecord dates=dates ics=ics ics_name=format!("record-check-dates-{check}.ics")
                json=json json_name=format!("record-check-answers-{check}.json")
                print_hint="Your browser can print this page or save it as a PDF. The buttons are left out." />
        </section>
        <h2 class="heading-m">"What an enhanced check can add"</h2>
        <p>{ENHANCED}</p>
        <h2 class="heading-m">"This is not legal advice"</h2>
        <p>{NOT_LEGAL_ADVICE}</p>
        <p><a class="link" href="#/check-answers" on:click=handler(move |ev: leptos::ev::MouseEvent| { ev.prevent_default(); st.go(Page::CheckAnswers); })>"Change your answers"</a></p>
    }
    .into_any()
}
