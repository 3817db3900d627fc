//! Text that comes from a link and is shown back to a visitor (a call to
//! action's words, a value named in a notice). A link is written by anyone,
//! so characters that cannot be seen are removed before anything is shown:
//! they could reorder what a visitor reads (bidi overrides turning
//! `gro.live` into `evil.org`), hide words, or make two different values look
//! the same.

/// Whether `c` is removed from text taken from a link: control characters
/// (C0, DEL, C1), format characters (Unicode category Cf: bidi controls,
/// zero-width characters, the word joiner and invisible operators, the soft
/// hyphen, the interlinear annotation marks, tag characters…), the other
/// default-ignorable code points (Hangul fillers, the combining grapheme
/// joiner, the Khmer inherent vowels, the reserved ranges) and the line and
/// paragraph separators, which would break a one-line button.
///
/// Variation selectors (U+FE00–FE0F, U+E0100–E01EF, the Mongolian free
/// variation selectors U+180B–180D and U+180F) are kept: they only choose
/// how the character before them is drawn (❤ against ❤️), cannot hide or
/// reorder text, and emoji need them. Joined emoji (👩‍💻, made with U+200D)
/// fall apart into their parts, which stay readable.
///
/// Matched by hand rather than from a Unicode table so that the wasm carries
/// no property tables for a few dozen ranges.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'                      // soft hyphen
            | '\u{034F}'                    // combining grapheme joiner
            | '\u{0600}'..='\u{0605}'       // Arabic number signs (Cf)
            | '\u{061C}'                    // Arabic letter mark
            | '\u{06DD}'                    // Arabic end of ayah (Cf)
            | '\u{070F}'                    // Syriac abbreviation mark (Cf)
            | '\u{0890}'..='\u{0891}'       // Arabic pound and piastre marks (Cf)
            | '\u{08E2}'                    // Arabic disputed end of ayah (Cf)
            | '\u{115F}'..='\u{1160}'       // Hangul choseong and jungseong fillers
            | '\u{17B4}'..='\u{17B5}'       // Khmer inherent vowels
            | '\u{180E}'                    // Mongolian vowel separator
            | '\u{200B}'..='\u{200F}'       // zero-width space, (non-)joiner, LRM, RLM
            | '\u{2028}'..='\u{2029}'       // line and paragraph separators
            | '\u{202A}'..='\u{202E}'       // bidi embeddings and overrides
            | '\u{2060}'..='\u{206F}'       // word joiner, invisible operators, isolates, deprecated
            | '\u{3164}'                    // Hangul filler
            | '\u{FEFF}'                    // zero-width no-break space (BOM)
            | '\u{FFA0}'                    // halfwidth Hangul filler
            | '\u{FFF0}'..='\u{FFFB}'       // reserved, interlinear annotation marks
            | '\u{110BD}' | '\u{110CD}'     // Kaithi number signs (Cf)
            | '\u{13430}'..='\u{1343F}'     // Egyptian hieroglyph format controls
            | '\u{1BCA0}'..='\u{1BCA3}'     // shorthand format controls
            | '\u{1D173}'..='\u{1D17A}'     // musical symbol format controls
            | '\u{E0000}'..='\u{E00FF}'     // tag characters and reserved
            | '\u{E01F0}'..='\u{E0FFF}'     // reserved default-ignorable
        )
}

/// `text` without its [hidden](is_hidden) characters: what is shown of any
/// text taken from a link.
pub fn visible(text: &str) -> String {
    text.chars().filter(|&c| !is_hidden(c)).collect()
}
