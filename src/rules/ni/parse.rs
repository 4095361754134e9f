//! Reads an NI case (`shared/rules/case-format.md`) strictly, with the
//! toolkit of [`crate::rules::parse`]: every problem at once, each naming
//! the disposal (by index and id) and the field.

use super::catalogue::{SentenceType, CATALOGUE};
use super::model::{Case, Disposal, DisposalKind, Sentence};
use crate::rules::parse::*;
use crate::rules::reasons::capitalised;
use crate::rules::validation::Problem;
use crate::util::json::Json;

/// Reads one case, or says why it is not one in a single message.
pub fn parse_case(json: &str) -> Result<Case, String> {
    one_message(parse_case_problems(json))
}

/// Reads one case, or gives every problem found.
pub fn parse_case_problems(json: &str) -> Result<Case, Vec<Problem>> {
    case_from(&read_one(json)?)
}

/// Reads one case or an array of cases. `Err` only when the text is not
/// JSON at all (a syntax error, with its line and column).
pub fn parse_cases(json: &str) -> Result<ParsedCases<Case>, Problem> {
    many(json, case_from)
}

fn kind_list() -> String {
    let codes: Vec<&str> = DisposalKind::ALL.iter().map(|k| k.code()).collect();
    format!("one of {}", list(&codes))
}

fn kind(v: &Json, field: &str, sink: &mut Sink) -> Option<DisposalKind> {
    let Json::Str(s) = v else {
        wrong_type(field, &kind_list(), v, sink);
        return None;
    };
    let found = DisposalKind::from_code(s);
    if found.is_none() {
        sink.push(
            field,
            format!(
                "{} is not a kind of item{}. It must be {}.",
                quoted(s),
                england_and_wales_only(crate::rules::ew::Kind::ALL.iter().any(|k| k.code() == s)),
                kind_list()
            ),
        );
    }
    found
}

/// For a kind or type of England and Wales only, in an NI case: say so.
fn england_and_wales_only(ew: bool) -> &'static str {
    if ew {
        " in Northern Ireland (it is one of England and Wales: for a case there, give \"jurisdiction\": \"ew\")"
    } else {
        ""
    }
}

fn type_list() -> String {
    let codes: Vec<&str> = CATALOGUE.iter().map(|e| e.kind.code()).collect();
    format!("one of {}", list(&codes))
}

fn sentence_type(v: &Json, field: &str, sink: &mut Sink) -> Option<SentenceType> {
    let Json::Str(s) = v else {
        wrong_type(field, &type_list(), v, sink);
        return None;
    };
    let found = SentenceType::from_code(s);
    if found.is_none() {
        sink.push(
            field,
            format!(
                "{} is not a sentence type of the case format{}. It must be {}.",
                quoted(s),
                england_and_wales_only(crate::rules::ew::SentenceType::from_code(s).is_some()),
                type_list()
            ),
        );
    }
    found
}

const CASE_FIELDS: [&str; 4] = [
    "jurisdiction",
    "check_date",
    "certificate_issued",
    "disposals",
];
const DISPOSAL_FIELDS: [&str; 8] = [
    "id",
    "offence",
    "kind",
    "date",
    "under_18",
    "specified",
    "summary_only",
    "sentences",
];
const SENTENCE_FIELDS: [&str; 5] = ["type", "months", "days", "ends", "suspended"];

pub(crate) fn case_from(v: &Json) -> Result<Case, Vec<Problem>> {
    let mut sink = Sink {
        problems: Vec::new(),
        disposal: None,
    };
    let case = read_case(v, &mut sink);
    match case {
        Some(case) if sink.problems.is_empty() => Ok(case),
        _ => Err(sink.problems),
    }
}

fn read_case(v: &Json, sink: &mut Sink) -> Option<Case> {
    let entries = object(v, "", "A case", sink)?;
    check_keys(entries, &CASE_FIELDS, "", sink);
    let check_date =
        required(entries, "check_date", "", DATE, sink).and_then(|v| date(v, "check_date", sink));
    let certificate_issued = optional(entries, "certificate_issued", "", sink, date);
    // The case format's `jurisdiction`: "ni" is the default and all this
    // engine knows; a case for England and Wales is refused, not misread.
    let jurisdiction = match get(entries, "jurisdiction") {
        None => Some(()),
        Some(Json::Str(j)) if j == "ni" => Some(()),
        Some(Json::Str(j)) if j == "ew" => {
            sink.push(
                "jurisdiction",
                "This check covers Northern Ireland only, not yet England and Wales.".to_string(),
            );
            None
        }
        Some(other) => {
            wrong_type(
                "jurisdiction",
                "\"ni\" (Northern Ireland) or \"ew\" (England and Wales)",
                other,
                sink,
            );
            None
        }
    };
    let disposals = match required(entries, "disposals", "", "a list of items [ … ]", sink) {
        Some(Json::Array(items)) => {
            let read: Vec<Option<Disposal>> = items
                .iter()
                .enumerate()
                .map(|(i, d)| read_disposal(i, d, sink))
                .collect();
            sink.disposal = None;
            read.into_iter().collect::<Option<Vec<_>>>()
        }
        Some(other) => {
            wrong_type("disposals", "a list of items [ … ]", other, sink);
            None
        }
        None => None,
    };
    jurisdiction?;
    Some(Case {
        check_date: check_date?,
        certificate_issued: certificate_issued.ok()?,
        disposals: disposals?,
    })
}

fn read_disposal(i: usize, v: &Json, sink: &mut Sink) -> Option<Disposal> {
    let path = format!("disposals[{i}]");
    let field = |name: &str| join(&path, name);
    sink.disposal = Some((i, None));
    let entries = object(v, &path, "An item", sink)?;
    // The id first, so that every other problem can name it.
    let id = required(entries, "id", &path, TEXT, sink).and_then(|v| text(v, &field("id"), sink));
    sink.disposal = Some((i, id.clone()));
    check_keys(entries, &DISPOSAL_FIELDS, &path, sink);
    let kind_ = required(entries, "kind", &path, &kind_list(), sink)
        .and_then(|v| kind(v, &field("kind"), sink));
    let date_ =
        required(entries, "date", &path, DATE, sink).and_then(|v| date(v, &field("date"), sink));
    let under_18 = required(entries, "under_18", &path, BOOL, sink)
        .and_then(|v| boolean(v, &field("under_18"), sink));
    // An offence from the table (rules §1, "Offence"): when `specified` or
    // `summary_only` is left out, the table's value is taken (`null` = cannot
    // tell). An unknown id is reported by validation.
    let offence = match get(entries, "offence") {
        None => Some(None),
        Some(v) => text(v, &field("offence"), sink).map(Some),
    };
    let from_table = offence
        .as_ref()
        .and_then(|o| o.as_deref())
        .map(|id| super::offences::offence(id));
    let specified_given = get(entries, "specified").is_some() || from_table.is_none();
    let specified = if !specified_given {
        Some(from_table.flatten().and_then(|o| o.specified))
    } else {
        match required(
            entries,
            "specified",
            &path,
            "true, false, or null if you are not sure",
            sink,
        ) {
            Some(Json::Null) => Some(None),
            Some(Json::Bool(b)) => Some(Some(*b)),
            Some(other) => {
                wrong_type(
                    &field("specified"),
                    "true, false, or null if you are not sure",
                    other,
                    sink,
                );
                None
            }
            None => None,
        }
    };
    let conviction = kind_.map(|k| k == DisposalKind::Conviction);
    let summary_only = match get(entries, "summary_only") {
        None if conviction == Some(true) => Some(from_table.flatten().and_then(|o| o.summary_only)),
        None => Some(None),
        Some(Json::Null) => match kind_ {
            // As before, a conviction's null reads as not given (false).
            Some(DisposalKind::Conviction) => Some(None),
            Some(k) => {
                sink.push(
                    &field("summary_only"),
                    format!(
                        "This cannot be null. Only a conviction can be for a summary-only offence: leave the field out for {}.",
                        k.a()
                    ),
                );
                None
            }
            // The kind's own problem is already reported.
            None => None,
        },
        Some(v) => boolean(v, &field("summary_only"), sink).map(Some),
    };
    let sentences = match get(entries, "sentences") {
        None => Some(None),
        Some(Json::Null) => {
            let message = match (conviction, kind_) {
                (Some(true), _) => "This cannot be null. List the conviction's sentences, for example [ { \"type\": \"fine\" } ].".to_string(),
                (_, Some(k)) => format!(
                    "This cannot be null. {} has no sentences: leave the field out.",
                    capitalised(&k.a())
                ),
                _ => "This cannot be null. Give a list of sentences for a conviction, or leave the field out for anything else.".to_string(),
            };
            sink.push(&field("sentences"), message);
            None
        }
        Some(Json::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(j, s)| read_sentence(s, &format!("{path}.sentences[{j}]"), sink))
            .collect::<Vec<_>>()
            .into_iter()
            .collect::<Option<Vec<_>>>()
            .map(Some),
        Some(other) => {
            wrong_type(
                &field("sentences"),
                "a list of sentences [ … ]",
                other,
                sink,
            );
            None
        }
    };
    Some(Disposal {
        id: id?,
        offence: offence?,
        kind: kind_?,
        date: date_?,
        under_18: under_18?,
        specified: specified?,
        summary_only: summary_only?,
        sentences: sentences?,
    })
}

fn read_sentence(v: &Json, path: &str, sink: &mut Sink) -> Option<Sentence> {
    let entries = object(v, path, "A sentence", sink)?;
    check_keys(entries, &SENTENCE_FIELDS, path, sink);
    let kind = required(entries, "type", path, &type_list(), sink)
        .and_then(|v| sentence_type(v, &join(path, "type"), sink));
    let months = optional(entries, "months", path, sink, whole_number);
    let days = optional(entries, "days", path, sink, whole_number);
    let ends = optional(entries, "ends", path, sink, date);
    let suspended = optional(entries, "suspended", path, sink, boolean);
    Some(Sentence {
        kind: kind?,
        months: months.ok()?,
        days: days.ok()?,
        ends: ends.ok()?,
        suspended: suspended.ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_writes_quotes_backslashes_and_control_characters_as_escapes() {
        assert_eq!(
            escaped("a\"b\\c\nd\te\u{1b}f é"),
            "a\\\"b\\\\c\\nd\\te\\u{1b}f é"
        );
    }

    const GOOD: &str = r#"{ "check_date": "2016-07-15", "certificate_issued": "2016-06-20", "disposals": [
      { "id": "fraud-2009", "kind": "conviction", "date": "2009-01-01", "under_18": false,
        "specified": null, "summary_only": true,
        "sentences": [ { "type": "imprisonment", "months": 6, "days": 3, "suspended": true },
                       { "type": "probation_order", "ends": "2010-01-01" } ] },
      { "id": "c", "kind": "caution", "date": "2012-03-04", "under_18": true, "specified": false } ] }"#;

    fn messages(json: &str) -> Vec<String> {
        parse_case_problems(json)
            .expect_err(json)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// A good case reads exactly as serde's derive reads it.
    #[test]
    fn a_good_case_reads_as_serde_reads_it() {
        let want: Case = serde_json::from_str(GOOD).unwrap();
        assert_eq!(parse_case_problems(GOOD), Ok(want.clone()));
        assert_eq!(parse_case(GOOD), Ok(want.clone()));
        // And what the app writes reads back the same.
        let written = serde_json::to_string_pretty(&want).unwrap();
        assert_eq!(parse_case_problems(&written), Ok(want));
    }

    #[test]
    fn byte_order_mark_accepted_once() {
        assert!(parse_case_problems(&format!("\u{feff}{GOOD}")).is_ok());
        assert!(parse_case_problems(&format!("\u{feff}\u{feff}{GOOD}")).is_err());
    }

    #[test]
    fn duplicate_key_named_once_however_often() {
        let json = GOOD.replace(
            "\"specified\": false",
            "\"specified\": false, \"specified\": true, \"specified\": true",
        );
        assert_eq!(
            messages(&json),
            ["disposals[1].specified (c): This field is given more than once. Give it once, so that it is clear which value is meant."]
        );
        let json = GOOD.replace(
            "\"check_date\": \"2016-07-15\",",
            "\"check_date\": \"2016-07-15\", \"check_date\": \"2016-07-15\",",
        );
        assert_eq!(messages(&json).len(), 1);
        assert!(messages(&json)[0].starts_with("check_date: "));
    }

    #[test]
    fn dates_exactly_yyyy_mm_dd() {
        for (bad, want) in [
            ("2019-02-29", "disposals[1].date (c): 2019-02-29 is not a real date: 2019 was not a leap year."),
            ("2019-04-31", "disposals[1].date (c): 2019-04-31 is not a real date."),
            ("2019-13-01", "disposals[1].date (c): 2019-13-01 is not a real date."),
            ("2019-00-10", "disposals[1].date (c): 2019-00-10 is not a real date."),
            ("2019-2-03", "disposals[1].date (c): \"2019-2-03\" is not a date written YYYY-MM-DD (a four-digit year, then a two-digit month and day, for example 2016-07-01)."),
        ] {
            assert_eq!(messages(&GOOD.replace("2012-03-04", bad)), [want], "{bad}");
        }
        for bad in [
            "+2019-02-03",
            "2019-02-03T00:00",
            "2019-02-3",
            "19-02-03",
            " 2019-02-03",
            "2019/02/03",
            "２０１９-02-03",
            "2019-02-0٣",
        ] {
            let got = messages(&GOOD.replace("2012-03-04", bad));
            assert_eq!(got.len(), 1, "{bad}");
            assert!(
                got[0].contains("is not a date written YYYY-MM-DD"),
                "{bad}: {got:?}"
            );
        }
        assert!(parse_case_problems(&GOOD.replace("2012-03-04", "2012-02-29")).is_ok());
    }

    #[test]
    fn every_problem_in_one_pass() {
        let json = r#"{ "check_date": 20160715, "colour": "red", "disposals": [
          { "id": "a", "kind": "conviction", "date": "2009-01-01", "under_18": "no", "specified": false,
            "sentences": [ { "type": "fine", "months": 2.5 }, [ "fine" ], { "type": "prison", "length": 3 } ] },
          { "id": 7, "kind": "warning", "date": "2009-01-01", "under_18": false },
          [ "b", "caution" ],
          { "id": "d", "kind": "caution", "date": "2009-01-01", "under_18": false, "specified": null,
            "summary_only": null, "sentences": null } ] }"#;
        let want = [
            "colour: There is no field \"colour\" here (check the spelling). The fields here are jurisdiction, check_date, certificate_issued and disposals.",
            "check_date: This must be a date written YYYY-MM-DD, not the number 20160715.",
            "disposals[0].under_18 (a): This must be true or false, not the text \"no\".",
            "disposals[0].sentences[0].months (a): This must be a whole number, not the number 2.5.",
            "disposals[0].sentences[1] (a): A sentence must be written as an object with field names { \"…\": … }, not as a list [ … ].",
            "disposals[0].sentences[2].length (a): There is no field \"length\" here (check the spelling). The fields here are type, months, days, ends and suspended.",
            "disposals[0].sentences[2].type (a): \"prison\" is not a sentence type of the case format. It must be one of ",
            "disposals[1].id: This must be text in double quotes, not the number 7.",
            "disposals[1].kind: \"warning\" is not a kind of item. It must be one of conviction, caution, informed_warning and diversionary_youth_conference.",
            "disposals[1].specified: This is missing. It must be true, false, or null if you are not sure.",
            "disposals[2]: An item must be written as an object with field names { \"…\": … }, not as a list [ … ].",
            "disposals[3].summary_only (d): This cannot be null. Only a conviction can be for a summary-only offence: leave the field out for a caution.",
            "disposals[3].sentences (d): This cannot be null. A caution has no sentences: leave the field out.",
        ];
        let got = messages(json);
        assert_eq!(got.len(), want.len(), "{got:#?}");
        for (g, w) in got.iter().zip(want) {
            assert!(g.starts_with(w), "{g}\nwanted {w}");
        }
        let problems = parse_case_problems(json).unwrap_err();
        assert_eq!(problems[2].disposal, Some(0));
        assert_eq!(problems[2].id.as_deref(), Some("a"));
        assert_eq!(problems[10].disposal, Some(2));
        assert_eq!(problems[10].id, None);
    }

    #[test]
    fn null_where_null_is_allowed_and_where_not() {
        // A conviction's summary_only null reads as not given, as before.
        let conviction = GOOD.replace("\"summary_only\": true", "\"summary_only\": null");
        let case = parse_case_problems(&conviction).unwrap();
        assert_eq!(case.disposals[0].summary_only, None);
        // Optional fields given as null are not given.
        let nulls = GOOD
            .replace(
                "\"certificate_issued\": \"2016-06-20\"",
                "\"certificate_issued\": null",
            )
            .replace("\"days\": 3", "\"days\": null");
        let case = parse_case_problems(&nulls).unwrap();
        assert_eq!(case.certificate_issued, None);
        assert_eq!(case.disposals[0].sentences()[0].days, None);
        // A conviction's sentences: null is not "no sentences".
        let json = GOOD.replace(
            "\"sentences\": [ { \"type\": \"imprisonment\", \"months\": 6, \"days\": 3, \"suspended\": true },\n                       { \"type\": \"probation_order\", \"ends\": \"2010-01-01\" } ]",
            "\"sentences\": null",
        );
        assert_eq!(messages(&json), ["disposals[0].sentences (fraud-2009): This cannot be null. List the conviction's sentences, for example [ { \"type\": \"fine\" } ]."]);
        // specified may be null but not missing.
        let json = GOOD.replace(", \"specified\": false", "");
        assert_eq!(messages(&json), ["disposals[1].specified (c): This is missing. It must be true, false, or null if you are not sure."]);
    }

    #[test]
    fn positional_arrays_refused() {
        assert_eq!(
            messages(r#"["2016-07-01", null, []]"#),
            ["A case must be a JSON object { … }, not a list [ … ]. To check several cases, read them as a list of cases."]
        );
        let got = parse_cases(r#"[["2016-07-01", null, []]]"#).unwrap();
        assert!(got.array);
        let p = got.cases[0].as_ref().unwrap_err();
        assert_eq!(p[0].to_string(), "A case must be written as an object with field names { \"…\": … }, not as a list [ … ].");
        let json = r#"{"check_date":"2016-07-01","disposals":[["a","caution","2010-01-01",false,false,null,null]]}"#;
        assert_eq!(messages(json).len(), 1);
        assert!(messages(json)[0].starts_with("disposals[0]: An item must be written as an object"));
    }

    #[test]
    fn syntax_errors_in_plain_words() {
        assert_eq!(
            messages("{ \"check_date\": \"2016-07-01\",\n  \"disposals\": [] ]"),
            ["This is not valid JSON: on line 2, column 19, a comma, or a } to close the object, is missing."]
        );
        assert_eq!(
            messages("{ \"check_date\": "),
            ["This is not valid JSON: it stops before it is finished (line 1, column 16). Part of it may be missing."]
        );
        for empty in ["", " \n ", "\u{feff}"] {
            assert_eq!(
                messages(empty),
                ["The text is empty: there is no case in it."]
            );
        }
        assert_eq!(
            messages("{\"check_date\": True}"),
            ["This is not valid JSON: on line 1, column 16, a value was expected (text goes in double quotes; true, false and null are written in lower case)."]
        );
        assert!(messages("not json")[0]
            .starts_with("This is not valid JSON: on line 1, column 2, a word is not understood"));
        assert_eq!(
            messages("{\"a\":\"\\x\"}"),
            ["This is not valid JSON: on line 1, column 8, a backslash (\\) in text must be written \\\\."]
        );
        assert!(parse_case("{}")
            .unwrap_err()
            .starts_with("This is not a valid case. check_date: This is missing."));
    }

    #[test]
    fn an_array_reads_each_case_on_its_own() {
        let bad = GOOD.replace("2012-03-04", "2019-02-29");
        let got = parse_cases(&format!("[{GOOD}, {bad}, {GOOD}]")).unwrap();
        assert!(got.array);
        assert_eq!(got.cases.len(), 3);
        assert!(got.cases[0].is_ok() && got.cases[2].is_ok());
        assert_eq!(got.cases[1].as_ref().unwrap_err().len(), 1);
        let one = parse_cases(GOOD).unwrap();
        assert!(!one.array);
        assert_eq!(one.cases.len(), 1);
        assert!(parse_cases("[1,").is_err());
        assert_eq!(parse_cases("[]").unwrap().cases.len(), 0);
    }

    #[test]
    fn odd_input_never_panics() {
        let deep = "[".repeat(10_000);
        for text in [
            deep.as_str(),
            "{\"check_date\":\"\u{e9}\u{e9}\u{e9}\u{e9}-\u{e9}-\u{e9}\",\"disposals\":[]}",
            "{\"check_date\":\"2016-07-01\",\"disposals\":[{\"id\":\"x\",\"kind\":\"conviction\",\"date\":\"2010-01-01\",\"under_18\":false,\"specified\":null,\"sentences\":[{\"type\":\"fine\",\"months\":99999999999999999999}]}]}",
            "{\"check_date\":\"2016-07-01\",\"disposals\":[{\"id\":\"x\",\"kind\":\"conviction\",\"date\":\"2010-01-01\",\"under_18\":false,\"specified\":null,\"sentences\":[{\"type\":\"fine\",\"months\":18446744073709551615, \"days\": -9223372036854775808}]}]}",
            "{\"\\ud800\": 1}",
            "{\"we ird\\n\": 1, \"\": 2}",
        ] {
            let _ = parse_case_problems(text);
            let _ = parse_cases(text);
        }
        let got = messages("{\"check_date\":\"2016-07-01\",\"disposals\":[],\"we ird\\n\": 1}");
        assert!(
            got[0].starts_with("[\"we ird\\n\"]: There is no field \"we ird\\n\" here"),
            "{got:?}"
        );
        let got = messages("{\"check_date\":\"2016-07-01\",\"disposals\":[{\"id\":\"x\",\"kind\":\"conviction\",\"date\":\"2010-01-01\",\"under_18\":false,\"specified\":null,\"sentences\":[{\"type\":\"fine\",\"months\":18446744073709551615}]}]}");
        assert_eq!(
            got,
            ["disposals[0].sentences[0].months (x): This number is too large."]
        );
    }
}
