//! Share images: the core's SVG (`core::export::share_svg`) rasterised
//! natively to JPEG, with the fonts that ship in `assets/fonts` only (never
//! the machine's), so every machine renders the same image.
use central_asia_rights_map::core::export::{SHARE_FONT, SHARE_HEIGHT, SHARE_WIDTH};
use resvg::{tiny_skia, usvg};

/// DejaVu Sans (Bitstream Vera licence, `assets/fonts/LICENSE-DejaVu.txt`):
/// Latin and Cyrillic, with Kazakh and Uzbek letters (ә ғ қ ң ө ұ ү һ і ў ʻ).
pub const FONTS: [&[u8]; 2] = [
    include_bytes!("../../../assets/fonts/DejaVuSans.ttf"),
    include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf"),
];

/// Sharp text and hatching at about 150–250 KB an image.
const JPEG_QUALITY: u8 = 85;

/// Rasterises share images; holds the parsed fonts between images.
pub struct Rasteriser {
    options: usvg::Options<'static>,
}

impl Default for Rasteriser {
    fn default() -> Self {
        let mut options = usvg::Options {
            font_family: SHARE_FONT.to_string(),
            ..usvg::Options::default()
        };
        let fonts = options.fontdb_mut();
        for font in FONTS {
            fonts.load_font_data(font.to_vec());
        }
        Rasteriser { options }
    }
}

impl Rasteriser {
    /// The JPEG of a 1200×630 SVG document (drawn on white, so opaque).
    pub fn jpeg(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree =
            usvg::Tree::from_str(svg, &self.options).map_err(|e| format!("share image: {e}"))?;
        let mut pixmap =
            tiny_skia::Pixmap::new(SHARE_WIDTH, SHARE_HEIGHT).ok_or("share image: no pixmap")?;
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        let rgb: Vec<u8> = pixmap
            .data()
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        let mut out = Vec::with_capacity(160 * 1024);
        jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY)
            .encode(
                &rgb,
                SHARE_WIDTH as u16,
                SHARE_HEIGHT as u16,
                jpeg_encoder::ColorType::Rgb,
            )
            .map_err(|e| format!("share image: {e}"))?;
        Ok(out)
    }

    /// How many font faces are loaded (the shipped ones only).
    pub fn font_faces(&self) -> usize {
        self.options.fontdb.len()
    }
}
