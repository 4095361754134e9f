//! "Telling an employer": for items that show on a certificate, a draft
//! disclosure statement made only from the person's own words (what it was,
//! when, what has changed since). Nothing here leaves the device.

use crate::rules::ni::Assessment;
use crate::ui::ni::areas::shows;
use crate::ui::ni::next_steps::Labels;

pub const DISCLOSURE_HEADING: &str = "Telling an employer in your own words";
pub const DISCLOSURE_INTRO: &str = "An employer should let you explain your record before a check. It can help to tell them first, in a short statement. Write it here. You only need to say what a check would show.";

pub const DISCLOSURE_DRAFT_TITLE: &str = "Your statement";
pub const DISCLOSURE_DRAFT_HINT: &str =
    "Check it and change anything you need to. Then copy it or print it.";
pub const DISCLOSURE_COPY: &str = "Copy the statement";
/// Under every helper's heading.
pub const ON_THIS_DEVICE: &str = "What you type stays on this device. It is not saved or sent anywhere, and it is gone when you close this page.";

/// The three prompts, with a hint each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    What,
    When,
    Since,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::What, Part::When, Part::Since];

    pub fn id(self) -> &'static str {
        match self {
            Part::What => "disclose-what",
            Part::When => "disclose-when",
            Part::Since => "disclose-since",
        }
    }
    pub fn prompt(self) -> &'static str {
        match self {
            Part::What => "What was it?",
            Part::When => "When was it, and how old were you?",
            Part::Since => "What has changed since?",
        }
    }
    pub fn hint(self) -> &'static str {
        match self {
            Part::What => "Say it simply, in your own words. You do not have to give every detail.",
            Part::When => "The results above give the dates.",
            Part::Since => "For example work, study, family, or help you have had.",
        }
    }
    pub fn heading(self) -> &'static str {
        match self {
            Part::What => "What it was",
            Part::When => "When it was",
            Part::Since => "What has changed since",
        }
    }
}

/// The ids of the items a certificate would, or may, show.
pub fn shown_items(a: &Assessment) -> Vec<String> {
    a.disposals
        .iter()
        .filter(|d| shows(d))
        .map(|d| d.id.clone())
        .collect()
}

/// The draft statement: the items, then each answered part in order.
pub fn draft_disclosure(answers: &[(Part, String)], items: &[String], labels: &Labels) -> String {
    let mut out = String::from("I would like to tell you about my criminal record myself.\n");
    for item in items {
        out.push_str(&format!("- {}\n", labels.of(item)));
    }
    let mut any = false;
    for part in Part::ALL {
        let said: Vec<String> = answers
            .iter()
            .filter(|(p, w)| *p == part && !w.trim().is_empty())
            .map(|(_, w)| w.replace("\r\n", "\n").trim().to_string())
            .collect();
        if !said.is_empty() {
            any = true;
            out.push_str(&format!("\n{}:\n{}\n", part.heading(), said.join("\n")));
        }
    }
    if !any {
        out.push_str("\n[Write what it was, when, and what has changed since.]\n");
    }
    out.push_str("\nI am happy to talk about it.\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assess;
    use crate::rules::ni::parse::parse_case;

    #[test]
    fn the_draft_is_the_persons_words_in_order() {
        let c = parse_case(r#"{"check_date":"2026-12-02","disposals":[
            {"id":"p","kind":"conviction","date":"2025-06-01","under_18":false,"specified":false,"sentences":[{"type":"imprisonment","months":6}]}]}"#).unwrap();
        let a = assess(&c).unwrap();
        let items = shown_items(&a);
        assert_eq!(items, ["p"]);
        let labels = Labels::new(&c, &["Conviction, 1 June 2025".into()]);
        let empty = draft_disclosure(&[], &items, &labels);
        assert!(empty.contains("- Conviction, 1 June 2025\n"));
        assert!(empty.contains("[Write what it was"));
        let draft = draft_disclosure(
            &[
                (Part::Since, "I work full time.\r\nI volunteer.".into()),
                (Part::What, "A fight outside a bar.".into()),
                (Part::When, "  ".into()),
            ],
            &items,
            &labels,
        );
        assert!(!draft.contains("[Write"));
        assert!(!draft.contains("When it was"), "empty parts are left out");
        assert!(draft.contains("What has changed since:\nI work full time.\nI volunteer.\n"));
        assert!(
            draft.find("What it was:").unwrap() < draft.find("What has changed since:").unwrap()
        );
        assert!(!draft.contains('\r'));
    }

    #[test]
    fn nothing_that_shows_means_no_items() {
        let c = parse_case(r#"{"check_date":"2026-12-02","disposals":[
            {"id":"f","kind":"conviction","date":"2008-05-01","under_18":false,"specified":false,"sentences":[{"type":"fine"}]}]}"#).unwrap();
        assert!(shown_items(&assess(&c).unwrap()).is_empty());
    }
}
