//! The pages' icon, `assets/favicon.png`, is the drawing `assets/favicon.svg`
//! rasterised. Chromium asks for a page's icon again after every change of
//! its address (`history.pushState`: each country, issue or slide opened)
//! and decodes it on the page's main thread, where an SVG icon becomes a
//! document of its own: 12–23 ms each time on the bench's slow phone (CPU × 4),
//! against about 0.5 ms for this PNG (0.1–4.7 ms; its decode 0.1 ms; traced).
//! The SVG stays the source: `UPDATE_FAVICON=1 cargo test -p rights-map-site
//! --test favicon` redraws the PNG.
use std::path::PathBuf;

/// Tabs show icons at 16 px: 32 on a 2× screen, 48 on a 3× phone.
const SIZE: u32 = 48;

fn asset(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../assets")
        .join(name)
}

fn drawn() -> resvg::tiny_skia::Pixmap {
    let svg = std::fs::read(asset("favicon.svg")).expect("assets/favicon.svg");
    let tree = resvg::usvg::Tree::from_data(&svg, &resvg::usvg::Options::default())
        .expect("assets/favicon.svg parses");
    let mut pixmap = resvg::tiny_skia::Pixmap::new(SIZE, SIZE).expect("a pixmap");
    let scale = SIZE as f32 / tree.size().width().max(tree.size().height());
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
}

#[test]
fn the_png_icon_is_the_svg_drawing() {
    let drawn = drawn();
    let path = asset("favicon.png");
    if std::env::var_os("UPDATE_FAVICON").is_some() {
        drawn.save_png(&path).expect("assets/favicon.png written");
    }
    let shipped = resvg::tiny_skia::Pixmap::load_png(&path)
        .unwrap_or_else(|e| panic!("{}: not a PNG ({e})", path.display()));
    assert_eq!(
        (shipped.width(), shipped.height()),
        (SIZE, SIZE),
        "{}: its size",
        path.display()
    );
    // The same pixels, within a step of rounding per channel.
    let differs = shipped
        .data()
        .iter()
        .zip(drawn.data())
        .filter(|(a, b)| a.abs_diff(**b) > 1)
        .count();
    assert_eq!(
        differs,
        0,
        "{} is not assets/favicon.svg drawn at {SIZE} px: \
         UPDATE_FAVICON=1 cargo test -p rights-map-site --test favicon",
        path.display()
    );
}

#[test]
fn the_png_icon_is_small() {
    let bytes = std::fs::metadata(asset("favicon.png"))
        .expect("assets/favicon.png")
        .len();
    assert!(bytes < 4096, "assets/favicon.png is {bytes} bytes");
}
