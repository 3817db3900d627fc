//! Checks on the real `assets/data/rights.json` against the fixture copy of
//! the Human Rights Watch release it is drawn from. These guard against
//! invented facts: every quotation, person, date and number must be in the
//! source. Checks on our own wording are in `core_data_wording.rs`.
use central_asia_rights_map::core::data::*;

const SOURCE_ID: &str = "hrw-wr2024-central-asia";
const SOURCE: &str = include_str!("fixtures/sources/hrw-wr2024-central-asia.txt");
/// Legend labels keep the source's words ("consensual same-sex relations
/// between men", "activities of religious organizations") even when long.
const MAX_LABEL_CHARS: usize = 56;

const CATEGORY_IDS: [&str; 12] = [
    "assembly",
    "press",
    "lgbt",
    "domestic-violence",
    "torture",
    "political-prisoners",
    "civil-society",
    "religion",
    "minorities",
    "information",
    "movement",
    "economic-social",
];

fn data() -> RightsData {
    match load_embedded() {
        Ok(data) => data,
        Err(errors) => panic!(
            "{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

fn in_source(text: &str) -> bool {
    normalise(SOURCE).contains(&normalise(text))
}

#[test]
fn real_data_loads_without_error() {
    let data = data();
    assert_eq!(load(RIGHTS_FILE, RIGHTS_JSON), Ok(data));
}

#[test]
fn every_excerpt_is_in_the_source() {
    let data = data();
    let errors = check_excerpts(RIGHTS_FILE, &data, &[(SOURCE_ID, SOURCE)]);
    let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(shown.is_empty(), "{shown:#?}");
    // The check itself must be able to fail on this data: alter one word.
    let mut altered = data.clone();
    altered.cases[0].excerpt = altered.cases[0].excerpt.replace("seven", "eight");
    assert_eq!(
        check_excerpts(RIGHTS_FILE, &altered, &[(SOURCE_ID, SOURCE)]).len(),
        1
    );
}

#[test]
fn the_only_source_is_the_hrw_release() {
    let data = data();
    assert_eq!(data.sources.len(), 1);
    let s = &data.sources[0];
    assert_eq!(s.id, SOURCE_ID);
    assert_eq!(s.publisher, "Human Rights Watch");
    assert_eq!(s.date, "2024-01-11");
    assert!(
        in_source(&s.title),
        "title {:?} is the release's headline",
        s.title
    );
    assert_eq!(
        s.url,
        "https://www.hrw.org/news/2024/01/11/central-asia-renewed-engagement-offers-rights-opportunities"
    );
}

#[test]
fn categories_are_the_agreed_ids_in_order() {
    let data = data();
    let ids: Vec<&str> = data.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, CATEGORY_IDS);
}

#[test]
fn every_legend_starts_with_one_not_covered_and_has_two_to_four_levels() {
    for c in &data().categories {
        let first = &c.statuses[0];
        assert!(first.not_covered, "{}: not covered must come first", c.id);
        assert_eq!(first.label, "Not mentioned in the source", "{}", c.id);
        assert_eq!(
            c.statuses.iter().filter(|s| s.not_covered).count(),
            1,
            "{}",
            c.id
        );
        assert!(
            (1..=4).contains(&c.scale_len()),
            "{}: {} covered statuses",
            c.id,
            c.scale_len()
        );
        for s in c.covered() {
            assert!(
                s.label.chars().count() <= MAX_LABEL_CHARS,
                "{}: label {:?} too long",
                c.id,
                s.label
            );
        }
    }
}

#[test]
fn countries_are_the_five_in_order_with_capitals() {
    let got: Vec<(String, String)> = data()
        .countries
        .iter()
        .map(|c| (c.code.clone(), c.capital.clone()))
        .collect();
    let want = [
        ("KZ", "Astana"),
        ("KG", "Bishkek"),
        ("TJ", "Dushanbe"),
        ("TM", "Ashgabat"),
        ("UZ", "Tashkent"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn every_country_has_a_finding_in_its_legend_for_every_category() {
    let data = data();
    for country in &data.countries {
        let keys: Vec<&str> = country.findings.keys().map(|k| k.as_str()).collect();
        let mut want = CATEGORY_IDS.to_vec();
        want.sort();
        assert_eq!(keys, want, "{}", country.code);
        for id in CATEGORY_IDS {
            let (finding, status) = data
                .finding(&country.code, id)
                .unwrap_or_else(|| panic!("{} {id}: status not in legend", country.code));
            assert_eq!(
                finding.source.is_some(),
                !status.not_covered,
                "{} {id}",
                country.code
            );
            assert_eq!(
                finding.summary.is_empty(),
                status.not_covered,
                "{} {id}",
                country.code
            );
        }
    }
}

#[test]
fn directions_are_only_where_the_source_states_a_trend() {
    let data = data();
    let dirs: Vec<(&str, &str)> = data
        .countries
        .iter()
        .filter_map(|c| {
            c.direction
                .as_ref()
                .map(|d| (c.code.as_str(), d.label.as_str()))
        })
        .collect();
    assert_eq!(
        dirs,
        [("KG", "continued to decline"), ("UZ", "deteriorated")]
    );
    for c in &data.countries {
        if let Some(d) = &c.direction {
            assert!(
                d.excerpt.contains(&d.label),
                "{}: label must be the source's words",
                c.code
            );
        }
    }
}

#[test]
fn the_named_cases_exist() {
    let data = data();
    let expect = [
        ("KZ", "Marat Zhylanbaev", "late November"),
        ("KZ", "Zhanbolat Mamay", "April"),
        ("KZ", "large-scale protests", ""),
        ("KZ", "stand-alone offense", ""),
        ("KG", "Azimjon Askarov", "2020"),
        ("KG", "transfer of a dam", ""),
        ("KG", "propaganda of non-traditional relations", ""),
        // Only the dispersal of the protests is dated, not the crackdown.
        ("TJ", "Gorno-Badakshan", ""),
        ("TJ", "Fethullah Gülen", ""),
        (
            "TJ",
            "Islamic Renaissance Party of Tajikistan and Group 24",
            "",
        ),
        ("TM", "enforced disappearance", ""),
        ("TM", "passport renewal", ""),
        ("UZ", "Dauletmurat Tazhimuratov", ""),
        ("UZ", "Karakalpakstan in 2022", "2022"),
        ("UZ", "criminalizing domestic violence", "April 2023"),
    ];
    for (country, keyword, date) in expect {
        let found = data
            .cases_for(country)
            .into_iter()
            .find(|c| c.excerpt.contains(keyword));
        let case = found.unwrap_or_else(|| panic!("no {country} case quoting {keyword:?}"));
        if !date.is_empty() {
            assert!(
                case.dates.iter().any(|d| d == date),
                "{}: date {date:?}",
                case.id
            );
        }
    }
}

#[test]
fn key_case_outcomes_match_the_source() {
    let data = data();
    let outcome = |id: &str| {
        data.case(id)
            .unwrap_or_else(|| panic!("case {id}"))
            .outcome
            .clone()
    };
    assert_eq!(
        outcome("kz-marat-zhylanbaev"),
        "Sentenced to seven years in prison"
    );
    assert!(outcome("kz-zhanbolat-mamay").contains("suspended"));
    assert!(outcome("kz-zhanbolat-mamay").contains("banned from political activities"));
    assert!(outcome("uz-dauletmurat-tazhimuratov").contains("16 years"));
    assert!(outcome("kg-azimjon-askarov").contains("effective and independent investigation"));
    assert!(data
        .case("tj-gorno-badakshan-crackdown")
        .unwrap()
        .dates
        .is_empty());
    let people = &data.case("uz-dauletmurat-tazhimuratov").unwrap().people;
    assert_eq!(people, &["Dauletmurat Tazhimuratov"]);
}

#[test]
fn cases_for_and_status_lookups_agree_with_the_file() {
    let data = data();
    assert_eq!(
        data.cases_for("TM").len(),
        data.cases.iter().filter(|c| c.country == "TM").count()
    );
    assert!(data.cases_for("XX").is_empty());
    assert_eq!(
        data.status("KG", "lgbt").map(|s| s.id.as_str()),
        Some("restrictive-law")
    );
    assert_eq!(
        data.status("TM", "lgbt").map(|s| s.id.as_str()),
        Some("criminalised")
    );
    assert!(data.status("KZ", "lgbt").unwrap().not_covered);
    let dv = data.category("domestic-violence").unwrap();
    assert!(dv.severity("criminalised-persists") < dv.severity("severely-restricted"));
    assert_eq!(dv.severity("not-covered"), None);
}

#[test]
fn region_items_carry_the_report_facts() {
    let data = data();
    let item = |id: &str| {
        data.region
            .items
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("region item {id}"))
    };
    let report = item("world-report-2024");
    for fact in ["740-page", "34th edition", "more than 100 countries"] {
        assert!(normalise(&report.excerpt).contains(fact), "{fact}");
    }
    let photo = item("almaty-protest-photo");
    assert!(photo
        .summary
        .contains("© 2023 ANTON KARLINER/SIPA/Shutterstock"));
    assert!(photo.excerpt.contains("March 8, 2023"));
    assert!(item("hugh-williamson-quote")
        .excerpt
        .contains("said Hugh Williamson"));
    assert!(item("call-for-concrete-reforms")
        .excerpt
        .contains("the United States, the European Union"));
}

#[test]
fn source_fixture_is_the_release_text() {
    // A cheap guard that the fixture was not edited to fit the data: its
    // size and a few exact lines, non-breaking spaces included.
    assert_eq!(SOURCE.len(), 7020);
    assert!(SOURCE.contains("sentenced to a six year\u{a0}suspended sentence\u{a0}in April"));
    assert!(SOURCE.contains("(Berlin, January 11, 2024)"));
}
