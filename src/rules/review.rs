//! The Independent Reviewer (rules §5): from 1 March 2016, a disclosed item
//! that is spent can be reviewed — automatically when everything disclosed
//! was given under 18, or on the person's written application.

use chrono::NaiveDate;

use super::citation::{Rule, SHORT_GUIDE};
use super::dates::{add_days, long_date};
use super::in_force::{in_force_on, Dated, Ymd};
use super::model::{Outcome, Reason, Review};

/// Whether a review scheme exists on a date, as dated data.
#[derive(Debug, Clone, Copy)]
pub struct Scheme {
    pub from: Option<Ymd>,
    pub exists: bool,
}

/// Calendar days from a certificate's issue to apply for a review.
pub const APPLY_WITHIN_DAYS: i64 = 90;

impl Dated for Scheme {
    fn in_force_from(&self) -> Option<Ymd> {
        self.from
    }
}

pub const SCHEMES: [Scheme; 2] = [
    Scheme {
        from: None,
        exists: false,
    },
    Scheme {
        from: Some(Ymd(2016, 3, 1)),
        exists: true,
    },
];

pub const NO_SCHEME: Rule = Rule {
    id: "review-scheme-from-2016-03-01",
    source: SHORT_GUIDE,
};
pub const AUTOMATIC: Rule = Rule {
    id: "review-automatic",
    source: "Short Guide, 'Automatic process for those under 18 years old'",
};
pub const CAN_APPLY: Rule = Rule {
    id: "review-application",
    source: "Short Guide, 'How does the review process work?'; certificate dispute form, boxes B3 and C5",
};
pub const NOT_ELIGIBLE: Rule = Rule {
    id: "review-spent-only",
    source: "Short Guide, 'What information can be reviewed?'",
};
pub const NOT_APPLICABLE: Rule = Rule {
    id: "review-nothing-to-review",
    source: SHORT_GUIDE,
};

pub fn scheme_on(check_date: NaiveDate) -> &'static Scheme {
    in_force_on(&SCHEMES, check_date)
}

/// What the reviewer rules need to know about one disposal.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub outcome: Outcome,
    pub under_18: bool,
    pub spent: bool,
    pub spent_on: Option<NaiveDate>,
}

/// The route for every item of a record, in order, each with its reason.
pub fn routes(items: &[Item], check_date: NaiveDate) -> Vec<(Review, Reason)> {
    if !scheme_on(check_date).exists {
        return items
            .iter()
            .map(|_| {
                (
                    Review::NoScheme,
                    NO_SCHEME.because(
                        "The Independent Reviewer scheme began on 1 March 2016, after the date you are checking for.",
                    ),
                )
            })
            .collect();
    }
    let disclosed = || items.iter().filter(|i| i.outcome == Outcome::Disclosed);
    let all_under_18_and_spent = disclosed().all(|i| i.under_18 && i.spent);
    items
        .iter()
        .map(|i| match i.outcome {
            Outcome::ReferredToReviewer => (
                Review::Automatic,
                AUTOMATIC.because("It goes to the Independent Reviewer automatically before the certificate is issued."),
            ),
            Outcome::Filtered | Outcome::DependsOnSpecified => (
                Review::NotApplicable,
                NOT_APPLICABLE.because("It does not show, so there is nothing for the Independent Reviewer to review."),
            ),
            Outcome::Disclosed if all_under_18_and_spent => (
                Review::Automatic,
                AUTOMATIC.because(
                    "Everything that would show was given when you were under 18 and is spent, so it goes to the Independent Reviewer automatically before the certificate is issued.",
                ),
            ),
            Outcome::Disclosed if i.spent => (
                Review::CanApply,
                CAN_APPLY.because(
                    "It is spent and would show, so you can ask the Independent Reviewer in writing to take it off, within 90 days of the certificate's issue. There is no charge.",
                ),
            ),
            Outcome::Disclosed => (
                Review::NotEligible,
                NOT_ELIGIBLE.because(match i.spent_on {
                    Some(day) => format!(
                        "Only spent items can go to the Independent Reviewer. This one is spent on {}; from then you can ask.",
                        long_date(day)
                    ),
                    None => "Only spent items can go to the Independent Reviewer, and this one is not spent.".to_string(),
                }),
            ),
        })
        .collect()
}

/// `certificate_issued` + 90 calendar days, where given (case format).
pub fn deadline(certificate_issued: Option<NaiveDate>) -> Option<NaiveDate> {
    add_days(certificate_issued?, APPLY_WITHIN_DAYS)
}
