//! Saved answers (`ui::journey::saved`): written as serde's derive writes
//! them and read as it read them, so answers saved by an earlier version
//! open, and damaged ones are refused as before.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use ni_record_check::rules::ew::{Kind as EwKind, SentenceType as EwSentenceType};
use ni_record_check::rules::ni::{catalogue::CATALOGUE, DisposalKind};
use ni_record_check::ui::journey::answers::*;
use ni_record_check::ui::journey::saved::{self, Saved};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["", "12", "2019", "a \"b\" \\ é\n", "Theft"]).prop_map(String::from)
}

fn date() -> impl Strategy<Value = DateInput> {
    (text(), text(), text(), 0..3usize).prop_map(|(day, month, year, k)| DateInput {
        day,
        month,
        year,
        known: [Known::Day, Known::Month, Known::Year][k],
    })
}

fn one_of<T: Clone + std::fmt::Debug + 'static>(all: Vec<T>) -> impl Strategy<Value = Option<T>> {
    prop::option::of(prop::sample::select(all))
}

fn specified() -> impl Strategy<Value = Option<Specified>> {
    one_of(vec![Specified::Yes, Specified::No, Specified::NotSure])
}

fn sentence() -> impl Strategy<Value = SentenceAnswers> {
    (
        (
            one_of(CATALOGUE.iter().map(|e| e.kind).collect()),
            one_of(vec![
                LengthGivenAs::Length,
                LengthGivenAs::EndDate,
                LengthGivenAs::UntilFurtherOrder,
                LengthGivenAs::NoEndDate,
            ]),
            text(),
            text(),
            date(),
            prop::option::of(any::<bool>()),
        ),
        (
            one_of(EwSentenceType::ALL.to_vec()),
            prop::option::of(any::<bool>()),
            date(),
            specified(),
            prop::option::of(any::<bool>()),
            date(),
        ),
    )
        .prop_map(
            |(
                (kind, length_given_as, months, days, ends, suspended),
                (ew_kind, other_start, start, schedule_18, paid, paid_on),
            )| {
                SentenceAnswers {
                    kind,
                    length_given_as,
                    months,
                    days,
                    ends,
                    suspended,
                    ew_kind,
                    other_start,
                    start,
                    schedule_18,
                    paid,
                    paid_on,
                }
            },
        )
}

fn item() -> impl Strategy<Value = ItemAnswers> {
    (
        (
            one_of(DisposalKind::ALL.to_vec()),
            date(),
            prop::option::of(any::<bool>()),
            prop::collection::vec(sentence(), 0..3),
            prop::option::of(any::<bool>()),
            specified(),
        ),
        (
            prop::option::of(
                prop::sample::select(vec!["theft", "common-assault"]).prop_map(String::from),
            ),
            text(),
            any::<bool>(),
            one_of(EwKind::ALL.to_vec()),
            prop::option::of(any::<bool>()),
            prop::option::of(any::<bool>()),
            date(),
        ),
    )
        .prop_map(
            |(
                (kind, date, under_18, sentences, more_sentences, specified),
                (
                    offence,
                    offence_text,
                    offence_not_listed,
                    ew_kind,
                    endorsed,
                    conditions_known,
                    conditions_end,
                ),
            )| {
                ItemAnswers {
                    kind,
                    date,
                    under_18,
                    sentences,
                    more_sentences,
                    specified,
                    offence,
                    offence_text,
                    offence_not_listed,
                    ew_kind,
                    endorsed,
                    conditions_known,
                    conditions_end,
                }
            },
        )
}

fn answers() -> impl Strategy<Value = Saved> {
    (
        one_of(vec![Place::Ni, Place::Ew, Place::Scotland]),
        prop::collection::vec(item(), 0..4),
        prop::collection::vec(0..6usize, 0..3),
        any::<bool>(),
        (prop::option::of(any::<bool>()), date()),
        (prop::option::of(any::<bool>()), date()),
        prop::option::of(any::<bool>()),
        text(),
        ((prop::option::of(any::<bool>()), date()), any::<bool>()),
    )
        .prop_map(
            |(
                jurisdiction,
                items,
                summary_only,
                summary_only_answered,
                (today, other),
                (has_one, issued),
                more_items,
                page,
                ((given, birth_date), quick),
            )| Saved {
                version: 1,
                answers: Answers {
                    jurisdiction,
                    items,
                    summary_only,
                    summary_only_answered,
                    check_date: CheckDateAnswer { today, other },
                    certificate: CertificateAnswer { has_one, issued },
                    more_items,
                    birth: BirthAnswer {
                        given,
                        date: birth_date,
                    },
                    quick,
                },
                page,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn written_as_serde_writes_and_read_back(s in answers()) {
        let text = saved::write(&s);
        prop_assert_eq!(&text, &serde_json::to_string(&s).unwrap());
        prop_assert_eq!(saved::read(&text), Some(s));
    }
}

/// Texts serde's derive read in its own way: left-out fields, unknown
/// fields, `null`, wrong types. Ours reads each the same (or refuses it).
#[test]
fn old_and_damaged_saves_read_as_serde_read_them() {
    let texts = [
        r#"{"version":1,"answers":{}}"#,
        r#"{"version":1,"answers":{"items":[{}]},"page":"kind/0"}"#,
        r#"{"version":1,"answers":{"items":[{"kind":"caution","sentences":[{"kind":"fine"}]}],"extra":3}}"#,
        r#"{"version":2,"answers":{},"page":"results"}"#,
        r#"{"version":1,"answers":{"items":[{"kind":"warning"}]}}"#,
        r#"{"version":1,"answers":{"items":null}}"#,
        r#"{"version":1,"answers":{"items":[{"offence_text":null}]}}"#,
        r#"{"version":1,"answers":{"items":[{"under_18":"yes"}]}}"#,
        r#"{"version":1,"answers":{"summary_only":[-1]}}"#,
        r#"{"version":1,"answers":{"jurisdiction":"ew","items":[{"ew_kind":"conviction","date":{"day":"1","month":"2","year":"2010"}}]}}"#,
        r#"{"version":1}"#,
        r#"{"version":1,"answers":{"birth":{"given":true,"date":{"day":"1","month":"2","year":"1990"}},"quick":true}}"#,
        r#"{"version":1,"answers":{"birth":{"given":"yes"}}}"#,
        r#"{"answers":{}}"#,
        r#"{"version":1,"answers":{}"#,
        "",
    ];
    for text in texts {
        let theirs = serde_json::from_str::<Saved>(text).ok();
        assert_eq!(saved::read(text), theirs, "{text}");
    }
    // serde's derive also took a struct written as a list, which no version
    // of the app wrote: it is refused (the app deletes it and says so).
    assert!(serde_json::from_str::<Saved>("[1,{}]").is_ok());
    assert_eq!(saved::read("[1,{}]"), None);
}

/// Every answer given (the fields written only when given among them), so
/// that every field of every record is in the text.
fn everything() -> Saved {
    let date = |d: &str| DateInput {
        day: d.to_string(),
        month: "2".to_string(),
        year: "2019".to_string(),
        known: Known::Month,
    };
    let sentence = SentenceAnswers {
        kind: Some(CATALOGUE[0].kind),
        length_given_as: Some(LengthGivenAs::EndDate),
        months: "6".to_string(),
        days: "3".to_string(),
        ends: date("4"),
        suspended: Some(true),
        ew_kind: Some(EwSentenceType::ALL[0]),
        other_start: Some(true),
        start: date("5"),
        schedule_18: Some(Specified::NotSure),
        paid: Some(false),
        paid_on: date("6"),
    };
    let item = ItemAnswers {
        kind: Some(DisposalKind::Conviction),
        date: date("1"),
        under_18: Some(false),
        sentences: vec![sentence],
        more_sentences: Some(false),
        specified: Some(Specified::Yes),
        offence: Some("theft".to_string()),
        offence_text: "Theft".to_string(),
        offence_not_listed: true,
        ew_kind: Some(EwKind::Conviction),
        endorsed: Some(true),
        conditions_known: Some(false),
        conditions_end: date("2"),
    };
    Saved {
        version: 1,
        answers: Answers {
            jurisdiction: Some(Place::Ew),
            items: vec![item],
            summary_only: vec![0],
            summary_only_answered: true,
            check_date: CheckDateAnswer {
                today: Some(false),
                other: date("7"),
            },
            certificate: CertificateAnswer {
                has_one: Some(true),
                issued: date("8"),
            },
            more_items: Some(false),
            birth: BirthAnswer {
                given: Some(true),
                date: date("9"),
            },
            quick: true,
        },
        page: "check-answers".to_string(),
    }
}

/// Every object in `v`, by the path of keys and indexes to it.
fn objects(v: &serde_json::Value, at: Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        serde_json::Value::Object(o) => {
            out.push(at.clone());
            for (k, v) in o {
                let mut next = at.clone();
                next.push(k.clone());
                objects(v, next, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let mut next = at.clone();
                next.push(i.to_string());
                objects(v, next, out);
            }
        }
        _ => {}
    }
}

/// Each field of each record, left out, `null`, of another type, or next
/// to one the app does not know: ours reads it as serde's derive reads it,
/// so each record's one list of fields gives serde's names and defaults.
#[test]
fn every_field_damaged_reads_as_serde_reads_it() {
    let whole = serde_json::to_value(everything()).unwrap();
    let mut paths = Vec::new();
    objects(&whole, Vec::new(), &mut paths);
    let damages = [
        serde_json::Value::Null,
        serde_json::json!(7),
        serde_json::json!(-1),
        serde_json::json!("x"),
        serde_json::json!("not_sure"),
        serde_json::json!(true),
        // A list of a number: not a struct either way (serde's derive
        // would take a list of the right values for a struct).
        serde_json::json!([7]),
        serde_json::json!({}),
    ];
    let mut fields = 0;
    for path in &paths {
        let object = path
            .iter()
            .fold(&whole, |v, k| match v {
                serde_json::Value::Array(items) => &items[k.parse::<usize>().unwrap()],
                v => &v[k.as_str()],
            })
            .as_object()
            .unwrap();
        for key in object.keys() {
            fields += 1;
            let mut texts = Vec::new();
            let mut damaged = |change: &dyn Fn(&mut serde_json::Map<String, serde_json::Value>)| {
                let mut v = whole.clone();
                let o = path
                    .iter()
                    .fold(&mut v, |v, k| match v {
                        serde_json::Value::Array(items) => &mut items[k.parse::<usize>().unwrap()],
                        v => &mut v[k.as_str()],
                    })
                    .as_object_mut()
                    .unwrap();
                change(o);
                texts.push(v.to_string());
            };
            damaged(&|o| {
                o.remove(key);
            });
            damaged(&|o| {
                o.insert(format!("{key}_unknown"), serde_json::json!({"a": [1]}));
            });
            for d in &damages {
                damaged(&|o| {
                    o.insert(key.clone(), d.clone());
                });
            }
            for text in texts {
                let theirs = serde_json::from_str::<Saved>(&text).ok();
                assert_eq!(saved::read(&text), theirs, "{text}");
            }
        }
    }
    // Every field of every record: the save, the answers, the item, its
    // sentence, the date of birth, check date and certificate answers, and
    // the eight dates among them.
    assert_eq!(fields, 3 + 9 + 13 + 12 + 2 + 2 + 2 + 8 * 4);
}
