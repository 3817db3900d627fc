//! The URL contract of `core::url_state`: decoding `location.search`,
//! resolving it against the data with polite notices, and writing it back.
use central_asia_rights_map::core::data::*;
use central_asia_rights_map::core::embed::STYLE_KEYS;
use central_asia_rights_map::core::messages::Lang;
use central_asia_rights_map::core::pages::address;
use central_asia_rights_map::core::url_state::*;
use std::collections::BTreeMap;

fn real() -> RightsData {
    load_embedded().unwrap_or_else(|e| panic!("embedded data does not load: {e:?}"))
}

fn status(id: &str, not_covered: bool) -> Status {
    Status {
        id: id.into(),
        label: format!("Label {id}"),
        not_covered,
    }
}

/// Two countries (AA, BB), two categories and one case about BB.
fn small() -> RightsData {
    let category = |id: &str| Category {
        id: id.into(),
        name: format!("Name {id}"),
        description: String::new(),
        statuses: vec![status("none", true), status("bad", false)],
    };
    let country = |code: &str| Country {
        code: code.into(),
        name: format!("Country {code}"),
        capital: String::new(),
        summary: String::new(),
        direction: None,
        findings: BTreeMap::new(),
    };
    RightsData {
        sources: vec![],
        categories: vec![category("alpha"), category("beta")],
        countries: vec![country("AA"), country("BB")],
        cases: vec![Case {
            id: "bb-case".into(),
            country: "BB".into(),
            categories: vec!["beta".into()],
            title: String::new(),
            people: vec![],
            dates: vec![],
            summary: String::new(),
            outcome: String::new(),
            source: String::new(),
            excerpt: String::new(),
        }],
        region: Region { items: vec![] },
        version: "2024-01-11".into(),
        changes: vec![Change {
            date: "2024-01-11".into(),
            summary: "First version.".into(),
        }],
    }
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

fn resolved(query: &str, data: &RightsData) -> (ViewState, Vec<Notice>) {
    resolve(&parse_query(query), data)
}

#[test]
fn parse_reads_every_known_key_with_or_without_leading_question_mark() {
    let expected = QueryParams {
        country: some("KZ"),
        category: some("press"),
        case: some("kz-x"),
        lang: some("en"),
        view: some("table"),
        ..QueryParams::default()
    };
    let q = "country=KZ&category=press&case=kz-x&lang=en&view=table";
    assert_eq!(parse_query(&format!("?{q}")), expected);
    assert_eq!(parse_query(q), expected);
    assert_eq!(parse_query(""), QueryParams::default());
    assert_eq!(parse_query("?"), QueryParams::default());
}

#[test]
fn parse_first_occurrence_wins_and_unknown_keys_are_ignored() {
    let p = parse_query("?foo=1&country=KG&country=KZ&Country=TJ&utm_source=x&view=map&view=table");
    assert_eq!(p.country, some("KG"));
    assert_eq!(p.view, some("map"));
    assert_eq!((p.category, p.case, p.lang), (None, None, None));
    // An empty first value still counts as the first occurrence.
    assert_eq!(parse_query("country=&country=KZ").country, some(""));
}

#[test]
fn parse_decodes_plus_and_percent() {
    let p = parse_query("?category=domestic%2Dviolence&case=a+b&lang=%65%6E&view=%E2%9C%93");
    assert_eq!(p.category, some("domestic-violence"));
    assert_eq!(p.case, some("a b"));
    assert_eq!(p.lang, some("en"));
    assert_eq!(p.view, some("✓"));
    assert_eq!(
        parse_query("%63ountry=KZ").country,
        some("KZ"),
        "keys are decoded too"
    );
    assert_eq!(
        parse_query("country=+KZ+").country,
        some("KZ"),
        "values are trimmed"
    );
}

#[test]
fn parse_broken_percent_encoding_does_not_panic() {
    for query in [
        "?country=%E0%A4%A",
        "?country=%ZZ",
        "?country=%",
        "?country=%%",
        "?case=%FF%FE",
        "?=&&==&country",
    ] {
        let p = parse_query(query);
        let value = p.country.or(p.case).unwrap_or_default();
        assert!(value.chars().count() <= MAX_VALUE_CHARS, "{query}");
    }
    assert_eq!(
        parse_query("?country=%ZZ").country,
        some("%ZZ"),
        "invalid escapes stay literal"
    );
    let lossy = parse_query("?country=%E0%A4%A").country.unwrap();
    assert!(
        lossy.contains('\u{FFFD}'),
        "invalid UTF-8 decodes lossily: {lossy:?}"
    );
    assert_eq!(
        parse_query("?country").country,
        some(""),
        "a key without '=' has an empty value"
    );
}

#[test]
fn parse_strips_control_characters() {
    let p = parse_query("?country=K%00Z&case=a%0Ab%09c%1B%7F&lang=%00en%0D%0A");
    assert_eq!(p.country, some("KZ"));
    assert_eq!(p.case, some("abc"));
    assert_eq!(p.lang, some("en"));
    for v in [p.country, p.case, p.lang].into_iter().flatten() {
        assert!(!v.chars().any(char::is_control), "{v:?}");
    }
}

#[test]
fn parse_cuts_values_to_max_chars_even_for_very_long_input() {
    let long = "é".repeat(10 * MAX_VALUE_CHARS);
    let p = parse_query(&format!("?case={long}"));
    assert_eq!(
        p.case.as_deref().map(|v| v.chars().count()),
        Some(MAX_VALUE_CHARS)
    );
    assert!(p.case.unwrap().chars().all(|c| c == 'é'));

    let exact = "x".repeat(MAX_VALUE_CHARS);
    assert_eq!(
        parse_query(&format!("country={exact}")).country,
        Some(exact.clone())
    );

    // A megabyte of junk: no panic, and the one known key is still read.
    let huge = format!(
        "?{}&country=KZ&{}",
        "a=b&".repeat(200_000),
        "%".repeat(100_000)
    );
    let p = parse_query(&huge);
    assert_eq!(p.country, some("KZ"));
    let encoded = format!("?category={}", "%41".repeat(100_000));
    assert_eq!(
        parse_query(&encoded).category,
        Some("A".repeat(MAX_VALUE_CHARS))
    );
}

#[test]
fn resolve_empty_query_is_the_default_overview() {
    let (state, notices) = resolved("", &real());
    assert_eq!(state, ViewState::default());
    assert_eq!(state.category, OVERVIEW);
    assert_eq!(
        (state.country, state.case, state.lang, state.table),
        (None, None, Lang::En, false)
    );
    assert!(notices.is_empty());
}

#[test]
fn resolve_codes_are_case_insensitive() {
    let data = real();
    for query in ["country=kz", "country=Kz", "country=KZ", "country=kZ"] {
        let (state, notices) = resolved(query, &data);
        assert_eq!(state.country, some("KZ"), "{query}");
        assert!(notices.is_empty(), "{query}");
    }
    let (state, notices) = resolved("category=PRESS&lang=EN", &data);
    assert_eq!((state.category.as_str(), state.lang), ("press", Lang::En));
    assert!(notices.is_empty());
    let (state, _) = resolved("case=KZ-Marat-Zhylanbaev", &data);
    assert_eq!(state.case, some("kz-marat-zhylanbaev"));
}

#[test]
fn resolve_unknown_values_give_a_notice_and_keep_the_rest() {
    let data = real();
    let (state, notices) = resolved("country=XX&category=press&view=table", &data);
    assert_eq!(notices, vec![Notice::UnknownCountry("XX".into())]);
    assert_eq!(
        (state.country, state.category.as_str(), state.table),
        (None, "press", true)
    );

    let (state, notices) = resolved("country=tj&category=Nope", &data);
    assert_eq!(
        notices,
        vec![Notice::UnknownCategory("Nope".into())],
        "the value is kept as given"
    );
    assert_eq!(
        (state.country, state.category.as_str()),
        (some("TJ"), OVERVIEW)
    );

    let (state, notices) = resolved("country=UZ&category=lgbt&case=no-such-case", &data);
    assert_eq!(notices, vec![Notice::UnknownCase("no-such-case".into())]);
    assert_eq!(
        (state.country, state.category.as_str(), state.case),
        (some("UZ"), "lgbt", None)
    );

    let (state, notices) = resolved("country=KG&lang=fr", &data);
    assert_eq!(notices, vec![Notice::UnknownLang("fr".into())]);
    assert_eq!((state.country, state.lang), (some("KG"), Lang::En));

    let (state, notices) = resolved("country=X&category=Y&case=Z&lang=W&view=table", &data);
    let expected = [
        Notice::UnknownCategory("Y".into()),
        Notice::UnknownCountry("X".into()),
        Notice::UnknownCase("Z".into()),
        Notice::UnknownLang("W".into()),
    ];
    assert_eq!(notices.len(), 4);
    assert!(expected.iter().all(|n| notices.contains(n)), "{notices:?}");
    assert_eq!(
        state,
        ViewState {
            table: true,
            ..ViewState::default()
        }
    );
}

#[test]
fn resolve_overview_explicitly_and_empty_values_are_silent() {
    let data = real();
    for query in [
        "category=overview",
        "category=OVERVIEW",
        "country=&category=&case=&lang=&view=",
        "country=%00",
    ] {
        let (state, notices) = resolved(query, &data);
        assert_eq!(state, ViewState::default(), "{query}");
        assert!(notices.is_empty(), "{query}: {notices:?}");
    }
}

#[test]
fn resolve_case_opens_its_own_country() {
    let data = real();
    let case = data
        .cases
        .iter()
        .find(|c| c.country != "KZ")
        .expect("a case outside Kazakhstan");
    let (state, notices) = resolved(&format!("country=KZ&case={}", case.id), &data);
    assert!(notices.is_empty());
    assert_eq!(state.country.as_deref(), Some(case.country.as_str()));
    assert_eq!(state.case.as_deref(), Some(case.id.as_str()));
    // The same with an unknown country named: no notice is lost either.
    let (state, notices) = resolved(&format!("country=ZZ&case={}", case.id), &data);
    assert_eq!(state.country.as_deref(), Some(case.country.as_str()));
    assert_eq!(notices, vec![Notice::UnknownCountry("ZZ".into())]);

    let (state, notices) = resolved("country=AA&case=BB-CASE", &small());
    assert!(notices.is_empty());
    assert_eq!((state.country, state.case), (some("BB"), some("bb-case")));
}

#[test]
fn resolve_view_table_only_for_table() {
    let data = small();
    assert!(resolved("view=table", &data).0.table);
    assert!(resolved("view=TABLE", &data).0.table);
    for query in ["view=map", "view=MAP", "view=", "", "table=1"] {
        let (state, notices) = resolved(query, &data);
        assert!(!state.table, "{query}");
        assert!(notices.is_empty(), "{query}");
    }
    // Another value opens the map, and says so.
    for value in ["tables", "nope"] {
        let (state, notices) = resolved(&format!("view={value}"), &data);
        assert!(!state.table, "{value}");
        assert_eq!(notices, vec![Notice::UnknownStyle(format!("view={value}"))]);
    }
}

#[test]
fn resolve_against_hand_built_data() {
    let data = small();
    let (state, notices) = resolved("country=aa&category=BETA", &data);
    assert!(notices.is_empty());
    assert_eq!(
        (state.country, state.category.as_str()),
        (some("AA"), "beta")
    );
    // Codes of the real data are unknown here.
    let (state, notices) = resolved("country=KZ&category=press", &data);
    assert_eq!(state, ViewState::default());
    assert_eq!(
        notices,
        vec![
            Notice::UnknownCategory("press".into()),
            Notice::UnknownCountry("KZ".into())
        ]
    );
}

#[test]
fn to_query_omits_defaults_and_keeps_order() {
    assert_eq!(to_query(&ViewState::default()), "");
    let state = ViewState {
        country: some("KZ"),
        category: "press".into(),
        case: some("kz-marat-zhylanbaev"),
        lang: Lang::En,
        table: true,
        ..ViewState::default()
    };
    assert_eq!(
        to_query(&state),
        "?country=KZ&category=press&case=kz-marat-zhylanbaev&view=table"
    );
    let only_table = ViewState {
        table: true,
        ..ViewState::default()
    };
    assert_eq!(to_query(&only_table), "?view=table");
    let only_category = ViewState {
        category: "domestic-violence".into(),
        ..ViewState::default()
    };
    assert_eq!(to_query(&only_category), "?category=domestic-violence");
    // Values are encoded so they read back the same.
    let odd = ViewState {
        case: some("a b&c=d"),
        ..ViewState::default()
    };
    assert_eq!(parse_query(&to_query(&odd)).case, some("a b&c=d"));
}

#[test]
fn round_trip_for_every_country_category_and_case() {
    let data = real();
    let mut categories: Vec<String> = vec![OVERVIEW.to_string()];
    categories.extend(data.categories.iter().map(|c| c.id.clone()));
    let mut checked = 0;
    for country in &data.countries {
        let cases: Vec<Option<String>> = std::iter::once(None)
            .chain(
                data.cases_for(&country.code)
                    .iter()
                    .take(1)
                    .map(|c| Some(c.id.clone())),
            )
            .collect();
        for category in &categories {
            for case in &cases {
                for table in [false, true] {
                    let state = ViewState {
                        country: Some(country.code.clone()),
                        category: category.clone(),
                        case: case.clone(),
                        lang: Lang::En,
                        table,
                        ..ViewState::default()
                    };
                    let query = to_query(&state);
                    let (back, notices) = resolve(&parse_query(&query), &data);
                    assert_eq!(back, state, "{query}");
                    assert!(notices.is_empty(), "{query}: {notices:?}");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(
        checked,
        data.countries.len() * categories.len() * 2 * 2,
        "every country has a case"
    );
}

#[test]
fn country_links_keep_the_issue_and_language_and_drop_the_case() {
    let data = real();
    let (view, _) = resolved("?category=press&lang=ru&case=kz-zhanbolat-mamay", &data);
    let target = country_view(&view, "TJ");
    assert_eq!(to_query(&target), "?country=TJ&category=press&lang=ru");
    let (from_default, _) = resolved("", &data);
    let target = country_view(&from_default, "KZ");
    assert_eq!(to_query(&target), "?country=KZ");
    // Linked at its own page: a copied link is previewed as that country.
    assert_eq!(address(&target, &data, Lang::En), "country/kz/");
}

#[test]
fn english_stays_in_the_address_for_a_visitor_whose_page_opens_in_russian() {
    let data = real();
    let (english, _) = resolved("?lang=en&country=KZ", &data);
    assert_eq!(to_query_for(&english, Lang::Ru), "?country=KZ&lang=en");
    assert_eq!(to_query_for(&english, Lang::En), "?country=KZ");
    let (russian, _) = resolved("?lang=ru", &data);
    assert_eq!(to_query_for(&russian, Lang::Ru), "?lang=ru");
    assert_eq!(to_query(&russian), "?lang=ru");
}

#[test]
fn every_query_key_is_read_and_others_are_ignored() {
    for key in QUERY_KEYS {
        assert_ne!(
            parse_query(&format!("?{key}=x")),
            QueryParams::default(),
            "{key}"
        );
    }
    assert_eq!(
        parse_query("?utm_source=x&fbclid=y"),
        QueryParams::default()
    );
}

/// The loader starts the app at once for a link that asks for a view: the
/// keys it lists must be the ones the app reads, but `lang` and the look
/// (`theme`, `transparent`, `legend`), which the page applies itself.
#[test]
fn view_keys_are_the_query_keys_but_lang_and_the_look() {
    let keys: Vec<&str> = view_keys().collect();
    assert_eq!(keys.len(), QUERY_KEYS.len() - 1 - STYLE_KEYS.len());
    assert!(!keys.contains(&"lang"));
    assert!(STYLE_KEYS
        .iter()
        .all(|k| QUERY_KEYS.contains(k) && !keys.contains(k)));
    assert!(LAYOUT_KEYS.iter().all(|k| keys.contains(k)));
}

#[test]
fn the_address_keeps_a_pages_own_view_clean_and_asks_for_any_other() {
    let data = load(RIGHTS_FILE, RIGHTS_JSON).unwrap();
    let kg = ViewState {
        country: Some("KG".into()),
        ..ViewState::default()
    };
    let tj = ViewState {
        country: Some("TJ".into()),
        ..ViewState::default()
    };
    // The map page: the view's query link, as before.
    assert_eq!(address_query(&tj, "", Lang::En), "?country=TJ");
    assert_eq!(address_query(&ViewState::default(), "", Lang::En), "");
    // A country's own page: its view needs nothing, another view a query.
    assert_eq!(address_query(&kg, "?country=KG", Lang::En), "");
    assert_eq!(address_query(&tj, "?country=KG", Lang::En), "?country=TJ");
    // The plain map on a country's page must ask for itself, or the page's view would return.
    let map = address_query(&ViewState::default(), "?country=KG", Lang::En);
    assert_eq!(map, "?view=map");
    assert!(asks_for_view(&map));
    let (view, notices) = resolve(&parse_query(&map), &data);
    assert_eq!((view, notices), (ViewState::default(), vec![]));
    // A Russian page: its own view needs nothing, the map asks for itself in Russian.
    let ru_kg = ViewState {
        lang: Lang::Ru,
        ..kg.clone()
    };
    assert_eq!(address_query(&ru_kg, "?country=KG&lang=ru", Lang::Ru), "");
    let ru_map = ViewState {
        lang: Lang::Ru,
        ..ViewState::default()
    };
    assert_eq!(
        address_query(&ru_map, "?country=KG&lang=ru", Lang::Ru),
        "?view=map&lang=ru"
    );
}

#[test]
fn only_parameters_that_ask_for_a_view_count() {
    assert!(asks_for_view("?country=KZ"));
    assert!(asks_for_view("?utm_source=x&embed=1"));
    assert!(!asks_for_view("?lang=ru"));
    assert!(!asks_for_view("?utm_source=newsletter&fbclid=abc"));
    assert!(!asks_for_view(""));
}

#[test]
fn on_an_embeds_page_only_a_query_naming_embed_asks_for_a_whole_view() {
    assert_eq!(whole_view_needs(""), &[] as &[&str]);
    assert_eq!(whole_view_needs("?country=KZ"), &[] as &[&str]);
    assert_eq!(whole_view_needs("?country=KZ&embed=1"), &["embed"]);
    assert_eq!(whole_view_needs("?embed=1&card=kz-1"), &["embed"]);
    // The full map's pages: any view's parameter.
    assert!(asks_for_whole_view("?country=KZ", "?category=press"));
    assert!(asks_for_whole_view("", "?cta_text=Act"));
    // An embed's: a call to action or another country adds to it...
    let embed = "?country=KZ&embed=1";
    assert!(!asks_for_whole_view(
        embed,
        "?cta_text=Act&cta_url=https://example.org"
    ));
    assert!(!asks_for_whole_view(embed, "?country=TJ"));
    assert!(!asks_for_whole_view(embed, "?lang=ru"));
    // ...and a link that names the embed is its own.
    assert!(asks_for_whole_view(embed, "?embed=1&category=press"));
    assert!(asks_for_whole_view(embed, "embed=1"));
}
