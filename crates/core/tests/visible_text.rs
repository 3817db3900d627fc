//! Text from a link is shown without the characters that cannot be seen:
//! one function (`text::visible`) for the call to action, every parameter
//! and the notices.
use rights_map_core::data::load_embedded;
use rights_map_core::embed::MAX_CTA_TEXT;
use rights_map_core::messages::Lang;
use rights_map_core::text::{is_hidden, visible};
use rights_map_core::url_state::{parse_query, resolve, Notice, ViewState};
use rights_map_core::view_model::notice_text;

/// Every character the brief of issue #22 names, and the rest of their kind.
const HIDDEN: &[char] = &[
    '\u{0}',
    '\u{7}',
    '\u{1B}',
    '\u{7F}',
    '\u{85}',
    '\u{9F}',  // controls, C0 and C1
    '\u{AD}',  // soft hyphen
    '\u{34F}', // combining grapheme joiner
    '\u{61C}', // Arabic letter mark
    '\u{115F}',
    '\u{1160}',
    '\u{3164}',
    '\u{FFA0}', // Hangul fillers
    '\u{180E}', // Mongolian vowel separator
    '\u{200B}',
    '\u{200C}',
    '\u{200D}',
    '\u{FEFF}', // zero-width
    '\u{200E}',
    '\u{200F}', // LRM, RLM
    '\u{202A}',
    '\u{202B}',
    '\u{202C}',
    '\u{202D}',
    '\u{202E}', // embeddings, overrides
    '\u{2066}',
    '\u{2067}',
    '\u{2068}',
    '\u{2069}', // isolates
    '\u{2060}',
    '\u{2061}',
    '\u{2062}',
    '\u{2063}',
    '\u{2064}', // word joiner, invisible operators
    '\u{2028}',
    '\u{2029}', // line and paragraph separators
    '\u{FFF9}',
    '\u{FFFA}',
    '\u{FFFB}', // interlinear annotation
    '\u{E0000}',
    '\u{E0001}',
    '\u{E0020}',
    '\u{E0041}',
    '\u{E007F}', // tags
];

#[test]
fn every_hidden_character_is_removed_on_its_own_and_inside_words() {
    for &c in HIDDEN {
        assert!(is_hidden(c), "U+{:04X}", c as u32);
        assert_eq!(
            visible(&format!("Sign{c} now{c}")),
            "Sign now",
            "U+{:04X}",
            c as u32
        );
    }
}

#[test]
fn letters_of_every_script_the_map_uses_and_variation_selectors_stay() {
    for text in [
        "Sign the petition",
        "Подпишите петицию",
        "Қазақстан, Ўзбекистон, Кыргызстан, Тоҷикистон, Türkmenistan",
        "ᠮᠣᠩᠭᠣᠯ",
        "❤\u{FE0F} 👍🏽",
        "葛\u{E0100}",
    ] {
        assert_eq!(visible(text), text);
    }
}

fn view(query: &str) -> (ViewState, Vec<Notice>) {
    resolve(&parse_query(query), &load_embedded().unwrap())
}

#[test]
fn the_call_to_action_text_loses_every_hidden_character() {
    for &c in HIDDEN {
        let encoded: String = c.to_string().bytes().map(|b| format!("%{b:02X}")).collect();
        let query = format!(
            "?embed=1&cta_text={encoded}Sign{encoded}%20now{encoded}&cta_url=https%3A%2F%2Fexample.org%2F"
        );
        let (v, n) = view(&query);
        let cta = v.embed.cta.expect("a call to action");
        assert_eq!(cta.text, "Sign now", "U+{:04X}", c as u32);
        assert!(n.is_empty());
    }
}

#[test]
fn a_call_to_action_made_only_of_hidden_characters_is_no_button() {
    let (v, n) = view("?embed=1&cta_text=%E2%80%AE%E2%80%8B&cta_url=https%3A%2F%2Fexample.org%2F");
    assert_eq!(v.embed.cta, None);
    assert!(n.is_empty());
}

#[test]
fn a_call_to_action_shows_its_host_and_uses_the_parsed_url() {
    let (v, _) = view("?embed=1&cta_text=Act&cta_url=HTTPS%3A%2F%2FExample.ORG%3A443%2Fp");
    let cta = v.embed.cta.unwrap();
    assert_eq!(cta.url, "https://example.org/p");
    assert_eq!(cta.host(), "example.org");
    let (v, _) = view("?embed=1&cta_text=Act&cta_url=https%3A%2F%2Fexample.org.%2F");
    assert_eq!(v.embed.cta.unwrap().host(), "example.org");
    let long = "x".repeat(500);
    let (v, _) = view(&format!(
        "?embed=1&cta_text={long}&cta_url=https%3A%2F%2Fexample.org%2F"
    ));
    assert_eq!(v.embed.cta.unwrap().text.chars().count(), MAX_CTA_TEXT);
}

#[test]
fn a_refused_url_is_a_notice_shown_without_hidden_characters() {
    let (v, n) = view("?embed=1&cta_text=Act&cta_url=https%3A%2F%2F2130706433%2F");
    assert_eq!(v.embed.cta, None);
    assert_eq!(n, [Notice::RefusedCtaUrl("https://2130706433/".into())]);
    let built = Notice::RefusedCtaUrl("javascript:\u{202E}1)(trela".into());
    let text = notice_text(Lang::En.messages(), &built);
    assert!(text.contains("javascript:1)(trela"), "{text}");
    assert!(!text.chars().any(is_hidden), "{text:?}");
}
