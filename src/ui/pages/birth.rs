//! "What is your date of birth?": asked once, on both routes, so "were you
//! under 18?" is worked out for each item instead of asked. Optional: "I'd
//! rather not say" keeps that question for each item.

use leptos::prelude::*;

use crate::ui::govuk::components::Choice;
use crate::ui::journey::DateInput;
use crate::ui::pages::form::{date_fields, radios_page, DateQuestion, Question};
use crate::ui::pages::state::state;

#[component]
pub fn DateOfBirthPage() -> impl IntoView {
    let st = state();
    let given = move || st.answers.with(|a| a.birth.given);
    let selected =
        Signal::derive(move || given().map(|g| if g { "yes" } else { "no" }.to_string()));
    let choose = Callback::new(move |v: String| st.update(|a| a.birth.given = Some(v == "yes")));
    let date = Signal::derive(move || st.answers.with(|a| a.birth.date.clone()));
    let set_date = Callback::new(move |d: DateInput| st.update(|a| a.birth.date = d));
    let revealed = view! {
        <div class="conditional" hidden=move || given() != Some(true)>
            {date_fields(DateQuestion { prefix: "birth".into(), question: "Date of birth".into(), heading: false, hint: "For example, 27 3 1990.".into(), partial: false, value: date, on_change: set_date })}
        </div>
    };
    radios_page(
        None,
        Question {
            name: "birth-given".into(),
            question: "What is your date of birth?".into(),
            hint: Some("We use it to work out if you were under 18 at each caution or conviction, so we do not ask each time. It stays on this device and is never put in a file you download.".into()),
            heading: true,
            choices: vec![
                Choice::new("yes", "I will give my date of birth"),
                Choice::new("no", "I'd rather not say").hint("We will ask if you were under 18 for each one instead."),
            ],
            selected,
            on_choose: choose,
        },
        Some(revealed.into_any()),
    )
}
