//! What a rendered page opens with in the app: its own view, or the view its
//! address asks for, in the page's language unless the address names one.
use central_asia_rights_map::ui::site::opening_params;

#[test]
fn a_view_asked_on_a_russian_page_stays_in_russian() {
    let params = opening_params("?lang=ru", "?category=lgbt", "");
    assert_eq!(params.category.as_deref(), Some("lgbt"));
    assert_eq!(params.lang.as_deref(), Some("ru"));
}

#[test]
fn the_address_names_the_language_over_the_page() {
    let params = opening_params("?lang=ru", "?category=lgbt&lang=en", "");
    assert_eq!(params.lang.as_deref(), Some("en"));
}

#[test]
fn on_the_default_page_a_view_leaves_the_language_to_the_reader() {
    let params = opening_params("", "?country=KZ", "");
    assert_eq!(params.country.as_deref(), Some("KZ"));
    assert_eq!(params.lang, None);
}

#[test]
fn without_a_view_the_page_opens_its_own() {
    let params = opening_params("?country=KG&lang=ru", "", "");
    assert_eq!(params.country.as_deref(), Some("KG"));
    assert_eq!(params.lang.as_deref(), Some("ru"));
}

#[test]
fn a_page_keeps_the_look_its_address_gives_it() {
    let params = opening_params(
        "?country=KG&embed=1",
        "?theme=dark&transparent=1&legend=0",
        "",
    );
    assert_eq!(params.country.as_deref(), Some("KG"));
    assert_eq!(params.embed.as_deref(), Some("1"));
    assert_eq!(params.theme.as_deref(), Some("dark"));
    assert_eq!(params.transparent.as_deref(), Some("1"));
    assert_eq!(params.legend.as_deref(), Some("0"));
}

#[test]
fn a_view_asked_on_a_page_replaces_its_own() {
    // The app's own addresses name the whole view: `?view=map` on a
    // country's page is the map without a panel.
    let params = opening_params("?country=KG", "?view=map", "");
    assert_eq!(params.country, None);
    let params = opening_params("?case=kg-x&country=KG", "?country=TJ", "");
    assert_eq!((params.country.as_deref(), params.case), (Some("TJ"), None));
}

#[test]
fn an_embed_page_keeps_its_view_under_a_campaigners_parameters() {
    let page = "?country=KZ&embed=1";
    let params = opening_params(
        page,
        "?cta_text=Sign&cta_url=https%3A%2F%2Fexample.org%2Fp",
        "",
    );
    assert_eq!(params.country.as_deref(), Some("KZ"));
    assert_eq!(params.embed.as_deref(), Some("1"));
    assert_eq!(params.cta_text.as_deref(), Some("Sign"));
    assert_eq!(params.cta_url.as_deref(), Some("https://example.org/p"));
    let params = opening_params("?embed=1", "?category=press", "");
    assert_eq!(
        (params.embed.as_deref(), params.category.as_deref()),
        (Some("1"), Some("press"))
    );
    let params = opening_params("?card=kz-x&embed=1", "?controls=0", "");
    assert_eq!(
        (params.card.as_deref(), params.controls.as_deref()),
        (Some("kz-x"), Some("0"))
    );
}

#[test]
fn an_embed_address_that_names_embed_is_the_whole_view() {
    // As the app writes them: the panel closed is `?embed=1` alone.
    let params = opening_params("?country=KZ&embed=1", "?embed=1", "");
    assert_eq!((params.country, params.embed.as_deref()), (None, Some("1")));
}

#[test]
fn a_panel_fragment_opens_that_country_in_the_pages_view() {
    let params = opening_params("?category=press", "", "#country-TJ");
    assert_eq!(
        (params.country.as_deref(), params.category.as_deref()),
        (Some("TJ"), Some("press"))
    );
    let params = opening_params("?case=kz-x&country=KZ", "", "#country-UZ");
    assert_eq!((params.country.as_deref(), params.case), (Some("UZ"), None));
    let params = opening_params("?country=KZ", "", "#no-panel");
    assert_eq!((params.country, params.case), (None, None));
    // Another fragment is not a panel's; a query's view wins over a fragment.
    let params = opening_params("?country=KZ", "", "#method");
    assert_eq!(params.country.as_deref(), Some("KZ"));
    let params = opening_params("?country=KZ", "", "#country-panel-heading-KG");
    assert_eq!(params.country.as_deref(), Some("KZ"));
    let params = opening_params("", "?country=UZ", "#country-KG");
    assert_eq!(params.country.as_deref(), Some("UZ"));
}

#[test]
fn on_an_embed_page_a_panel_fragment_applies_under_the_campaigners_parameters() {
    let params = opening_params("?country=KZ&embed=1", "?cta_text=Sign", "#country-UZ");
    assert_eq!(params.country.as_deref(), Some("UZ"));
    assert_eq!(params.cta_text.as_deref(), Some("Sign"));
}
