//! Citations of the map, a country and a case, on the real data, in both
//! languages.
use central_asia_rights_map::core::cite::{based_on, citation, quoted, Cited};
use central_asia_rights_map::core::data::*;
use central_asia_rights_map::core::messages::{Lang, EN};

fn en() -> RightsData {
    load_embedded().unwrap_or_else(|errors| panic!("{}", errors[0]))
}

#[test]
fn the_map_is_cited_with_its_version_address_and_source() {
    let data = en();
    let text = citation(&data, &EN, Cited::Map, "https://map.example/", None);
    assert_eq!(
        text,
        format!(
            "Central Asia Rights Map. Data version {}. https://map.example/. Based on: \
Human Rights Watch, “Central Asia: Renewed Engagement Offers Rights Opportunities”, \
11 January 2024, https://www.hrw.org/news/2024/01/11/central-asia-renewed-engagement-offers-rights-opportunities.",
            data.version
        )
    );
}

#[test]
fn a_country_and_a_case_are_named_and_the_day_of_reading_is_given_when_known() {
    let data = en();
    let kz = data.country("KZ").unwrap();
    let text = citation(
        &data,
        &EN,
        Cited::Country(kz),
        "https://m.example/country/kz/",
        Some("2026-11-30"),
    );
    assert!(
        text.starts_with("Central Asia Rights Map: “Kazakhstan”. Data version "),
        "{text}"
    );
    assert!(text.contains("https://m.example/country/kz/ (accessed 30 November 2026). Based on: Human Rights Watch"), "{text}");
    let case = data.case("kz-marat-zhylanbaev").unwrap();
    let text = citation(&data, &EN, Cited::Case(case), "u", None);
    assert!(
        text.contains("“Marat Zhylanbaev, government critic (Kazakhstan)”"),
        "{text}"
    );
    assert!(!text.contains("accessed"), "{text}");
}

#[test]
fn russian_citations_use_russian_words_and_dates() {
    let data = load_embedded_ru(&en()).unwrap();
    let tj = data.country("TJ").unwrap();
    let text = citation(
        &data,
        Lang::Ru.messages(),
        Cited::Country(tj),
        "u",
        Some("2026-03-02"),
    );
    assert!(
        text.starts_with("Карта прав человека в Центральной Азии: «Таджикистан». Версия данных "),
        "{text}"
    );
    let accessed = text.replace('\u{a0}', " ");
    assert!(
        accessed.contains("(дата обращения: 2 марта 2026 г.)"),
        "{text}"
    );
    assert!(text.contains("По материалам: Human Rights Watch"), "{text}");
    // The source keeps its own (English) title.
    assert!(based_on(&data, Lang::Ru.messages())
        .contains("“Central Asia: Renewed Engagement Offers Rights Opportunities”"));
    assert!(!text.contains('{'), "no placeholder left: {text}");
}

#[test]
fn an_excerpt_is_quoted_with_its_own_quotations_nested_in_single_marks() {
    assert_eq!(
        quoted("sentenced to seven years"),
        "“sentenced to seven years”"
    );
    // An apostrophe is not a quotation mark, and stays as it is.
    assert_eq!(
        quoted("the government’s “reforms”"),
        "“the government’s ‘reforms’”"
    );
    // The real case whose excerpt ends on a quotation: no doubled ”” mark.
    let data = en();
    let case = data.case("kg-propaganda-law").expect("the case");
    assert_eq!(
        quoted(&case.excerpt),
        "“A law was adopted banning ‘propaganda of non-traditional relations and same-sex partnerships.’”"
    );
}

#[test]
fn a_quotation_in_a_cited_title_takes_the_other_pair_of_marks() {
    let ru = load_embedded_ru(&en()).unwrap();
    let case = ru.case("kg-propaganda-law").expect("the case");
    let text = citation(&ru, Lang::Ru.messages(), Cited::Case(case), "u", None);
    assert!(
        text.contains("«Закон о „пропаганде“ однополых партнерств (Кыргызстан)»"),
        "{text}"
    );
    // English nests in single marks.
    let data = en();
    let case = data.case("kg-propaganda-law").expect("the case");
    let text = citation(&data, &EN, Cited::Case(case), "u", None);
    assert!(
        text.contains("“‘Propaganda’ law on same-sex partnerships (Kyrgyzstan)”"),
        "{text}"
    );
}
