//! Embed options in the URL, the call-to-action check, and the code a
//! campaigner pastes.
use central_asia_rights_map::core::data::load_embedded;
use central_asia_rights_map::core::embed::*;
use central_asia_rights_map::core::url_state::{parse_query, resolve, to_query, Notice, ViewState};

fn data() -> central_asia_rights_map::core::data::RightsData {
    load_embedded().unwrap()
}

fn view(query: &str) -> (ViewState, Vec<Notice>) {
    resolve(&parse_query(query), &load_embedded().unwrap())
}

#[test]
fn only_plain_https_urls_pass_as_calls_to_action() {
    // The href is the URL as the parser writes it (crates/core/tests/cta.rs has the rest).
    for (ok, href) in [
        ("https://example.org/", "https://example.org/"),
        (
            "https://example.org/petition?id=1&x=2#top",
            "https://example.org/petition?id=1&x=2#top",
        ),
        ("https://a.b", "https://a.b/"),
    ] {
        assert_eq!(safe_cta_url(ok).as_deref(), Some(href), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<b>x</b>",
        "http://example.org/",
        "//example.org/",
        "https://",
        "https:///path",
        "https://user:pw@example.org/",
        "https://exa mple.org/",
        "https://example.org/\"onmouseover=x",
        "https://example.org/<script>",
        "ftp://example.org/",
        "",
        "vbscript:x",
        " javascript:alert(1)",
        "https://0x7f.1/",
        "https://2130706433/",
        "https://localhost/",
        "https://[::1]/",
        "https://a/",
        "https://evil.example:0/",
        "https://good.org%40evil.example/",
        "http://x.org/",
    ] {
        assert_eq!(safe_cta_url(bad), None, "{bad:?}");
    }
    assert_eq!(
        safe_cta_url(&format!("https://example.org/{}", "a".repeat(MAX_CTA_URL))),
        None,
        "too long"
    );
}

#[test]
fn embed_options_are_read_only_with_embed_1() {
    let (v, n) = view("?controls=0&card=kz-marat-zhylanbaev");
    assert_eq!(v.embed, Embed::default());
    assert!(n.is_empty());
    let (v, _) = view("?embed=1&controls=0");
    assert!(v.embed.on && v.embed.controls_hidden && v.embed.card.is_none());
    let (v, _) = view("?embed=true");
    assert!(v.embed.on && !v.embed.controls_hidden);
}

#[test]
fn a_card_opens_its_case_and_country_and_an_unknown_card_is_a_notice() {
    let (v, n) = view("?embed=1&card=KZ-Marat-Zhylanbaev");
    assert_eq!(v.embed.card.as_deref(), Some("kz-marat-zhylanbaev"));
    assert_eq!(v.case.as_deref(), Some("kz-marat-zhylanbaev"));
    assert_eq!(v.country.as_deref(), Some("KZ"));
    assert!(n.is_empty());
    let (v, n) = view("?embed=1&card=nobody");
    assert_eq!(v.embed.card, None);
    assert_eq!(n, [Notice::UnknownCase("nobody".into())]);
}

#[test]
fn a_call_to_action_needs_both_halves_and_a_safe_url() {
    let (v, n) = view("?embed=1&cta_text=Sign%20now&cta_url=https%3A%2F%2Fexample.org%2Fp");
    let cta = v.embed.cta.clone().expect("a call to action");
    assert_eq!(
        (cta.text.as_str(), cta.url.as_str(), cta.host()),
        ("Sign now", "https://example.org/p", "example.org")
    );
    assert!(n.is_empty());
    let (v, n) = view("?embed=1&cta_text=Sign&cta_url=javascript:alert(1)");
    assert_eq!(v.embed.cta, None);
    assert_eq!(n, [Notice::RefusedCtaUrl("javascript:alert(1)".into())]);
    let (v, _) = view("?embed=1&cta_url=https%3A%2F%2Fexample.org%2F");
    assert_eq!(v.embed.cta, None, "no text, no button");
    let long = "x".repeat(500);
    let (v, _) = view(&format!(
        "?embed=1&cta_text={long}&cta_url=https%3A%2F%2Fexample.org%2F"
    ));
    assert_eq!(v.embed.cta.unwrap().text.chars().count(), MAX_CTA_TEXT);
}

#[test]
fn embed_state_round_trips_through_the_url() {
    let query = "?embed=1&controls=0&cta_text=Act&cta_url=https%3A%2F%2Fexample.org%2F%3Fa%3D1";
    let (v, _) = view(query);
    let (again, n) = view(&to_query(&v));
    assert_eq!(again, v);
    assert!(n.is_empty());
    assert!(to_query(&v)
        .contains("embed=1&controls=0&cta_text=Act&cta_url=https%3A%2F%2Fexample.org%2F%3Fa%3D1"));
}

#[test]
fn the_iframe_code_is_one_escaped_line_for_the_current_view() {
    let (v, _) = view("?country=kz&category=press&view=table");
    let code = iframe_code("https://map.example/", &v, "A \"map\" <title>", &data());
    assert!(!code.contains('\n'));
    // The country's rendered embed, asked for the issue the page does not show.
    assert!(code.starts_with(r#"<iframe src="https://map.example/embed/country/kz/?country=KZ&amp;category=press&amp;embed=1" title="A &quot;map&quot; &lt;title&gt;""#), "{code}");
    // A country is chosen: the height leaves room for its short card.
    assert!(code.contains(&format!(r#"height="{COUNTRY_HEIGHT}""#)));
    assert!(code.ends_with("data-rights-map></iframe>"));
    let (map, _) = view("?category=press");
    assert!(iframe_code("https://m/", &map, "t", &data())
        .contains(&format!(r#"height="{DEFAULT_HEIGHT}""#)));
    let (card, _) = view("?embed=1&card=kg-azimjon-askarov");
    assert!(iframe_code("https://m/", &card, "t", &data())
        .contains(&format!(r#"height="{CARD_HEIGHT}""#)));
}

/// Where a view has a rendered embed page, the iframe shows that page, which
/// paints before the app; the query only asks for what the page does not show.
#[test]
fn the_iframe_shows_the_rendered_embed_page_of_its_view() {
    let src = |query: &str| iframe_src("https://m/sub/", &view(query).0, &data());
    assert_eq!(src("?country=KG"), "https://m/sub/embed/country/kg/");
    assert_eq!(src("?category=press"), "https://m/sub/embed/issue/press/");
    assert_eq!(src(""), "https://m/sub/embed/");
    assert_eq!(
        src("?embed=1&card=kg-azimjon-askarov"),
        "https://m/sub/embed/card/kg-azimjon-askarov/"
    );
    assert_eq!(
        src("?lang=ru&country=TJ"),
        "https://m/sub/ru/embed/country/tj/"
    );
    assert_eq!(
        src("?country=KG&theme=dark&legend=0"),
        "https://m/sub/embed/country/kg/?theme=dark&legend=0"
    );
    assert_eq!(
        src("?country=KG&category=lgbt"),
        "https://m/sub/embed/country/kg/?country=KG&category=lgbt&embed=1"
    );
}

/// A case opened on the full map embeds as its card, whatever issue the map
/// shows: the country's embed opened it far down its panel, at the height
/// suggested for a country, and could not size its frame.
#[test]
fn a_case_opened_on_the_map_embeds_as_its_card() {
    for query in [
        "?case=kz-marat-zhylanbaev",
        "?country=KZ&case=kz-marat-zhylanbaev&category=press",
    ] {
        let (v, _) = view(query);
        assert_eq!(
            iframe_src("https://m/", &v, &data()),
            "https://m/embed/card/kz-marat-zhylanbaev/",
            "{query}"
        );
        assert!(iframe_code("https://m/", &v, "t", &data())
            .contains(&format!(r#"height="{CARD_HEIGHT}""#)));
    }
    let (ru, _) = view("?case=kz-marat-zhylanbaev&lang=ru&theme=dark");
    assert_eq!(
        iframe_src("https://m/", &ru, &data()),
        "https://m/ru/embed/card/kz-marat-zhylanbaev/?theme=dark"
    );
}

#[test]
fn the_full_map_link_drops_the_embed_options() {
    let (v, _) = view("?embed=1&controls=0&country=TJ&category=minorities");
    assert_eq!(
        full_map_url("https://m/", &v),
        "https://m/?country=TJ&category=minorities"
    );
}

#[test]
fn the_host_snippet_is_small_and_checks_the_origin_the_frame_and_the_token() {
    let s = host_snippet("https://map.example");
    assert!(s.len() < 1024, "{} bytes", s.len());
    assert!(s.starts_with("<script>") && s.ends_with("</script>"));
    assert!(s.contains(r#"var O="https://map.example""#));
    assert!(s.contains("e.origin!==O"));
    // null only from a sandboxed iframe, and only with the frame's token.
    assert!(s.contains(r#"e.origin==="null"&&f.hasAttribute("sandbox")"#));
    assert!(s.contains("d.token!==t.get(f)"));
    assert!(s.contains("f.contentWindow!==e.source"));
    assert!(s.contains(&format!("{HEIGHT_MESSAGE:?}")));
    assert!(s.contains("crypto.getRandomValues"));
    assert!(s.contains(&format!("#{HOST_FRAGMENT_KEY}=")));
}

#[test]
fn an_embed_reads_its_host_and_token_from_the_snippets_fragment() {
    let hash = "#rights-map-host=https%3A%2F%2Fcampaign.example&token=1234567890";
    assert_eq!(
        host_from_fragment(hash),
        Some(("https://campaign.example".into(), "1234567890".into()))
    );
    // A host page with an opaque origin: any target, since none can be named.
    assert_eq!(
        host_from_fragment("#rights-map-host=null&token=12345678").map(|h| h.0),
        Some("*".into())
    );
    for bad in [
        "",
        "#country-KZ",
        "#rights-map-host=https%3A%2F%2Fa.example",
        "#token=12345678",
        "#rights-map-host=javascript%3Aalert(1)&token=12345678",
        "#rights-map-host=https%3A%2F%2Fa.example%2Fpath&token=12345678",
        "#rights-map-host=https%3A%2F%2Fa.example&token=abc",
        "#rights-map-host=https%3A%2F%2Fa.example&token=1",
    ] {
        assert_eq!(host_from_fragment(bad), None, "{bad}");
    }
}

#[test]
fn the_look_of_an_embed_is_read_kept_in_its_links_and_in_its_code() {
    let (v, n) = view("?embed=1&country=KZ&theme=DARK&transparent=1&legend=0");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(
        v.embed.style,
        EmbedStyle {
            theme: Theme::Dark,
            transparent: true,
            legend_hidden: true
        }
    );
    let query = to_query(&v);
    assert!(
        query.ends_with("&theme=dark&transparent=1&legend=0"),
        "{query}"
    );
    assert_eq!(view(&query).0, v);
    let code = iframe_code("https://m/", &v, "t", &data());
    assert!(
        code.contains("theme=dark&amp;transparent=1&amp;legend=0"),
        "{code}"
    );
    // The full map, opened from the embed, has the map's own look.
    assert_eq!(full_map_url("https://m/", &v), "https://m/?country=KZ");
    // The default look writes nothing; auto is kept.
    let (plain, _) = view("?embed=1&theme=light&transparent=0&legend=1");
    assert_eq!(to_query(&plain), "?embed=1");
    assert_eq!(
        to_query(&view("?embed=1&theme=auto").0),
        "?embed=1&theme=auto"
    );
}

#[test]
fn a_look_the_stylesheet_does_not_match_is_named_and_changes_nothing() {
    // The page applies these before the app with exact values only
    // (`transparent=1`, not `true`): the app must not look otherwise.
    let (v, n) = view("?embed=1&theme=purple&transparent=true&legend=no");
    assert_eq!(v.embed.style, EmbedStyle::default());
    assert_eq!(
        n,
        vec![
            Notice::UnknownStyle("theme=purple".into()),
            Notice::UnknownStyle("transparent=true".into()),
            Notice::UnknownStyle("legend=no".into()),
        ]
    );
}

#[test]
fn the_look_applies_on_any_page_that_carries_it() {
    let (v, n) = view("?country=KZ&theme=dark");
    assert!(n.is_empty());
    assert!(!v.embed.on);
    assert_eq!(v.embed.style.theme, Theme::Dark);
    assert_eq!(to_query(&v), "?country=KZ&theme=dark");
}
