//! The call to action's URL, read by a URL parser: what is refused, what the
//! button's href becomes, the host shown beside it, the allow-list, and
//! when the button may be shown.
use rights_map_core::data::load_embedded;
use rights_map_core::embed::{
    check_cta_url, host_allowed, safe_cta_url, Embed, CTA_HOSTS, MAX_CTA_URL,
};
use rights_map_core::url_state::{parse_query, resolve};

/// The href and host of an accepted URL, with no allow-list.
fn accepted(raw: &str) -> Option<(String, String)> {
    check_cta_url(raw, None)
}

#[test]
fn plain_https_urls_to_a_domain_are_accepted_as_the_parser_writes_them() {
    for (raw, href, host) in [
        (
            "https://example.org/",
            "https://example.org/",
            "example.org",
        ),
        (
            "https://example.org/petition?id=1&x=2#top",
            "https://example.org/petition?id=1&x=2#top",
            "example.org",
        ),
        ("https://a.b", "https://a.b/", "a.b"),
        (
            "HTTPS://Act.Example.ORG/P",
            "https://act.example.org/P",
            "act.example.org",
        ),
        (
            "https://example.org:443/",
            "https://example.org/",
            "example.org",
        ),
        (
            "https://example.org:8443/x",
            "https://example.org:8443/x",
            "example.org",
        ),
        (
            "https://example.org./",
            "https://example.org./",
            "example.org",
        ),
        (
            "https://exa%6Dple.org/",
            "https://example.org/",
            "example.org",
        ),
    ] {
        assert_eq!(accepted(raw), Some((href.into(), host.into())), "{raw:?}");
    }
}

#[test]
fn a_path_is_percent_encoded_by_the_parser() {
    let (href, _) = accepted("https://example.org/пётр?q=ä").unwrap();
    assert_eq!(
        href,
        "https://example.org/%D0%BF%D1%91%D1%82%D1%80?q=%C3%A4"
    );
}

/// url's host parsing is built with its ASCII-only back end (the Unicode
/// one costs 70 KB gzip in the app): a Unicode host is refused, and a
/// campaigner writes an internationalised name as punycode.
#[test]
fn an_internationalised_host_is_accepted_as_punycode_only() {
    assert_eq!(accepted("https://пример.рф/"), None);
    assert_eq!(
        accepted("https://xn--e1afmkfd.xn--p1ai/"),
        Some((
            "https://xn--e1afmkfd.xn--p1ai/".into(),
            "xn--e1afmkfd.xn--p1ai".into()
        ))
    );
}

#[test]
fn ip_addresses_local_names_and_single_labels_are_refused() {
    for bad in [
        "https://0x7f.1/",
        "https://2130706433/",
        "https://127.0.0.1/",
        "https://0177.0.0.1/",
        "https://10.0.0.1/x",
        "https://[::1]/",
        "https://[::ffff:127.0.0.1]/",
        "https://localhost/",
        "https://LOCALHOST./",
        "https://app.localhost/",
        "https://a/",
        "https://intranet/",
        "https://a..b/",
        "https://.example.org/",
        "https://under_score.example.org/",
    ] {
        assert_eq!(accepted(bad), None, "{bad:?}");
    }
}

#[test]
fn other_schemes_credentials_bad_ports_and_hidden_hosts_are_refused() {
    for bad in [
        "http://x.org/",
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "javascript://example.org/%0aalert(1)",
        "data:text/html,<b>x</b>",
        "data:text/html;base64,PHNjcmlwdD4=",
        "ftp://example.org/",
        "wss://example.org/",
        "//example.org/",
        "/petition",
        "https://",
        "https:///path",
        "https://user:pw@example.org/",
        "https://user@example.org/",
        "https://good.org@evil.example/",
        "https://:pw@example.org/",
        "https://evil.example:0/",
        "https://evil.example:65536/",
        "https://evil.example:x/",
        "https://good.org%40evil.example/",
        "https://good.org%2Fevil.example/",
        "https://good.org\\@evil.example/",
        "https://exa mple.org/",
        "https://example.org/a b",
        "https://example.org/\"onmouseover=x",
        "https://example.org/<script>",
        "https://example.org/\tx",
        "https://exam\u{200B}ple.org/",
        "https://example.org/\u{202E}gro",
        "",
        "vbscript:x",
    ] {
        assert_eq!(accepted(bad), None, "{bad:?}");
    }
}

#[test]
fn too_long_urls_are_refused_before_and_after_parsing() {
    let path = "a".repeat(MAX_CTA_URL - "https://example.org/".len());
    assert!(accepted(&format!("https://example.org/{path}")).is_some());
    assert_eq!(accepted(&format!("https://example.org/{path}a")), None);
    // Each `é` becomes `%C3%A9`: short as given, too long once serialised.
    let grows = "é".repeat(MAX_CTA_URL / 4);
    assert_eq!(accepted(&format!("https://example.org/{grows}")), None);
}

#[test]
fn the_allow_list_names_hosts_exactly_or_their_subdomains_with_a_star() {
    let list = " Example.org ,*.campaign.net,";
    for (host, ok) in [
        ("example.org", true),
        ("example.org.", true),
        ("EXAMPLE.ORG", true),
        ("act.example.org", false),
        ("evilexample.org", false),
        ("campaign.net", false),
        ("sign.campaign.net", true),
        ("a.b.campaign.net", true),
        ("evilcampaign.net", false),
        ("campaign.net.evil.org", false),
    ] {
        assert_eq!(host_allowed(host, list), ok, "{host}");
    }
    assert!(
        !host_allowed("example.org", ""),
        "an empty list admits nothing"
    );
    assert!(!host_allowed("example.org", " , "));
    assert!(!host_allowed("x.org", "*."));
}

#[test]
fn the_allow_list_applies_to_the_parsed_host() {
    let list = Some("example.org");
    assert!(check_cta_url("https://EXAMPLE.org/p", list).is_some());
    assert!(check_cta_url("https://exa%6Dple.org/p", list).is_some());
    assert_eq!(check_cta_url("https://example.org.evil.net/", list), None);
    assert_eq!(check_cta_url("https://evil.net/#example.org", list), None);
    assert_eq!(check_cta_url("https://example.org/", Some("")), None);
}

#[test]
fn safe_cta_url_uses_the_list_the_core_was_built_with() {
    // RIGHTS_MAP_CTA_HOSTS=example.org cargo test … runs this with a list.
    let raw = "https://act.example.org/p";
    let expected = CTA_HOSTS.is_none_or(|list| host_allowed("act.example.org", list));
    assert_eq!(safe_cta_url(raw).is_some(), expected, "{CTA_HOSTS:?}");
}

#[test]
fn a_call_to_action_is_shown_only_in_an_embed_inside_a_frame() {
    let data = load_embedded().unwrap();
    let query = "?embed=1&cta_text=Act&cta_url=https%3A%2F%2Fexample.org%2F";
    let (view, _) = resolve(&parse_query(query), &data);
    let embed = &view.embed;
    assert_eq!(embed.cta_shown(true).map(|c| c.host()), Some("example.org"));
    assert_eq!(embed.cta_shown(false), None, "opened on its own");
    let off = Embed {
        on: false,
        ..embed.clone()
    };
    assert_eq!(off.cta_shown(true), None, "not an embed");
    let (plain, _) = resolve(&parse_query("?embed=1"), &data);
    assert_eq!(plain.embed.cta_shown(true), None, "no call to action");
}
