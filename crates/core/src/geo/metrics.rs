//! Text sizes where nothing can measure them: the exported SVG and share
//! images, and the page the site renderer writes before the app runs. The
//! widths are DejaVu Sans's own advances (the share images' font, in
//! assets/fonts, a test checks the table against it), rounded up. DejaVu is
//! among the widest sans-serifs that a system font stack falls back to
//! (Segoe UI, Roboto, San Francisco and Arial are all narrower), so a layout
//! that fits with these widths fits with the reader's font too.

/// Units of the tables: 1/192 of the font size, rounded up.
const UNIT: f64 = 192.0;

/// Printable ASCII, U+0020 to U+007E, in [`UNIT`]s: regular, then bold.
const ASCII: [[u8; 95]; 2] = [
    [
        62, 77, 89, 161, 123, 183, 150, 53, 75, 75, 96, 161, 62, 70, 62, 65, //
        123, 123, 123, 123, 123, 123, 123, 123, 123, 123, 65, 65, 161, 161, 161, 102, //
        192, 132, 132, 135, 148, 122, 111, 149, 145, 57, 57, 126, 107, 166, 144, 152, //
        116, 152, 134, 122, 118, 141, 132, 190, 132, 118, 132, 75, 65, 75, 161, 96, //
        96, 118, 122, 106, 122, 119, 68, 122, 122, 54, 54, 112, 54, 188, 122, 118, //
        122, 122, 79, 101, 76, 122, 114, 158, 114, 114, 101, 123, 65, 123, 161,
    ],
    [
        67, 88, 101, 161, 134, 193, 168, 59, 88, 88, 101, 161, 73, 80, 73, 71, //
        134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 77, 77, 161, 161, 161, 112, //
        192, 149, 147, 141, 160, 132, 132, 158, 161, 72, 72, 149, 123, 192, 161, 164, //
        141, 164, 148, 139, 131, 156, 149, 212, 149, 140, 140, 88, 71, 88, 161, 96, //
        96, 130, 138, 114, 138, 131, 84, 138, 137, 66, 66, 128, 66, 201, 137, 132, //
        138, 138, 95, 115, 92, 137, 126, 178, 124, 126, 112, 137, 71, 137, 161,
    ],
];

/// The Russian alphabet, А (U+0410) to я (U+044F), in [`UNIT`]s: regular, then bold.
const CYRILLIC: [[u8; 64]; 2] = [
    [
        132, 132, 132, 118, 150, 122, 207, 124, 144, 144, 137, 145, 166, 145, 152, 145, //
        116, 135, 118, 117, 166, 132, 150, 132, 206, 210, 160, 170, 132, 135, 208, 134, //
        118, 119, 114, 101, 133, 119, 173, 103, 125, 125, 116, 123, 145, 126, 118, 126, //
        122, 106, 112, 114, 165, 114, 131, 114, 176, 181, 136, 152, 114, 106, 162, 116,
    ],
    [
        149, 147, 147, 123, 171, 132, 236, 137, 161, 161, 157, 160, 192, 161, 164, 161, //
        141, 141, 131, 149, 191, 149, 179, 156, 238, 255, 181, 199, 147, 141, 226, 148, //
        130, 135, 122, 101, 156, 131, 192, 112, 135, 135, 131, 141, 157, 133, 132, 133, //
        138, 114, 112, 126, 191, 124, 143, 132, 204, 213, 145, 174, 122, 114, 187, 124,
    ],
];

/// The other letters of the region's languages (Kazakh, Kyrgyz, Tajik and
/// Uzbek Cyrillic; Turkmen and Uzbek Latin, with the ʻ of oʻ and gʻ), by
/// code point, in [`UNIT`]s: regular, then bold. Counted as an em, "Тәжікстан"
/// came out 17 % wider than drawn, and the page's labels crowded a 320 px
/// phone's map for nothing. Native only: the app measures its own labels,
/// and its exported maps keep counting these letters as an em (wider,
/// never narrower); the table would take the app over its size budget.
#[cfg(target_arch = "wasm32")]
const REGIONAL: [(char, u8, u8); 0] = [];
#[cfg(not(target_arch = "wasm32"))]
const REGIONAL: [(char, u8, u8); 38] = [
    ('Ä', 132, 149),
    ('Ç', 135, 141),
    ('Ö', 152, 164),
    ('Ý', 118, 140),
    ('ä', 118, 130),
    ('ç', 106, 114),
    ('ö', 118, 132),
    ('ü', 122, 137),
    ('ý', 114, 126),
    ('ň', 122, 137),
    ('Ş', 122, 139),
    ('ş', 101, 115),
    ('Ž', 132, 140),
    ('ž', 101, 112),
    ('ʻ', 62, 73),
    ('ʼ', 62, 73),
    ('І', 57, 72),
    ('і', 54, 66),
    ('Ғ', 130, 128),
    ('ғ', 114, 105),
    ('Қ', 137, 149),
    ('қ', 116, 131),
    ('ң', 127, 156),
    ('Ү', 118, 140),
    ('ү', 114, 126),
    ('Ұ', 118, 140),
    ('ұ', 114, 126),
    ('Ҳ', 132, 149),
    ('ҳ', 114, 124),
    ('Ҷ', 132, 156),
    ('ҷ', 114, 132),
    ('Ә', 152, 164),
    ('ә', 119, 131),
    ('ӣ', 125, 135),
    ('Ө', 152, 164),
    ('ө', 118, 132),
    ('Ӯ', 117, 149),
    ('ӯ', 114, 126),
];
/// The font's ascent and descent, in ems: a line of text of size `s` whose
/// baseline is at `y` covers `y - ASCENT * s` to `y + DESCENT * s`.
pub const ASCENT: f64 = 0.93;
pub const DESCENT: f64 = 0.24;

/// The advance of one character in ems. A character outside the tables (a
/// dash, a quotation mark, a letter of another alphabet) counts as an em,
/// wider than any of them but a few; ё and Ё as е and Е, and the no-break
/// spaces as a space.
fn advance(c: char, bold: bool) -> f64 {
    let weight = usize::from(bold);
    let units = match c {
        ' '..='~' => ASCII[weight][c as usize - 0x20],
        'А'..='я' => CYRILLIC[weight][c as usize - 0x410],
        'ё' => CYRILLIC[weight][0x435 - 0x410],
        'Ё' => CYRILLIC[weight][0x415 - 0x410],
        '\u{a0}' | '\u{202f}' => ASCII[weight][0],
        _ => match REGIONAL.binary_search_by_key(&c, |&(letter, ..)| letter) {
            Ok(i) if bold => REGIONAL[i].2,
            Ok(i) => REGIONAL[i].1,
            Err(_) => return 1.0,
        },
    };
    f64::from(units) / UNIT
}

/// The width of one line of `text` at `size` (px or map units), plus
/// `spacing` after every character (CSS and SVG letter-spacing).
pub fn text_width(text: &str, size: f64, bold: bool, spacing: f64) -> f64 {
    text.chars()
        .map(|c| advance(c, bold) * size + spacing)
        .sum()
}

/// Greedy word wrap by width, as a browser wraps: lines of at most `max`
/// wide (a longer word keeps its own line). Only ordinary white space
/// breaks: a no-break space holds "11 января" together, as on the page.
pub fn wrap_width(text: &str, size: f64, bold: bool, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let breaks = |c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}';
    for word in text.split(breaks).filter(|w| !w.is_empty()) {
        match lines.last_mut() {
            Some(line)
                if text_width(line, size, bold, 0.0)
                    + text_width(word, size, bold, 0.0)
                    + advance(' ', bold) * size
                    <= max =>
            {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Width and height of a block of text wrapped at `max` wide (`f64::INFINITY`
/// for one line), each line `line_height` times `size` high.
pub fn block_size(text: &str, size: f64, bold: bool, max: f64, line_height: f64) -> (f64, f64) {
    let lines = wrap_width(text, size, bold, max);
    let width = lines
        .iter()
        .map(|l| text_width(l, size, bold, 0.0))
        .fold(0.0, f64::max);
    (width, lines.len() as f64 * line_height * size)
}
