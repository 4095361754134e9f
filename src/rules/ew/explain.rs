//! England and Wales findings into words: the rules modules record what they
//! found as data ([`Fact`]); this is the one place that writes sentences.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::model::{Kind, Outcome, SentenceType};
use crate::rules::citation::Rule;
use crate::rules::dates::{describe_months, long_date};
use crate::rules::model::Reason;
use crate::rules::reasons::{age, capitalised};

/// One E&W rule applied to one disposal, with the facts it used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub fact: Fact,
}

/// One sentence of a conviction, named in a reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub date: NaiveDate,
    pub sentence: super::model::SentenceType,
}

/// This rule, with the facts it found.
pub fn found(rule: Rule, fact: Fact) -> Finding {
    Finding { rule, fact }
}

pub use crate::rules::period::End;

/// What a sentence's period runs from (ROA 1974 s.5(2) Table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// N months beginning with the date of conviction.
    FromConviction { months: u32 },
    /// N months beginning with the day the sentence (and licence) is completed.
    FromCompletion { months: u32, completed: NaiveDate },
    /// Ends with the order's last day: spent the day after.
    AfterLastDay { last: NaiveDate },
    /// N months beginning with the order's last day (LASPO community orders).
    FromLastDay { months: u32, last: NaiveDate },
    /// Before 2014: the later of N months from conviction and M months after
    /// the order ceases.
    LaterOf {
        months: u32,
        ceases: NaiveDate,
        after_ceases: u32,
    },
    /// s.5(3): no provision for the last day, 24 months from conviction.
    NoProvision,
    /// s.5(4): no rehabilitation period.
    Nil,
    /// Compensation paid in full on this day.
    Paid { on: NaiveDate },
}

/// What a rule found, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    // --- Rehabilitation of Offenders Act 1974 s.5 --------------------------
    /// Excluded from rehabilitation; `over_months` where by its length.
    Excluded {
        sentence: SentenceType,
        over_months: Option<u32>,
        schedule_18: bool,
    },
    Period {
        sentence: SentenceType,
        under_18: bool,
        span: Span,
        spent_on: Option<NaiveDate>,
    },
    WhileOrderLasts {
        sentence: SentenceType,
    },
    CompensationUnpaid,
    // --- s.6 ------------------------------------------------------------------
    Longest {
        end: Option<End>,
    },
    /// Extended by a further conviction: now ends with `by`'s period.
    Extended {
        by: Source,
        end: End,
    },
    SummaryOnlyDisregarded,
    MadeNeverSpentBy {
        other: String,
    },
    // --- Transitions --------------------------------------------------------
    SavedFrom2014 {
        spent_on: NaiveDate,
    },
    NoSaving {
        earlier: NaiveDate,
    },
    Schedule18NotSure {
        if_not: Option<NaiveDate>,
    },
    // --- Schedule 2 and fixed penalties -------------------------------------
    CautionSpentAtOnce {
        kind: Kind,
        date: NaiveDate,
    },
    ConditionalCautionSpent {
        on: NaiveDate,
        conditions_ended: bool,
    },
    FixedPenalty {
        endorsed: bool,
        under_18: bool,
        spent_on: Option<NaiveDate>,
    },
    // --- Certificates -------------------------------------------------------
    Basic {
        kind: Kind,
        shows: bool,
        check_date: NaiveDate,
    },
    NoFilteringYet,
    NotARelevantMatter,
    SpecifiedNeverFiltered,
    CustodialNeverFiltered,
    SingleConvictionRule {
        convictions: usize,
    },
    NotSpentSoNotFiltered,
    FilteredOn {
        kind: Kind,
        under_18: bool,
        wait_months: u32,
        once_spent: bool,
        on: NaiveDate,
    },
    YouthCautionNeverShown {
        kind: Kind,
    },
    YouthCautionShownUntilSpent {
        kind: Kind,
        on: Option<NaiveDate>,
    },
    BothAnswers {
        if_specified: (Outcome, Option<NaiveDate>),
        if_not: (Outcome, Option<NaiveDate>),
    },
    Enhanced,
    NoScheme,
}

impl Finding {
    pub fn reason(&self) -> Reason {
        Reason {
            rule: Cow::Borrowed(self.rule.id),
            source: Cow::Borrowed(self.rule.source),
            text: words(&self.fact),
        }
    }
}

fn span_words(span: Span) -> String {
    match span {
        Span::FromConviction { months } => format!(
            "is spent {} after the date of conviction",
            describe_months(months)
        ),
        Span::FromCompletion { months, completed } => format!(
            "is spent {} after the sentence, including any licence, is completed (counted from {})",
            describe_months(months),
            long_date(completed)
        ),
        Span::AfterLastDay { last } => format!(
            "is spent the day after the order's last day ({})",
            long_date(last)
        ),
        Span::FromLastDay { months, last } => format!(
            "is spent {} counted from the order's last day ({})",
            describe_months(months),
            long_date(last)
        ),
        Span::LaterOf {
            months,
            ceases,
            after_ceases,
        } => {
            let after = if after_ceases == 0 {
                format!("the day the order ceases ({})", long_date(ceases))
            } else {
                format!(
                    "{} after the order ceases ({})",
                    describe_months(after_ceases),
                    long_date(ceases)
                )
            };
            if months == 0 {
                format!("is spent {after}")
            } else {
                format!(
                    "is spent at the later of {} after the conviction and {after}",
                    describe_months(months)
                )
            }
        }
        Span::NoProvision => {
            "has no end date, so it is spent 24 months after the date of conviction".into()
        }
        Span::Nil => "has no rehabilitation period: it is spent on the day of conviction".into(),
        Span::Paid { on } => format!(
            "is spent the day after it was paid in full ({})",
            long_date(on)
        ),
    }
}

fn outcome_words((outcome, on): (Outcome, Option<NaiveDate>)) -> String {
    let when = on.map_or_else(String::new, |d| {
        format!(" (filtered from {})", long_date(d))
    });
    match outcome {
        Outcome::Disclosed => format!("shows{when}"),
        Outcome::Filtered => format!("does not show{when}"),
        Outcome::DependsOnSpecified => "depends on the offence".into(),
        Outcome::NotDisclosed => "does not show".into(),
    }
}

/// Plain English for one fact.
pub fn words(fact: &Fact) -> String {
    match fact {
        Fact::Excluded {
            sentence,
            over_months: Some(m),
            schedule_18,
        } => {
            let sch = if *schedule_18 {
                " for a Schedule 18 offence"
            } else {
                ""
            };
            format!(
                "{} of more than {}{sch} is never spent.",
                capitalised(&sentence.noun()),
                describe_months(*m)
            )
        }
        Fact::Excluded { sentence, .. } => {
            format!("{} is never spent.", capitalised(&sentence.noun()))
        }
        Fact::Period {
            sentence,
            under_18,
            span,
            spent_on,
        } => {
            let when = spent_on.map_or_else(String::new, |d| {
                format!(" For this sentence that is {}.", long_date(d))
            });
            format!(
                "{} given to someone {} {}.{when}",
                capitalised(&sentence.noun()),
                age(*under_18),
                span_words(*span)
            )
        }
        Fact::WhileOrderLasts { sentence } => format!(
            "{} with no set end (until further order, or until something happens) is not spent while it lasts.",
            capitalised(&sentence.noun())
        ),
        Fact::CompensationUnpaid => "A compensation order is not spent until it is paid in full.".into(),
        Fact::Longest { end } => match end {
            None => "One of the sentences is never spent, so the conviction is never spent.".into(),
            Some(End::Open) => "With more than one sentence, the longest period counts: this conviction is not spent while an order lasts or money is unpaid.".into(),
            Some(End::On(d)) => format!(
                "With more than one sentence, the longest period counts: this conviction is spent on {}.",
                long_date(*d)
            ),
        },
        Fact::Extended { by, end } => {
            let the =
                crate::rules::reasons::the_sentence_on(&by.sentence.noun(), by.date, &by.id);
            let when = match end {
                End::On(d) => format!(
                    "This one is now spent on {}, when the period for {the} ends.",
                    long_date(*d)
                ),
                End::Open => format!(
                    "This one is not spent while the period for {the} lasts (an order, or money unpaid)."
                ),
            };
            format!(
                "Another conviction came during this one's rehabilitation period, or this one came during its period, so neither is spent until both are. {when}"
            )
        }
        Fact::SummaryOnlyDisregarded => "Before 10 March 2014 a later conviction for a summary offence did not extend an earlier one.".into(),
        Fact::MadeNeverSpentBy { other } => format!(
            "A later conviction ({other}) came during this one's rehabilitation period with a sentence that is never spent, so this one is never spent either."
        ),
        Fact::SavedFrom2014 { spent_on } => format!(
            "Under the law before 10 March 2014 this conviction was spent on {}, and the 2012 Act does not make a spent conviction unspent.",
            long_date(*spent_on)
        ),
        Fact::NoSaving { earlier } => format!(
            "Under the rules before 28 October 2023 this was spent on {}. The 2022 Act has no saving for it, so on its words it is not spent now. Ask Unlock or a solicitor.",
            long_date(*earlier)
        ),
        Fact::Schedule18NotSure { if_not } => format!(
            "You were not sure whether a single term of more than 4 years was for a Schedule 18 offence. If it was, this is never spent. If not, it is {}.",
            if_not.map_or_else(|| "not spent while an order lasts".into(), |d| format!("spent on {}", long_date(d)))
        ),
        Fact::CautionSpentAtOnce { kind, date } => format!(
            "{} is spent on the day it is given, {}.",
            capitalised(&kind.a()),
            long_date(*date)
        ),
        Fact::ConditionalCautionSpent {
            on,
            conditions_ended: true,
        } => format!(
            "A conditional caution is spent when it ceases to have effect, if that is within three months: {}.",
            long_date(*on)
        ),
        Fact::ConditionalCautionSpent { on, .. } => format!(
            "A conditional caution is spent at the end of three months from the day it is given: on {}.",
            long_date(*on)
        ),
        Fact::FixedPenalty {
            endorsed: true,
            under_18,
            spent_on,
        } => format!(
            "A fixed penalty notice is not a conviction. One endorsed on a driving licence is treated as an endorsement: {} for someone {}, so it is spent on {}.",
            if *under_18 { "2 years and 6 months" } else { "5 years" },
            age(*under_18),
            spent_on.map_or_else(|| "no date".into(), long_date)
        ),
        Fact::FixedPenalty { .. } => "A fixed penalty notice is not a conviction or a caution, so there is nothing to become spent: it is treated as spent on the day it is given.".into(),
        Fact::Basic {
            kind: Kind::Conviction | Kind::ConditionalCaution,
            shows: true,
            check_date,
        } => format!(
            "A basic check shows convictions and conditional cautions that are not spent. This one is not spent on {}, so it shows.",
            long_date(*check_date)
        ),
        Fact::Basic {
            kind: kind @ (Kind::Conviction | Kind::ConditionalCaution),
            ..
        } => format!(
            "A basic check shows only unspent convictions and conditional cautions. This {} is spent, so it does not show.",
            kind.noun()
        ),
        Fact::Basic { kind, .. } => format!(
            "A basic check shows only unspent convictions and conditional cautions, never {}.",
            kind.a()
        ),
        Fact::NoFilteringYet => "Before 29 May 2013 nothing was filtered: standard and enhanced checks showed every conviction and caution.".into(),
        Fact::NotARelevantMatter => "A fixed penalty notice is not a conviction or a caution, so it is not shown on a standard or enhanced check as such (the police may still add information to an enhanced check).".into(),
        Fact::SpecifiedNeverFiltered => "The offence is on the list of offences that are never filtered.".into(),
        Fact::CustodialNeverFiltered => "The court gave a custodial sentence (or service detention) for this conviction, so it is always shown on standard and enhanced checks.".into(),
        Fact::SingleConvictionRule { convictions } => format!(
            "From 29 May 2013 to 27 November 2020 a conviction was filtered only if it was the person's only conviction. This record has {convictions} convictions, so none is filtered."
        ),
        Fact::NotSpentSoNotFiltered => "Since 28 October 2023 a conviction or caution that is not spent is always shown, so this one is not filtered.".into(),
        Fact::FilteredOn {
            kind,
            under_18,
            wait_months,
            once_spent,
            on,
        } => format!(
            "{} of someone {} is filtered once {} have passed{}: from {}.",
            capitalised(&kind.a()),
            age(*under_18),
            describe_months(*wait_months),
            if *once_spent { " and it is spent" } else { "" },
            long_date(*on)
        ),
        Fact::YouthCautionNeverShown { kind } => format!(
            "Since 28 November 2020 {} given to someone under 18 is never shown on a standard or enhanced check.",
            kind.a()
        ),
        Fact::YouthCautionShownUntilSpent { kind, on } => format!(
            "Since 28 October 2023 {} given to someone under 18 is shown only until it is spent{}.",
            kind.a(),
            on.map_or_else(String::new, |d| format!(": it is filtered from {}", long_date(d)))
        ),
        Fact::BothAnswers { if_specified, if_not } => format!(
            "You were not sure whether the offence is on the list of offences that are never filtered. If it is, it {}. If it is not, it {}.",
            outcome_words(*if_specified),
            outcome_words(*if_not)
        ),
        Fact::Enhanced => "An enhanced check shows the same as a standard check, and may also show information the police think is relevant, which this check cannot predict.".into(),
        Fact::NoScheme => "England and Wales has no Independent Reviewer. If something on a certificate is wrong, raise a dispute with DBS; police information on an enhanced certificate can be taken to the Independent Monitor.".into(),
    }
}
