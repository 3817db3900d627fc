//! Renders every page of the site into Trunk's staging directory (a
//! post-build hook in Trunk.toml), or into the folder given:
//!   cargo run --profile site -p rights-map-site -- [dir]
//! The public address for canonical links and share images is `SITE_URL`.
use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| "dist".into());
    let started = Instant::now();
    let result =
        rights_map_site::base_url(std::env::var("SITE_URL").ok().as_deref()).and_then(|base| {
            rights_map_site::build(std::path::Path::new(&dir), &base).map(|r| (r, base))
        });
    match result {
        Ok((r, base)) => println!(
            "render-site: {} pages ({} KB), {} share images ({} KB, largest {} KB) and language packs ({} KB) in {dir} for {base}, {} ms",
            r.pages,
            r.page_bytes / 1024,
            r.images,
            r.image_bytes / 1024,
            r.largest_image / 1024,
            r.pack_bytes / 1024,
            started.elapsed().as_millis()
        ),
        Err(problem) => {
            eprintln!("render-site: {problem}");
            std::process::exit(1);
        }
    }
}
