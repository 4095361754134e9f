//! The one place where the engine's findings become sentences a person reads.
//!
//! The rules modules record *what* they found as data — a [`Finding`]: the
//! rule, its source, and the dates and facts it used. This module turns a
//! finding into the plain-English [`Reason`] of the case format. Easy Read or
//! another language means another renderer here, not edits inside the rules.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::catalogue::SentenceType;
use super::model::{DisposalKind, Outcome, Reason, Review};
use super::table::Span;
use crate::rules::citation::Rule;
use crate::rules::dates::{describe_months, long_date};
use crate::rules::period::End;
pub use crate::rules::reasons::Names;
use crate::rules::reasons::{age, capitalised};

/// One rule applied to one disposal, with the facts it used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub fact: Fact,
}

impl Rule {
    /// This rule, with the facts it found for one disposal.
    pub fn found(self, fact: Fact) -> Finding {
        Finding { rule: self, fact }
    }
}

/// One sentence of a conviction, named in a reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The conviction's id and date.
    pub id: String,
    pub date: NaiveDate,
    pub sentence: SentenceType,
}

/// A term of custody as imposed: months and days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub months: i64,
    pub days: i64,
}

/// What a rule found, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    // --- Rehabilitation of Offenders (NI) Order 1978, Art 6 ---------------
    /// An excluded sentence; `over_30_months` carries the term when the
    /// exclusion is by its length.
    NeverSpent {
        sentence: SentenceType,
        over_30_months: Option<Term>,
    },
    /// One sentence's rehabilitation period under the table.
    Period {
        sentence: SentenceType,
        under_18: bool,
        span: Span,
        spent_on: Option<NaiveDate>,
        /// For custodial sentences, the table row the term fell in.
        row: Option<&'static str>,
    },
    WhileOrderLasts {
        sentence: SentenceType,
    },
    /// Several sentences: the longest period counts (`None`: never spent).
    LongestSentence {
        end: Option<End>,
    },
    NonCourtSpentAtOnce {
        kind: DisposalKind,
        date: NaiveDate,
    },
    // --- Art 7: further convictions -------------------------------------
    /// Extended by a further conviction: now ends with `by`'s period.
    Extended {
        end: End,
        by: Source,
    },
    /// A disability order extends no other conviction (rules v3); if it did,
    /// this one would end `instead`.
    DisabilityOrderHeldBack {
        instead: End,
    },
    MadeNeverSpentBy {
        other: String,
    },
    /// Later summary-only convictions inside this one's period, ignored.
    SummaryOnlyDisregarded {
        others: Names,
    },
    /// This summary-only conviction does not extend an earlier one.
    IsSummaryOnly {
        earlier: String,
    },
    // --- The offence table (rules §1, "Offence") ---------------------------
    /// What the table says of the chosen offence: `Some` for each answer the
    /// disposal took from it (inner `None`: the name cannot tell).
    Offence {
        name: &'static str,
        specified: Option<Option<bool>>,
        paragraph: Option<&'static str>,
        summary_only: Option<Option<bool>>,
    },
    // --- Certificates -----------------------------------------------------
    Basic {
        kind: DisposalKind,
        shows: bool,
        check_date: NaiveDate,
    },
    Enhanced,
    NoFilteringYet,
    SpecifiedNeverFiltered,
    SingleConvictionRule {
        convictions: usize,
    },
    CustodialNeverFiltered,
    /// Not spent, so not filtered (the guide's condition).
    NotSpentSoNotFiltered,
    ConvictionFilteredOn {
        under_18: bool,
        wait_months: u32,
        on: NaiveDate,
    },
    NonCourtFilteredOn {
        kind: DisposalKind,
        under_18: bool,
        wait_months: u32,
        on: Option<NaiveDate>,
    },
    Under18ToReviewer {
        kind: DisposalKind,
    },
    /// "Not sure" if specified: both answers, when they differ.
    BothAnswers {
        if_specified: (Outcome, Option<NaiveDate>),
        if_not: (Outcome, Option<NaiveDate>),
    },
    // --- The Independent Reviewer ------------------------------------------
    Route {
        route: Review,
        spent_on: Option<NaiveDate>,
        /// For an automatic route: whether it is the under-18 record test
        /// (Sch 8A para 6) rather than a referred non-court disposal.
        whole_record_under_18: bool,
    },
}

impl Finding {
    /// The reason a person reads.
    pub fn reason(&self) -> Reason {
        Reason {
            rule: Cow::Borrowed(self.rule.id),
            source: Cow::Borrowed(self.rule.source),
            text: words(&self.fact),
        }
    }
}

/// Plain English for one fact.
pub fn words(fact: &Fact) -> String {
    match fact {
        Fact::NeverSpent {
            sentence,
            over_30_months: Some(term),
        } => format!(
            "{} of more than 30 months ({}) is never spent.",
            capitalised(&sentence_noun(*sentence)),
            describe_term(*term)
        ),
        Fact::NeverSpent { sentence, .. } => {
            format!("{} is never spent.", capitalised(&sentence_noun(*sentence)))
        }
        Fact::Period {
            sentence,
            under_18,
            span,
            spent_on,
            row,
        } => {
            let age = if *under_18 {
                " given to someone under 18"
            } else {
                ""
            };
            let when = spent_on.map_or_else(String::new, |day| {
                format!(" For this sentence that is {}.", long_date(day))
            });
            let row = row.map_or_else(String::new, |r| format!(" The table's row: {r}."));
            format!(
                "{}{age} {}.{when}{row}",
                capitalised(&sentence_noun(*sentence)),
                describe_span(*span)
            )
        }
        Fact::WhileOrderLasts { sentence } => format!(
            "{} that lasts until further order is not spent while it lasts.",
            capitalised(&sentence_noun(*sentence))
        ),
        Fact::LongestSentence { end } => match end {
            None => "One of the sentences is never spent, so the conviction is never spent.".into(),
            Some(End::Open) => "With more than one sentence, the longest period counts: this conviction is not spent while the order lasts.".into(),
            Some(End::On(day)) => format!(
                "With more than one sentence, the longest period counts: this conviction is spent on {}.",
                long_date(*day)
            ),
        },
        Fact::NonCourtSpentAtOnce { kind, date } => format!(
            "{} is not covered by the 1978 Order and is treated as spent on the day it is given, {}.",
            capitalised(&kind.a()),
            long_date(*date)
        ),
        Fact::Extended { end, by } => {
            let when = match end {
                End::On(day) => format!(
                    "This one is now spent on {}, when the period for {} ends.",
                    long_date(*day),
                    the_sentence_of(by)
                ),
                End::Open => format!(
                    "This one is not spent while {} lasts, as it has no end date.",
                    the_sentence_of(by)
                ),
            };
            format!(
                "Another conviction came before this one was spent, or this one came before another was spent, so neither is spent until both are. {when}"
            )
        }
        Fact::DisabilityOrderHeldBack { instead } => {
            let would = match instead {
                End::On(day) => format!("this one would be spent on {}", long_date(*day)),
                End::Open => "this one would not be spent while an order with no end date lasts".into(),
            };
            format!(
                "A driving ban or other order that stops you doing something makes no other conviction last longer. If it did, {would}."
            )
        }
        Fact::MadeNeverSpentBy { other } => format!(
            "A later conviction ({other}) came before this one was spent and has a sentence that is never spent, so this one is never spent either."
        ),
        Fact::SummaryOnlyDisregarded { others } => {
            let (what, is) = if others.count() == 1 {
                ("A conviction", "It is")
            } else {
                ("Convictions", "They are")
            };
            format!(
                "{what} for a summary-only offence ({}) came on or after the date of this one, before this one was spent. {is} ignored, so this one does not last longer.",
                list(others)
            )
        }
        Fact::IsSummaryOnly { earlier } => format!(
            "This conviction was for a summary-only offence, so it does not make the other conviction ({earlier}) last longer."
        ),
        Fact::Offence {
            name,
            specified,
            paragraph,
            summary_only,
        } => offence_words(name, *specified, *paragraph, *summary_only),
        Fact::Basic {
            kind: DisposalKind::Conviction,
            shows: true,
            check_date,
        } => format!(
            "A basic check shows convictions that are not spent. This one is not spent on {}, so it shows.",
            long_date(*check_date)
        ),
        Fact::Basic {
            kind: DisposalKind::Conviction,
            ..
        } => "A basic check shows only convictions that are not spent. This one is spent, so it does not show.".into(),
        Fact::Basic { kind, .. } => format!(
            "A basic check shows only convictions that are not spent, never {}.",
            kind.a()
        ),
        Fact::Enhanced => "An enhanced check shows the same as a standard check, and may also show information the police think is relevant, which this check cannot predict.".into(),
        Fact::NoFilteringYet => "Before 14 April 2014 nothing was filtered: standard and enhanced checks showed every conviction and caution.".into(),
        Fact::SpecifiedNeverFiltered => "The offence is on the list of specified offences, which are never filtered.".into(),
        Fact::SingleConvictionRule { convictions } => format!(
            "From 14 April 2014 to 15 March 2020 a conviction was filtered only if it was the person's only conviction. This record has {convictions} convictions, so none is filtered."
        ),
        Fact::CustodialNeverFiltered => "The court gave a prison or custody sentence for this conviction. The law says such a conviction is always shown on standard and enhanced checks: it is never filtered.".into(),
        Fact::NotSpentSoNotFiltered => "A conviction is filtered only once it is spent. This one is not spent, so it is not filtered.".into(),
        Fact::ConvictionFilteredOn {
            under_18,
            wait_months,
            on,
        } => format!(
            "A conviction of someone {} is filtered once it is spent and {} have passed since the date of conviction: for this one, from {}.",
            age(*under_18),
            describe_months(*wait_months),
            long_date(*on)
        ),
        Fact::NonCourtFilteredOn {
            kind,
            under_18,
            wait_months,
            on,
        } => format!(
            "{} given to someone {} is filtered once {} have passed: from {}.",
            capitalised(&kind.a()),
            age(*under_18),
            describe_months(*wait_months),
            on.map_or_else(|| "never".into(), long_date)
        ),
        Fact::Under18ToReviewer { kind } => format!(
            "Since 16 March 2020, {} given to someone under 18 that is not filtered goes to the Independent Reviewer, who decides whether it shows.",
            kind.a()
        ),
        Fact::BothAnswers { if_specified, if_not } => format!(
            "You were not sure if the offence is on the list of specified offences. If it is, it {}. If it is not, it {}.",
            describe_outcome(*if_specified),
            describe_outcome(*if_not)
        ),
        Fact::Route {
            route,
            spent_on,
            whole_record_under_18,
        } => route_words(*route, *spent_on, *whole_record_under_18),
    }
}

fn route_words(route: Review, spent_on: Option<NaiveDate>, whole_record: bool) -> String {
    match route {
        Review::NoScheme => "The Independent Reviewer scheme began on 1 March 2016, after the date of the certificate you are checking for.".into(),
        Review::Automatic if whole_record => "Everything that would show is from when you were under 18, and this is spent, so it goes to the Independent Reviewer automatically before the certificate is issued.".into(),
        Review::Automatic => "It goes to the Independent Reviewer automatically before the certificate is issued.".into(),
        Review::NotApplicable => "It does not show, so there is nothing for the Independent Reviewer to review.".into(),
        Review::CanApply => "It is spent and would show, so you can ask the Independent Reviewer in writing to take it off, within 90 days of the certificate's issue. There is no charge.".into(),
        Review::NotEligible => match spent_on {
            Some(day) => format!(
                "Only spent items can go to the Independent Reviewer. This one is spent on {}; from then you can ask.",
                long_date(day)
            ),
            None => "Only spent items can go to the Independent Reviewer, and this one is not spent.".into(),
        },
    }
}

fn offence_words(
    name: &str,
    specified: Option<Option<bool>>,
    paragraph: Option<&str>,
    summary_only: Option<Option<bool>>,
) -> String {
    let mut out = Vec::new();
    match specified {
        Some(Some(true)) => out.push(match paragraph {
            Some(p) => format!(
                "{name} is a specified offence (Police Act 1997 s.113A(6D)({p})), so it is never filtered."
            ),
            None => format!(
                "{name} is a specified offence (the Department of Justice's Short Guide says so), so it is never filtered."
            ),
        }),
        Some(Some(false)) => out.push(format!(
            "{name} is not on the list of specified offences (Police Act 1997 s.113A(6D)), so it can be filtered."
        )),
        Some(None) => out.push(format!(
            "Whether {} is on the list of specified offences depends on the exact charge, so we show what happens both ways.",
            lower_first(name)
        )),
        None => {}
    }
    match summary_only {
        Some(Some(true)) => out.push("It can be tried only in a magistrates' court (summary-only).".into()),
        Some(Some(false)) => out.push("It is not a summary-only offence.".into()),
        Some(None) => out.push(
            "We cannot tell from its name whether it is summary-only, so we counted it as not summary-only.".into(),
        ),
        None => {}
    }
    out.join(" ")
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => std::iter::once(first.to_ascii_lowercase())
            .chain(c)
            .collect(),
        None => String::new(),
    }
}

fn list(names: &Names) -> String {
    let first = names.first.join(", ");
    match names.more {
        0 => first,
        n => format!("{first} and {n} more"),
    }
}

fn describe_outcome((outcome, filtered_on): (Outcome, Option<NaiveDate>)) -> String {
    match outcome {
        Outcome::Disclosed => match filtered_on {
            Some(on) => format!(
                "shows on standard and enhanced checks until it is filtered on {}",
                long_date(on)
            ),
            None => "shows on standard and enhanced checks".into(),
        },
        Outcome::Filtered => match filtered_on {
            Some(on) => format!("is filtered (not shown) from {}", long_date(on)),
            None => "is filtered (not shown)".into(),
        },
        Outcome::ReferredToReviewer => "goes to the Independent Reviewer".into(),
        Outcome::DependsOnSpecified => "depends on the answer".into(),
    }
}

fn describe_term(t: Term) -> String {
    let months = t.months.clamp(0, i64::from(u32::MAX)) as u32;
    let days = |d: i64| {
        if d == 1 {
            "1 day".to_string()
        } else {
            format!("{d} days")
        }
    };
    match (months, t.days) {
        (0, d) => days(d),
        (m, 0) => describe_months(m),
        (m, d) => format!("{} and {}", describe_months(m), days(d)),
    }
}

fn describe_span(span: Span) -> String {
    match (span.from_conviction, span.after_order_ceases) {
        (Some(m), None) => format!("is spent {} after the date of conviction", describe_months(m)),
        (None, Some(0)) => "is spent on the day the order ends".into(),
        (None, Some(m)) => format!("is spent {} after the order ends", describe_months(m)),
        (Some(m), Some(0)) => format!(
            "is spent {} after the date of conviction or when the order ends, whichever is later",
            describe_months(m)
        ),
        (Some(m), Some(a)) => format!(
            "is spent {} after the date of conviction or {} after the order ends, whichever is later",
            describe_months(m),
            describe_months(a)
        ),
        (None, None) => "is spent on the date of conviction".into(),
    }
}

/// "a fine", "a prison sentence": how a reason names a sentence.
/// "the fine on the 1 January 2010 conviction (its-id)".
fn the_sentence_of(s: &Source) -> String {
    crate::rules::reasons::the_sentence_on(&sentence_noun(s.sentence), s.date, &s.id)
}

fn sentence_noun(kind: SentenceType) -> String {
    use SentenceType as T;
    match kind {
        T::Imprisonment => "a prison or young offenders centre sentence".into(),
        T::BindOver => "a bind over".into(),
        T::Other => "a sentence the law does not list".into(),
        T::DetentionArt45 => "detention under Article 45".into(),
        T::CorrectiveTraining => "corrective training".into(),
        T::LifeImprisonment => "a life sentence".into(),
        T::DetentionAtPleasure => "detention at pleasure".into(),
        T::PreventiveDetention => "preventive detention".into(),
        _ => {
            let label = kind.label().to_ascii_lowercase();
            let article = if label.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            format!("{article} {label}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_three_and_count_the_rest() {
        let n = Names::some(["a", "b", "c", "d", "e"].into_iter());
        assert_eq!(n.first, ["a", "b", "c"]);
        assert_eq!(n.more, 2);
        assert_eq!(list(&n), "a, b, c and 2 more");
        assert_eq!(n.count(), 5);
    }

    #[test]
    fn never_spent_by_length_names_the_term() {
        let text = words(&Fact::NeverSpent {
            sentence: SentenceType::Imprisonment,
            over_30_months: Some(Term {
                months: 30,
                days: 1,
            }),
        });
        assert_eq!(
            text,
            "A prison or young offenders centre sentence of more than 30 months (2 years and 6 months and 1 day) is never spent."
        );
    }
}
