//! "Thinking of becoming a charity trustee?": Charities Act (NI) 2008 s.86.
//! A conviction for an offence involving dishonesty or deception disqualifies
//! a person from being a trustee unless it is spent. The person says which
//! convictions involved dishonesty; whether each is spent, and when, is the
//! engine's `spent` and `spent_on` only.

use chrono::NaiveDate;

use crate::rules::dates::long_date;
use crate::rules::ni::{Assessment, Case, Caveat};
use crate::ui::ni::areas::pairs;
use crate::ui::ni::next_steps::{Block, Labels};
use crate::ui::results::contacts::{contacts, Contact, Org};

pub const TRUSTEE_HEADING: &str = "Thinking of becoming a charity trustee?";
pub const TRUSTEE_QUESTION: &str =
    "Did it involve dishonesty or deception, for example theft or fraud?";

/// What the rule means for one conviction, on the check date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trustee {
    /// Dishonesty, and spent: it does not disqualify.
    Spent {
        item: String,
        since: Option<NaiveDate>,
    },
    /// Dishonesty, not spent: disqualified until `until` (`None`: never
    /// spent, or not while an order lasts).
    Disqualified {
        item: String,
        until: Option<NaiveDate>,
        while_order_lasts: bool,
    },
    /// Not dishonesty or deception: this rule does not apply.
    NotThisRule { item: String },
}

/// The convictions the question is asked about, by id. The panel is shown
/// only if there is one.
pub fn convictions(case: &Case) -> Vec<String> {
    case.disposals
        .iter()
        .filter(|d| d.is_conviction())
        .map(|d| d.id.clone())
        .collect()
}

/// One line per answered conviction. `answers` are (id, dishonesty?); an
/// unanswered one is left out.
pub fn trustee(case: &Case, a: &Assessment, answers: &[(String, Option<bool>)]) -> Vec<Trustee> {
    pairs(case, a)
        .filter(|(c, _)| c.is_conviction())
        .filter_map(|(c, d)| {
            let said = answers.iter().find(|(id, _)| *id == c.id)?.1?;
            let item = c.id.clone();
            Some(match (said, d.spent) {
                (false, _) => Trustee::NotThisRule { item },
                (true, true) => Trustee::Spent {
                    item,
                    since: d.spent_on,
                },
                (true, false) => Trustee::Disqualified {
                    item,
                    until: d.spent_on,
                    while_order_lasts: d.spent_on.is_none()
                        && d.caveats.contains(&Caveat::IndefiniteOrder),
                },
            })
        })
        .collect()
}

/// Always in the panel, before the questions.
pub fn trustee_intro() -> Vec<Block> {
    vec![
        Block::Text("In Northern Ireland, the Charities Act (Northern Ireland) 2008 (section 86) stops you being a charity trustee if you have a conviction for an offence involving dishonesty or deception, unless it is spent. Under this rule, other convictions do not count.".into()),
        Block::Text("The 2018 rules in England and Wales, for senior managers and more kinds of offence, do not apply in Northern Ireland. We understand Northern Ireland has no rules like them: check with the Charity Commission for Northern Ireland.".into()),
    ]
}

/// The answer, from the lines of [`trustee`]; empty until something is answered.
pub fn trustee_body(lines: &[Trustee], check_date: NaiveDate, labels: &Labels) -> Vec<Block> {
    if lines.is_empty() {
        return Vec::new();
    }
    let mut bullets = Vec::new();
    let mut barred = false;
    for line in lines {
        bullets.push(match line {
            Trustee::Spent { item, since } => format!(
                "{}: spent{}, so it does not stop you being a trustee.",
                labels.of(item),
                since.map_or(String::new(), |s| format!(" since {}", long_date(s)))
            ),
            Trustee::Disqualified { item, until, while_order_lasts } => {
                barred = true;
                let when = match until {
                    Some(on) => format!("until it is spent on {}", long_date(*on)),
                    None if *while_order_lasts => "while the order lasts".to_string(),
                    None => "because it is never spent".to_string(),
                };
                format!("{}: not spent, so you cannot be a trustee {when}, unless the Commission gives you a waiver.", labels.of(item))
            }
            Trustee::NotThisRule { item } => format!(
                "{}: not dishonesty or deception, so this rule does not stop you.",
                labels.of(item)
            ),
        });
    }
    let mut b = vec![
        Block::Text(format!("On {}:", long_date(check_date))),
        Block::Bullets(bullets),
    ];
    if barred {
        b.push(Block::Text("It is a crime to act as a trustee while you are disqualified. You can ask the Charity Commission for Northern Ireland for a waiver: email it (below), marked for the Head of Compliance and Enquiries. Its guidance lists what to send.".into()));
    }
    b
}

pub fn trustee_contacts() -> Vec<Contact> {
    contacts(&[Org::Ccni])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assess;
    use crate::rules::ni::parse::parse_case;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const TWO: &str = r#"{"check_date":"2026-12-02","disposals":[
        {"id":"fraud","kind":"conviction","date":"2014-02-01","under_18":false,"specified":false,"sentences":[{"type":"fine"}]},
        {"id":"theft","kind":"conviction","date":"2025-06-01","under_18":false,"specified":false,"sentences":[{"type":"fine"}]},
        {"id":"caution","kind":"caution","date":"2025-06-01","under_18":false,"specified":false}]}"#;

    #[test]
    fn spent_does_not_disqualify_unspent_does_until_its_spent_date() {
        let c = parse_case(TWO).unwrap();
        let a = assess(&c).unwrap();
        assert_eq!(convictions(&c), ["fraud", "theft"]);
        assert!(trustee(&c, &a, &[]).is_empty());
        let yes = |id: &str| (id.to_string(), Some(true));
        let lines = trustee(&c, &a, &[yes("fraud"), yes("theft"), yes("caution")]);
        assert_eq!(
            lines,
            [
                Trustee::Spent {
                    item: "fraud".into(),
                    since: Some(d(2019, 2, 1))
                },
                Trustee::Disqualified {
                    item: "theft".into(),
                    until: Some(d(2030, 6, 1)),
                    while_order_lasts: false
                },
            ]
        );
        let words = format!(
            "{:?}",
            trustee_body(&lines, a.check_date, &Labels::new(&c, &[]))
        );
        for part in [
            "On 2 December 2026",
            "spent since 1 February 2019",
            "until it is spent on 1 June 2030",
            "waiver",
            "Head of Compliance",
        ] {
            assert!(words.contains(part), "{part} missing from {words}");
        }
    }

    #[test]
    fn not_dishonesty_is_not_this_rule_and_no_waiver_is_offered() {
        let c = parse_case(TWO).unwrap();
        let a = assess(&c).unwrap();
        let lines = trustee(
            &c,
            &a,
            &[("theft".into(), Some(false)), ("fraud".into(), None)],
        );
        assert_eq!(
            lines,
            [Trustee::NotThisRule {
                item: "theft".into()
            }]
        );
        let words = format!(
            "{:?}",
            trustee_body(&lines, a.check_date, &Labels::new(&c, &[]))
        );
        assert!(words.contains("this rule does not stop you"));
        assert!(!words.contains("waiver"), "{words}");
    }

    #[test]
    fn never_spent_is_disqualified_with_no_date() {
        let c = parse_case(r#"{"check_date":"2026-12-02","disposals":[
            {"id":"g","kind":"conviction","date":"2010-01-01","under_18":false,"specified":false,"sentences":[{"type":"imprisonment","months":48}]}]}"#).unwrap();
        let a = assess(&c).unwrap();
        let lines = trustee(&c, &a, &[("g".into(), Some(true))]);
        assert_eq!(
            lines,
            [Trustee::Disqualified {
                item: "g".into(),
                until: None,
                while_order_lasts: false
            }]
        );
        assert!(format!(
            "{:?}",
            trustee_body(&lines, a.check_date, &Labels::new(&c, &[]))
        )
        .contains("never spent"));
    }

    #[test]
    fn the_intro_says_the_england_and_wales_rules_do_not_apply() {
        let words = format!("{:?}", trustee_intro());
        assert!(words.contains("section 86"));
        assert!(words.contains("do not apply in Northern Ireland"));
        assert!(!words.to_lowercase().contains("probably"));
    }
}
