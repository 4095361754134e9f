//! Reads an NI case (`shared/rules/case-format.md`) strictly: every
//! problem at once, each naming the disposal (by index and id) and the
//! field. The records and how each field is read are [`super::case`]'s.

use super::case::Case;
use crate::rules::parse::*;
use crate::rules::record::read_case;
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

pub(crate) fn case_from(v: &Json) -> Result<Case, Vec<Problem>> {
    read_case(v)
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
