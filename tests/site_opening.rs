//! What a rendered page opens with in the app: its own view, or the view its
//! address asks for, in the page's language unless the address names one.
use central_asia_rights_map::ui::site::opening_params;

#[test]
fn a_view_asked_on_a_russian_page_stays_in_russian() {
    let params = opening_params("?lang=ru", "?category=lgbt");
    assert_eq!(params.category.as_deref(), Some("lgbt"));
    assert_eq!(params.lang.as_deref(), Some("ru"));
}

#[test]
fn the_address_names_the_language_over_the_page() {
    let params = opening_params("?lang=ru", "?category=lgbt&lang=en");
    assert_eq!(params.lang.as_deref(), Some("en"));
}

#[test]
fn on_the_default_page_a_view_leaves_the_language_to_the_reader() {
    let params = opening_params("", "?country=KZ");
    assert_eq!(params.country.as_deref(), Some("KZ"));
    assert_eq!(params.lang, None);
}

#[test]
fn without_a_view_the_page_opens_its_own() {
    let params = opening_params("?country=KG&lang=ru", "");
    assert_eq!(params.country.as_deref(), Some("KG"));
    assert_eq!(params.lang.as_deref(), Some("ru"));
}

#[test]
fn a_page_keeps_the_look_its_address_gives_it() {
    let params = opening_params("?country=KG&embed=1", "?theme=dark&transparent=1&legend=0");
    assert_eq!(params.country.as_deref(), Some("KG"));
    assert_eq!(params.embed.as_deref(), Some("1"));
    assert_eq!(params.theme.as_deref(), Some("dark"));
    assert_eq!(params.transparent.as_deref(), Some("1"));
    assert_eq!(params.legend.as_deref(), Some("0"));
}
