//! "Check your answers": every answer in plain words, each with a Change
//! link that comes back here.

use leptos::prelude::*;

use crate::ui::govuk::components::handler;
use crate::ui::journey::convert::item_label;
use crate::ui::journey::dispatch::journey;
use crate::ui::journey::summary::{birth_row, AnswerRow};
use crate::ui::journey::Page;
use crate::ui::pages::state::fragment;
use crate::ui::pages::state::state;

/// One row: question, answer, Change link. On quick entry an item's
/// answers are changed on its page.
fn row(AnswerRow { key, value, page }: AnswerRow) -> AnyView {
    let st = state();
    let page = match page.item() {
        Some(i) if st.answers.with_untracked(|a| a.quick) => Page::QuickItem(i),
        _ => page,
    };
    let href = fragment(page, true);
    let hidden = format!(" {}", key.to_ascii_lowercase());
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{key}</dt>
            <dd class="summary-list__value">{value}</dd>
            <dd class="summary-list__actions">
                <a class="link" href=href on:click=handler(move |ev: leptos::ev::MouseEvent| { ev.prevent_default(); st.change(page); })>
                    "Change"<span class="visually-hidden">{hidden}</span>
                </a>
            </dd>
        </div>
    }
    .into_any()
}

#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let st = state();
    let items = move || {
        let a = st.answers.get();
        a.items
            .iter()
            .enumerate()
            .map(|(i, it)| {
                let label = item_label(it, st.today);
                let rows: Vec<AnyView> = journey(&a).answer_rows(&a, i).into_iter().map(row).collect();
                view! {
                    <h2 class="heading-m">{label.clone()}</h2>
                    <dl class="summary-list">{rows}</dl>
                    <p>
                        <button type="button" class="link-button" on:click=handler(move |_| st.update(|a| a.remove_item(i)))>
                            "Remove"<span class="visually-hidden">{format!(" {label}")}</span>
                        </button>
                    </p>
                }
            })
            .collect_view()
    };
    let place = move || {
        st.answers.with(|a| journey(a).place_name()).map(|name| {
            view! { <dl class="summary-list">{row(AnswerRow::new("Where", name, Page::Where))}</dl> }
        })
    };
    let birth = move || {
        let birth = st.answers.with(birth_row);
        view! { <dl class="summary-list">{row(birth)}</dl> }
    };
    view! {
        <h1 class="heading-l" tabindex="-1">"Check your answers"</h1>
        {place}
        {birth}
        {items}
        <p>
            <button type="button" class="button button--secondary"
                on:click=handler(move |_| {
                    st.update(|a| a.more_items = Some(true));
                    let (n, quick) = st.answers.with_untracked(|a| (a.items.len(), a.quick));
                    st.go(if quick { Page::QuickItem(n) } else { Page::Kind(n) });
                })>
                "Add another caution or conviction"
            </button>
        </p>
        <form novalidate on:submit=handler(move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); st.submit(); })>
            <button type="submit" class="button">"Continue"</button>
        </form>
    }
}
