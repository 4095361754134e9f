//! The parts of a results page both jurisdictions share: when the rules were
//! checked, the certificate's title, the headline, the table of checks and
//! each item in detail with its timeline.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::rules::dates::long_date;
use crate::rules::{Problem, Reason, RULES_CHECKED_ON};

use crate::ui::govuk::markup::{element, Markup};

/// "Rules checked on 7 December 2026": when the rules were last checked
/// against the law.
pub fn rules_checked() -> String {
    format!("Rules checked on {}", long_date(RULES_CHECKED_ON.date()))
}

/// A simple timeline: the item's date, spent date, filtering date and the
/// check date, on one line (either jurisdiction).
fn timeline_of(
    m: &mut Markup,
    date: NaiveDate,
    spent_on: Option<NaiveDate>,
    filtered_on: Option<NaiveDate>,
    check: NaiveDate,
) {
    let mut marks: Vec<(NaiveDate, &str)> = vec![(date, "Given"), (check, "Check date")];
    if let Some(s) = spent_on.filter(|s| *s != date) {
        marks.push((s, "Spent"));
    }
    if let Some(f) = filtered_on {
        marks.push((f, "Filtered"));
    }
    let first = marks.iter().map(|m| m.0).min().unwrap_or(date);
    let last = marks.iter().map(|m| m.0).max().unwrap_or(check);
    // Whole units of the 400-wide view box: integers keep float formatting
    // out of the download (it costs about 5 KB gzip).
    let span = (last - first).num_days().max(1);
    let x = |day: NaiveDate| 15 + 370 * (day - first).num_days() / span;
    crate::util::order::sort_by(&mut marks, |a, b| a.0.cmp(&b.0));
    let description = marks
        .iter()
        .map(|(day, what)| format!("{what}: {}", long_date(*day)))
        .collect::<Vec<_>>()
        .join("; ");
    m.open(
        "svg",
        &[
            ("class", "timeline"),
            ("viewBox", "0 0 400 110"),
            ("role", "img"),
            ("aria-label", &format!("Timeline. {description}")),
        ],
    );
    m.open(
        "line",
        &[
            ("x1", "15"),
            ("y1", "55"),
            ("x2", "385"),
            ("y2", "55"),
            ("class", "timeline__line"),
        ],
    )
    .close("line");
    for (n, (day, what)) in marks.iter().enumerate() {
        let cx = x(*day).to_string();
        // One label row per mark (two above the line, two below), so none overlap.
        let ty = [16, 34, 84, 102][n % 4];
        let x = x(*day);
        let anchor = if x < 60 {
            "start"
        } else if x > 340 {
            "end"
        } else {
            "middle"
        };
        let is_check = *what == "Check date";
        let y1 = if ty < 55 { ty + 4 } else { ty - 16 }.to_string();
        m.open(
            "line",
            &[
                ("x1", &cx),
                ("y1", &y1),
                ("x2", &cx),
                ("y2", "55"),
                ("class", "timeline__tick"),
            ],
        )
        .close("line");
        m.open(
            "circle",
            &[
                ("cx", &cx),
                ("cy", "55"),
                ("r", if is_check { "7" } else { "5" }),
                (
                    "class",
                    if is_check {
                        "timeline__check"
                    } else {
                        "timeline__dot"
                    },
                ),
            ],
        )
        .close("circle");
        m.open(
            "text",
            &[
                ("x", &cx),
                ("y", &ty.to_string()),
                ("text-anchor", anchor),
                ("class", "timeline__label"),
            ],
        )
        .text(&format!("{what} {}", chrono::Datelike::year(day)))
        .close("text");
    }
    m.close("svg");
}

/// The page when the engine finds a problem the questions did not catch.
pub(crate) fn could_not_work_out(problems: Vec<Problem>) -> AnyView {
    let list: Vec<String> = problems.into_iter().map(|p| p.message).collect();
    let mut m = Markup::new();
    m.list("ul", "list", &list);
    let list = element(m);
    view! {
        <h1 class="heading-l" tabindex="-1">"We could not work this out"</h1>
        {list}
        <p><a class="link" href="#/check-answers">"Check your answers"</a></p>
    }
    .into_any()
}

/// "What a certificate issued today, 2 December 2026, would show".
pub(crate) fn certificate_title(check: NaiveDate, today: NaiveDate) -> String {
    if check == today {
        format!(
            "What a certificate issued today, {}, would show",
            long_date(check)
        )
    } else {
        format!(
            "What a certificate issued on {} would show",
            long_date(check)
        )
    }
}

/// The headline's lines, then when the rules were checked and that the law may change.
pub(crate) fn headline_and_rules(lines: Vec<String>, law_may_change: &'static str) -> AnyView {
    let mut headline = Markup::new();
    headline.open("div", &[("class", "headline"), ("role", "status")]);
    for l in &lines {
        headline.el("p", "headline__line", l);
    }
    headline.close("div");
    let mut rules = Markup::new();
    rules
        .open("div", &[("class", "rules-checked")])
        .el("p", "rules-checked__date", &rules_checked())
        .el("p", "rules-checked__change", law_may_change)
        .close("div");
    vec![element(headline), element(rules)].into_any()
}

/// Said when some dates were given in part (the latest day they could be was used).
pub(crate) fn approximate_note(approximate: bool) -> Option<impl IntoView> {
    approximate.then(|| view! {
        <div class="inset">"Some dates you gave are approximate. We used the latest day they could be, so the real dates may be a little earlier."</div>
    })
}

/// Names the items whose "under 18" was worked out from the date of birth.
pub(crate) fn birth_note(labels: Vec<String>) -> Option<impl IntoView> {
    (!labels.is_empty()).then(|| {
        view! {
            <div class="inset">
                <p>"We worked out from your date of birth whether you were under 18 for:"</p>
                <ul class="list list--bullet">{labels.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            </div>
        }
    })
}

/// The labels of the items whose "under 18" the date of birth told.
pub(crate) fn worked_out_from_birth(
    a: &crate::ui::journey::Answers,
    today: NaiveDate,
) -> Vec<String> {
    (0..a.items.len())
        .filter(|&i| a.under_18_worked_out(i).is_some())
        .map(|i| crate::ui::journey::item_label(&a.items[i], today))
        .collect()
}

/// The table of every item on each kind of check: (item, basic, standard and enhanced).
pub(crate) fn checks_table(
    caption: &'static str,
    rows: Vec<(String, &'static str, &'static str)>,
) -> AnyView {
    let mut m = Markup::new();
    m.open("table", &[("class", "table")])
        .el("caption", "table__caption", caption)
        .open("thead", &[])
        .open("tr", &[]);
    for head in ["Item", "Basic", "Standard", "Enhanced"] {
        m.open("th", &[("scope", "col"), ("class", "table__header")])
            .text(head)
            .close("th");
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for (label, basic, words) in &rows {
        m.open("tr", &[("class", "table__row")])
            .open("th", &[("scope", "row"), ("class", "table__header")])
            .text(label)
            .close("th")
            .el("td", "table__cell", basic)
            .el("td", "table__cell", words)
            .el("td", "table__cell", words)
            .close("tr");
    }
    m.close("tbody").close("table");
    element(m)
}

/// One item in detail: its summary rows, a note, its warnings (caveats),
/// its timeline and its reasons folded under "Why".
pub(crate) struct ItemDetail<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub rows: [(&'static str, String); 4],
    /// The Reviewer's row (Northern Ireland only).
    pub review: Option<String>,
    pub note: Option<String>,
    pub caveats: Vec<String>,
    /// The item's date, spent date, filtering date and the check date.
    pub dates: (NaiveDate, Option<NaiveDate>, Option<NaiveDate>, NaiveDate),
    pub reasons: &'a [Reason],
}

pub(crate) fn item_detail(d: ItemDetail) -> AnyView {
    let heading = format!("item-{}", d.id);
    let mut m = Markup::new();
    m.open(
        "section",
        &[("class", "item"), ("aria-labelledby", &heading)],
    )
    .open("h2", &[("class", "heading-m"), ("id", &heading)])
    .text(d.label)
    .close("h2")
    .open("dl", &[("class", "summary-list")]);
    let review = d.review.map(|r| ("Independent Reviewer", r));
    for (key, value) in d.rows.iter().chain(review.iter()) {
        m.open("div", &[("class", "summary-list__row")])
            .el("dt", "summary-list__key", key)
            .el("dd", "summary-list__value", value)
            .close("div");
    }
    m.close("dl");
    if let Some(note) = &d.note {
        m.el("p", "", note);
    }
    for c in &d.caveats {
        m.open("div", &[("class", "warning-text"), ("role", "note")])
            .open(
                "span",
                &[("class", "warning-text__icon"), ("aria-hidden", "true")],
            )
            .text("!")
            .close("span")
            .open("strong", &[("class", "warning-text__text")])
            .el("span", "visually-hidden", "Warning: ")
            .text(c)
            .close("strong")
            .close("div");
    }
    let (date, spent_on, filtered_on, check) = d.dates;
    timeline_of(&mut m, date, spent_on, filtered_on, check);
    m.open("details", &[("class", "details")])
        .el("summary", "details__summary", "Why")
        .open("ul", &[("class", "details__text reasons")]);
    for r in d.reasons {
        m.open("li", &[])
            .text(&r.text)
            .open("br", &[])
            .el("span", "source", &format!("Source: {}", r.source))
            .close("li");
    }
    m.close("ul").close("details").close("section");
    element(m)
}
