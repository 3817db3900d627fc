//! Scale benchmark, native: the core projects every country of a world map
//! and builds its SVG path. Prints medians; asserts nothing.
//!   cargo run --release --example scale_bench -- <world.geojson> [runs]
//! scripts/bench.sh writes the file from world-atlas (Natural Earth 1:50m).
use central_asia_rights_map::core::geo::world::{parse_world, project_world};
use std::time::Instant;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(file) = args.next() else {
        eprintln!("usage: scale_bench <world.geojson> [runs]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(9);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let (mut parse_ms, mut project_ms) = (Vec::new(), Vec::new());
    let mut last = None;
    for _ in 0..runs {
        let t0 = Instant::now();
        let fc = parse_world(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let t1 = Instant::now();
        let world = project_world(&fc, 960.0, 500.0).unwrap_or_else(|e| panic!("{file}: {e}"));
        let t2 = Instant::now();
        parse_ms.push((t1 - t0).as_secs_f64() * 1e3);
        project_ms.push((t2 - t1).as_secs_f64() * 1e3);
        last = Some(world);
    }
    let world = last.expect("at least one run");
    println!(
        "native  | {} features, {} paths, {:.0} KB of path | parse {:.1} ms | project + paths {:.1} ms | median of {runs}",
        world.features,
        world.paths.len(),
        world.path_bytes() as f64 / 1024.0,
        median(parse_ms),
        median(project_ms),
    );
}
