//! The app's frame: header with "Exit this page", skip link, Back link,
//! error summary, the current page, and the choice to save answers.

use crate::ui::govuk::components::focus_heading;
use crate::ui::ni::questions::*;
use crate::ui::pages::place::{NotCoveredPage, WherePage};
use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::govuk::components::{handler, NotificationBanner, WarningText};
use crate::ui::journey::{first_unanswered, previous, Page};
use crate::ui::pages::check_answers::CheckAnswersPage;
use crate::ui::pages::form::ErrorSummary;
use crate::ui::pages::questions::*;
use crate::ui::pages::state::state;
use crate::ui::pages::state::{fragment, AppState};

/// Today by the browser's clock: the only place the app reads the time.
fn browser_today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(NaiveDate::MIN)
}

/// The title of each page, for the browser tab.
fn title(page: Page) -> &'static str {
    match page {
        Page::Start => "Check what your criminal record will show",
        Page::Where => "Where were you cautioned or convicted?",
        Page::NotCovered => "This check does not cover Scotland",
        Page::DateOfBirth => "What is your date of birth?",
        Page::QuickItem(_) => "Caution or conviction",
        Page::QuickList | Page::AddAnother => "Your cautions and convictions",
        Page::ItemSummaryOnly(_) => "Summary-only offence",
        Page::SentenceStart(..) => "When did it start?",
        Page::Schedule18(..) => "Was it for a Schedule 18 offence?",
        Page::Paid(..) => "Have you paid it in full?",
        Page::Endorsed(_) => "Was it endorsed on your licence?",
        Page::ConditionsEnd(_) => "When did the conditions end?",
        Page::Kind(_) => "What was it?",
        Page::Date(_) => "When was it?",
        Page::Under18(_) => "Were you under 18?",
        Page::Offence(_) => "What was the offence?",
        Page::SentenceType(..) => "What sentence did the court give?",
        Page::SentenceLength(..) => "How long was it?",
        Page::Suspended(..) => "Was the sentence suspended?",
        Page::Sentences(_) => "Sentences for this conviction",
        Page::Specified(_) => "Was the offence a specified offence?",
        Page::SummaryOnly => "Summary-only offences",
        Page::CheckAnswers => "Check your answers",
        Page::CheckDate => "When would the certificate be issued?",
        Page::Certificate => "Do you already have a certificate?",
        Page::Results => "What a certificate would show",
    }
}

#[component]
pub fn App() -> impl IntoView {
    let st = AppState::new(browser_today());
    provide_context(st);
    st.load_saved();
    // Saved answers carry on where the person was; otherwise follow the URL.
    let has_hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|h| h.len() > 2);
    // Quick entry's pages are fetched once it is chosen: by the start page's link (a URL), or
    // in saved answers (the "Where" page's box fetches them itself).
    let preload_if_quick = move || {
        if st.answers.with_untracked(|a| a.quick) {
            crate::ui::pages::second_module::preload_quick();
        }
    };
    let follow = move || {
        st.follow_location();
        preload_if_quick();
    };
    if st.saving.get_untracked() && !has_hash {
        st.go(st.resume_page());
        preload_if_quick();
    } else {
        follow();
    }
    let listener = window_event_listener(leptos::ev::hashchange, move |_| follow());
    on_cleanup(move || listener.remove());

    // The tab's title names the page, with "Error: " first when there is one.
    Effect::new(move |_| {
        let page = st.page.get();
        let error = if st.errors.with(Vec::is_empty) {
            ""
        } else {
            "Error: "
        };
        let service = if st.answers.with(|a| a.is_ew()) {
            "England and Wales"
        } else {
            "NI"
        };
        document().set_title(&format!(
            "{error}{} – {service} criminal record self-check",
            title(page)
        ));
    });
    // A new page moves focus to its heading, so a screen reader starts there.
    Effect::new(move |first: Option<()>| {
        st.page.track();
        if first.is_some() {
            focus_heading();
        }
    });
    crate::ui::pages::second_module::preload();

    // "Exit this page": boot.js leaves for a neutral site; the answers in
    // memory are forgotten on the same click, so Back cannot bring them back.
    let exit = window_event_listener(leptos::ev::click, move |ev| {
        if crate::ui::pages::front_door::on_element(&ev, "exit-page") {
            st.answers.set(Default::default());
        }
    });
    on_cleanup(move || exit.remove());
    // "Start now" pressed before the app was ready: act on it now.
    if crate::ui::pages::front_door::take_early_start() && st.page.get_untracked() == Page::Start {
        start(st);
    }

    // The skip link, header and footer are in index.html, outside the app.
    view! {
        {move || back_link(st.page.get())}
        <main class="main" id="main-content" tabindex="-1">
            // The browser would not save or delete the answers: said on whatever page the
            // person is on, and announced at once (role="alert": they may be about to close
            // the page believing their answers are kept). The region is always there, so
            // the message is read out when it appears; it stays put while saving keeps failing.
            <div id="storage-refusal" role="alert">
                {move || st.storage.get().refusal().map(|r| view! { <NotificationBanner heading=r.heading() text=r.advice() /> })}
            </div>
            {move || st.notice.get().map(|n| view! { <div class="inset" role="status">{n}</div> })}
            <ErrorSummary />
            {move || page_view(st.page.get())}
            <SaveControls />
        </main>
    }
}

fn back_link(page: Page) -> Option<impl IntoView> {
    if page == Page::Start {
        return None;
    }
    let st = state();
    let back = st.answers.with_untracked(|a| previous(page, a));
    let back = if st.changing.get_untracked() {
        Page::CheckAnswers
    } else {
        back
    };
    Some(view! {
        <a class="back-link" href=fragment(back, false) on:click=handler(move |ev: leptos::ev::MouseEvent| { ev.prevent_default(); st.go(back); })>"Back"</a>
    })
}

pub(crate) fn page_view(page: Page) -> AnyView {
    use crate::ui::ew::questions::*;
    if state().answers.with_untracked(|a| a.is_ew()) {
        match page {
            Page::Kind(i) => return view! { <EwKindPage i=i /> }.into_any(),
            Page::SentenceType(i, j) => return view! { <EwSentenceTypePage i=i j=j /> }.into_any(),
            Page::SentenceLength(i, j) => {
                return view! { <EwSentenceLengthPage i=i j=j /> }.into_any()
            }
            Page::Specified(i) => return view! { <EwSpecifiedPage i=i /> }.into_any(),
            Page::Results => return crate::ui::pages::second_module::results(true),
            _ => {}
        }
    }
    match page {
        Page::Where => view! { <WherePage /> }.into_any(),
        Page::NotCovered => view! { <NotCoveredPage /> }.into_any(),
        Page::DateOfBirth => view! { <crate::ui::pages::birth::DateOfBirthPage /> }.into_any(),
        Page::QuickItem(i) => crate::ui::pages::second_module::quick_item(i, page_view),
        Page::QuickList => crate::ui::pages::second_module::quick_list(),
        Page::ItemSummaryOnly(i) => view! { <ItemSummaryOnly i=i /> }.into_any(),
        Page::SentenceStart(i, j) => view! { <SentenceStartPage i=i j=j /> }.into_any(),
        Page::Schedule18(i, j) => view! { <Schedule18Page i=i j=j /> }.into_any(),
        Page::Paid(i, j) => view! { <PaidPage i=i j=j /> }.into_any(),
        Page::Endorsed(i) => view! { <EndorsedPage i=i /> }.into_any(),
        Page::ConditionsEnd(i) => view! { <ConditionsEndPage i=i /> }.into_any(),
        Page::Start => view! { <StartPage /> }.into_any(),
        Page::Kind(i) => view! { <KindPage i=i /> }.into_any(),
        Page::Date(i) => view! { <DatePage i=i /> }.into_any(),
        Page::Under18(i) => view! { <Under18Page i=i /> }.into_any(),
        Page::Offence(i) => view! { <crate::ui::ni::offence_finder::OffencePage i=i /> }.into_any(),
        Page::SentenceType(i, j) => view! { <SentenceTypePage i=i j=j /> }.into_any(),
        Page::SentenceLength(i, j) => view! { <SentenceLengthPage i=i j=j /> }.into_any(),
        Page::Suspended(i, j) => view! { <SuspendedPage i=i j=j /> }.into_any(),
        Page::Sentences(i) => view! { <SentencesPage i=i /> }.into_any(),
        Page::Specified(i) => view! { <SpecifiedPage i=i /> }.into_any(),
        Page::AddAnother => view! { <AddAnotherPage /> }.into_any(),
        Page::SummaryOnly => view! { <SummaryOnlyPage /> }.into_any(),
        Page::CheckAnswers => view! { <CheckAnswersPage /> }.into_any(),
        Page::CheckDate => view! { <CheckDatePage /> }.into_any(),
        Page::Certificate => view! { <CertificatePage /> }.into_any(),
        Page::Results => crate::ui::pages::second_module::results(false),
    }
}

/// Where "Start now" goes: the first question, or, with answers already
/// given, the first one not yet answered.
fn start(st: crate::ui::pages::state::AppState) {
    let next = st.answers.with_untracked(|a| {
        if a.items.is_empty() {
            Some(Page::Where)
        } else {
            first_unanswered(a, st.today)
        }
    });
    st.go(next.unwrap_or(Page::CheckAnswers));
}

/// The start page: its words are the served HTML's (see `front_door`).
#[component]
fn StartPage() -> impl IntoView {
    let st = state();
    // "Start now" is a link to the first question (it works before the app
    // does); once the app runs, it goes where `start` says instead.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if crate::ui::pages::front_door::on_element(&ev, "start-now") {
            ev.prevent_default();
            start(st);
        }
    };
    view! {
        <div id="start-page" inner_html=crate::ui::pages::front_door::start_page_markup() on:click=handler(on_click)></div>
        <crate::ui::pages::open_saved::OpenSavedAnswers />
    }
}

/// "Save my answers on this device" and "Delete my answers".
#[component]
fn SaveControls() -> impl IntoView {
    let st = state();
    let shown = move || {
        matches!(
            st.page.get(),
            Page::Start | Page::CheckAnswers | Page::Results
        ) && (st.saving.get() || st.answers.with(|a| !a.items.is_empty()))
    };
    let refusal = move || st.storage.get().refusal();
    let described_by = move || {
        if refusal().is_some() {
            "save-answers-hint save-answers-refused"
        } else {
            "save-answers-hint"
        }
    };
    view! {
        <Show when=shown>
            <div class="save-controls">
                <h2 class="heading-s">"Your answers on this device"</h2>
                <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" id="save-answers" aria-describedby=described_by
                        prop:checked=move || st.saving.get()
                        on:change=handler(move |ev: leptos::ev::Event| st.set_saving(event_target_checked(&ev))) />
                    <label class="checkboxes__label" for="save-answers">"Save my answers on this device"</label>
                    <div class="hint" id="save-answers-hint">"Only do this on your own phone or computer. Anyone who uses it could see them."</div>
                </div>
                // Where the person who ticked is looking (the banner at the top is what is announced).
                {move || refusal().map(|r| view! { <WarningText id="save-answers-refused" text=r.beside_the_choice() /> })}
                <button type="button" class="button button--warning" on:click=handler(move |_| st.delete_all())>"Delete my answers"</button>
            </div>
        </Show>
    }
}
