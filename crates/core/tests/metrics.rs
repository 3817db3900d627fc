//! The width estimate (`geo::metrics`) is DejaVu Sans's own advances,
//! rounded up, so it is never narrower than the share images' font, for
//! any text the map labels, in either language.
use rights_map_core::data::{load_embedded, load_embedded_ru};
use rights_map_core::geo::baked::{decode, CENTRAL_ASIA_BAKED};
use rights_map_core::geo::metrics::{block_size, text_width, wrap_width, ASCENT, DESCENT};
use rights_map_core::map_text::map_label_texts;
use rights_map_core::messages::Lang;
use rights_map_core::url_state::OVERVIEW;

const FONTS: [(&str, bool); 2] = [("DejaVuSans.ttf", false), ("DejaVuSans-Bold.ttf", true)];

fn font(file: &str) -> Vec<u8> {
    let path = format!("{}/../../assets/fonts/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(path).unwrap()
}

/// The font's width of `text` in ems.
fn true_width(face: &ttf_parser::Face, text: &str) -> f64 {
    let em = f64::from(face.units_per_em());
    text.chars()
        .map(|c| {
            let glyph = face
                .glyph_index(c)
                .unwrap_or_else(|| panic!("no glyph for {c:?}"));
            f64::from(face.glyph_hor_advance(glyph).unwrap()) / em
        })
        .sum()
}

#[test]
fn the_tables_are_the_fonts_advances_rounded_up() {
    // The region's own letters too (geo::metrics::REGIONAL).
    let regional = "ÄÇÖÝäçöüýňŞşŽžʻʼІіҒғҚқңҮүҰұҲҳҶҷӘәӣӨөӮӯ".chars();
    let alphabet = (' '..='~')
        .chain('А'..='я')
        .chain(['ё', 'Ё'])
        .chain(regional);
    for (file, bold) in FONTS {
        let data = font(file);
        let face = ttf_parser::Face::parse(&data, 0).unwrap();
        for c in alphabet.clone() {
            let real = true_width(&face, &c.to_string());
            let estimate = text_width(&c.to_string(), 1.0, bold, 0.0);
            assert!(
                estimate >= real && estimate - real < 1.0 / 192.0,
                "{file} {c:?}: {estimate} for {real}"
            );
        }
        let em = f64::from(face.units_per_em());
        assert!((f64::from(face.ascender()) / em - ASCENT).abs() < 0.01);
        assert!((f64::from(-face.descender()) / em - DESCENT).abs() < 0.01);
    }
}

#[test]
fn every_label_of_the_map_is_estimated_at_least_as_wide_as_the_font_draws_it() {
    let map = decode(CENTRAL_ASIA_BAKED).unwrap();
    let en = load_embedded().unwrap();
    let ru = load_embedded_ru(&en).unwrap();
    let fonts: Vec<(Vec<u8>, bool)> = FONTS.iter().map(|(f, b)| (font(f), *b)).collect();
    for (lang, data) in [(Lang::En, &en), (Lang::Ru, &ru)] {
        let mut ids: Vec<String> = data.categories.iter().map(|c| c.id.clone()).collect();
        ids.push(OVERVIEW.into());
        for id in ids {
            for (_, text) in map_label_texts(&map, data, lang.messages(), &id) {
                for (bytes, bold) in &fonts {
                    let face = ttf_parser::Face::parse(bytes, 0).unwrap();
                    let real = true_width(&face, &text);
                    assert!(text_width(&text, 1.0, *bold, 0.0) >= real, "{text}");
                }
            }
        }
    }
}

#[test]
fn a_character_outside_the_tables_counts_as_an_em_and_spacing_adds_up() {
    assert_eq!(text_width("—", 10.0, false, 0.0), 10.0);
    assert_eq!(text_width("ǅ", 10.0, true, 0.0), 10.0);
    assert_eq!(
        text_width("\u{a0}", 1.0, false, 0.0),
        text_width(" ", 1.0, false, 0.0)
    );
    assert_eq!(
        text_width("ё", 1.0, false, 0.0),
        text_width("е", 1.0, false, 0.0)
    );
    let plain = text_width("CHINA", 12.0, false, 0.0);
    assert!((text_width("CHINA", 12.0, false, 1.0) - plain - 5.0).abs() < 1e-9);
    assert_eq!(text_width("", 12.0, true, 1.0), 0.0);
}

#[test]
fn wrapping_by_width_keeps_lines_within_the_measure() {
    let text = "Media or bloggers prosecuted or detained";
    let max = 11.0 * 13.0;
    let lines = wrap_width(text, 13.0, false, max);
    assert_eq!(lines.join(" "), text);
    assert!(lines.len() >= 2);
    assert!(lines.iter().all(|l| text_width(l, 13.0, false, 0.0) <= max));
    // A word longer than the measure keeps its own line.
    assert_eq!(
        wrap_width("a Verylongwordindeed b", 10.0, false, 30.0).len(),
        3
    );
    // A no-break space holds its words together.
    assert_eq!(
        wrap_width("11\u{a0}января 2024", 10.0, false, 50.0)[0],
        "11\u{a0}января"
    );
    let (w, h) = block_size(text, 13.0, false, max, 1.15);
    assert!(w <= max && w > max / 2.0);
    assert!((h - lines.len() as f64 * 13.0 * 1.15).abs() < 1e-9);
    assert_eq!(block_size("", 13.0, false, max, 1.15), (0.0, 0.0));
}
