//! Golden tests for England and Wales: every scenario of the MoJ "Check when
//! to disclose" test suite (`tests/data/ew-moj-scenarios.json`, a copy of
//! `shared/cases/ew-moj-scenarios.json`), one test each, named after its
//! source, checked on every field of `expected` by the same `check` as the
//! NI goldens (tests/common).

mod common;
use common::{cases, check, check_named, EW_BOUNDARIES, EW_MOJ};

macro_rules! moj {
    ($($test:ident => $name:literal,)*) => {
        $( #[test] fn $test() { check_named(EW_MOJ, $name); } )*
        const NAMED: &[&str] = &[$($name),*];
    };
}

moj! {
    head_features_adults_caution_feature_11 => "head:features/adults/caution.feature:11",
    head_features_adults_caution_feature_23 => "head:features/adults/caution.feature:23",
    head_features_adults_conviction_custodial_sentence_feature_26 => "head:features/adults/conviction_custodial_sentence.feature:26",
    head_features_adults_conviction_custodial_sentence_feature_27 => "head:features/adults/conviction_custodial_sentence.feature:27",
    head_features_adults_conviction_custodial_sentence_feature_71 => "head:features/adults/conviction_custodial_sentence.feature:71",
    head_features_adults_conviction_custodial_sentence_feature_72 => "head:features/adults/conviction_custodial_sentence.feature:72",
    head_features_adults_conviction_custodial_sentence_feature_75 => "head:features/adults/conviction_custodial_sentence.feature:75",
    head_features_adults_conviction_discharge_feature_26 => "head:features/adults/conviction_discharge.feature:26",
    head_features_adults_conviction_motoring_feature_26 => "head:features/adults/conviction_motoring.feature:26",
    head_features_adults_conviction_motoring_feature_27 => "head:features/adults/conviction_motoring.feature:27",
    head_features_adults_conviction_motoring_feature_45 => "head:features/adults/conviction_motoring.feature:45",
    head_features_adults_conviction_motoring_feature_46 => "head:features/adults/conviction_motoring.feature:46",
    head_features_adults_conviction_motoring_feature_63 => "head:features/adults/conviction_motoring.feature:63",
    head_features_adults_conviction_motoring_feature_64 => "head:features/adults/conviction_motoring.feature:64",
    head_features_adults_conviction_motoring_feature_67 => "head:features/adults/conviction_motoring.feature:67",
    head_features_adults_conviction_motoring_feature_78 => "head:features/adults/conviction_motoring.feature:78",
    head_features_multiples_cautions_and_convictions_feature_4 => "head:features/multiples/cautions_and_convictions.feature:4",
    head_features_youth_caution_feature_11 => "head:features/youth/caution.feature:11",
    head_features_youth_caution_feature_23 => "head:features/youth/caution.feature:23",
    head_features_youth_conviction_custodial_sentence_feature_26 => "head:features/youth/conviction_custodial_sentence.feature:26",
    head_features_youth_conviction_custodial_sentence_feature_27 => "head:features/youth/conviction_custodial_sentence.feature:27",
    head_features_youth_conviction_custodial_sentence_feature_71 => "head:features/youth/conviction_custodial_sentence.feature:71",
    head_features_youth_conviction_custodial_sentence_feature_72 => "head:features/youth/conviction_custodial_sentence.feature:72",
    head_features_youth_conviction_custodial_sentence_feature_75 => "head:features/youth/conviction_custodial_sentence.feature:75",
    head_features_youth_conviction_motoring_feature_26 => "head:features/youth/conviction_motoring.feature:26",
    head_features_youth_conviction_motoring_feature_27 => "head:features/youth/conviction_motoring.feature:27",
    head_features_youth_conviction_motoring_feature_45 => "head:features/youth/conviction_motoring.feature:45",
    head_features_youth_conviction_motoring_feature_46 => "head:features/youth/conviction_motoring.feature:46",
    head_features_youth_conviction_motoring_feature_64 => "head:features/youth/conviction_motoring.feature:64",
    head_features_youth_conviction_motoring_feature_65 => "head:features/youth/conviction_motoring.feature:65",
    head_features_youth_conviction_motoring_feature_68 => "head:features/youth/conviction_motoring.feature:68",
    head_features_youth_conviction_motoring_feature_79 => "head:features/youth/conviction_motoring.feature:79",
    head_spec_presenters_dbs_visibility_spec_rb_34 => "head:spec/presenters/dbs_visibility_spec.rb:34",
    head_spec_presenters_dbs_visibility_spec_rb_54 => "head:spec/presenters/dbs_visibility_spec.rb:54",
    head_spec_presenters_dbs_visibility_spec_rb_60 => "head:spec/presenters/dbs_visibility_spec.rb:60",
    head_spec_presenters_dbs_visibility_spec_rb_81 => "head:spec/presenters/dbs_visibility_spec.rb:81",
    head_spec_presenters_dbs_visibility_spec_rb_91 => "head:spec/presenters/dbs_visibility_spec.rb:91",
    head_spec_presenters_dbs_visibility_spec_rb_97 => "head:spec/presenters/dbs_visibility_spec.rb:97",
    head_spec_presenters_dbs_visibility_spec_rb_107 => "head:spec/presenters/dbs_visibility_spec.rb:107",
    head_spec_presenters_dbs_visibility_spec_rb_113 => "head:spec/presenters/dbs_visibility_spec.rb:113",
    head_spec_presenters_results_presenter_spec_rb_31 => "head:spec/presenters/results_presenter_spec.rb:31",
    head_spec_services_calculators_addition_calculator_spec_rb_20 => "head:spec/services/calculators/addition_calculator_spec.rb:20",
    head_spec_services_calculators_addition_calculator_spec_rb_26 => "head:spec/services/calculators/addition_calculator_spec.rb:26",
    head_spec_services_calculators_addition_calculator_spec_rb_33 => "head:spec/services/calculators/addition_calculator_spec.rb:33",
    head_spec_services_calculators_addition_calculator_spec_rb_41 => "head:spec/services/calculators/addition_calculator_spec.rb:41",
    head_spec_services_calculators_addition_calculator_spec_rb_47 => "head:spec/services/calculators/addition_calculator_spec.rb:47",
    head_spec_services_calculators_addition_calculator_spec_rb_54 => "head:spec/services/calculators/addition_calculator_spec.rb:54",
    head_spec_services_calculators_addition_calculator_spec_rb_62 => "head:spec/services/calculators/addition_calculator_spec.rb:62",
    head_spec_services_calculators_addition_calculator_spec_rb_68 => "head:spec/services/calculators/addition_calculator_spec.rb:68",
    head_spec_services_calculators_addition_calculator_spec_rb_75 => "head:spec/services/calculators/addition_calculator_spec.rb:75",
    head_spec_services_calculators_addition_calculator_spec_rb_82 => "head:spec/services/calculators/addition_calculator_spec.rb:82",
    head_spec_services_calculators_addition_calculator_spec_rb_88 => "head:spec/services/calculators/addition_calculator_spec.rb:88",
    head_spec_services_calculators_caution_calculator_spec_rb_34 => "head:spec/services/calculators/caution_calculator_spec.rb:34",
    head_spec_services_calculators_caution_calculator_spec_rb_43 => "head:spec/services/calculators/caution_calculator_spec.rb:43",
    head_spec_services_calculators_caution_calculator_spec_rb_52 => "head:spec/services/calculators/caution_calculator_spec.rb:52",
    head_spec_services_calculators_caution_calculator_spec_rb_62 => "head:spec/services/calculators/caution_calculator_spec.rb:62",
    head_spec_services_calculators_caution_calculator_spec_rb_72 => "head:spec/services/calculators/caution_calculator_spec.rb:72",
    head_spec_services_calculators_caution_calculator_spec_rb_85 => "head:spec/services/calculators/caution_calculator_spec.rb:85",
    head_spec_services_calculators_caution_calculator_spec_rb_94 => "head:spec/services/calculators/caution_calculator_spec.rb:94",
    head_spec_services_calculators_compensation_calculator_spec_rb_17 => "head:spec/services/calculators/compensation_calculator_spec.rb:17",
    head_spec_services_calculators_immediately_calculator_spec_rb_15 => "head:spec/services/calculators/immediately_calculator_spec.rb:15",
    head_spec_services_calculators_motoring_adult_fine_spec_rb_21 => "head:spec/services/calculators/motoring/adult/fine_spec.rb:21",
    head_spec_services_calculators_motoring_adult_fine_spec_rb_25 => "head:spec/services/calculators/motoring/adult/fine_spec.rb:25",
    head_spec_services_calculators_motoring_adult_penalty_notice_spec_rb_17 => "head:spec/services/calculators/motoring/adult/penalty_notice_spec.rb:17",
    head_spec_services_calculators_motoring_adult_penalty_points_spec_rb_17 => "head:spec/services/calculators/motoring/adult/penalty_points_spec.rb:17",
    head_spec_services_calculators_motoring_youth_fine_spec_rb_21 => "head:spec/services/calculators/motoring/youth/fine_spec.rb:21",
    head_spec_services_calculators_motoring_youth_fine_spec_rb_25 => "head:spec/services/calculators/motoring/youth/fine_spec.rb:25",
    head_spec_services_calculators_motoring_youth_penalty_notice_spec_rb_17 => "head:spec/services/calculators/motoring/youth/penalty_notice_spec.rb:17",
    head_spec_services_calculators_motoring_youth_penalty_points_spec_rb_17 => "head:spec/services/calculators/motoring/youth/penalty_points_spec.rb:17",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_20 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:20",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_75 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:75",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_155 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:155",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_206 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:206",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_258 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:258",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_391 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:391",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_416 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:416",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_462 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:462",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_529 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:529",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_599 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:599",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_63 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:63",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_115 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:115",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_168 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:168",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_201 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:201",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_235 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:235",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_262 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:262",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_290 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:290",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_330 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:330",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_341 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:341",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_373 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:373",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_383 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:383",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_415 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:415",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_425 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:425",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_468 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:468",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_520 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:520",
    head_spec_services_calculators_multiples_multiple_offenses_calculator_spec_rb_573 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:573",
    head_spec_services_calculators_sentence_calculator_spec_rb_24 => "head:spec/services/calculators/sentence_calculator_spec.rb:24",
    head_spec_services_calculators_sentence_calculator_spec_rb_31 => "head:spec/services/calculators/sentence_calculator_spec.rb:31",
    head_spec_services_calculators_sentence_calculator_spec_rb_38 => "head:spec/services/calculators/sentence_calculator_spec.rb:38",
    head_spec_services_calculators_sentence_calculator_spec_rb_46 => "head:spec/services/calculators/sentence_calculator_spec.rb:46",
    head_spec_services_calculators_sentence_calculator_spec_rb_54 => "head:spec/services/calculators/sentence_calculator_spec.rb:54",
    head_spec_services_calculators_sentence_calculator_spec_rb_62 => "head:spec/services/calculators/sentence_calculator_spec.rb:62",
    head_spec_services_calculators_sentence_calculator_spec_rb_81 => "head:spec/services/calculators/sentence_calculator_spec.rb:81",
    head_spec_services_calculators_sentence_calculator_spec_rb_91 => "head:spec/services/calculators/sentence_calculator_spec.rb:91",
    head_spec_services_calculators_sentence_calculator_spec_rb_98 => "head:spec/services/calculators/sentence_calculator_spec.rb:98",
    head_spec_services_calculators_sentence_calculator_spec_rb_106 => "head:spec/services/calculators/sentence_calculator_spec.rb:106",
    head_spec_services_calculators_sentence_calculator_spec_rb_114 => "head:spec/services/calculators/sentence_calculator_spec.rb:114",
    head_spec_services_calculators_sentence_calculator_spec_rb_122 => "head:spec/services/calculators/sentence_calculator_spec.rb:122",
    head_spec_services_calculators_sentence_calculator_spec_rb_140 => "head:spec/services/calculators/sentence_calculator_spec.rb:140",
    head_spec_services_calculators_sentence_calculator_spec_rb_147 => "head:spec/services/calculators/sentence_calculator_spec.rb:147",
    head_spec_services_calculators_sentence_calculator_spec_rb_154 => "head:spec/services/calculators/sentence_calculator_spec.rb:154",
    head_spec_services_calculators_sentence_calculator_spec_rb_162 => "head:spec/services/calculators/sentence_calculator_spec.rb:162",
    head_spec_services_calculators_sentence_calculator_spec_rb_170 => "head:spec/services/calculators/sentence_calculator_spec.rb:170",
    head_spec_services_calculators_sentence_calculator_spec_rb_178 => "head:spec/services/calculators/sentence_calculator_spec.rb:178",
    head_spec_services_calculators_sentence_calculator_spec_rb_197 => "head:spec/services/calculators/sentence_calculator_spec.rb:197",
    head_spec_services_calculators_sentence_calculator_spec_rb_207 => "head:spec/services/calculators/sentence_calculator_spec.rb:207",
    head_spec_services_calculators_sentence_calculator_spec_rb_214 => "head:spec/services/calculators/sentence_calculator_spec.rb:214",
    head_spec_services_calculators_sentence_calculator_spec_rb_222 => "head:spec/services/calculators/sentence_calculator_spec.rb:222",
    head_spec_services_calculators_sentence_calculator_spec_rb_230 => "head:spec/services/calculators/sentence_calculator_spec.rb:230",
    head_spec_services_calculators_sentence_calculator_spec_rb_238 => "head:spec/services/calculators/sentence_calculator_spec.rb:238",
    pre_pcsc_features_adults_caution_feature_11 => "pre_pcsc:features/adults/caution.feature:11",
    pre_pcsc_features_adults_caution_feature_24 => "pre_pcsc:features/adults/caution.feature:24",
    pre_pcsc_features_adults_conviction_custodial_sentence_feature_33 => "pre_pcsc:features/adults/conviction_custodial_sentence.feature:33",
    pre_pcsc_features_adults_conviction_custodial_sentence_feature_34 => "pre_pcsc:features/adults/conviction_custodial_sentence.feature:34",
    pre_pcsc_features_adults_conviction_discharge_feature_26 => "pre_pcsc:features/adults/conviction_discharge.feature:26",
    pre_pcsc_features_adults_conviction_motoring_feature_26 => "pre_pcsc:features/adults/conviction_motoring.feature:26",
    pre_pcsc_features_adults_conviction_motoring_feature_45 => "pre_pcsc:features/adults/conviction_motoring.feature:45",
    pre_pcsc_features_adults_conviction_motoring_feature_46 => "pre_pcsc:features/adults/conviction_motoring.feature:46",
    pre_pcsc_features_adults_conviction_motoring_feature_78 => "pre_pcsc:features/adults/conviction_motoring.feature:78",
    pre_pcsc_features_multiples_cautions_and_convictions_feature_4 => "pre_pcsc:features/multiples/cautions_and_convictions.feature:4",
    pre_pcsc_features_youth_caution_feature_11 => "pre_pcsc:features/youth/caution.feature:11",
    pre_pcsc_features_youth_caution_feature_24 => "pre_pcsc:features/youth/caution.feature:24",
    pre_pcsc_features_youth_conviction_custodial_sentence_feature_33 => "pre_pcsc:features/youth/conviction_custodial_sentence.feature:33",
    pre_pcsc_features_youth_conviction_custodial_sentence_feature_34 => "pre_pcsc:features/youth/conviction_custodial_sentence.feature:34",
    pre_pcsc_features_youth_conviction_motoring_feature_26 => "pre_pcsc:features/youth/conviction_motoring.feature:26",
    pre_pcsc_features_youth_conviction_motoring_feature_45 => "pre_pcsc:features/youth/conviction_motoring.feature:45",
    pre_pcsc_features_youth_conviction_motoring_feature_46 => "pre_pcsc:features/youth/conviction_motoring.feature:46",
    pre_pcsc_spec_presenters_results_presenter_spec_rb_31 => "pre_pcsc:spec/presenters/results_presenter_spec.rb:31",
    pre_pcsc_spec_services_calculators_addition_calculator_spec_rb_42 => "pre_pcsc:spec/services/calculators/addition_calculator_spec.rb:42",
    pre_pcsc_spec_services_calculators_addition_calculator_spec_rb_48 => "pre_pcsc:spec/services/calculators/addition_calculator_spec.rb:48",
    pre_pcsc_spec_services_calculators_addition_calculator_spec_rb_55 => "pre_pcsc:spec/services/calculators/addition_calculator_spec.rb:55",
    pre_pcsc_spec_services_calculators_addition_calculator_spec_rb_63 => "pre_pcsc:spec/services/calculators/addition_calculator_spec.rb:63",
    pre_pcsc_spec_services_calculators_addition_calculator_spec_rb_69 => "pre_pcsc:spec/services/calculators/addition_calculator_spec.rb:69",
    pre_pcsc_spec_services_calculators_addition_calculator_spec_rb_76 => "pre_pcsc:spec/services/calculators/addition_calculator_spec.rb:76",
    pre_pcsc_spec_services_calculators_motoring_adult_penalty_points_spec_rb_17 => "pre_pcsc:spec/services/calculators/motoring/adult/penalty_points_spec.rb:17",
    pre_pcsc_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_20 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:20",
    pre_pcsc_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_75 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:75",
    pre_pcsc_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_155 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:155",
    pre_pcsc_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_206 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:206",
    pre_pcsc_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_390 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:390",
    pre_pcsc_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_415 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:415",
    pre_pcsc_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_461 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:461",
    pre_pcsc_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_528 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:528",
    pre_pcsc_spec_services_calculators_multiples_multiple_offenses_calculator_scenarios_spec_rb_598 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:598",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_23 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:23",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_29 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:29",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_35 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:35",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_41 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:41",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_58 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:58",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_64 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:64",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_81 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:81",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_87 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:87",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_93 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:93",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_99 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:99",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_116 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:116",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_125 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:125",
    pre_pcsc_spec_services_calculators_sentence_calculator_spec_rb_131 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:131",
}

#[test]
fn every_moj_scenario_has_a_test() {
    let names: Vec<String> = cases(EW_MOJ)
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names.len(), 166);
    for n in &names {
        assert!(NAMED.contains(&n.as_str()), "no test for {n}");
    }
}

/// What MoJ's own test says is part of `expected`, except where the entry
/// says why the two differ: there MoJ's value must differ, so the note is
/// never stale.
#[test]
fn moj_says_is_part_of_expected() {
    let mut differing = 0;
    for c in cases(EW_MOJ) {
        let says = c["moj_says"].as_object().unwrap();
        let differs = c.get("differs_because").is_some();
        let mut any = false;
        for (id, fields) in says {
            for (field, want) in fields.as_object().unwrap() {
                let expected = &c["expected"][id][field];
                if expected != want {
                    assert!(differs, "{} {id}.{field}", c["name"]);
                    any = true;
                }
            }
        }
        if differs {
            assert!(any, "{}: differs_because, but MoJ agrees", c["name"]);
            differing += 1;
        }
    }
    assert_eq!(differing, 62);
}

/// The project's copy of the scenarios is the shared one, when the shared
/// folder is beside the project (the project tests without it too).
#[test]
fn moj_scenarios_are_the_shared_copy() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/cases/ew-moj-scenarios.json");
    let Ok(text) = std::fs::read_to_string(&shared) else {
        eprintln!("{} not found: comparison skipped", shared.display());
        return;
    };
    assert!(
        text == EW_MOJ,
        "tests/data/ew-moj-scenarios.json differs from {}: copy it again",
        shared.display()
    );
}

/// Our own E&W boundary cases (regime transitions, savings, "not sure",
/// month ends, drag-through): every case checked, all failures named.
#[test]
fn ew_boundary_cases() {
    let all = cases(EW_BOUNDARIES);
    assert!(all.len() >= 16, "only {} boundary cases", all.len());
    let diffs: Vec<String> = all.iter().flat_map(check).collect();
    assert!(
        diffs.is_empty(),
        "{} differences:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}
