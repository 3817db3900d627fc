// Writes tests/fixtures/d3-conic-equal-area.json: reference values from d3-geo
// for the Rust Albers conic (crates/core/src/geo/projection.rs) to match within 1e-6.
// Usage (repo root): node scripts/d3-fixture.mjs
import { writeFileSync } from "node:fs";
import { geoConicEqualArea } from "d3-geo";

const config = {
  parallels: [40, 50],
  rotate: [-67, 0],
  center: [0, 45],
  scale: 1000,
  translate: [0, 0],
};

const projection = geoConicEqualArea()
  .parallels(config.parallels)
  .rotate(config.rotate)
  .center(config.center)
  .scale(config.scale)
  .translate(config.translate);

// [name, lon, lat]: the capitals, the clip box corners and edges, and points
// far from the central meridian where the cone's curvature shows most.
const points = [
  ["Astana", 71.446, 51.1801],
  ["Bishkek", 74.59, 42.87],
  ["Dushanbe", 68.7791, 38.5358],
  ["Ashgabat", 58.3833, 37.95],
  ["Tashkent", 69.2163, 41.2647],
  ["centre", 67, 45],
  ["box SW", 40, 30],
  ["box SE", 95, 30],
  ["box NW", 40, 59],
  ["box NE", 95, 59],
  ["box W mid", 40, 44.5],
  ["box E mid", 95, 44.5],
  ["box S mid", 67.5, 30],
  ["box N mid", 67.5, 59],
  ["Caspian", 51, 42],
  ["Aral", 60, 45],
  ["Balkhash", 74.5, 46.5],
  ["Issyk-Kul", 77.3, 42.4],
  ["Pamir", 73, 38.2],
  ["Fergana", 71.8, 40.4],
  ["Altai", 87, 49],
  ["Kabul", 69.17, 34.53],
  ["Tehran", 51.39, 35.69],
  ["Urumqi", 87.6, 43.8],
  ["Omsk", 73.37, 54.98],
  ["Baku", 49.87, 40.41],
  ["Lhasa-ish", 91, 30.5],
  ["Moscow-ish", 41, 55.75],
  ["equator far", 67, 0],
  ["antimeridian side", -170, 50],
];

const rows = points.map(([name, lon, lat]) => {
  const [x, y] = projection([lon, lat]);
  const [ilon, ilat] = projection.invert([x, y]);
  return { name, lon, lat, x, y, inv_lon: ilon, inv_lat: ilat };
});

// Inverse of screen points that are not images of the points above.
const grid = [];
for (const x of [-600, -300, 0, 300, 600]) {
  for (const y of [-400, 0, 400]) {
    const [lon, lat] = projection.invert([x, y]);
    grid.push({ x, y, lon, lat });
  }
}

const out = { generator: "d3-geo 3.1.1 geoConicEqualArea", config, points: rows, inverse: grid };
writeFileSync("tests/fixtures/d3-conic-equal-area.json", JSON.stringify(out, null, 1) + "\n");
console.log(`d3-fixture: ${rows.length} points, ${grid.length} inverse points`);
