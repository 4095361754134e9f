//! One caution or conviction on one page: its questions, its sentences as
//! rows with "Add another sentence" and "Remove", and two ways on: "Save and
//! add another item", or Continue to the list.

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
    // Memos: the sentences are drawn again only when these change, not on every answer.
    let conviction = Memo::new(move |_| {
        st.answers
            .with(|a| a.items.get(i).is_some_and(|it| it.is_conviction()))
    });
    let rows = Memo::new(move |_| {
        st.answers
            .with(|a| a.items.get(i).map_or(0, |it| it.sentences.len()).max(1))
    });
    let add_sentence = move |_: leptos::ev::MouseEvent| {
        let j = st
            .answers
            .with_untracked(|a| a.items.get(i).map_or(0, |it| it.sentences.len().max(1)));
        // Row 1 is shown before it is answered: make it too, so the new row is row 2.
        st.update(|a| {
            for k in 0..=j {
                let _ = a.sentence_mut(i, k);
            }
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
    // Each part erased to `AnyView`, and no `<Show>` or `<Provider>`: one view type fewer
    // each, which keeps quick entry's module small.
    let sentences = move || {
        conviction
            .get()
            .then(|| sentences(st, i, rows, page_view, add_sentence))
    };
    view! {
        {caption_view(i)}
        <h1 class="heading-l" tabindex="-1">{move || heading(st, i)}</h1>
        <form novalidate on:submit=handler(move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); st.submit(); })>
            {places(BEFORE_ROWS.iter().map(|page| page(i)), page_view)}
            {move || sentences()}
            {places(AFTER_ROWS.iter().map(|page| page(i)), page_view)}
            <div class="button-group">
                <button type="submit" class="button">"Continue"</button>
                <button type="button" class="button button--secondary" on:click=handler(add_item)>"Save and add another item"</button>
            </div>
        </form>
    }
}

/// The item's sentences as rows, and "Add another sentence".
#[inline(never)]
fn sentences(
    st: AppState,
    i: usize,
    rows: Memo<usize>,
    page_view: fn(Page) -> AnyView,
    add: impl FnMut(leptos::ev::MouseEvent) + 'static,
) -> AnyView {
    view! {
        <div class="add-another">
            <h2 class="heading-m">"Sentences"</h2>
            <p class="hint">"Add each sentence the court gave for this conviction."</p>
            {move || (0..rows.get()).map(|j| sentence_row(st, i, j, page_view)).collect::<Vec<_>>().into_any()}
            <button type="button" class="button button--secondary add-another__add" id="add-sentence" on:click=handler(add)>
                "Add another sentence"
            </button>
        </div>
    }
    .into_any()
}

/// Pages in their places, in order.
fn places(pages: impl Iterator<Item = Page>, page_view: fn(Page) -> AnyView) -> Vec<AnyView> {
    pages.map(|page| place(page, page_view)).collect()
}

/// The item as the list names it ("Conviction, 3 March 2015"), or "Tell us about it" before
/// it is known what it was.
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
#[inline(never)]
fn sentence_row(st: AppState, i: usize, j: usize, page_view: fn(Page) -> AnyView) -> AnyView {
    let removable = move || {
        st.answers
            .with(|a| a.items.get(i).is_some_and(|it| it.sentences.len() > 1))
    };
    let remove = move || {
        view! {
            <button type="button" class="button button--secondary add-another__remove" on:click=handler(move |_| {
                st.update(|a| a.remove_sentence(i, j));
                request_animation_frame(|| focus_id("add-sentence"));
            })>
                "Remove"<span class="visually-hidden">{format!(" sentence {}", j + 1)}</span>
            </button>
        }
        .into_any()
    };
    view! {
        <fieldset class="fieldset add-another__item">
            <legend class="legend legend--m add-another__title">{format!("Sentence {}", j + 1)}</legend>
            {places(ROW.iter().map(|page| page(i, j)), page_view)}
            {move || removable().then(remove)}
        </fieldset>
    }
    .into_any()
}

/// One guided page's questions, inside this page: drawn with `InQuickPage`
/// in their context (what `<Provider>` does, without its generic view).
fn question(page: Page, page_view: fn(Page) -> AnyView) -> AnyView {
    let owner = Owner::current().map_or_else(Owner::new, |o| o.child());
    let view = owner.with(|| {
        provide_context(InQuickPage {
            prefix: field_prefix(page),
        });
        page_view(page)
    });
    leptos::tachys::reactive_graph::OwnedView::new_with_owner(view, owner).into_any()
}
