//! "Check your answers": every answer in plain words, each with a Change
//! link that comes back here.

use leptos::prelude::*;

use crate::rules::ni::catalogue::Asks;

use crate::ui::govuk::components::handler;
use crate::ui::journey::convert::item_label;
use crate::ui::journey::date_input::read_date;
use crate::ui::journey::{
    Answers, DateInput, ItemAnswers, Known, LengthGivenAs, Page, SentenceAnswers, Specified,
};
use crate::ui::pages::state::fragment;
use crate::ui::pages::state::state;

/// "Prison or young offenders centre, 3 months, suspended".
pub fn describe_sentence(s: &SentenceAnswers) -> String {
    let length = || {
        let mut parts = Vec::new();
        for (n, one, many) in [(&s.months, "month", "months"), (&s.days, "day", "days")] {
            let t = n.trim();
            if !t.is_empty() && t != "0" {
                parts.push(format!("{t} {}", if t == "1" { one } else { many }));
            }
        }
        if parts.is_empty() {
            "0 months".to_string()
        } else {
            parts.join(" and ")
        }
    };
    if s.ew_kind.is_some() {
        return crate::ui::ew::journey::describe_sentence(s, length(), describe_date);
    }
    let Some(kind) = s.kind else {
        return "Not answered".into();
    };
    let mut text = kind.label().to_string();
    match kind.asks() {
        Asks::Nothing => {}
        Asks::Term => text = format!("{text}, {}", length()),
        Asks::TermAndSuspended => {
            text = format!("{text}, {}", length());
            if s.suspended == Some(true) {
                text.push_str(", suspended");
            }
        }
        Asks::LengthOrEndDate => match s.length_given_as {
            Some(LengthGivenAs::Length) => text = format!("{text}, {}", length()),
            Some(LengthGivenAs::EndDate) => {
                text = format!("{text}, ended {}", describe_date(&s.ends))
            }
            Some(LengthGivenAs::UntilFurtherOrder) => {
                text.push_str(", no end date (until further order)")
            }
            Some(LengthGivenAs::NoEndDate) => text.push_str(", no end date"),
            None => {}
        },
    }
    text
}

/// A typed date in words, saying when only part of it is known.
pub fn describe_date(d: &DateInput) -> String {
    match read_date(d, "the date") {
        Ok(date) => match d.known {
            Known::Day => crate::rules::dates::long_date(date),
            Known::Month => format!(
                "{} (exact day not known)",
                crate::rules::dates::month_year(date)
            ),
            Known::Year => format!("{} (exact date not known)", chrono::Datelike::year(&date)),
        },
        Err(_) => "Not answered".into(),
    }
}

/// One row: question, answer, Change link. On quick entry an item's
/// answers are changed on its page.
fn row(key: String, value: String, page: Page) -> impl IntoView {
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
                let rows = if a.is_ew() { ew_rows(&a, i, it) } else { ni_rows(&a, i, it) };
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
        st.answers.with(|a| a.is_ew()).then(|| {
            view! { <dl class="summary-list">{row("Where".into(), "England or Wales".into(), Page::Where)}</dl> }
        })
    };
    let birth = move || {
        let given = st.answers.with(|a| match a.birth.given {
            Some(true) => describe_date(&a.birth.date),
            _ => "Not given".into(),
        });
        view! { <dl class="summary-list">{row("Date of birth".into(), given, Page::DateOfBirth)}</dl> }
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

/// The rows of one E&W item.
fn ew_rows(a: &Answers, i: usize, it: &ItemAnswers) -> Vec<AnyView> {
    let kind = it.ew_kind.map_or(
        "Not answered".to_string(),
        crate::ui::ew::journey::kind_label,
    );
    let mut rows = vec![
        row("What it was".into(), kind, Page::Kind(i)).into_any(),
        row("Date".into(), describe_date(&it.date), Page::Date(i)).into_any(),
        under_18_row(a, i),
    ];
    if it.is_conviction() {
        for (j, s) in it.sentences.iter().enumerate() {
            rows.push(
                row(
                    format!("Sentence {}", j + 1),
                    describe_sentence(s),
                    Page::SentenceType(i, j),
                )
                .into_any(),
            );
        }
    }
    if it.ew_kind == Some(crate::rules::ew::Kind::ConditionalCaution) {
        let ended = match it.conditions_known {
            Some(true) => describe_date(&it.conditions_end),
            Some(false) => "Not known".into(),
            None => "Not answered".into(),
        };
        rows.push(row("Conditions ended".into(), ended, Page::ConditionsEnd(i)).into_any());
    }
    if it.ew_kind == Some(crate::rules::ew::Kind::FixedPenaltyNotice) {
        rows.push(
            row(
                "Endorsed on your licence".into(),
                yes_no(it.endorsed),
                Page::Endorsed(i),
            )
            .into_any(),
        );
    } else {
        rows.push(
            row(
                "On the never-filtered list".into(),
                specified_words(it.specified).into(),
                Page::Specified(i),
            )
            .into_any(),
        );
    }
    rows
}

fn specified_words(s: Option<Specified>) -> &'static str {
    match s {
        Some(Specified::Yes) => "Yes",
        Some(Specified::No) => "No",
        Some(Specified::NotSure) => "Not sure",
        None => "Not answered",
    }
}

/// The rows of one NI item.
fn ni_rows(a: &Answers, i: usize, it: &ItemAnswers) -> Vec<AnyView> {
    {
        {
            {
                let kind = it.kind.map_or("Not answered".to_string(), |k| {
                    crate::rules::reasons::capitalised(k.noun())
                });
                let mut rows = vec![
                    row("What it was".into(), kind, Page::Kind(i)).into_any(),
                    row("Date".into(), describe_date(&it.date), Page::Date(i)).into_any(),
                    under_18_row(a, i),
                    row("Offence".into(), describe_offence(it), Page::Offence(i)).into_any(),
                ];
                if it.is_conviction() {
                    for (j, s) in it.sentences.iter().enumerate() {
                        rows.push(
                            row(
                                format!("Sentence {}", j + 1),
                                describe_sentence(s),
                                Page::SentenceType(i, j),
                            )
                            .into_any(),
                        );
                    }
                    // Asked only where the offence table cannot tell.
                    if a.asks_summary_only() && it.table_summary_only().is_none() {
                        let so = if a.summary_only.contains(&i) {
                            "Yes"
                        } else {
                            "No, or not sure"
                        };
                        let page = if a.quick {
                            Page::ItemSummaryOnly(i)
                        } else {
                            Page::SummaryOnly
                        };
                        rows.push(row("Summary-only offence".into(), so.into(), page).into_any());
                    }
                }
                if it.asks_specified() {
                    rows.push(
                        row(
                            "Specified offence".into(),
                            specified_words(it.specified).into(),
                            Page::Specified(i),
                        )
                        .into_any(),
                    );
                }
                rows
            }
        }
    }
}

/// "Under 18 then": worked out from the date of birth (changed there), or as answered.
fn under_18_row(a: &Answers, i: usize) -> AnyView {
    match a.under_18_worked_out(i) {
        Some(v) => row(
            "Under 18 then".into(),
            format!("{} (from your date of birth)", yes_no(Some(v))),
            Page::DateOfBirth,
        )
        .into_any(),
        None => row(
            "Under 18 then".into(),
            yes_no(a.items.get(i).and_then(|it| it.under_18)),
            Page::Under18(i),
        )
        .into_any(),
    }
}

/// The offence as chosen or typed, and what the table says of it.
fn describe_offence(it: &ItemAnswers) -> String {
    match it.chosen_offence() {
        Some(o) => format!(
            "{}. {}",
            o.name,
            crate::ui::ni::journey::offence_search::meaning(o)
        ),
        None if !it.offence_text.trim().is_empty() && !it.offence_not_listed => {
            format!("{} (not in our list)", it.offence_text.trim())
        }
        None if it.offence_not_listed => "Not in our list".into(),
        None => "Not answered".into(),
    }
}

fn yes_no(v: Option<bool>) -> String {
    match v {
        Some(true) => "Yes",
        Some(false) => "No",
        None => "Not answered",
    }
    .into()
}
