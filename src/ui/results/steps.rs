//! The steps of "What you can do", both jurisdictions': a step's heading and
//! paragraphs, a step whose words depend on a date the person gives, and
//! contacts.

use std::sync::Arc;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::govuk::markup::{element, Markup};
use crate::ui::journey::date_input::read_date;
use crate::ui::journey::DateInput;
use crate::ui::ni::next_steps::Block;
use crate::ui::pages::form::{date_fields, DateQuestion};
use crate::ui::results::contacts::Contact;

/// A step's body, paragraphs and lists in order, written into `m`.
pub(crate) fn blocks_into(m: &mut Markup, body: &[Block]) {
    for b in body {
        match b {
            Block::Text(t) => m.el("p", "", t),
            Block::Bullets(l) => m.list("ul", "list list--bullet", l),
            Block::Numbered(l) => m.list("ol", "list list--number", l),
        };
    }
}

/// A step's body as views: paragraphs and lists, in order.
pub(crate) fn blocks(body: Vec<Block>) -> Vec<AnyView> {
    body.chunks(1)
        .map(|b| {
            let mut m = Markup::new();
            blocks_into(&mut m, b);
            element(m)
        })
        .collect()
}

/// A step's `<section>` and its heading; the caller closes the section.
pub(crate) fn step_open(m: &mut Markup, class: &str, id: &str, heading: &str) {
    let title = format!("{id}-title");
    m.open(
        "section",
        &[("class", class), ("id", id), ("aria-labelledby", &title)],
    )
    .open("h3", &[("class", "heading-m step__title"), ("id", &title)])
    .text(heading)
    .close("h3");
}

/// A dated step's words, from the letter's date if there is one.
pub(crate) type DatedBody = Arc<dyn Fn(Option<NaiveDate>) -> Vec<Block> + Send + Sync>;

/// A step whose words depend on the date on a letter the person has.
pub(crate) struct DatedStep {
    pub id: String,
    pub heading: String,
    pub prefix: &'static str,
    pub question: &'static str,
    pub hint: &'static str,
}

/// The step's body is made again from the letter's date whenever it is a
/// whole date; until then, without it.
pub(crate) fn dated_step(s: DatedStep, body: DatedBody, extra: Option<AnyView>) -> AnyView {
    let (class, title) = (format!("step {}", s.id), format!("{}-title", s.id));
    let letter = RwSignal::new(DateInput::default());
    let dated = move || read_date(&letter.get(), "the date on the letter");
    let shown = move || blocks(body(dated().ok()));
    // Say what is wrong only once a whole year has been typed.
    let problem = move || {
        let typed = letter.with(|l| l.year.trim().len() >= 4);
        dated()
            .err()
            .filter(|_| typed)
            .map(|p| view! { <p class="hint letter-date__problem">{p.message}</p> })
    };
    view! {
        <section class=class id=s.id aria-labelledby=title.clone()>
            <h3 class="heading-m step__title" id=title.clone()>{s.heading}</h3>
            {move || shown()}
            <div class="letter-date">
                {date_fields(DateQuestion { prefix: s.prefix.into(), question: s.question.into(), heading: false, hint: s.hint.into(), partial: false, value: Signal::derive(move || letter.get()), on_change: Callback::new(move |v: DateInput| letter.set(v)) })}
                {move || problem()}
            </div>
            {extra}
        </section>
    }
    .into_any()
}

/// Each organisation with its routes, and where and when each route was
/// checked: once for the organisation when all its routes share a source.
pub(crate) fn contacts_into(m: &mut Markup, contacts: &[Contact]) {
    m.open("ul", &[("class", "contacts")]);
    for c in contacts {
        let one = c.routes.iter().all(|r| r.source == c.routes[0].source);
        m.open("li", &[("class", "contact")])
            .el("h4", "heading-s contact__name", c.name)
            .open("ul", &[("class", "contact__routes")]);
        for r in c.routes {
            m.open("li", &[("class", "contact__route")])
                .text(r.label)
                .text(": ");
            match r.href {
                Some(href) => m
                    .open("a", &[("class", "link contact__link"), ("href", href)])
                    .text(r.text)
                    .close("a"),
                None => m.el("span", "", r.text),
            };
            if let Some(n) = r.note {
                m.el("span", "contact__note", n);
            }
            if !one {
                m.el("span", "contact__checked", &r.checked());
            }
            m.close("li");
        }
        m.close("ul");
        if one {
            m.el("p", "contact__checked", &c.routes[0].checked());
        }
        m.close("li");
    }
    m.close("ul");
}

/// The contacts as one element.
pub(crate) fn contacts_list(contacts: &[Contact]) -> AnyView {
    let mut m = Markup::new();
    contacts_into(&mut m, contacts);
    element(m)
}
