//! The site's pages (`core::pages`): one per view, at paths that name it,
//! and the view of each page leads back to the page.
use central_asia_rights_map::core::data::{load, RIGHTS_FILE, RIGHTS_JSON};
use central_asia_rights_map::core::messages::Lang;
use central_asia_rights_map::core::pages::{
    address, address_keeping_lang, all_pages, shorten, shorten_to_sentence, Page, PageKind,
};
use central_asia_rights_map::core::url_state::{asks_for_view, parse_query, resolve, ViewState};
use central_asia_rights_map::core::view_model::issue_summary;
use std::collections::HashSet;

#[test]
fn every_page_has_its_own_path_and_its_view_leads_back_to_it() {
    let data = load(RIGHTS_FILE, RIGHTS_JSON).unwrap();
    let pages = all_pages(&data);
    let paths: HashSet<String> = pages.iter().map(Page::path).collect();
    assert_eq!(paths.len(), pages.len(), "no two pages share a path");
    for page in &pages {
        let view = page.view(&data);
        assert_eq!(Page::of_view(&view), *page, "{}", page.path());
        // The page's query link opens the same view, with no notice.
        let (resolved, notices) = resolve(&parse_query(&page.query(&data)), &data);
        assert_eq!((resolved, notices), (view, vec![]), "{}", page.path());
        assert_eq!(page.root(), "../".repeat(page.path().matches('/').count()));
    }
}

#[test]
fn paths_are_lower_case_folders_with_the_language_first() {
    let kz = Page::new(PageKind::Country("KZ".into()), Lang::Ru);
    assert_eq!(kz.path(), "ru/country/kz/");
    assert_eq!(kz.root(), "../../../");
    assert_eq!(Page::new(PageKind::Map, Lang::En).path(), "");
    assert_eq!(
        Page::new(PageKind::EmbedIssue("lgbt".into()), Lang::En).path(),
        "embed/issue/lgbt/"
    );
    assert_eq!(
        Page::new(PageKind::Card("uz-entry-bans".into()), Lang::En)
            .canonical()
            .path(),
        "case/uz-entry-bans/"
    );
}

#[test]
fn descriptions_are_cut_at_a_word() {
    assert_eq!(shorten("short", 10), "short");
    assert_eq!(shorten("one two three four", 12), "one two…");
    assert!(shorten(&"word ".repeat(100), 200).chars().count() <= 200);
    // A description ends on its last whole sentence where that keeps half.
    let two = "First one here. Then a second that runs on.";
    assert_eq!(shorten_to_sentence(two, 100), two);
    assert_eq!(shorten_to_sentence(two, 30), "First one here.");
    assert_eq!(
        shorten_to_sentence(two, 40),
        "First one here. Then a second that…"
    );
    // Counted in characters, cut on them, in Cyrillic as in Latin.
    assert_eq!(
        shorten_to_sentence("Первое предложение здесь. Затем второе, длинное.", 40),
        "Первое предложение здесь."
    );
    // Not an abbreviation's full stop inside a word, nor a short first sentence.
    assert_eq!(
        shorten_to_sentence("A. Then many words follow here", 20),
        "A. Then many words…"
    );
    assert_eq!(
        shorten_to_sentence("Ends at 3.5 per cent and more", 12),
        "Ends at…"
    );
}

#[test]
fn the_address_of_a_page_view_is_its_clean_path() {
    let data = load(RIGHTS_FILE, RIGHTS_JSON).unwrap();
    for page in all_pages(&data) {
        let view = page.view(&data);
        // In its own language, exactly the page's path: previewed as the view,
        // and a reload does not start the app before it is used.
        assert_eq!(address(&view, &data, page.lang), page.path());
        // For a reader whose pages open in another language, `lang` keeps it.
        let other = if page.lang == Lang::En {
            Lang::Ru
        } else {
            Lang::En
        };
        assert_eq!(
            address(&view, &data, other),
            format!("{}?lang={}", page.path(), page.lang.code())
        );
    }
}

#[test]
fn a_view_that_is_more_than_its_page_asks_for_the_whole_view_on_that_path() {
    let data = load(RIGHTS_FILE, RIGHTS_JSON).unwrap();
    let view = |query: &str| resolve(&parse_query(query), &data).0;
    assert_eq!(
        address(&view("?country=KG&category=press"), &data, Lang::En),
        "country/kg/?country=KG&category=press"
    );
    assert_eq!(
        address(&view("?country=TJ&lang=ru&view=table"), &data, Lang::Ru),
        "ru/country/tj/?country=TJ&lang=ru&view=table"
    );
    assert_eq!(
        address(&view("?view=table"), &data, Lang::En),
        "?view=table"
    );
    // A presentation is no page of its own: its slide's country's, asked for the slide.
    assert_eq!(
        address(&view("?country=KZ&present=1&step=2"), &data, Lang::En),
        "country/kz/?country=KZ&present=1&step=2"
    );
    assert_eq!(
        address(&view("?present=1&step=1"), &data, Lang::En),
        "?present=1&step=1"
    );
    // Whatever the address, its query alone (or its path's page) opens the view.
    for query in [
        "?country=KG&category=press",
        "?view=table&lang=kk",
        "?category=lgbt&embed=1",
    ] {
        let shown: ViewState = view(query);
        let written = address(&shown, &data, Lang::En);
        let (path, asked) = written.split_once('?').unwrap_or((&written, ""));
        let page = all_pages(&data)
            .into_iter()
            .find(|p| p.path() == path)
            .unwrap();
        let opened = if asks_for_view(asked) {
            // The query's view, in the page's language unless it names one.
            let mut params = parse_query(asked);
            params.lang = params.lang.or(Some(page.lang.code().to_string()));
            resolve(&params, &data).0
        } else {
            page.view(&data)
        };
        assert_eq!(opened, shown, "{written}");
    }
}

/// An issue's page says what its map shows: each country with its status,
/// the most severe first (every language: crates/core/tests/issue_summary.rs).
#[test]
fn an_issue_page_is_described_by_what_its_map_shows() {
    let data = load(RIGHTS_FILE, RIGHTS_JSON).unwrap();
    let press = Page::new(PageKind::EmbedIssue("press".into()), Lang::En);
    assert_eq!(
        press.description(&data, 200),
        "Turkmenistan: Media under tight state control. Kyrgyzstan, Tajikistan, Uzbekistan: \
         Media or bloggers prosecuted or detained. Kazakhstan: Violent attacks on journalists."
    );
    // Too long for a preview: cut at a word, and says so.
    let religion = Page::new(PageKind::Issue("religion".into()), Lang::En);
    assert_eq!(
        religion.description(&data, 120),
        "Tajikistan: Activities of religious organizations banned or limited. \
         Turkmenistan: Unsanctioned religious expression…"
    );
    assert!(issue_summary(&data, "no-such-issue").is_empty());
}

#[test]
fn a_language_link_keeps_the_whole_view_and_names_its_language() {
    let data = load(RIGHTS_FILE, RIGHTS_JSON).unwrap();
    let view = |query: &str| resolve(&parse_query(query), &data).0;
    // A page's own view: its path, with the language asked for in both directions.
    assert_eq!(
        address_keeping_lang(&view("?country=KZ&lang=ru"), &data),
        "ru/country/kz/?lang=ru"
    );
    assert_eq!(address_keeping_lang(&view("?lang=en"), &data), "?lang=en");
    // An issue chosen with a country is kept (the country's page alone shows the overview).
    assert_eq!(
        address_keeping_lang(&view("?country=KZ&category=press&lang=kk"), &data),
        "kk/country/kz/?country=KZ&category=press&lang=kk"
    );
    assert_eq!(
        address_keeping_lang(&view("?country=KZ&category=press"), &data),
        "country/kz/?country=KZ&category=press&lang=en"
    );
    // Every page's view, in every language: the link opens that view in that language.
    for page in all_pages(&data) {
        let written = address_keeping_lang(&page.view(&data), &data);
        let (path, asked) = written.split_once('?').unwrap();
        assert_eq!(path, page.path());
        assert_eq!(parse_query(asked).lang.as_deref(), Some(page.lang.code()));
    }
}
