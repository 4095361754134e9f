//! Quick entry's list: every caution and conviction so far, each with
//! Change and Remove, then "Add another" or Continue to "Check your answers".

use leptos::prelude::*;

use crate::ui::govuk::components::handler;
use crate::ui::journey::{item_label, Page};
use crate::ui::pages::form::error_for;
use crate::ui::pages::state::{fragment, state};

#[component]
pub fn QuickListPage() -> impl IntoView {
    let st = state();
    let rows = move || {
        st.answers.with(|a| {
            a.items
                .iter()
                .enumerate()
                .map(|(i, it)| {
                    let label = item_label(it, st.today);
                    let page = Page::QuickItem(i);
                    let hidden = format!(" {label}");
                    let hidden_remove = hidden.clone();
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{format!("{}.", i + 1)}</dt>
                            <dd class="summary-list__value">{label}</dd>
                            <dd class="summary-list__actions">
                                <a class="link" href=fragment(page, false) on:click=handler(move |ev: leptos::ev::MouseEvent| { ev.prevent_default(); st.go(page); })>
                                    "Change"<span class="visually-hidden">{hidden}</span>
                                </a>
                                " "
                                <button type="button" class="link-button" on:click=handler(move |_| st.update(|a| a.remove_item(i)))>
                                    "Remove"<span class="visually-hidden">{hidden_remove}</span>
                                </button>
                            </dd>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    let count = move || match st.answers.with(|a| a.items.len()) {
        0 => "You have not added any cautions or convictions".to_string(),
        1 => "You have added 1 caution or conviction".to_string(),
        n => format!("You have added {n} cautions or convictions"),
    };
    let add = move |_| {
        let n = st.answers.with_untracked(|a| a.items.len());
        st.go(Page::QuickItem(n));
    };
    view! {
        <h1 class="heading-l" tabindex="-1">{count}</h1>
        <dl class="summary-list">{rows}</dl>
        <form novalidate on:submit=handler(move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); st.submit(); })>
            {move || error_for("add-item").map(|m| view! { <p class="error-message"><span class="visually-hidden">"Error: "</span>{m}</p> })}
            <div class="button-group">
                <button type="submit" class="button">"Continue"</button>
                <button type="button" class="button button--secondary" id="add-item" on:click=handler(add)>"Add another caution or conviction"</button>
            </div>
        </form>
    }
}
