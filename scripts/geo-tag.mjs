// Tags mapshaper's clipped, simplified country features with the properties the
// Rust core reads (name, iso_a2, iso_a3, role) and writes them in a stable order.
// Usage: node scripts/geo-tag.mjs <in.geojson> <out.geojson>
// world-atlas carries only ISO 3166 numeric ids, so the alpha codes live here.
// Any feature not in these tables stops the script: a new country in the clip
// box must be named deliberately, not silently passed through untagged.
import { readFileSync, writeFileSync } from "node:fs";

const FOCUS = new Set(["398", "417", "762", "795", "860"]);

// numeric id -> [English short name, alpha-2, alpha-3]
const BY_NUMERIC = {
  "004": ["Afghanistan", "AF", "AFG"],
  "031": ["Azerbaijan", "AZ", "AZE"],
  "051": ["Armenia", "AM", "ARM"],
  "156": ["China", "CN", "CHN"],
  "268": ["Georgia", "GE", "GEO"],
  "356": ["India", "IN", "IND"],
  "364": ["Iran", "IR", "IRN"],
  "368": ["Iraq", "IQ", "IRQ"],
  "398": ["Kazakhstan", "KZ", "KAZ"],
  "414": ["Kuwait", "KW", "KWT"],
  "417": ["Kyrgyzstan", "KG", "KGZ"],
  "496": ["Mongolia", "MN", "MNG"],
  "524": ["Nepal", "NP", "NPL"],
  "586": ["Pakistan", "PK", "PAK"],
  "643": ["Russia", "RU", "RUS"],
  "682": ["Saudi Arabia", "SA", "SAU"],
  "760": ["Syria", "SY", "SYR"],
  "762": ["Tajikistan", "TJ", "TJK"],
  "792": ["Turkey", "TR", "TUR"],
  "795": ["Turkmenistan", "TM", "TKM"],
  "804": ["Ukraine", "UA", "UKR"],
  "860": ["Uzbekistan", "UZ", "UZB"],
};

// Natural Earth features without an ISO numeric id. Siachen Glacier (disputed
// between India and Pakistan) lies in the box; it keeps its own shape so that
// the map takes no side, with ISO 3166 user-assigned codes (X*), as Kosovo's
// conventional XK/XKX are.
const BY_NAME = {
  "Siachen Glacier": ["Siachen Glacier", "XS", "XSG"],
  Kosovo: ["Kosovo", "XK", "XKX"],
};

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error("usage: geo-tag.mjs <in> <out>");
const fc = JSON.parse(readFileSync(input, "utf8"));

const features = fc.features
  .filter((f) => f.geometry && f.geometry.coordinates.length > 0)
  .map((f) => {
    const id = f.properties.iso_n3;
    const row = (id && BY_NUMERIC[id]) || (!id && BY_NAME[f.properties.name]);
    if (!row) throw new Error(`no alpha codes for "${f.properties.name}" (id ${id})`);
    const [name, iso_a2, iso_a3] = row;
    const role = FOCUS.has(id) ? "focus" : "context";
    return { type: "Feature", properties: { name, iso_a2, iso_a3, role }, geometry: f.geometry };
  })
  // Focus first, then by name: a stable order keeps regenerated diffs small.
  .sort((a, b) =>
    a.properties.role === b.properties.role
      ? a.properties.name.localeCompare(b.properties.name, "en")
      : a.properties.role === "focus" ? -1 : 1);

for (const id of FOCUS) {
  if (!features.some((f) => BY_NUMERIC[id][1] === f.properties.iso_a2)) {
    throw new Error(`focus country ${id} missing from the output`);
  }
}

// One feature per line, as mapshaper writes it: readable, diffable, compact.
const lines = features.map((f) => JSON.stringify(f));
writeFileSync(output, `{"type":"FeatureCollection","features":[\n${lines.join(",\n")}\n]}\n`);
console.log(`geo-tag: wrote ${features.length} features to ${output}`);
