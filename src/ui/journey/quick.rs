//! Quick entry: every question about one item on one page, then one list of
//! the items, then the same "Check your answers", dates and results as the
//! guided route. A quick page holds exactly the guided pages that item would
//! have, so both routes ask the same questions, make the same checks, and
//! give the same answers (and so the same case).

use super::answers::Answers;
use super::dispatch::journey;
use super::pages::Page;

/// The guided pages whose questions the quick page for item `i` shows, in
/// order. A question that only follows from an answer (the offence table's
/// "specified" and "summary-only", a sentence's length) appears once that
/// answer is given.
pub fn item_pages(a: &Answers, i: usize) -> Vec<Page> {
    if i >= a.items.len() {
        // A new item: the questions it starts with.
        let mut started = a.clone();
        started.items.push(Default::default());
        return item_pages(&started, started.items.len() - 1);
    }
    let j = journey(a);
    let offence_given = a.items[i].offence_answered();
    let mut pages: Vec<Page> = j
        .question_pages(a)
        .into_iter()
        .filter(|p| p.item() == Some(i))
        .filter(|p| match p {
            // The rows are the sentences: there is no "another sentence?" question.
            Page::Sentences(_) => false,
            Page::Specified(_) => offence_given || !j.has_offence_page(),
            _ => true,
        })
        .collect();
    if offence_given {
        pages.extend(j.quick_extras(a, i));
    }
    pages
}

/// The places of a quick page, in order: the item's questions before its
/// sentences (`BEFORE_ROWS`), each sentence's (`ROW`), and the item's after
/// them (`AFTER_ROWS`). A page is drawn in its place only while `item_pages`
/// has it, so each place is drawn again alone, never the whole page.
pub const BEFORE_ROWS: [fn(usize) -> Page; 4] =
    [Page::Kind, Page::Date, Page::Under18, Page::Offence];
pub const ROW: [fn(usize, usize) -> Page; 6] = [
    Page::SentenceType,
    Page::SentenceLength,
    Page::SentenceStart,
    Page::Suspended,
    Page::Schedule18,
    Page::Paid,
];
pub const AFTER_ROWS: [fn(usize) -> Page; 4] = [
    Page::ConditionsEnd,
    Page::Specified,
    Page::Endorsed,
    Page::ItemSummaryOnly,
];

/// The prefix of a field's id on a quick page: a sentence's fields are in
/// its row (`sentence-2-length-months`); an item's keep their own ids.
pub fn field_prefix(page: Page) -> String {
    match page.sentence() {
        Some((_, j)) => format!("sentence-{}-", j + 1),
        None => String::new(),
    }
}

/// Every question page of quick entry after the date of birth: one page
/// per item, then the jurisdiction's pages after the items.
pub fn question_pages(a: &Answers) -> Vec<Page> {
    let mut pages: Vec<Page> = (0..a.items.len()).map(Page::QuickItem).collect();
    pages.extend(
        journey(a)
            .question_pages(a)
            .into_iter()
            .filter(|p| p.item().is_none() && *p != Page::SummaryOnly),
    );
    pages
}

/// The page after `page` in quick entry; `None` where the guided route's
/// next page serves.
pub fn next(page: Page, a: &Answers) -> Option<Page> {
    Some(match page {
        Page::DateOfBirth if a.items.is_empty() => Page::QuickItem(0),
        Page::DateOfBirth | Page::QuickItem(_) => Page::QuickList,
        Page::QuickList => Page::CheckAnswers,
        _ => return None,
    })
}

/// Where the Back link goes in quick entry; `None` where the guided route's serves.
pub fn previous(page: Page, a: &Answers) -> Option<Page> {
    Some(match page {
        Page::QuickItem(0) if a.items.len() <= 1 => Page::DateOfBirth,
        Page::QuickItem(_) | Page::CheckAnswers => Page::QuickList,
        Page::QuickList => match a.items.len() {
            0 => Page::DateOfBirth,
            n => Page::QuickItem(n - 1),
        },
        _ => return None,
    })
}

/// What a guided page's questions are drawn from besides the answers they
/// write (a question's words, its choices): a quick page draws a page's
/// questions again when this changes, and otherwise keeps them as they are,
/// with the focus where it is.
pub fn drawn_from(page: Page, a: &Answers) -> String {
    let item = page.item().and_then(|i| a.items.get(i));
    let kind = item.map_or(String::new(), |it| {
        let ni = it.kind.map_or("", |k| k.code());
        let ew = it.ew_kind.map_or("", |k| k.code());
        format!("{ni}/{ew}")
    });
    let sentence = || {
        page.sentence()
            .and_then(|(i, j)| a.items.get(i)?.sentences.get(j))
            .map_or(String::new(), |s| {
                let ni = s.kind.map_or("", |k| k.code());
                let ew = s.ew_kind.map_or("", |k| k.code());
                format!("{ni}/{ew}")
            })
    };
    let yes_no = |v: Option<bool>| match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    match page {
        Page::Date(_) | Page::Endorsed(_) | Page::ConditionsEnd(_) => kind,
        Page::Under18(_) => item.map_or(kind.clone(), |it| {
            let d = &it.date;
            format!("{kind} {} {} {} {}", d.day, d.month, d.year, d.known.code())
        }),
        Page::SentenceType(i, _) => yes_no(a.under_18(i)).to_string(),
        Page::SentenceLength(..)
        | Page::Suspended(..)
        | Page::SentenceStart(..)
        | Page::Schedule18(..)
        | Page::Paid(..) => sentence(),
        Page::Specified(_) => item.map_or(kind.clone(), |it| {
            let offence = it.offence.as_deref().unwrap_or("");
            format!(
                "{kind} {offence} {} {}",
                it.offence_not_listed, it.offence_text
            )
        }),
        _ => String::new(),
    }
}
