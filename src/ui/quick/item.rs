//! One caution or conviction on one page: its questions, its sentences as
//! rows with "Add another sentence" and "Remove", and two ways on: "Save and
//! add another item", or Continue to the list.

use leptos::context::Provider;
use leptos::prelude::*;

use crate::ui::govuk::components::{caption_view, focus_id, handler};
use crate::ui::journey::quick::{
    drawn_from, field_prefix, item_pages, AFTER_ROWS, BEFORE_ROWS, ROW,
};
use crate::ui::journey::{ItemAnswers, Page};
use crate::ui::pages::form::InQuickPage;
use crate::ui::pages::state::{state, AppState};

#[component]
pub fn QuickItemPage(
    i: usize,
    /// Draws a guided page (the app's `page_view`): passed in, so quick entry needs not the app.
    page_view: fn(Page) -> AnyView,
) -> impl IntoView {
    let st = state();
    // The item exists while its page is shown, so every question can write to it.
    st.update(|a| {
        let _ = a.item_mut(i);
    });
    // Left with nothing typed: nothing is kept.
    on_cleanup(move || {
        st.update(|a| {
            if a.items.len() == i + 1 && a.items[i] == ItemAnswers::default() {
                a.items.pop();
            }
        })
    });
    let conviction = move || {
        st.answers
            .with(|a| a.items.get(i).is_some_and(|it| it.is_conviction()))
    };
    let rows = Memo::new(move |_| {
        st.answers
            .with(|a| a.items.get(i).map_or(0, |it| it.sentences.len()).max(1))
    });
    let add_sentence = move |_| {
        let j = st
            .answers
            .with_untracked(|a| a.items.get(i).map_or(0, |it| it.sentences.len().max(1)));
        st.update(|a| {
            let _ = a.sentence_mut(i, j);
        });
        // The new row's first field (MoJ "Add another").
        request_animation_frame(move || focus_id(&format!("sentence-{}-sentence-type", j + 1)));
    };
    let add_item = move |_| {
        let next = st.answers.with_untracked(|a| a.items.len());
        st.submit_to(Page::QuickItem(next));
    };
    // Keyboard first: the first field takes the focus, after the heading has.
    request_animation_frame(|| request_animation_frame(|| focus_id("kind")));
    view! {
        {caption_view(i)}
        <h1 class="heading-l" tabindex="-1">{move || heading(st, i)}</h1>
        <form novalidate on:submit=handler(move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); st.submit(); })>
            {BEFORE_ROWS.iter().map(|page| place(page(i), page_view)).collect::<Vec<_>>()}
            <Show when=conviction>
                <div class="add-another">
                    <h2 class="heading-m">"Sentences"</h2>
                    <p class="hint">"Add each sentence the court gave for this conviction."</p>
                    {move || (0..rows.get()).map(|j| sentence_row(st, i, j, page_view)).collect_view()}
                    <button type="button" class="button button--secondary add-another__add" id="add-sentence" on:click=handler(add_sentence)>
                        "Add another sentence"
                    </button>
                </div>
            </Show>
            {AFTER_ROWS.iter().map(|page| place(page(i), page_view)).collect::<Vec<_>>()}
            <div class="button-group">
                <button type="submit" class="button">"Continue"</button>
                <button type="button" class="button button--secondary" on:click=handler(add_item)>"Save and add another item"</button>
            </div>
        </form>
    }
}

/// "Conviction: 3 March 2015", or "Caution or conviction 2" before it is known.
fn heading(st: AppState, i: usize) -> String {
    st.answers.with(|a| match a.items.get(i) {
        Some(it) if it.kind.is_some() || it.ew_kind.is_some() => {
            crate::ui::journey::item_label(it, st.today)
        }
        _ => "Tell us about it".to_string(),
    })
}

/// One place of the page: its guided page's questions while the page is
/// asked, drawn again only when what they are drawn from changes, so typing
/// in one place never redraws another (and the focus stays where it is).
fn place(page: Page, page_view: fn(Page) -> AnyView) -> AnyView {
    let st = state();
    let drawn = Memo::new(move |_| {
        st.answers.with(|a| {
            item_pages(a, page.item().unwrap_or(0))
                .contains(&page)
                .then(|| drawn_from(page, a))
        })
    });
    (move || drawn.get().map(|_| question(page, page_view))).into_any()
}

/// One sentence: its questions, and Remove when there is another.
fn sentence_row(st: AppState, i: usize, j: usize, page_view: fn(Page) -> AnyView) -> impl IntoView {
    let removable = move || {
        st.answers
            .with(|a| a.items.get(i).is_some_and(|it| it.sentences.len() > 1))
    };
    let remove = move |_| {
        st.update(|a| a.remove_sentence(i, j));
        request_animation_frame(|| focus_id("add-sentence"));
    };
    view! {
        <fieldset class="fieldset add-another__item">
            <legend class="legend legend--m add-another__title">{format!("Sentence {}", j + 1)}</legend>
            {ROW.iter().map(|page| place(page(i, j), page_view)).collect::<Vec<_>>()}
            <Show when=removable>
                <button type="button" class="button button--secondary add-another__remove" on:click=handler(remove)>
                    "Remove"<span class="visually-hidden">{format!(" sentence {}", j + 1)}</span>
                </button>
            </Show>
        </fieldset>
    }
}

/// One guided page's questions, inside this page.
fn question(page: Page, page_view: fn(Page) -> AnyView) -> AnyView {
    let prefix = field_prefix(page);
    view! { <Provider value=InQuickPage { prefix }>{page_view(page)}</Provider> }.into_any()
}
