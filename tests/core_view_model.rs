//! Derived view state of `core::view_model`: statuses, legends, case lists,
//! accessible names, dates and notices, on hand-built and real data.
use central_asia_rights_map::core::colour::{self, NOT_COVERED};
use central_asia_rights_map::core::data::*;
use central_asia_rights_map::core::messages::{Lang, Messages};
use central_asia_rights_map::core::url_state::{Notice, OVERVIEW};
use central_asia_rights_map::core::view_model::*;
use std::collections::BTreeMap;

fn real() -> RightsData {
    load_embedded().unwrap_or_else(|e| panic!("embedded data does not load: {e:?}"))
}

fn en() -> &'static Messages {
    Lang::En.messages()
}

fn ru() -> &'static Messages {
    Lang::Ru.messages()
}

fn finding(status: &str) -> Finding {
    Finding {
        status: status.into(),
        summary: String::new(),
        source: None,
        excerpt: None,
    }
}

/// Categories `a` (one step) and `b` (two steps); AA has one concern, BB two,
/// CC none; AA has one case on `a` and one on `b`.
fn small() -> RightsData {
    let cat = |id: &str, steps: &[&str]| Category {
        id: id.into(),
        name: format!("Issue {id}"),
        description: String::new(),
        statuses: std::iter::once(Status {
            id: "nc".into(),
            label: "Not in the sources".into(),
            not_covered: true,
        })
        .chain(steps.iter().map(|s| Status {
            id: s.to_string(),
            label: format!("Label {s}"),
            not_covered: false,
        }))
        .collect(),
    };
    let country = |code: &str, a: &str, b: &str| Country {
        code: code.into(),
        name: format!("Land {code}"),
        capital: String::new(),
        summary: String::new(),
        direction: None,
        findings: BTreeMap::from([("a".to_string(), finding(a)), ("b".to_string(), finding(b))]),
    };
    let case = |id: &str, category: &str| Case {
        id: id.into(),
        country: "AA".into(),
        categories: vec![category.into()],
        title: String::new(),
        people: vec![],
        dates: vec![],
        summary: String::new(),
        outcome: String::new(),
        source: "src".into(),
        excerpt: String::new(),
    };
    RightsData {
        sources: vec![Source {
            id: "src".into(),
            title: "A Report".into(),
            publisher: "Some Publisher".into(),
            date: "2023-12-05".into(),
            url: "https://example.org/report".into(),
        }],
        categories: vec![cat("a", &["a1"]), cat("b", &["b1", "b2"])],
        countries: vec![
            country("AA", "a1", "nc"),
            country("BB", "a1", "b2"),
            country("CC", "nc", "nc"),
        ],
        cases: vec![case("aa-one", "a"), case("aa-two", "b")],
        region: Region { items: vec![] },
        version: "2023-12-05".into(),
        changes: vec![Change {
            date: "2023-12-05".into(),
            summary: "First version.".into(),
        }],
    }
}

#[test]
fn concern_count_matches_the_json_counted_independently() {
    let data = real();
    let json: serde_json::Value = serde_json::from_str(RIGHTS_JSON).unwrap();
    let mut not_covered = std::collections::HashSet::new();
    for cat in json["categories"].as_array().unwrap() {
        for s in cat["statuses"].as_array().unwrap() {
            if s["not_covered"].as_bool() == Some(true) {
                not_covered.insert((cat["id"].as_str().unwrap(), s["id"].as_str().unwrap()));
            }
        }
    }
    let countries = json["countries"].as_array().unwrap();
    assert_eq!(countries.len(), data.countries.len());
    let (mut total, mut findings_seen) = (0, 0);
    for c in countries {
        let code = c["code"].as_str().unwrap();
        let findings = c["findings"].as_object().unwrap();
        let expected = findings
            .iter()
            .filter(|(cat, f)| {
                !not_covered.contains(&(cat.as_str(), f["status"].as_str().unwrap()))
            })
            .count();
        assert_eq!(concern_count(&data, code), expected, "{code}");
        total += expected;
        findings_seen += findings.len();
    }
    assert!(
        total > 0 && total < findings_seen,
        "the data mixes covered and not covered findings"
    );
    assert_eq!(concern_count(&data, "XX"), 0);
}

#[test]
fn country_status_in_a_category_and_in_the_overview() {
    let data = real();
    for country in &data.countries {
        for cat in &data.categories {
            let status = data.status(&country.code, &cat.id).unwrap();
            let view = country_status(&data, en(), &country.code, &cat.id).unwrap();
            assert_eq!(view.label, status.label);
            assert_eq!(Some(view.swatch), colour::status_swatch(cat, &status.id));
            assert_eq!(
                view.swatch == NOT_COVERED,
                status.not_covered,
                "{}/{}",
                country.code,
                cat.id
            );
        }
        let n = concern_count(&data, &country.code);
        let view = country_status(&data, en(), &country.code, OVERVIEW).unwrap();
        assert_eq!(view.label, en().concerns(n));
        assert!(view.label.contains(&n.to_string()));
        assert_eq!(
            view.swatch,
            colour::overview_swatch(n, data.categories.len())
        );
    }
    assert_eq!(country_status(&data, en(), "KZ", "no-such-issue"), None);
    assert_eq!(country_status(&data, en(), "XX", "press"), None);

    let small = small();
    assert_eq!(
        country_status(&small, en(), "AA", OVERVIEW).unwrap().label,
        "1 issue mentioned"
    );
    assert_eq!(
        country_status(&small, en(), "BB", OVERVIEW).unwrap().swatch,
        colour::overview_level_swatch(4)
    );
    let none = country_status(&small, en(), "CC", OVERVIEW).unwrap();
    assert_eq!(
        (none.label.as_str(), none.swatch),
        ("0 issues mentioned", NOT_COVERED)
    );
    assert_eq!(
        country_status(&small, en(), "BB", "b").unwrap().label,
        "Label b2"
    );
}

#[test]
fn overview_legend_is_not_covered_then_the_bins() {
    let data = real();
    let legend = legend(&data, en(), OVERVIEW);
    let not_covered_label = &data.categories[0]
        .statuses
        .iter()
        .find(|s| s.not_covered)
        .unwrap()
        .label;
    assert_eq!(legend[0].label, *not_covered_label);
    assert_eq!(legend[0].swatch, NOT_COVERED);
    let total = data.categories.len();
    let bins: Vec<(usize, usize, usize)> = (1..=4)
        .map(|level| (level, colour::overview_bin(level, total)))
        .filter(|(_, (from, _))| *from != 0)
        .map(|(level, (from, to))| (level, from, to))
        .collect();
    assert_eq!(legend.len(), 1 + bins.len());
    for (entry, (level, from, to)) in legend[1..].iter().zip(bins) {
        assert_eq!(entry.swatch, colour::overview_level_swatch(level));
        assert!(
            entry.label.contains(&from.to_string()),
            "{} lacks {from}",
            entry.label
        );
        assert!(
            entry.label.contains(&to.to_string()),
            "{} lacks {to}",
            entry.label
        );
    }
}

#[test]
fn overview_legend_with_single_count_bins_uses_singular_and_plural() {
    // Two categories: one concern is level 2, two are level 4, levels 1 and 3 are empty.
    let data = small();
    let legend = legend(&data, en(), OVERVIEW);
    let labels: Vec<&str> = legend.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Not in the sources",
            "1 issue mentioned",
            "2 issues mentioned"
        ]
    );
    let levels: Vec<usize> = legend.iter().map(|e| e.swatch.level).collect();
    assert_eq!(levels, [0, 2, 4]);
}

#[test]
fn category_legend_has_one_entry_per_status_in_order() {
    let data = real();
    for cat in &data.categories {
        let entries = legend(&data, en(), &cat.id);
        let labels: Vec<&str> = entries.iter().map(|e| e.label.as_str()).collect();
        let expected: Vec<&str> = cat.statuses.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, expected, "{}", cat.id);
        for (entry, status) in entries.iter().zip(&cat.statuses) {
            assert_eq!(Some(entry.swatch), colour::status_swatch(cat, &status.id));
        }
    }
    assert!(legend(&data, en(), "no-such-issue").is_empty());
}

#[test]
fn cases_for_partitions_the_country_cases() {
    let data = real();
    for country in &data.countries {
        let all: Vec<&str> = data
            .cases_for(&country.code)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let (on, off) = cases_for(&data, &country.code, OVERVIEW);
        assert_eq!(on.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), all);
        assert!(off.is_empty());
        for cat in &data.categories {
            let (on, off) = cases_for(&data, &country.code, &cat.id);
            assert_eq!(on.len() + off.len(), all.len());
            assert!(on.iter().all(|c| c.categories.contains(&cat.id)));
            assert!(off.iter().all(|c| !c.categories.contains(&cat.id)));
            let mut both: Vec<&str> = on.iter().chain(&off).map(|c| c.id.as_str()).collect();
            both.sort_unstable();
            let mut sorted = all.clone();
            sorted.sort_unstable();
            assert_eq!(both, sorted, "{}/{}", country.code, cat.id);
            assert!(on.iter().chain(&off).all(|c| c.country == country.code));
        }
    }
    let small = small();
    let (on, off) = cases_for(&small, "AA", "b");
    assert_eq!(
        (on[0].id.as_str(), off[0].id.as_str(), on.len(), off.len()),
        ("aa-two", "aa-one", 1, 1)
    );
}

#[test]
fn accessible_name_reads_country_issue_status_and_cases() {
    let data = real();
    for country in &data.countries {
        for cat in &data.categories {
            let name = accessible_name(&data, en(), &country.code, &cat.id);
            let status = &data.status(&country.code, &cat.id).unwrap().label;
            let n = data.cases_in(&country.code, &cat.id).len();
            let cases = en().cases(n);
            assert!(name.starts_with(&format!("{}, ", country.name)), "{name}");
            let at = |part: &str| {
                name.find(part)
                    .unwrap_or_else(|| panic!("{name:?} lacks {part:?}"))
            };
            assert!(
                at(&cat.name) < at(status) && at(status) < name.rfind(&cases).unwrap(),
                "{name}"
            );
            assert!(name.ends_with(&cases), "{name}");
            assert!(!name.contains('{'), "unfilled placeholder in {name}");
        }
        let name = accessible_name(&data, en(), &country.code, OVERVIEW);
        let concerns = en().concerns(concern_count(&data, &country.code));
        let cases = en().cases(data.cases_for(&country.code).len());
        assert_eq!(
            name,
            format!("{}, all issues: {concerns}, {cases}", country.name),
            "one colon, not the heading's \"Overview: all issues\""
        );
    }
    assert_eq!(accessible_name(&data, en(), "XX", "press"), "XX");
    let small = small();
    assert_eq!(
        accessible_name(&small, en(), "AA", "a"),
        "Land AA, Issue a: Label a1, 1 case"
    );
    assert_eq!(
        accessible_name(&small, en(), "CC", "b"),
        "Land CC, Issue b: Not in the sources, 0 cases"
    );
}

#[test]
fn step_country_wraps_both_ways() {
    let data = real();
    let codes: Vec<&str> = data.countries.iter().map(|c| c.code.as_str()).collect();
    let n = codes.len();
    for (i, code) in codes.iter().enumerate() {
        assert_eq!(step_country(&data, code, 1), Some(codes[(i + 1) % n]));
        assert_eq!(step_country(&data, code, -1), Some(codes[(i + n - 1) % n]));
    }
    assert_eq!(step_country(&data, codes[n - 1], 1), Some(codes[0]));
    assert_eq!(step_country(&data, codes[0], -1), Some(codes[n - 1]));
    // From nothing selected, forward starts at the first and backward at the last.
    assert_eq!(step_country(&data, "", 1), Some(codes[0]));
    assert_eq!(step_country(&data, "XX", -1), Some(codes[n - 1]));
    let empty = RightsData {
        countries: vec![],
        ..small()
    };
    assert_eq!(step_country(&empty, "AA", 1), None);
}

#[test]
fn format_date_reads_iso_dates_and_passes_garbage_through() {
    let msgs = en();
    assert_eq!(format_date(msgs, "2024-01-11"), "11 January 2024");
    assert_eq!(format_date(msgs, "2023-12-05"), "5 December 2023");
    for (m, month) in msgs.months.iter().enumerate() {
        assert_eq!(
            format_date(msgs, &format!("2020-{:02}-28", m + 1)),
            format!("28 {month} 2020")
        );
    }
    for garbage in [
        "",
        "late November",
        "2024",
        "2024-01",
        "2024-13-01",
        "2024-00-10",
        "2024-01-32",
        "2024-01-00",
        "2024/01/11",
        "11-01-2024x",
        "2024-01-11-01",
        "-2024-01-11",
        "abcd-01-11",
        "2024-ja-11",
    ] {
        assert_eq!(format_date(msgs, garbage), garbage);
    }
}

#[test]
fn source_citation_names_publisher_title_and_date() {
    let data = real();
    for s in &data.sources {
        let cite = source_citation(&data, en(), &s.id).unwrap();
        assert_eq!(cite.url, s.url);
        assert!(
            cite.work.starts_with(&s.publisher) && cite.work.contains(&s.title),
            "{cite:?}"
        );
        assert_eq!(cite.date, format_date(en(), &s.date));
        assert_ne!(cite.date, s.date, "the date is written out, not ISO");
    }
    assert_eq!(source_citation(&data, en(), "no-such-source"), None);
    let cite = source_citation(&small(), en(), "src").unwrap();
    assert_eq!(cite.text(), "Some Publisher, “A Report”, 5 December 2023");
    assert_eq!(cite.work, "Some Publisher, “A Report”");
    assert_eq!(cite.url, "https://example.org/report");
    // In Russian only the date changes: the work stays as the source names it.
    let ru = source_citation(&small(), ru(), "src").unwrap();
    assert_eq!(
        (ru.work.as_str(), ru.date.as_str()),
        ("Some Publisher, “A Report”", "5\u{a0}декабря 2023\u{a0}г.")
    );
}

#[test]
fn notice_text_shows_the_value_cut_short() {
    let msgs = en();
    let notices = |v: &str| {
        [
            (
                Notice::UnknownCountry(v.into()),
                msgs.notice_unknown_country,
            ),
            (
                Notice::UnknownCategory(v.into()),
                msgs.notice_unknown_category,
            ),
            (Notice::UnknownCase(v.into()), msgs.notice_unknown_case),
            (Notice::UnknownLang(v.into()), msgs.notice_unknown_lang),
            (Notice::LangOffline(v.into()), msgs.notice_lang_offline),
        ]
    };
    let texts: Vec<String> = notices("Atlantis")
        .iter()
        .map(|(n, _)| notice_text(msgs, n))
        .collect();
    for ((_, template), text) in notices("Atlantis").iter().zip(&texts) {
        assert!(
            text.contains("Atlantis") && !text.contains("{value}"),
            "{text}"
        );
        let (before, _) = template.split_once("{value}").unwrap();
        assert!(text.starts_with(before), "{text}");
    }
    let distinct: std::collections::HashSet<_> = texts.iter().collect();
    assert_eq!(distinct.len(), 5, "each kind has its own message");

    let long: String = ('a'..='z').cycle().take(200).collect();
    for (notice, _) in notices(&long) {
        let text = notice_text(msgs, &notice);
        assert!(text.contains(&format!("{}…", &long[..40])), "{text}");
        assert!(!text.contains(&long[..41]), "{text}");
    }
    let wide = "ж".repeat(200);
    let text = notice_text(msgs, &Notice::UnknownCase(wide));
    assert_eq!(
        text.matches('ж').count(),
        40,
        "cut by characters, not bytes"
    );
    let exact: String = long.chars().take(40).collect();
    let text = notice_text(msgs, &Notice::UnknownCase(exact.clone()));
    assert!(
        text.contains(&format!("{exact}”")),
        "40 characters are shown whole: {text}"
    );
}

#[test]
fn category_name_falls_back_to_the_overview() {
    let data = real();
    assert_eq!(category_name(&data, en(), OVERVIEW), en().overview);
    for cat in &data.categories {
        assert_eq!(category_name(&data, en(), &cat.id), cat.name);
    }
}
