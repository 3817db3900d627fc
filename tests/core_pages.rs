//! The site's pages (`core::pages`): one per view, at paths that name it,
//! and the view of each page leads back to the page.
use central_asia_rights_map::core::data::{load, RIGHTS_FILE, RIGHTS_JSON};
use central_asia_rights_map::core::messages::Lang;
use central_asia_rights_map::core::pages::{all_pages, shorten, Page, PageKind};
use central_asia_rights_map::core::url_state::{parse_query, resolve};
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
}
