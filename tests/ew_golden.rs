//! Golden tests for England and Wales: every scenario of the MoJ "Check when
//! to disclose" test suite (`tests/data/ew-moj-scenarios.json`, a copy of
//! `shared/cases/ew-moj-scenarios.json`), one test each, named after its
//! scenario's words (and its source file and line), checked on every field of `expected` by the same `check` as the
//! NI goldens (tests/common).
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod common;
use common::{cases, check, check_named, EW_BOUNDARIES, EW_MOJ};

macro_rules! moj {
    ($($test:ident => $name:literal,)*) => {
        $( #[test] fn $test() { check_named(EW_MOJ, $name); } )*
        const NAMED: &[&str] = &[$($name),*];
    };
}

moj! {
    over_18_simple_caution_at_caution_11 => "head:features/adults/caution.feature:11",
    over_18_conditional_caution_at_caution_23 => "head:features/adults/caution.feature:23",
    prison_sentences_subtype_prison_sentence_result_this_at_conviction_custodial_sentence_26 => "head:features/adults/conviction_custodial_sentence.feature:26",
    prison_sentences_subtype_suspended_prison_sentence_result_at_conviction_custodial_sentence_27 => "head:features/adults/conviction_custodial_sentence.feature:27",
    hospital_orders_with_no_length_or_indefinite_length_subtype_at_conviction_custodial_sentence_71 => "head:features/adults/conviction_custodial_sentence.feature:71",
    hospital_orders_with_no_length_or_indefinite_length_subtype_at_conviction_custodial_sentence_72 => "head:features/adults/conviction_custodial_sentence.feature:72",
    prison_sentences_schedule_18_offences_at_conviction_custodial_sentence_75 => "head:features/adults/conviction_custodial_sentence.feature:75",
    conviction_discharge_absolute_discharge_at_conviction_discharge_26 => "head:features/adults/conviction_discharge.feature:26",
    motoring_disqualification_with_length_subtype_at_conviction_motoring_26 => "head:features/adults/conviction_motoring.feature:26",
    motoring_disqualification_with_length_subtype_at_conviction_motoring_27 => "head:features/adults/conviction_motoring.feature:27",
    motoring_disqualification_without_length_or_indefinite_at_conviction_motoring_45 => "head:features/adults/conviction_motoring.feature:45",
    motoring_disqualification_without_length_or_indefinite_at_conviction_motoring_46 => "head:features/adults/conviction_motoring.feature:46",
    motoring_fine_subtype_fine_endorsement_yes_spent_date_this_at_conviction_motoring_63 => "head:features/adults/conviction_motoring.feature:63",
    motoring_fine_subtype_fine_endorsement_no_spent_date_this_at_conviction_motoring_64 => "head:features/adults/conviction_motoring.feature:64",
    motoring_endorsed_fpn_at_conviction_motoring_67 => "head:features/adults/conviction_motoring.feature:67",
    motoring_penalty_points_at_conviction_motoring_78 => "head:features/adults/conviction_motoring.feature:78",
    discharge_order_and_community_order_at_cautions_and_convictions_4 => "head:features/multiples/cautions_and_convictions.feature:4",
    under_18_simple_caution_at_caution_11 => "head:features/youth/caution.feature:11",
    under_18_conditional_caution_at_caution_23 => "head:features/youth/caution.feature:23",
    prison_sentences_subtype_detention_and_training_order_dto_at_conviction_custodial_sentence_26 => "head:features/youth/conviction_custodial_sentence.feature:26",
    prison_sentences_subtype_detention_result_this_conviction_at_conviction_custodial_sentence_27 => "head:features/youth/conviction_custodial_sentence.feature:27",
    hospital_orders_with_no_length_or_indefinite_length_subtype_at_conviction_custodial_sentence_71_2 => "head:features/youth/conviction_custodial_sentence.feature:71",
    hospital_orders_with_no_length_or_indefinite_length_subtype_at_conviction_custodial_sentence_72_2 => "head:features/youth/conviction_custodial_sentence.feature:72",
    prison_sentences_schedule_18_offences_at_conviction_custodial_sentence_75_2 => "head:features/youth/conviction_custodial_sentence.feature:75",
    motoring_disqualification_with_length_subtype_at_conviction_motoring_26_2 => "head:features/youth/conviction_motoring.feature:26",
    motoring_disqualification_with_length_subtype_at_conviction_motoring_27_2 => "head:features/youth/conviction_motoring.feature:27",
    motoring_disqualification_without_length_or_indefinite_at_conviction_motoring_45_2 => "head:features/youth/conviction_motoring.feature:45",
    motoring_disqualification_without_length_or_indefinite_at_conviction_motoring_46_2 => "head:features/youth/conviction_motoring.feature:46",
    motoring_fine_subtype_fine_endorsement_yes_spent_date_this_at_conviction_motoring_64 => "head:features/youth/conviction_motoring.feature:64",
    motoring_fine_subtype_fine_endorsement_no_spent_date_this_at_conviction_motoring_65 => "head:features/youth/conviction_motoring.feature:65",
    motoring_endorsed_fpn_at_conviction_motoring_68 => "head:features/youth/conviction_motoring.feature:68",
    motoring_penalty_points_at_conviction_motoring_79 => "head:features/youth/conviction_motoring.feature:79",
    dbsvisibility_enhanced_when_a_caution_and_for_a_youth_at_dbs_visibility_34 => "head:spec/presenters/dbs_visibility_spec.rb:34",
    dbsvisibility_enhanced_when_a_caution_when_an_adult_caution_at_dbs_visibility_54 => "head:spec/presenters/dbs_visibility_spec.rb:54",
    dbsvisibility_enhanced_when_a_caution_when_an_adult_caution_at_dbs_visibility_60 => "head:spec/presenters/dbs_visibility_spec.rb:60",
    dbsvisibility_enhanced_when_a_conviction_and_a_spent_variant_at_dbs_visibility_81 => "head:spec/presenters/dbs_visibility_spec.rb:81",
    dbsvisibility_enhanced_when_a_conviction_and_a_spent_variant_at_dbs_visibility_91 => "head:spec/presenters/dbs_visibility_spec.rb:91",
    dbsvisibility_enhanced_when_a_conviction_and_a_spent_variant_at_dbs_visibility_97 => "head:spec/presenters/dbs_visibility_spec.rb:97",
    dbsvisibility_enhanced_when_a_conviction_and_a_spent_variant_at_dbs_visibility_107 => "head:spec/presenters/dbs_visibility_spec.rb:107",
    dbsvisibility_enhanced_when_a_conviction_and_a_spent_variant_at_dbs_visibility_113 => "head:spec/presenters/dbs_visibility_spec.rb:113",
    results_page_spent_date_dto_factory_at_results_presenter_31 => "head:spec/presenters/results_presenter_spec.rb:31",
    calculators_additioncalculator_calculators_at_addition_calculator_20 => "head:spec/services/calculators/addition_calculator_spec.rb:20",
    calculators_additioncalculator_calculators_at_addition_calculator_26 => "head:spec/services/calculators/addition_calculator_spec.rb:26",
    calculators_additioncalculator_calculators_at_addition_calculator_33 => "head:spec/services/calculators/addition_calculator_spec.rb:33",
    calculators_additioncalculator_calculators_at_addition_calculator_41 => "head:spec/services/calculators/addition_calculator_spec.rb:41",
    calculators_additioncalculator_calculators_at_addition_calculator_47 => "head:spec/services/calculators/addition_calculator_spec.rb:47",
    calculators_additioncalculator_calculators_at_addition_calculator_54 => "head:spec/services/calculators/addition_calculator_spec.rb:54",
    calculators_additioncalculator_calculators_at_addition_calculator_62 => "head:spec/services/calculators/addition_calculator_spec.rb:62",
    calculators_additioncalculator_calculators_at_addition_calculator_68 => "head:spec/services/calculators/addition_calculator_spec.rb:68",
    calculators_additioncalculator_calculators_at_addition_calculator_75 => "head:spec/services/calculators/addition_calculator_spec.rb:75",
    calculators_additioncalculator_calculators_at_addition_calculator_82 => "head:spec/services/calculators/addition_calculator_spec.rb:82",
    calculators_additioncalculator_calculators_at_addition_calculator_88 => "head:spec/services/calculators/addition_calculator_spec.rb:88",
    calculators_cautioncalculator_expiry_date_when_a_conditional_at_caution_calculator_34 => "head:spec/services/calculators/caution_calculator_spec.rb:34",
    calculators_cautioncalculator_expiry_date_when_a_conditional_at_caution_calculator_43 => "head:spec/services/calculators/caution_calculator_spec.rb:43",
    calculators_cautioncalculator_expiry_date_when_a_conditional_at_caution_calculator_52 => "head:spec/services/calculators/caution_calculator_spec.rb:52",
    calculators_cautioncalculator_expiry_date_when_a_conditional_at_caution_calculator_62 => "head:spec/services/calculators/caution_calculator_spec.rb:62",
    calculators_cautioncalculator_expiry_date_when_a_conditional_at_caution_calculator_72 => "head:spec/services/calculators/caution_calculator_spec.rb:72",
    calculators_cautioncalculator_expiry_date_when_a_conditional_at_caution_calculator_85 => "head:spec/services/calculators/caution_calculator_spec.rb:85",
    calculators_cautioncalculator_expiry_date_when_a_conditional_at_caution_calculator_94 => "head:spec/services/calculators/caution_calculator_spec.rb:94",
    calculators_compensationcalculator_expiry_date_returns_at_compensation_calculator_17 => "head:spec/services/calculators/compensation_calculator_spec.rb:17",
    calculators_immediatelycalculator_expiry_date_returns_at_immediately_calculator_15 => "head:spec/services/calculators/immediately_calculator_spec.rb:15",
    calculators_motoring_adult_fine_expiry_date_with_a_motoring_at_fine_21 => "head:spec/services/calculators/motoring/adult/fine_spec.rb:21",
    calculators_motoring_adult_fine_expiry_date_without_a_at_fine_25 => "head:spec/services/calculators/motoring/adult/fine_spec.rb:25",
    calculators_motoring_adult_penaltynotice_expiry_date_at_penalty_notice_17 => "head:spec/services/calculators/motoring/adult/penalty_notice_spec.rb:17",
    calculators_motoring_adult_penaltypoints_expiry_date_with_a_at_penalty_points_17 => "head:spec/services/calculators/motoring/adult/penalty_points_spec.rb:17",
    calculators_motoring_youth_fine_expiry_date_with_a_motoring_at_fine_21 => "head:spec/services/calculators/motoring/youth/fine_spec.rb:21",
    calculators_motoring_youth_fine_expiry_date_without_a_at_fine_25 => "head:spec/services/calculators/motoring/youth/fine_spec.rb:25",
    calculators_motoring_youth_penaltynotice_expiry_date_at_penalty_notice_17 => "head:spec/services/calculators/motoring/youth/penalty_notice_spec.rb:17",
    calculators_motoring_youth_penaltypoints_expiry_date_with_a_at_penalty_points_17 => "head:spec/services/calculators/motoring/youth/penalty_points_spec.rb:17",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_20 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:20",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_75 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:75",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_155 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:155",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_206 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:206",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_258 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:258",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_391 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:391",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_416 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:416",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_462 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:462",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_529 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:529",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_599 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:599",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_63 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:63",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_115 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:115",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_168 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:168",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_201 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:201",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_235 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:235",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_262 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:262",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_290 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:290",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_330 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:330",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_341 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:341",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_373 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:373",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_383 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:383",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_415 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:415",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_425 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:425",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_468 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:468",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_520 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:520",
    calculators_multiples_multipleoffensescalculator_spent_date_at_multiple_offenses_calculator_573 => "head:spec/services/calculators/multiples/multiple_offenses_calculator_spec.rb:573",
    calculators_sentencecalculator_calculators_at_sentence_calculator_24 => "head:spec/services/calculators/sentence_calculator_spec.rb:24",
    calculators_sentencecalculator_calculators_at_sentence_calculator_31 => "head:spec/services/calculators/sentence_calculator_spec.rb:31",
    calculators_sentencecalculator_calculators_at_sentence_calculator_38 => "head:spec/services/calculators/sentence_calculator_spec.rb:38",
    calculators_sentencecalculator_calculators_at_sentence_calculator_46 => "head:spec/services/calculators/sentence_calculator_spec.rb:46",
    calculators_sentencecalculator_calculators_at_sentence_calculator_54 => "head:spec/services/calculators/sentence_calculator_spec.rb:54",
    calculators_sentencecalculator_calculators_at_sentence_calculator_62 => "head:spec/services/calculators/sentence_calculator_spec.rb:62",
    calculators_sentencecalculator_calculators_at_sentence_calculator_81 => "head:spec/services/calculators/sentence_calculator_spec.rb:81",
    calculators_sentencecalculator_calculators_at_sentence_calculator_91 => "head:spec/services/calculators/sentence_calculator_spec.rb:91",
    calculators_sentencecalculator_calculators_at_sentence_calculator_98 => "head:spec/services/calculators/sentence_calculator_spec.rb:98",
    calculators_sentencecalculator_calculators_at_sentence_calculator_106 => "head:spec/services/calculators/sentence_calculator_spec.rb:106",
    calculators_sentencecalculator_calculators_at_sentence_calculator_114 => "head:spec/services/calculators/sentence_calculator_spec.rb:114",
    calculators_sentencecalculator_calculators_at_sentence_calculator_122 => "head:spec/services/calculators/sentence_calculator_spec.rb:122",
    calculators_sentencecalculator_calculators_at_sentence_calculator_140 => "head:spec/services/calculators/sentence_calculator_spec.rb:140",
    calculators_sentencecalculator_calculators_at_sentence_calculator_147 => "head:spec/services/calculators/sentence_calculator_spec.rb:147",
    calculators_sentencecalculator_calculators_at_sentence_calculator_154 => "head:spec/services/calculators/sentence_calculator_spec.rb:154",
    calculators_sentencecalculator_calculators_at_sentence_calculator_162 => "head:spec/services/calculators/sentence_calculator_spec.rb:162",
    calculators_sentencecalculator_calculators_at_sentence_calculator_170 => "head:spec/services/calculators/sentence_calculator_spec.rb:170",
    calculators_sentencecalculator_calculators_at_sentence_calculator_178 => "head:spec/services/calculators/sentence_calculator_spec.rb:178",
    calculators_sentencecalculator_calculators_at_sentence_calculator_197 => "head:spec/services/calculators/sentence_calculator_spec.rb:197",
    calculators_sentencecalculator_calculators_at_sentence_calculator_207 => "head:spec/services/calculators/sentence_calculator_spec.rb:207",
    calculators_sentencecalculator_calculators_at_sentence_calculator_214 => "head:spec/services/calculators/sentence_calculator_spec.rb:214",
    calculators_sentencecalculator_calculators_at_sentence_calculator_222 => "head:spec/services/calculators/sentence_calculator_spec.rb:222",
    calculators_sentencecalculator_calculators_at_sentence_calculator_230 => "head:spec/services/calculators/sentence_calculator_spec.rb:230",
    calculators_sentencecalculator_calculators_at_sentence_calculator_238 => "head:spec/services/calculators/sentence_calculator_spec.rb:238",
    over_18_simple_caution_at_caution_11_2 => "pre_pcsc:features/adults/caution.feature:11",
    over_18_conditional_caution_at_caution_24 => "pre_pcsc:features/adults/caution.feature:24",
    prison_sentences_bailable_subtype_prison_sentence_result_at_conviction_custodial_sentence_33 => "pre_pcsc:features/adults/conviction_custodial_sentence.feature:33",
    prison_sentences_bailable_subtype_suspended_prison_sentence_at_conviction_custodial_sentence_34 => "pre_pcsc:features/adults/conviction_custodial_sentence.feature:34",
    conviction_discharge_absolute_discharge_at_conviction_discharge_26_2 => "pre_pcsc:features/adults/conviction_discharge.feature:26",
    motoring_disqualification_with_length_subtype_at_conviction_motoring_26_3 => "pre_pcsc:features/adults/conviction_motoring.feature:26",
    motoring_disqualification_without_length_or_indefinite_at_conviction_motoring_45_3 => "pre_pcsc:features/adults/conviction_motoring.feature:45",
    motoring_disqualification_without_length_or_indefinite_at_conviction_motoring_46_3 => "pre_pcsc:features/adults/conviction_motoring.feature:46",
    motoring_penalty_points_at_conviction_motoring_78_2 => "pre_pcsc:features/adults/conviction_motoring.feature:78",
    discharge_order_and_community_order_at_cautions_and_convictions_4_2 => "pre_pcsc:features/multiples/cautions_and_convictions.feature:4",
    under_18_simple_caution_at_caution_11_2 => "pre_pcsc:features/youth/caution.feature:11",
    under_18_conditional_caution_at_caution_24 => "pre_pcsc:features/youth/caution.feature:24",
    prison_sentences_bailable_subtype_detention_and_training_at_conviction_custodial_sentence_33 => "pre_pcsc:features/youth/conviction_custodial_sentence.feature:33",
    prison_sentences_bailable_subtype_detention_result_this_at_conviction_custodial_sentence_34 => "pre_pcsc:features/youth/conviction_custodial_sentence.feature:34",
    motoring_disqualification_with_length_subtype_at_conviction_motoring_26_4 => "pre_pcsc:features/youth/conviction_motoring.feature:26",
    motoring_disqualification_without_length_or_indefinite_at_conviction_motoring_45_4 => "pre_pcsc:features/youth/conviction_motoring.feature:45",
    motoring_disqualification_without_length_or_indefinite_at_conviction_motoring_46_4 => "pre_pcsc:features/youth/conviction_motoring.feature:46",
    results_page_spent_date_dto_factory_at_results_presenter_31_2 => "pre_pcsc:spec/presenters/results_presenter_spec.rb:31",
    calculators_additioncalculator_calculators_at_addition_calculator_42 => "pre_pcsc:spec/services/calculators/addition_calculator_spec.rb:42",
    calculators_additioncalculator_calculators_at_addition_calculator_48 => "pre_pcsc:spec/services/calculators/addition_calculator_spec.rb:48",
    calculators_additioncalculator_calculators_at_addition_calculator_55 => "pre_pcsc:spec/services/calculators/addition_calculator_spec.rb:55",
    calculators_additioncalculator_calculators_at_addition_calculator_63 => "pre_pcsc:spec/services/calculators/addition_calculator_spec.rb:63",
    calculators_additioncalculator_calculators_at_addition_calculator_69 => "pre_pcsc:spec/services/calculators/addition_calculator_spec.rb:69",
    calculators_additioncalculator_calculators_at_addition_calculator_76 => "pre_pcsc:spec/services/calculators/addition_calculator_spec.rb:76",
    calculators_motoring_adult_penaltypoints_expiry_date_with_a_at_penalty_points_17_2 => "pre_pcsc:spec/services/calculators/motoring/adult/penalty_points_spec.rb:17",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_20_2 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:20",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_75_2 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:75",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_155_2 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:155",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_206_2 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:206",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_390 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:390",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_415 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:415",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_461 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:461",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_528 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:528",
    calculators_multiples_multipleoffensescalculator_when_at_multiple_offenses_calculator_scenarios_598 => "pre_pcsc:spec/services/calculators/multiples/multiple_offenses_calculator_scenarios_spec.rb:598",
    calculators_sentencecalculator_calculators_at_sentence_calculator_23 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:23",
    calculators_sentencecalculator_calculators_at_sentence_calculator_29 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:29",
    calculators_sentencecalculator_calculators_at_sentence_calculator_35 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:35",
    calculators_sentencecalculator_calculators_at_sentence_calculator_41 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:41",
    calculators_sentencecalculator_calculators_at_sentence_calculator_58 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:58",
    calculators_sentencecalculator_calculators_at_sentence_calculator_64 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:64",
    calculators_sentencecalculator_calculators_at_sentence_calculator_81_2 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:81",
    calculators_sentencecalculator_calculators_at_sentence_calculator_87 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:87",
    calculators_sentencecalculator_calculators_at_sentence_calculator_93 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:93",
    calculators_sentencecalculator_calculators_at_sentence_calculator_99 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:99",
    calculators_sentencecalculator_calculators_at_sentence_calculator_116 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:116",
    calculators_sentencecalculator_calculators_at_sentence_calculator_125 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:125",
    calculators_sentencecalculator_calculators_at_sentence_calculator_131 => "pre_pcsc:spec/services/calculators/sentence_calculator_spec.rb:131",
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
/// folder is beside the project (the project tests without it too, but not under CI).
#[test]
fn moj_scenarios_are_the_shared_copy() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/cases/ew-moj-scenarios.json");
    // Skipped (and said) without the shared folder, except under CI.
    let Some(bytes) = common::shared_file("../shared/cases/ew-moj-scenarios.json") else {
        return;
    };
    let text = String::from_utf8_lossy(&bytes);
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
