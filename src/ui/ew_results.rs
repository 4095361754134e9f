//! The England and Wales results page: the NI page's layout, with the
//! words of the E&W assessment (DBS checks, no Independent Reviewer) and a
//! short list of what a person can do there. No NI panel is shown.

use leptos::prelude::*;

use crate::rules::assess;
use crate::rules::dates::long_date;
use crate::rules::ew::Case;
use crate::rules::AnyCase;

use super::actions::download_any;
use super::actions::ew::{
    basic_words, calendar, caveat_words, events, filtered_words, headline, outcome_words,
    schedule_18_words, spent_words, ADVICE, ENHANCED, LAW_MAY_CHANGE, NOT_LEGAL_ADVICE,
    NO_REVIEWER, TELLING, WHICH_LAW,
};
use super::journey::convert::item_label;
use super::journey::{ew, Page};
use super::results::{rules_checked, timeline_of};
use super::take_action::KeepARecord;
use super::widgets::state;

fn paragraphs(list: &'static [&'static str]) -> impl IntoView {
    list.iter().map(|p| view! { <p>{*p}</p> }).collect_view()
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
        Err(problems) => {
            let list = problems
                .into_iter()
                .map(|p| view! { <li>{p.message}</li> })
                .collect_view();
            return view! {
                <h1 class="heading-l" tabindex="-1">"We could not work this out"</h1>
                <ul class="list">{list}</ul>
                <p><a class="link" href="#/check-answers">"Check your answers"</a></p>
            }
            .into_any();
        }
    };
    let check = assessment.check_date;
    let labels: Vec<String> = answers
        .items
        .iter()
        .map(|it| item_label(it, st.today))
        .collect();
    let title = if check == st.today {
        format!(
            "What a certificate issued today, {}, would show",
            long_date(check)
        )
    } else {
        format!(
            "What a certificate issued on {} would show",
            long_date(check)
        )
    };
    let lines = headline(&assessment)
        .into_iter()
        .map(|l| view! { <p class="headline__line">{l}</p> })
        .collect_view();
    let rows = assessment
        .disposals
        .iter()
        .zip(&labels)
        .map(|(d, label)| {
            let words = outcome_words(d);
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{label.clone()}</th>
                    <td class="table__cell">{basic_words(d)}</td>
                    <td class="table__cell">{words}</td>
                    <td class="table__cell">{words}</td>
                </tr>
            }
        })
        .collect_view();
    let approximate = (!converted.approximate.is_empty()).then(|| view! {
        <div class="inset">"Some dates you gave are approximate. We used the latest day they could be, so the real dates may be a little earlier."</div>
    });
    let items = assessment
        .disposals
        .iter()
        .zip(&labels)
        .zip(&case.disposals)
        .map(|((d, label), disposal)| {
            let caveats = d.caveats.iter().map(|&c| view! {
                <div class="warning-text" role="note">
                    <span class="warning-text__icon" aria-hidden="true">"!"</span>
                    <strong class="warning-text__text"><span class="visually-hidden">"Warning: "</span>{caveat_words(c)}</strong>
                </div>
            }).collect_view();
            let reasons = d.reasons.iter().map(|r| view! {
                <li>{r.text.clone()}<br /><span class="source">{format!("Source: {}", r.source)}</span></li>
            }).collect_view();
            let if_not = schedule_18_words(d).map(|w| view! { <p>{w}</p> });
            view! {
                <section class="item" aria-labelledby=format!("item-{}", d.id)>
                    <h2 class="heading-m" id=format!("item-{}", d.id)>{label.clone()}</h2>
                    <dl class="summary-list">
                        <div class="summary-list__row"><dt class="summary-list__key">"Spent"</dt><dd class="summary-list__value">{spent_words(d, check)}</dd></div>
                        <div class="summary-list__row"><dt class="summary-list__key">"Basic DBS check"</dt><dd class="summary-list__value">{basic_words(d)}</dd></div>
                        <div class="summary-list__row"><dt class="summary-list__key">"Standard and enhanced DBS checks"</dt><dd class="summary-list__value">{outcome_words(d)}</dd></div>
                        <div class="summary-list__row"><dt class="summary-list__key">"Stops showing"</dt><dd class="summary-list__value">{filtered_words(d, check)}</dd></div>
                    </dl>
                    {if_not}
                    {caveats}
                    {timeline_of(disposal.date, d.spent_on, d.filtered_on, check)}
                    <details class="details">
                        <summary class="details__summary">"Why"</summary>
                        <ul class="details__text reasons">{reasons}</ul>
                    </details>
                </section>
            }
        })
        .collect_view();
    let dates = events(&case, &assessment, &labels);
    let ics = calendar(&case, &assessment, &labels);
    let json = download_any(&AnyCase::Ew(case.clone()));
    view! {
        <h1 class="heading-l" tabindex="-1">{title}</h1>
        <p class="lead">{WHICH_LAW}</p>
        <div class="headline" role="status">{lines}</div>
        <div class="rules-checked">
            <p class="rules-checked__date">{rules_checked()}</p>
            <p class="rules-checked__change">{LAW_MAY_CHANGE}</p>
        </div>
        {approximate}
        <table class="table">
            <caption class="table__caption">"Each item on each kind of DBS check"</caption>
            <thead><tr>
                <th scope="col" class="table__header">"Item"</th>
                <th scope="col" class="table__header">"Basic"</th>
                <th scope="col" class="table__header">"Standard"</th>
                <th scope="col" class="table__header">"Enhanced"</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        {items}
        <section class="take-action" aria-labelledby="take-action-title">
            <h2 class="heading-l take-action__title" id="take-action-title">"What you can do"</h2>
            <section class="step" id="step-no-reviewer" aria-labelledby="step-no-reviewer-title">
                <h3 class="heading-m step__title" id="step-no-reviewer-title">"If your certificate is wrong"</h3>
                {paragraphs(&NO_REVIEWER)}
            </section>
            <section class="step" id="step-telling" aria-labelledby="step-telling-title">
                <h3 class="heading-m step__title" id="step-telling-title">"Telling an employer"</h3>
                {paragraphs(&TELLING)}
                <p>{ADVICE}</p>
            </section>
            <KeepARecord dates=dates ics=ics ics_name=format!("record-check-dates-{check}.ics")
                json=json json_name=format!("record-check-answers-{check}.json")
                print_hint="Your browser can print this page or save it as a PDF. The buttons are left out." />
        </section>
        <h2 class="heading-m">"What an enhanced check can add"</h2>
        <p>{ENHANCED}</p>
        <h2 class="heading-m">"This is not legal advice"</h2>
        <p>{NOT_LEGAL_ADVICE}</p>
        <p><a class="link" href="#/check-answers" on:click=move |ev| { ev.prevent_default(); st.go(Page::CheckAnswers); }>"Change your answers"</a></p>
    }
    .into_any()
}
