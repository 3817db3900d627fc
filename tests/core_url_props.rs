//! Property tests for the URL contract: whatever a link holds, parsing never
//! panics, never lets markup or control characters through, and always gives
//! a view the page can show.
use central_asia_rights_map::core::data::{load_embedded, RightsData};
use central_asia_rights_map::core::messages::EN;
use central_asia_rights_map::core::url_state::{parse_query, resolve, to_query, OVERVIEW};
use central_asia_rights_map::core::view_model::notice_text;
use proptest::prelude::*;
use std::sync::OnceLock;

fn data() -> &'static RightsData {
    static DATA: OnceLock<RightsData> = OnceLock::new();
    DATA.get_or_init(|| load_embedded().unwrap())
}

/// Keys we know, some we don't, and their odd spellings.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("country".to_string()),
        Just("category".to_string()),
        Just("case".to_string()),
        Just("lang".to_string()),
        Just("view".to_string()),
        Just("embed".to_string()),
        Just("card".to_string()),
        Just("cta_text".to_string()),
        Just("cta_url".to_string()),
        Just("present".to_string()),
        Just("step".to_string()),
        Just("controls".to_string()),
        "[a-zA-Z_%]{0,8}",
    ]
}

/// Values from plausible to hostile: codes, markup, percent junk, NULs, Unicode, long runs.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("KZ".to_string()),
        Just("press".to_string()),
        Just("1".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("%00%ZZ%E0%A4%A".to_string()),
        Just("javascript:alert(1)".to_string()),
        Just("\u{202E}ru".to_string()),
        ".{0,40}",
        "[%0-9A-Fa-f&=+]{0,30}",
        "\\PC{0,300}",
    ]
}

fn query() -> impl Strategy<Value = String> {
    prop::collection::vec((key(), value(), any::<bool>()), 0..8).prop_map(|pairs| {
        let body: Vec<String> = pairs
            .into_iter()
            .map(|(k, v, raw)| {
                if raw {
                    format!("{k}={v}")
                } else {
                    format!(
                        "{k}={}",
                        form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
                    )
                }
            })
            .collect();
        format!("?{}", body.join("&"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_link_resolves_to_a_view_the_map_can_show(q in query()) {
        let params = parse_query(&q);
        let (view, notices) = resolve(&params, data());
        // Only ids of the data survive.
        if let Some(code) = &view.country { prop_assert!(data().country(code).is_some()); }
        if let Some(case) = &view.case { prop_assert!(data().case(case).is_some()); }
        prop_assert!(view.category == OVERVIEW || data().category(&view.category).is_some());
        if let Some(cta) = &view.embed.cta { prop_assert!(cta.url.starts_with("https://")); }
        // What is shown back is short and free of control and bidi characters.
        for n in &notices {
            let text = notice_text(&EN, n);
            prop_assert!(!text.chars().any(|c| c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c)), "{text:?}");
            prop_assert!(text.chars().count() < 200);
        }
        // The address the page writes back reads as the same view, with no notice.
        let (again, later) = resolve(&parse_query(&to_query(&view)), data());
        prop_assert_eq!(&again, &view);
        prop_assert!(later.is_empty(), "{:?}", later);
    }

    #[test]
    fn raw_parameter_values_are_bounded_and_visible(q in "\\PC{0,2000}") {
        let p = parse_query(&q);
        for v in [&p.country, &p.category, &p.case, &p.lang, &p.view, &p.embed, &p.card, &p.present, &p.step, &p.controls].into_iter().flatten() {
            prop_assert!(v.chars().count() <= 64);
            prop_assert!(!v.chars().any(char::is_control));
        }
    }
}
