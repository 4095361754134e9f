//! "Where were you cautioned or convicted?", and Scotland's line: the page
//! that chooses the jurisdiction.

use leptos::prelude::*;

use crate::ui::govuk::components::{handler, Choice};
use crate::ui::journey::{Answers, Page, Place};
use crate::ui::pages::form::{radios_page, Question};
use crate::ui::pages::state::state;

#[component]
pub fn WherePage() -> impl IntoView {
    let st = state();
    let choices = vec![
        Choice::new("ni", "Northern Ireland"),
        Choice::new("ew", "England or Wales"),
        Choice::new("scotland", "Scotland"),
    ];
    let code = |p: Place| match p {
        Place::Ni => "ni",
        Place::Ew => "ew",
        Place::Scotland => "scotland",
    };
    let selected = Signal::derive(move || {
        st.answers
            .with(|a| a.jurisdiction.map(|p| code(p).to_string()))
    });
    let has_items = st.answers.with_untracked(|a| !a.items.is_empty());
    let choose = Callback::new(move |v: String| {
        let place = match v.as_str() {
            "ni" => Place::Ni,
            "ew" => Place::Ew,
            _ => Place::Scotland,
        };
        st.update(|a| {
            // The other place's answers do not fit this one's questions.
            if a.jurisdiction.is_some_and(|p| p != place)
                || (a.jurisdiction.is_none() && place != Place::Ni)
            {
                // Except the way of entering them, which fits both.
                *a = Answers {
                    quick: a.quick,
                    ..Answers::default()
                };
            }
            a.jurisdiction = Some(place);
        })
    });
    let hint = if has_items {
        "The law is different in each place. If you change this, the answers you have given are deleted."
    } else {
        "The law is different in each place."
    };
    radios_page(
        None,
        Question {
            name: "where".into(),
            question: "Where were you cautioned or convicted?".into(),
            hint: Some(hint.into()),
            heading: true,
            choices,
            selected,
            on_choose: choose,
        },
        Some(quick_entry(st)),
    )
}

/// Quick entry, offered here and on the start page: one page per item.
fn quick_entry(st: crate::ui::pages::state::AppState) -> AnyView {
    view! {
        <div class="checkboxes quick-entry">
            <div class="checkboxes__item">
                <input class="checkboxes__input" type="checkbox" id="quick" aria-describedby="quick-hint"
                    prop:checked=move || st.answers.with(|a| a.quick)
                    on:change=handler(move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        st.update(|a| a.quick = on);
                        if on {
                            crate::ui::pages::second_module::preload_quick();
                        }
                    }) />
                <label class="checkboxes__label" for="quick">"Use quick entry"</label>
                <div class="hint checkboxes__hint" id="quick-hint">"Enter everything on one page per caution or conviction. This is quicker if you have your certificate or court papers, or you are an adviser."</div>
            </div>
        </div>
    }
    .into_any()
}

#[component]
pub fn NotCoveredPage() -> impl IntoView {
    let st = state();
    view! {
        <h1 class="heading-l" tabindex="-1">"This check does not cover Scotland"</h1>
        <p>"Scotland has its own law on criminal records, and its own checks. For a record in Scotland, ask an adviser."</p>
        <p><a class="link" href="#/where" on:click=handler(move |ev: leptos::ev::MouseEvent| { ev.prevent_default(); st.go(Page::Where); })>"Change where you were cautioned or convicted"</a></p>
    }
}
