//! The routes that apply to one person, each with the data and the plain
//! words the page shows. Which routes appear follows only from the engine's
//! fields (`review`, `spent`, `basic`, `standard`, `enhanced`); the words
//! come from the Short Guide and AccessNI's certificate dispute form.

use chrono::NaiveDate;

use crate::rules::dates::long_date;
use crate::rules::ni::review::{self, Stage, StageDate, Timescale, SCHEMES};
use crate::rules::ni::{Assessment, Case, Caveat, DisposalAssessment, Outcome};
use crate::rules::{Basic, Review};
use crate::ui::results::contacts::{
    contacts, Contact, Org, ACCESSNI_EMAIL, ACCESSNI_POST, CONTACTS_NOTE,
};

/// One thing the person can do, or should know, after the check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Spent items a basic check does not show.
    NoNeedToDisclose { items: Vec<String> },
    /// Items that go to the Independent Reviewer before a certificate is issued.
    ReviewerAutomatic {
        items: Vec<String>,
        /// 7, 14 and 14 days, with their sources.
        timescales: Vec<Timescale>,
        /// The date on AccessNI's letter, if the person has one (see
        /// [`Step::with_letter_dated`]); nothing in the case gives it.
        letter_dated: Option<NaiveDate>,
        /// Send-information and decision dates counted from that letter.
        dates: Vec<StageDate>,
    },
    /// Items the person can ask the Independent Reviewer to look at.
    ReviewerApply {
        items: Vec<String>,
        certificate_issued: Option<NaiveDate>,
        /// The assessment's `review_deadline`.
        deadline: Option<NaiveDate>,
        /// 90 and 28 days, with their sources.
        timescales: Vec<Timescale>,
    },
    /// One item that would show but is not spent, so cannot be reviewed yet.
    NotYetEligible {
        item: String,
        /// Its `spent_on`: `None` = never spent, or not while an order lasts.
        eligible_from: Option<NaiveDate>,
        /// `spent_on` is `None` only because an order has no end date.
        while_order_lasts: bool,
        filtered_on: Option<NaiveDate>,
        /// A custodial conviction that the law always shows where a 2016
        /// guide said it would be filtered (caveat `CustodialFiltering`).
        always_shown: bool,
    },
    /// The check date is before the review scheme began.
    NoReviewScheme {
        items: Vec<String>,
        scheme_from: NaiveDate,
    },
    /// Something shows, so it could be shown wrongly: boxes A2 / B1 / B2 / C1.
    InformationWrong {
        items: Vec<String>,
        deadline: Option<NaiveDate>,
    },
    /// Police information on an enhanced certificate: boxes C2–C4.
    PoliceInformation { deadline: Option<NaiveDate> },
    /// Organisations and contacts from the Short Guide.
    WhoCanHelp { contacts: Vec<Contact> },
}

/// A piece of a step's body: the page shows these in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Text(String),
    Bullets(Vec<String>),
    Numbered(Vec<String>),
}

/// One short, honest paragraph for the results page.
pub const NOT_LEGAL_ADVICE: &str = "This check is not legal advice. It works from your answers and the published rules. It cannot know what is really on your record, what the police may add to an enhanced certificate, or what the Independent Reviewer will decide. Before you rely on it, check with AccessNI or NIACRO.";

/// How items are named on the page, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Labels(Vec<(String, String)>);

impl Labels {
    /// `labels[i]` names `case.disposals[i]`; a missing or empty one falls back to the id.
    pub fn new(case: &Case, labels: &[String]) -> Self {
        Labels(
            case.disposals
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let label = labels
                        .get(i)
                        .map(|l| l.trim())
                        .filter(|l| !l.is_empty())
                        .unwrap_or(&d.id);
                    (d.id.clone(), label.to_string())
                })
                .collect(),
        )
    }

    pub fn of(&self, id: &str) -> String {
        self.0
            .iter()
            .find(|(i, _)| i == id)
            .map_or_else(|| id.to_string(), |(_, l)| l.clone())
    }

    pub(crate) fn all(&self, ids: &[String]) -> Vec<String> {
        ids.iter().map(|id| self.of(id)).collect()
    }
}

/// The routes that apply to this person, in the order the page shows them.
pub fn next_steps(case: &Case, assessment: &Assessment) -> Vec<Step> {
    let ids = |keep: &dyn Fn(&DisposalAssessment) -> bool| -> Vec<String> {
        assessment
            .disposals
            .iter()
            .filter(|d| keep(d))
            .map(|d| d.id.clone())
            .collect()
    };
    let times = review::timescales_on(assessment.check_date);
    let mut steps = Vec::new();

    let spent = ids(&|d| d.spent && d.basic == Basic::NotDisclosed);
    if !spent.is_empty() {
        steps.push(Step::NoNeedToDisclose { items: spent });
    }
    let automatic = ids(&|d| d.review == Review::Automatic);
    if !automatic.is_empty() {
        steps.push(Step::ReviewerAutomatic {
            items: automatic,
            timescales: times.automatic.to_vec(),
            letter_dated: None,
            dates: Vec::new(),
        });
    }
    let apply = ids(&|d| d.review == Review::CanApply);
    if !apply.is_empty() {
        steps.push(Step::ReviewerApply {
            items: apply,
            certificate_issued: case.certificate_issued,
            deadline: assessment.review_deadline,
            timescales: times.application.to_vec(),
        });
    }
    for d in assessment
        .disposals
        .iter()
        .filter(|d| d.review == Review::NotEligible)
    {
        steps.push(Step::NotYetEligible {
            item: d.id.clone(),
            eligible_from: d.spent_on,
            while_order_lasts: d.spent_on.is_none() && d.caveats.contains(&Caveat::IndefiniteOrder),
            filtered_on: d.filtered_on,
            always_shown: d.caveats.contains(&Caveat::CustodialFiltering),
        });
    }
    let no_scheme = ids(&|d| d.review == Review::NoScheme && shows_on_a_check(d, false));
    if !no_scheme.is_empty() {
        let scheme_from = SCHEMES
            .iter()
            .find(|s| s.exists)
            .and_then(|s| s.from)
            .map_or(assessment.check_date, |from| from.date());
        steps.push(Step::NoReviewScheme {
            items: no_scheme,
            scheme_from,
        });
    }
    let shows = ids(&|d| shows_on_a_check(d, true));
    if !shows.is_empty() {
        steps.push(Step::InformationWrong {
            items: shows,
            deadline: assessment.review_deadline,
        });
    }
    // Police may add information to any enhanced certificate; the engine
    // says so on every item and cannot predict it, so this is always offered.
    steps.push(Step::PoliceInformation {
        deadline: assessment.review_deadline,
    });
    steps.push(Step::WhoCanHelp {
        contacts: contacts(&[
            Org::AccessNi,
            Org::Niacro,
            Org::Niccy,
            Org::ChildrensLawCentre,
        ]),
    });
    steps
}

/// Whether the engine says an item shows, or may show, on some certificate.
fn shows_on_a_check(d: &DisposalAssessment, with_basic: bool) -> bool {
    (with_basic && d.basic == Basic::Disclosed)
        || d.standard != Outcome::Filtered
        || d.enhanced != Outcome::Filtered
}

fn days(timescales: &[Timescale], stage: Stage) -> Option<i64> {
    timescales.iter().find(|t| t.stage == stage).map(|t| t.days)
}

fn within(timescales: &[Timescale], stage: Stage) -> String {
    match days(timescales, stage) {
        Some(n) => format!("within {n} days"),
        None => "soon".to_string(),
    }
}

fn dispute_deadline(deadline: Option<NaiveDate>) -> String {
    match deadline {
        Some(on) => format!(
            "Send the form within 90 days of the date the certificate was issued: by {}.",
            long_date(on)
        ),
        None => "Send the form within 90 days of the date the certificate was issued.".to_string(),
    }
}

/// A custodial conviction is never filtered (rules §4.1); a 2016 guide said
/// otherwise, and the results page shows that caveat's words.
pub const ALWAYS_SHOWN: &str = "It will keep showing on standard and enhanced certificates. The law says a conviction with a prison or custody sentence is always shown: it is never filtered.";
const STAYS_ON_RECORD: &str = "Even if something is taken off, it stays on your criminal record. It may show on a future certificate, for example for a different job.";
const WHO_IS_THE_REVIEWER: &str = "The Independent Reviewer is a person who does not work for AccessNI or the government. They decide whether showing it is fair and relevant for the job you applied for.";

impl Step {
    /// A short name, for tests and for the page's anchors.
    pub fn name(&self) -> &'static str {
        match self {
            Step::NoNeedToDisclose { .. } => "no-need-to-disclose",
            Step::ReviewerAutomatic { .. } => "reviewer-automatic",
            Step::ReviewerApply { .. } => "reviewer-apply",
            Step::NotYetEligible { .. } => "not-yet-eligible",
            Step::NoReviewScheme { .. } => "no-review-scheme",
            Step::InformationWrong { .. } => "information-wrong",
            Step::PoliceInformation { .. } => "police-information",
            Step::WhoCanHelp { .. } => "who-can-help",
        }
    }

    /// The ids of the items this step is about.
    pub fn items(&self) -> Vec<&str> {
        match self {
            Step::NoNeedToDisclose { items }
            | Step::ReviewerAutomatic { items, .. }
            | Step::ReviewerApply { items, .. }
            | Step::NoReviewScheme { items, .. }
            | Step::InformationWrong { items, .. } => items.iter().map(String::as_str).collect(),
            Step::NotYetEligible { item, .. } => vec![item.as_str()],
            Step::PoliceInformation { .. } | Step::WhoCanHelp { .. } => Vec::new(),
        }
    }

    /// The automatic route's dates, counted from the date on AccessNI's
    /// letter. Other steps are returned unchanged.
    pub fn with_letter_dated(self, letter: NaiveDate) -> Step {
        match self {
            Step::ReviewerAutomatic {
                items, timescales, ..
            } => {
                // The letter is the first stage done: count the rest from it.
                let after_letter: Vec<Timescale> = timescales
                    .iter()
                    .copied()
                    .filter(|t| t.stage != Stage::AccessNiWrites)
                    .collect();
                let dates = review::stage_dates(&after_letter, letter);
                Step::ReviewerAutomatic {
                    items,
                    timescales,
                    letter_dated: Some(letter),
                    dates,
                }
            }
            other => other,
        }
    }

    pub fn heading(&self, labels: &Labels) -> String {
        match self {
            Step::NoNeedToDisclose { .. } => {
                "Spent items: you do not have to tell most employers".to_string()
            }
            Step::ReviewerAutomatic { .. } => {
                "The Independent Reviewer will look at it for you".to_string()
            }
            Step::ReviewerApply { .. } => {
                "Ask the Independent Reviewer to take it off your certificate".to_string()
            }
            Step::NotYetEligible {
                item,
                eligible_from: Some(on),
                ..
            } => format!(
                "{}: the Independent Reviewer can look at it from {}",
                labels.of(item),
                long_date(*on)
            ),
            Step::NotYetEligible { item, .. } => format!(
                "{}: the Independent Reviewer cannot look at it",
                labels.of(item)
            ),
            Step::NoReviewScheme { .. } => {
                "There was no Independent Reviewer on that date".to_string()
            }
            Step::InformationWrong { .. } => {
                "If something on your certificate is wrong".to_string()
            }
            Step::PoliceInformation { .. } => {
                "If the police add information to an enhanced certificate".to_string()
            }
            Step::WhoCanHelp { .. } => "Who can help".to_string(),
        }
    }

    pub fn body(&self, labels: &Labels) -> Vec<Block> {
        use Block::{Bullets, Numbered, Text};
        let text = |s: &str| Text(s.to_string());
        match self {
            Step::NoNeedToDisclose { items } => vec![
                text("These are spent:"),
                Bullets(labels.all(items)),
                text("A spent item does not normally have to be told to an employer, and a basic check does not show it. So for most jobs you do not have to mention it."),
                text("Some jobs are different. For work with children or with adults who may be at risk, and some other jobs, an employer can ask for a standard or enhanced check. These are sometimes called “excepted” jobs. A standard or enhanced check can show spent items. This check tells you what each of those would show."),
                text("A basic certificate should never show a spent conviction. If yours does, you can dispute it with box A1 on AccessNI's certificate dispute form."),
            ],
            Step::ReviewerAutomatic {
                items,
                timescales,
                letter_dated,
                dates,
            } => {
                let mut out = vec![
                    text("This goes to the Independent Reviewer automatically, before AccessNI sends you a standard or enhanced certificate. You do not have to apply."),
                    Bullets(labels.all(items)),
                    text(WHO_IS_THE_REVIEWER),
                    Numbered(vec![
                        "The Reviewer looks at it. They may decide it should not show.".to_string(),
                        format!(
                            "If they decide some of it should show, AccessNI writes to you {} of hearing from them.",
                            within(timescales, Stage::AccessNiWrites)
                        ),
                        format!(
                            "You can then send more information in writing, {}, if you want to. The letter has a form for this. Someone else can fill it in for you.",
                            within(timescales, Stage::SendInformation)
                        ),
                        format!(
                            "The Reviewer looks again. They aim to decide {} of getting your information.",
                            within(timescales, Stage::DecisionAgain)
                        ),
                        "AccessNI tells you the decision and the reasons for it, and sends your certificate.".to_string(),
                    ]),
                ];
                let by = |stage| dates.iter().find(|d| d.timescale.stage == stage).map(|d| d.by);
                match (letter_dated, by(Stage::SendInformation), by(Stage::DecisionAgain)) {
                    (Some(letter), Some(send), decide) => {
                        let mut s = format!(
                            "Your letter from AccessNI is dated {}. Send your information by {}.",
                            long_date(*letter),
                            long_date(send)
                        );
                        if let Some(decide) = decide {
                            s.push_str(&format!(
                                " If you send it on that day, the Reviewer aims to decide by {}.",
                                long_date(decide)
                            ));
                        }
                        s.push_str(" If the letter gives a different date, go by the letter.");
                        out.push(Text(s));
                    }
                    _ => out.push(text("There are no dates to show yet: the time limits start when the Reviewer has looked at it, before you get a certificate. AccessNI's letter will tell you the date.")),
                }
                out.push(text("The reasons helper below can help you write what to send."));
                out.push(text(STAYS_ON_RECORD));
                out
            }
            Step::ReviewerApply {
                items,
                certificate_issued,
                deadline,
                timescales,
            } => {
                let when = match (deadline, certificate_issued) {
                    (Some(last), Some(issued)) => format!(
                        "Send it by {}. That is 90 days after your certificate was issued on {}. After that, it will not be looked at.",
                        long_date(*last),
                        long_date(*issued)
                    ),
                    (Some(last), None) => format!(
                        "Send it by {}, 90 days after your certificate was issued. After that, it will not be looked at.",
                        long_date(*last)
                    ),
                    _ => "You must send it within 90 days of the date your certificate was issued. Enter that date to see your last day.".to_string(),
                };
                vec![
                    text("You can ask the Independent Reviewer to take these off your standard or enhanced certificate:"),
                    Bullets(labels.all(items)),
                    text(WHO_IS_THE_REVIEWER),
                    text("You ask in writing, after you get your certificate:"),
                    Numbered(vec![
                        "Get AccessNI's certificate dispute form from www.nidirect.gov.uk/accessni. Your certificate also tells you how to apply.".to_string(),
                        "For a standard certificate, put an X in box B3. For an enhanced certificate, put an X in box C5. These boxes say that showing it is “disproportionate”: more than is fair.".to_string(),
                        "In Section D, write which items you want taken off, and why. The reasons helper below can help.".to_string(),
                        format!("Send the form to {ACCESSNI_EMAIL}, or by post to {ACCESSNI_POST}."),
                    ]),
                    Text(when),
                    text("There is no charge. Someone else can send it for you, but you must sign the form to say they can."),
                    Text(format!(
                        "The Reviewer aims to decide {} and will tell you the reasons. If something is taken off, AccessNI sends you a new certificate. The decision is final: that certificate is not looked at again.",
                        within(timescales, Stage::Decision)
                    )),
                    text("If the Reviewer takes something off an enhanced certificate, the police are told. They can only ask to keep it on with a clear and specific reason."),
                    text(STAYS_ON_RECORD),
                ]
            }
            Step::NotYetEligible {
                item,
                eligible_from,
                while_order_lasts,
                filtered_on,
                always_shown,
            } => {
                let name = labels.of(item);
                let mut out = Vec::new();
                match eligible_from {
                    Some(on) => {
                        out.push(Text(format!(
                            "Only spent items can go to the Independent Reviewer. {name} is not spent yet. It is spent on {}.",
                            long_date(*on)
                        )));
                        if *always_shown {
                            out.push(text("From then, you can ask the Independent Reviewer to take it off a standard or enhanced certificate. Download the reminders file to put the date in your calendar."));
                        } else {
                            out.push(text("From then, if it still shows on a standard or enhanced certificate, the Independent Reviewer can look at it. Download the reminders file to put the date in your calendar."));
                        }
                    }
                    None if *while_order_lasts => out.push(Text(format!(
                        "Only spent items can go to the Independent Reviewer. {name} is not spent while the order lasts, so the Reviewer cannot look at it yet. When the order ends, do this check again with its end date."
                    ))),
                    None => out.push(Text(format!(
                        "Only spent items can go to the Independent Reviewer. {name} is never spent, so the Reviewer cannot look at it."
                    ))),
                }
                if *always_shown {
                    out.push(text(ALWAYS_SHOWN));
                }
                if let Some(on) = filtered_on {
                    out.push(Text(format!(
                        "From {} it is old enough to be filtered (not shown on standard or enhanced checks), as long as nothing new is added to your record.",
                        long_date(*on)
                    )));
                }
                out
            }
            Step::NoReviewScheme { scheme_from, .. } => vec![Text(format!(
                "On the date you are checking for, there was no Independent Reviewer. The scheme began on {}. Check a date from then on to see what you could do.",
                long_date(*scheme_from)
            ))],
            Step::InformationWrong { deadline, .. } => vec![
                text("If a certificate shows something wrong — for example the wrong date, offence or sentence, or something that is not yours — you can ask AccessNI to correct it. Use AccessNI's certificate dispute form and put an X in the box for your certificate:"),
                Bullets(vec![
                    "Basic certificate: box A2.".to_string(),
                    "Standard certificate: box B1 for a conviction, or box B2 for a caution, informed warning or youth conference.".to_string(),
                    "Enhanced certificate: box C1.".to_string(),
                ]),
                text("Then say what is wrong in Section D. You may be asked for fingerprints to show who you are."),
                Text(dispute_deadline(*deadline)),
            ],
            Step::PoliceInformation { deadline } => vec![
                text("An enhanced certificate can also show information from the police. This check cannot predict that."),
                text("The police can only add it if they reasonably believe it is relevant to the job. They must give a clear and specific reason."),
                text("If you think police information is wrong, is not relevant to the job, or should not have been shown, use AccessNI's certificate dispute form: box C2, C3 or C4. This goes to the Independent Monitor, who decides if it stays, is changed or is taken off."),
                Text(dispute_deadline(*deadline)),
            ],
            Step::WhoCanHelp { .. } => vec![
                text("These organisations may be able to give you advice, for example about filling in the dispute form."),
                text(CONTACTS_NOTE),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assess;
    use crate::rules::ni::parse::parse_case;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn case(json: &str) -> Case {
        parse_case(json).unwrap()
    }

    fn steps(c: &Case) -> Vec<Step> {
        next_steps(c, &assess(c).unwrap())
    }

    fn names(steps: &[Step]) -> Vec<&'static str> {
        steps.iter().map(Step::name).collect()
    }

    fn words(step: &Step, labels: &Labels) -> String {
        let mut all = step.heading(labels);
        for b in step.body(labels) {
            match b {
                Block::Text(t) => all.push_str(&t),
                Block::Bullets(l) | Block::Numbered(l) => all.push_str(&l.join(" ")),
            }
            all.push(' ');
        }
        all
    }

    const MR_I: &str = r#"{"check_date":"2016-07-15","certificate_issued":"2016-06-20","disposals":[
        {"id":"fraud-2009","kind":"conviction","date":"2009-01-01","under_18":false,"specified":false,"sentences":[{"type":"fine"}]}]}"#;

    #[test]
    fn mr_i_can_apply_by_the_deadline() {
        let c = case(MR_I);
        let s = steps(&c);
        assert_eq!(
            names(&s),
            [
                "no-need-to-disclose",
                "reviewer-apply",
                "information-wrong",
                "police-information",
                "who-can-help"
            ]
        );
        let Step::ReviewerApply {
            deadline,
            items,
            timescales,
            ..
        } = &s[1]
        else {
            panic!()
        };
        assert_eq!(*deadline, Some(d(2016, 9, 18)));
        assert_eq!(items, &["fraud-2009"]);
        assert_eq!(timescales.len(), 2);
        let labels = Labels::new(&c, &["Conviction, 1 January 2009".to_string()]);
        let text = words(&s[1], &labels);
        for part in [
            "18 September 2016",
            "20 June 2016",
            "B3",
            "C5",
            "Section D",
            "no charge",
            "final",
            "within 28 days",
            "Conviction, 1 January 2009",
        ] {
            assert!(text.contains(part), "{part} missing from {text}");
        }
    }

    #[test]
    fn without_a_certificate_date_the_deadline_is_words() {
        let mut c = case(MR_I);
        c.certificate_issued = None;
        let s = steps(&c);
        let Step::ReviewerApply { deadline: None, .. } = &s[1] else {
            panic!("{s:?}")
        };
        let text = words(&s[1], &Labels::new(&c, &[]));
        assert!(text.contains("within 90 days"));
        assert!(text.contains("fraud-2009"), "falls back to the id");
    }

    #[test]
    fn automatic_dates_only_from_a_letter() {
        let c = case(
            r#"{"check_date":"2016-07-15","disposals":[
            {"id":"caution-2013","kind":"caution","date":"2013-01-01","under_18":true,"specified":true}]}"#,
        );
        let s = steps(&c);
        let auto = s
            .iter()
            .find(|s| s.name() == "reviewer-automatic")
            .unwrap()
            .clone();
        let Step::ReviewerAutomatic {
            dates,
            letter_dated: None,
            ..
        } = &auto
        else {
            panic!()
        };
        assert!(dates.is_empty());
        let labels = Labels::new(&c, &[]);
        let text = words(&auto, &labels);
        for part in ["within 7 days", "within 14 days", "no dates to show yet"] {
            assert!(text.contains(part), "{part} missing from {text}");
        }
        let dated = auto.with_letter_dated(d(2016, 8, 1));
        let Step::ReviewerAutomatic { dates, .. } = &dated else {
            panic!()
        };
        let by: Vec<NaiveDate> = dates.iter().map(|s| s.by).collect();
        assert_eq!(by, [d(2016, 8, 15), d(2016, 8, 29)]);
        let text = words(&dated, &labels);
        assert!(text.contains("by 15 August 2016"), "{text}");
        assert!(text.contains("by 29 August 2016"), "{text}");
    }

    #[test]
    fn never_spent_and_until_further_order_say_so() {
        let c = case(
            r#"{"check_date":"2016-07-15","disposals":[
            {"id":"g","kind":"conviction","date":"2010-01-01","under_18":false,"specified":true,"sentences":[{"type":"imprisonment","months":48}]},
            {"id":"p","kind":"conviction","date":"2015-01-01","under_18":false,"specified":false,"sentences":[{"type":"probation_order"}]}]}"#,
        );
        let s = steps(&c);
        let labels = Labels::new(&c, &[]);
        let not_yet: Vec<&Step> = s
            .iter()
            .filter(|s| s.name() == "not-yet-eligible")
            .collect();
        assert_eq!(not_yet.len(), 2);
        assert!(words(not_yet[0], &labels).contains("never spent"));
        let order = words(not_yet[1], &labels);
        assert!(order.contains("while the order lasts"), "{order}");
        assert!(!order.contains("never spent"));
    }

    #[test]
    fn before_the_scheme_there_is_no_reviewer() {
        let c = case(
            r#"{"check_date":"2015-07-15","disposals":[
            {"id":"fraud-2009","kind":"conviction","date":"2009-01-01","under_18":false,"specified":false,"sentences":[{"type":"fine"}]}]}"#,
        );
        let s = steps(&c);
        assert!(names(&s).contains(&"no-review-scheme"));
        assert!(!names(&s).contains(&"reviewer-apply"));
        assert!(words(&s[1], &Labels::new(&c, &[])).contains("1 March 2016"));
    }

    #[test]
    fn labels_fall_back_to_ids() {
        let c = case(MR_I);
        assert_eq!(Labels::new(&c, &[]).of("fraud-2009"), "fraud-2009");
        assert_eq!(
            Labels::new(&c, &["  ".into()]).of("fraud-2009"),
            "fraud-2009"
        );
        assert_eq!(
            Labels::new(&c, &["Fine, 2009".into()]).of("fraud-2009"),
            "Fine, 2009"
        );
        assert_eq!(Labels::new(&c, &[]).of("other"), "other");
    }

    #[test]
    fn every_step_has_words() {
        let c = case(MR_I);
        let labels = Labels::new(&c, &[]);
        for s in steps(&c) {
            assert!(!s.heading(&labels).is_empty());
            assert!(!s.body(&labels).is_empty());
        }
    }
}
