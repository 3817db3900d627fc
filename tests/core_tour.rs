//! The guided tour of `core::tour`: its steps for the real and edited data,
//! the `step` URL value, the key findings of a country and step titles.
use central_asia_rights_map::core::data::*;
use central_asia_rights_map::core::messages::Lang;
use central_asia_rights_map::core::tour::*;
use central_asia_rights_map::core::view_model::concern_count;

fn real() -> RightsData {
    load_embedded().unwrap_or_else(|e| panic!("embedded data does not load: {e:?}"))
}

fn country(code: &str) -> TourStep {
    TourStep::Country { code: code.into() }
}

fn cases(code: &str) -> TourStep {
    TourStep::Cases { code: code.into() }
}

#[test]
fn real_tour_is_overview_then_each_country_with_its_cases() {
    let data = real();
    let steps = tour_steps(&data);
    assert_eq!(steps[0], TourStep::Overview);
    // Every country of the shipped data has cases.
    let mut expected = vec![TourStep::Overview];
    for c in &data.countries {
        expected.push(country(&c.code));
        expected.push(cases(&c.code));
    }
    assert_eq!(steps, expected);
    assert_eq!(steps.len(), 11);
}

#[test]
fn each_country_appears_once_in_data_order() {
    let data = real();
    let steps = tour_steps(&data);
    let countries: Vec<&str> = steps
        .iter()
        .filter(|s| matches!(s, TourStep::Country { .. }))
        .filter_map(TourStep::country)
        .collect();
    let order: Vec<&str> = data.countries.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(countries, order);
    assert_eq!(
        steps.iter().filter(|s| **s == TourStep::Overview).count(),
        1
    );
}

#[test]
fn a_country_without_cases_has_no_cases_step() {
    let mut data = real();
    data.cases.retain(|c| c.country != "TM");
    let steps = tour_steps(&data);
    assert!(steps.contains(&country("TM")));
    assert!(!steps.contains(&cases("TM")));
    // The cases step follows its own country step directly.
    for (i, step) in steps.iter().enumerate() {
        if let TourStep::Cases { code } = step {
            assert_eq!(steps[i - 1], country(code));
            assert!(!data.cases_for(code).is_empty());
        }
    }
    assert_eq!(steps.len(), 10);

    data.cases.clear();
    let steps = tour_steps(&data);
    assert_eq!(steps.len(), 1 + data.countries.len());
    assert!(!steps.iter().any(|s| matches!(s, TourStep::Cases { .. })));
}

#[test]
fn parse_step_is_one_based_and_clamps_past_the_end() {
    assert_eq!(parse_step("1", 11), Some(0));
    assert_eq!(parse_step("3", 11), Some(2));
    assert_eq!(parse_step(" 4 ", 11), Some(3));
    assert_eq!(parse_step("011", 11), Some(10));
    assert_eq!(parse_step("11", 11), Some(10));
    assert_eq!(parse_step("12", 11), Some(10));
    assert_eq!(parse_step("999", 11), Some(10));
    assert_eq!(parse_step("99999999999999999999999999", 11), Some(10));
    assert_eq!(parse_step("1", 1), Some(0));
}

#[test]
fn parse_step_refuses_what_is_not_a_positive_number() {
    for bad in [
        "", " ", "0", "00", "-1", "+2", "two", "1.5", "1e2", "0x3", "٣", "3 4",
    ] {
        assert_eq!(parse_step(bad, 11), None, "{bad:?}");
    }
    assert_eq!(parse_step("1", 0), None, "an empty tour has no step");
}

#[test]
fn step_param_round_trips() {
    for i in 0..11 {
        assert_eq!(parse_step(&step_param(i), 11), Some(i));
    }
    assert_eq!(step_param(0), "1");
}

#[test]
fn key_findings_of_kazakhstan_are_most_severe_first() {
    let data = real();
    let ids: Vec<&str> = key_findings(&data, "KZ")
        .iter()
        .map(|(cat, _, _)| cat.id.as_str())
        .collect();
    // Heavy restrictions on assembly and not-stand-alone, both 2/3, in
    // category order; accountability for torture not ensured, 1/2; then
    // attacks on journalists and critics charged, both 1/3.
    assert_eq!(
        ids,
        [
            "assembly",
            "domestic-violence",
            "torture",
            "press",
            "political-prisoners"
        ]
    );
}

#[test]
fn key_findings_are_the_covered_ones_in_severity_order() {
    let data = real();
    for c in &data.countries {
        let found = key_findings(&data, &c.code);
        assert_eq!(found.len(), concern_count(&data, &c.code), "{}", c.code);
        let position = |id: &str| data.categories.iter().position(|k| k.id == id).unwrap();
        let mut last: Option<(usize, usize, usize)> = None;
        for (cat, status, finding) in &found {
            assert!(!status.not_covered, "{} {}", c.code, cat.id);
            assert_eq!(finding.status, status.id);
            assert_eq!(c.findings.get(&cat.id), Some(*finding));
            let rank = cat.severity(&status.id).unwrap() + 1;
            let len = cat.scale_len();
            let here = (rank, len, position(&cat.id));
            if let Some((r, l, p)) = last {
                // Non-increasing severity r/l >= rank/len; ties in category order.
                assert!(r * len >= rank * l, "{}: {} out of order", c.code, cat.id);
                if r * len == rank * l {
                    assert!(p < here.2, "{}: tie out of category order", c.code);
                }
            }
            last = Some(here);
        }
    }
    assert!(key_findings(&data, "XX").is_empty());
}

#[test]
fn relative_severity_ranks_the_top_of_a_short_scale_first() {
    let mut data = real();
    // torture: 2 steps, set KZ to the top (2/2); press: 3 steps, the middle (2/3).
    let kz = data.countries.iter_mut().find(|c| c.code == "KZ").unwrap();
    kz.findings.get_mut("torture").unwrap().status = "impunity".into();
    kz.findings.get_mut("press").unwrap().status = "bloggers-prosecuted".into();
    let ids: Vec<String> = key_findings(&data, "KZ")
        .iter()
        .map(|(cat, _, _)| cat.id.clone())
        .collect();
    assert_eq!(
        ids,
        // 2/2 before the three at 2/3 (in category order), then 1/3.
        [
            "torture",
            "assembly",
            "press",
            "domestic-violence",
            "political-prisoners"
        ]
    );
}

#[test]
fn step_titles_in_english_and_russian() {
    let data = real();
    let en = Lang::En.messages();
    assert_eq!(
        step_title(&data, en, &TourStep::Overview, "overview"),
        en.overview
    );
    assert_eq!(step_title(&data, en, &country("KZ"), "press"), "Kazakhstan");
    assert_eq!(
        step_title(&data, en, &cases("KZ"), "overview"),
        "Kazakhstan — cases"
    );
    assert_eq!(
        step_title(&data, en, &cases("XX"), "overview"),
        "XX — cases"
    );

    let ru_data = load_embedded_ru(&data).expect("Russian data loads");
    let ru = Lang::Ru.messages();
    assert_eq!(
        step_title(&ru_data, ru, &TourStep::Overview, "overview"),
        ru.overview
    );
    // A tour of an issue's map opens on the issue's name, as the map shows it.
    let issue = |d: &RightsData, id: &str| d.category(id).map(|c| c.name.clone());
    for (d, msgs, id) in [(&data, en, "press"), (&ru_data, ru, "torture")] {
        let title = step_title(d, msgs, &TourStep::Overview, id);
        assert_eq!(Some(title), issue(d, id));
    }
    assert_ne!(issue(&data, "press"), issue(&ru_data, "press"));
    assert_eq!(
        step_title(&ru_data, ru, &country("KZ"), "overview"),
        "Казахстан"
    );
    // A no-break space keeps the dash off the start of a line.
    assert_eq!(
        step_title(&ru_data, ru, &cases("KZ"), "overview"),
        "Казахстан\u{a0}— случаи"
    );
}
