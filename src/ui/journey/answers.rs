//! What the person has answered so far, exactly as typed: nothing is lost,
//! even when it is not valid yet. Saved (when the person chooses) as JSON.

use serde::{Deserialize, Serialize};

use crate::rules::names::case_format_names;
use crate::util::saveable::saved_record;

use crate::rules::ew::{Kind as EwKind, SentenceType as EwSentenceType};
use crate::rules::ni::offences::{self, Offence};
use crate::rules::ni::{DisposalKind, SentenceType};

saved_record! {
    /// Every answer of one check.
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Answers {
        /// "Where were you cautioned or convicted?" Absent (old saved answers):
        /// Northern Ireland.
        pub jurisdiction: Option<Place> = "jurisdiction", if_given;
        pub items: Vec<ItemAnswers> = "items";
        /// Indexes of convictions the person ticked as summary-only.
        pub summary_only: Vec<usize> = "summary_only";
        /// Whether the summary-only page has been answered (it may be left empty).
        pub summary_only_answered: bool = "summary_only_answered";
        pub check_date: CheckDateAnswer = "check_date";
        pub certificate: CertificateAnswer = "certificate";
        /// "Do you have another caution or conviction to add?"
        pub more_items: Option<bool> = "more_items";
        /// "What is your date of birth?", asked once; it is never written in a
        /// case or the hand-off file, which keep each item's `under_18`.
        pub birth: BirthAnswer = "birth";
        /// The person chose quick entry: one page per item.
        pub quick: bool = "quick";
    }
}

saved_record! {
    /// The date of birth, or "I'd rather not say".
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub struct BirthAnswer {
        /// `Some(true)`: given, in `date`; `Some(false)`: "I'd rather not say"
        /// (or answers opened from a file, which has no date of birth).
        pub given: Option<bool> = "given";
        pub date: DateInput = "date";
    }
}

saved_record! {
    /// One caution or conviction.
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ItemAnswers {
        pub kind: Option<DisposalKind> = "kind";
        pub date: DateInput = "date";
        pub under_18: Option<bool> = "under_18";
        pub sentences: Vec<SentenceAnswers> = "sentences";
        /// "Was there another sentence?" after the last sentence.
        pub more_sentences: Option<bool> = "more_sentences";
        pub specified: Option<Specified> = "specified";
        /// The offence chosen from the offence table, by its id.
        pub offence: Option<String> = "offence";
        /// What was typed in the offence finder (the chosen offence's name once
        /// one is chosen), so the box shows it again.
        pub offence_text: String = "offence_text";
        /// "I can't find my offence": the legal questions are asked instead.
        pub offence_not_listed: bool = "offence_not_listed";
        /// England and Wales: what it was (NI's `kind` stays empty).
        pub ew_kind: Option<EwKind> = "ew_kind", if_given;
        /// England and Wales, a fixed penalty notice: endorsed on the licence.
        pub endorsed: Option<bool> = "endorsed", if_given;
        /// England and Wales, a conditional caution: `Some(true)` the day its
        /// conditions ended is known, in `conditions_end`.
        pub conditions_known: Option<bool> = "conditions_known", if_given;
        pub conditions_end: DateInput = "conditions_end";
    }
}

case_format_names! {
    /// Where the person was cautioned or convicted.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Place {
        Ni = "ni",
        Ew = "ew",
        /// Not covered: the check says so and stops.
        Scotland = "scotland",
    }
}

saved_record! {
    /// A date as typed, with how much of it the person knows.
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub struct DateInput {
        pub day: String = "day";
        pub month: String = "month";
        pub year: String = "year";
        pub known: Known = "known";
    }
}

case_format_names! {
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub enum Known {
        #[default]
        Day = "day",
        Month = "month",
        Year = "year",
    }
}

case_format_names! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Specified {
        Yes = "yes",
        No = "no",
        NotSure = "not_sure",
    }
}

saved_record! {
    /// One sentence of a conviction.
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub struct SentenceAnswers {
        pub kind: Option<SentenceType> = "kind";
        /// For an order: given as a length, an end date, or until further order.
        pub length_given_as: Option<LengthGivenAs> = "length_given_as";
        pub months: String = "months";
        pub days: String = "days";
        pub ends: DateInput = "ends";
        pub suspended: Option<bool> = "suspended";
        /// England and Wales: the sentence (NI's `kind` stays empty).
        pub ew_kind: Option<EwSentenceType> = "ew_kind", if_given;
        /// England and Wales: `Some(false)` the day of conviction; `Some(true)`
        /// another day, in `start`.
        pub other_start: Option<bool> = "other_start", if_given;
        pub start: DateInput = "start";
        /// England and Wales, a custodial term over 4 years: was a single term
        /// over 4 years for a Schedule 18 offence?
        pub schedule_18: Option<Specified> = "schedule_18", if_given;
        /// England and Wales, compensation: paid in full, on `paid_on`.
        pub paid: Option<bool> = "paid", if_given;
        pub paid_on: DateInput = "paid_on";
    }
}

case_format_names! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum LengthGivenAs {
        Length = "length",
        EndDate = "end_date",
        UntilFurtherOrder = "until_further_order",
        /// England and Wales: the order set no end date (s.5(3)).
        NoEndDate = "no_end_date",
    }
}

saved_record! {
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub struct CheckDateAnswer {
        /// `Some(true)`: today; `Some(false)`: another date.
        pub today: Option<bool> = "today";
        pub other: DateInput = "other";
    }
}

saved_record! {
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub struct CertificateAnswer {
        pub has_one: Option<bool> = "has_one";
        pub issued: DateInput = "issued";
    }
}

impl Answers {
    /// Answers for England and Wales.
    pub fn is_ew(&self) -> bool {
        self.jurisdiction == Some(Place::Ew)
    }

    pub fn more_items(&self) -> bool {
        self.more_items == Some(true)
    }

    /// The item at `index`, created when it is the next new one.
    pub fn item_mut(&mut self, index: usize) -> Option<&mut ItemAnswers> {
        if index == self.items.len() {
            self.items.push(ItemAnswers::default());
            self.more_items = None;
        }
        self.items.get_mut(index)
    }

    /// The sentence at `j` of item `i`, created when it is the next new one.
    pub fn sentence_mut(&mut self, i: usize, j: usize) -> Option<&mut SentenceAnswers> {
        let item = self.items.get_mut(i)?;
        if j == item.sentences.len() {
            item.sentences.push(SentenceAnswers::default());
            item.more_sentences = None;
        }
        item.sentences.get_mut(j)
    }

    /// Removes one sentence of an item.
    pub fn remove_sentence(&mut self, i: usize, j: usize) {
        if let Some(item) = self.items.get_mut(i) {
            if j < item.sentences.len() {
                item.sentences.remove(j);
            }
        }
    }

    /// Indexes of the convictions the summary-only page asks about: those
    /// whose offence the table cannot classify.
    pub fn summary_only_asked(&self) -> Vec<usize> {
        self.convictions()
            .into_iter()
            .filter(|&i| self.items[i].table_summary_only().is_none())
            .collect()
    }

    /// Whether the summary-only page is in the journey: it only matters
    /// with two convictions or more, and only when the table cannot answer.
    pub fn asks_summary_only(&self) -> bool {
        self.convictions().len() >= 2 && !self.summary_only_asked().is_empty()
    }

    /// Indexes of the items that are convictions.
    pub fn convictions(&self) -> Vec<usize> {
        (0..self.items.len())
            .filter(|&i| self.items[i].is_conviction())
            .collect()
    }

    /// Ticks or unticks item `i` as summary-only, keeping the ticks in order.
    pub fn set_summary_only(&mut self, i: usize, on: bool) {
        self.summary_only.retain(|&x| x != i);
        if on {
            self.summary_only.push(i);
            crate::util::order::sort(&mut self.summary_only);
        }
    }

    /// Removes an item, keeping the summary-only ticks pointing at the same items.
    pub fn remove_item(&mut self, index: usize) {
        if index >= self.items.len() {
            return;
        }
        self.items.remove(index);
        self.summary_only = self
            .summary_only
            .iter()
            .filter(|&&i| i != index)
            .map(|&i| if i > index { i - 1 } else { i })
            .collect();
    }
}

impl ItemAnswers {
    pub fn is_conviction(&self) -> bool {
        self.kind == Some(DisposalKind::Conviction) || self.ew_kind == Some(EwKind::Conviction)
    }

    /// The offence chosen from the table, if one is.
    pub fn chosen_offence(&self) -> Option<&'static Offence> {
        self.offence.as_deref().and_then(offences::offence)
    }

    /// Whether the offence page is answered: an offence chosen, "I can't
    /// find it", or a name typed that is not in the table.
    pub fn offence_answered(&self) -> bool {
        self.chosen_offence().is_some()
            || self.offence_not_listed
            || !self.offence_text.trim().is_empty()
    }

    /// Whether the chosen offence is specified, by the table; `None` when
    /// the table cannot tell or no offence is chosen (never "no").
    pub fn table_specified(&self) -> Option<bool> {
        self.chosen_offence().and_then(|o| o.specified)
    }

    /// Whether the chosen offence is summary-only, by the table.
    pub fn table_summary_only(&self) -> Option<bool> {
        self.chosen_offence().and_then(|o| o.summary_only)
    }

    /// Whether the "specified" question is asked: only when the table
    /// cannot tell.
    pub fn asks_specified(&self) -> bool {
        self.table_specified().is_none()
    }
}
