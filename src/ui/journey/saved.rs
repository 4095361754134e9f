//! The answers as saved on this device (when the person chooses): JSON in
//! the browser's storage, written and read by hand through `util::json`,
//! so the app carries no serde code.
//!
//! The text is exactly what serde's derive of [`Answers`] writes, and reads
//! as serde read it (tests/saved_answers.rs compares both on every kind of
//! answer), so answers saved by an earlier version still open:
//! - a field left out takes its default (`#[serde(default)]`);
//! - a field the app does not know is ignored;
//! - (unlike serde) an object written as a list, which no version wrote, is
//!   refused, and a field given twice takes its first value;
//! - `null` is "not answered" for an optional answer, and makes the saved
//!   answers unreadable anywhere else, as does a value of the wrong type
//!   (the app then deletes them and says so).

use crate::rules::ni::{DisposalKind, SentenceType};
use crate::util::json::{self, Json, Object};

use super::answers::*;
use crate::rules::ew::{Kind as EwKind, SentenceType as EwSentenceType};

/// What is kept in storage: the answers, and the page the person was on.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Saved {
    pub version: u32,
    pub answers: Answers,
    /// The page the person was on, as its path.
    #[serde(default)]
    pub page: String,
}

/// The saved answers as one line of JSON.
pub fn write(saved: &Saved) -> String {
    let value: Json = Object::new()
        .field("version", saved.version as usize)
        .field("answers", saved.answers.to_json())
        .field("page", &saved.page)
        .into();
    json::compact(&value)
}

/// The saved answers, or `None` when the text is not saved answers.
pub fn read(text: &str) -> Option<Saved> {
    let value = json::read(text).ok()?;
    let o = Fields::of(&value)?;
    Some(Saved {
        // Required, as serde required it.
        version: o
            .0
            .get("version")
            .and_then(usize::from_json)?
            .try_into()
            .ok()?,
        answers: o.0.get("answers").and_then(Answers::from_json)?,
        page: o.get("page")?,
    })
}

/// A value saved as JSON, and read back.
trait Saveable: Sized {
    fn to_json(&self) -> Json;
    /// `None`: not a value of this type.
    fn from_json(v: &Json) -> Option<Self>;
}

/// The fields of an object.
struct Fields<'a>(&'a Json);

impl<'a> Fields<'a> {
    fn of(v: &'a Json) -> Option<Self> {
        matches!(v, Json::Object(_)).then_some(Fields(v))
    }
    /// A field's value; its default when left out.
    fn get<T: Saveable + Default>(&self, key: &str) -> Option<T> {
        match self.0.get(key) {
            None => Some(T::default()),
            Some(v) => T::from_json(v),
        }
    }
}

impl Saveable for String {
    fn to_json(&self) -> Json {
        Json::Str(self.clone())
    }
    fn from_json(v: &Json) -> Option<Self> {
        v.as_str().map(str::to_owned)
    }
}

impl Saveable for bool {
    fn to_json(&self) -> Json {
        Json::Bool(*self)
    }
    fn from_json(v: &Json) -> Option<Self> {
        match v {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

impl Saveable for usize {
    fn to_json(&self) -> Json {
        Json::from(*self)
    }
    fn from_json(v: &Json) -> Option<Self> {
        match v {
            Json::Int(n) => usize::try_from(*n).ok(),
            _ => None,
        }
    }
}

impl<T: Saveable> Saveable for Option<T> {
    fn to_json(&self) -> Json {
        self.as_ref().map_or(Json::Null, T::to_json)
    }
    fn from_json(v: &Json) -> Option<Self> {
        match v {
            Json::Null => Some(None),
            v => T::from_json(v).map(Some),
        }
    }
}

impl<T: Saveable> Saveable for Vec<T> {
    fn to_json(&self) -> Json {
        Json::Array(self.iter().map(T::to_json).collect())
    }
    fn from_json(v: &Json) -> Option<Self> {
        match v {
            Json::Array(items) => items.iter().map(T::from_json).collect(),
            _ => None,
        }
    }
}

/// The enums are saved by their names (`"not_sure"`).
macro_rules! saved_by_code {
    ($($t:ty),*) => {$(
        impl Saveable for $t {
            fn to_json(&self) -> Json {
                Json::from(self.code())
            }
            fn from_json(v: &Json) -> Option<Self> {
                v.as_str().and_then(<$t>::from_code)
            }
        }
    )*};
}
saved_by_code!(
    Place,
    Known,
    Specified,
    LengthGivenAs,
    DisposalKind,
    SentenceType,
    EwKind,
    EwSentenceType
);

/// `Object::some` for an optional answer written only when given.
fn given<T: Saveable>(o: Object, key: &str, v: &Option<T>) -> Object {
    o.some(key, v.as_ref().map(T::to_json))
}

impl Saveable for Answers {
    fn to_json(&self) -> Json {
        let o = given(Object::new(), "jurisdiction", &self.jurisdiction);
        o.field("items", self.items.to_json())
            .field("summary_only", self.summary_only.to_json())
            .field("summary_only_answered", self.summary_only_answered)
            .field("check_date", self.check_date.to_json())
            .field("certificate", self.certificate.to_json())
            .field("more_items", self.more_items.to_json())
            .field("birth", self.birth.to_json())
            .field("quick", self.quick)
            .into()
    }
    fn from_json(v: &Json) -> Option<Self> {
        let o = Fields::of(v)?;
        Some(Answers {
            jurisdiction: o.get("jurisdiction")?,
            items: o.get("items")?,
            summary_only: o.get("summary_only")?,
            summary_only_answered: o.get("summary_only_answered")?,
            check_date: o.get("check_date")?,
            certificate: o.get("certificate")?,
            more_items: o.get("more_items")?,
            birth: o.get("birth")?,
            quick: o.get("quick")?,
        })
    }
}

impl Saveable for ItemAnswers {
    fn to_json(&self) -> Json {
        let o = Object::new()
            .field("kind", self.kind.to_json())
            .field("date", self.date.to_json())
            .field("under_18", self.under_18.to_json())
            .field("sentences", self.sentences.to_json())
            .field("more_sentences", self.more_sentences.to_json())
            .field("specified", self.specified.to_json())
            .field("offence", self.offence.to_json())
            .field("offence_text", &self.offence_text)
            .field("offence_not_listed", self.offence_not_listed);
        let o = given(o, "ew_kind", &self.ew_kind);
        let o = given(o, "endorsed", &self.endorsed);
        let o = given(o, "conditions_known", &self.conditions_known);
        o.field("conditions_end", self.conditions_end.to_json())
            .into()
    }
    fn from_json(v: &Json) -> Option<Self> {
        let o = Fields::of(v)?;
        Some(ItemAnswers {
            kind: o.get("kind")?,
            date: o.get("date")?,
            under_18: o.get("under_18")?,
            sentences: o.get("sentences")?,
            more_sentences: o.get("more_sentences")?,
            specified: o.get("specified")?,
            offence: o.get("offence")?,
            offence_text: o.get("offence_text")?,
            offence_not_listed: o.get("offence_not_listed")?,
            ew_kind: o.get("ew_kind")?,
            endorsed: o.get("endorsed")?,
            conditions_known: o.get("conditions_known")?,
            conditions_end: o.get("conditions_end")?,
        })
    }
}

impl Saveable for DateInput {
    fn to_json(&self) -> Json {
        Object::new()
            .field("day", &self.day)
            .field("month", &self.month)
            .field("year", &self.year)
            .field("known", self.known.to_json())
            .into()
    }
    fn from_json(v: &Json) -> Option<Self> {
        let o = Fields::of(v)?;
        Some(DateInput {
            day: o.get("day")?,
            month: o.get("month")?,
            year: o.get("year")?,
            known: o.get("known")?,
        })
    }
}

impl Saveable for SentenceAnswers {
    fn to_json(&self) -> Json {
        let o = Object::new()
            .field("kind", self.kind.to_json())
            .field("length_given_as", self.length_given_as.to_json())
            .field("months", &self.months)
            .field("days", &self.days)
            .field("ends", self.ends.to_json())
            .field("suspended", self.suspended.to_json());
        let o = given(o, "ew_kind", &self.ew_kind);
        let o = given(o, "other_start", &self.other_start);
        let o = o.field("start", self.start.to_json());
        let o = given(o, "schedule_18", &self.schedule_18);
        let o = given(o, "paid", &self.paid);
        o.field("paid_on", self.paid_on.to_json()).into()
    }
    fn from_json(v: &Json) -> Option<Self> {
        let o = Fields::of(v)?;
        Some(SentenceAnswers {
            kind: o.get("kind")?,
            length_given_as: o.get("length_given_as")?,
            months: o.get("months")?,
            days: o.get("days")?,
            ends: o.get("ends")?,
            suspended: o.get("suspended")?,
            ew_kind: o.get("ew_kind")?,
            other_start: o.get("other_start")?,
            start: o.get("start")?,
            schedule_18: o.get("schedule_18")?,
            paid: o.get("paid")?,
            paid_on: o.get("paid_on")?,
        })
    }
}

impl Saveable for BirthAnswer {
    fn to_json(&self) -> Json {
        Object::new()
            .field("given", self.given.to_json())
            .field("date", self.date.to_json())
            .into()
    }
    fn from_json(v: &Json) -> Option<Self> {
        let o = Fields::of(v)?;
        Some(BirthAnswer {
            given: o.get("given")?,
            date: o.get("date")?,
        })
    }
}

impl Saveable for CheckDateAnswer {
    fn to_json(&self) -> Json {
        Object::new()
            .field("today", self.today.to_json())
            .field("other", self.other.to_json())
            .into()
    }
    fn from_json(v: &Json) -> Option<Self> {
        let o = Fields::of(v)?;
        Some(CheckDateAnswer {
            today: o.get("today")?,
            other: o.get("other")?,
        })
    }
}

impl Saveable for CertificateAnswer {
    fn to_json(&self) -> Json {
        Object::new()
            .field("has_one", self.has_one.to_json())
            .field("issued", self.issued.to_json())
            .into()
    }
    fn from_json(v: &Json) -> Option<Self> {
        let o = Fields::of(v)?;
        Some(CertificateAnswer {
            has_one: o.get("has_one")?,
            issued: o.get("issued")?,
        })
    }
}
