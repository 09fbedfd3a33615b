// Copies the dashboard's front-end libraries and bundled country shapes from node_modules into
// src/aftershock/web/static/vendor, with their licences, so the package needs no CDN and no npm.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const out = join(here, "..", "src", "aftershock", "web", "static", "vendor");
mkdirSync(join(out, "licenses"), { recursive: true });

const copies = [
  ["d3/dist/d3.min.js", "d3.min.js"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"],
  ["world-atlas/countries-110m.json", "countries-110m.json"],
  ["swagger-ui-dist/swagger-ui-bundle.js", "swagger-ui-bundle.js"],
  ["swagger-ui-dist/swagger-ui.css", "swagger-ui.css"],
];
for (const [from, to] of copies) {
  // Drop source-map references: the maps are not vendored, and a missing map is a failed fetch.
  const body = readFileSync(join(modules, from), "utf8")
    .replace(/\n?\/[/*]# sourceMappingURL=[^\n]*$/gm, "");
  writeFileSync(join(out, to), body);
}

// ISO 3166-1 alpha-3 -> numeric code, the key world-atlas uses for each country's shape.
const codes = JSON.parse(readFileSync(join(modules, "i18n-iso-countries/codes.json"), "utf8"));
const alpha3ToNumeric = Object.fromEntries(codes.map(([, alpha3, numeric]) => [alpha3, numeric]));
writeFileSync(join(out, "iso-alpha3-numeric.json"), JSON.stringify(alpha3ToNumeric));

const versions = {};
for (const name of ["d3", "topojson-client", "world-atlas", "i18n-iso-countries", "swagger-ui-dist"]) {
  const pkg = JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8"));
  versions[name] = { version: pkg.version, license: pkg.license };
  copyFileSync(join(modules, name, "LICENSE"), join(out, "licenses", `${name}.LICENSE.txt`));
  if (existsSync(join(modules, name, "NOTICE"))) {
    copyFileSync(join(modules, name, "NOTICE"), join(out, "licenses", `${name}.NOTICE.txt`));
  }
}
writeFileSync(join(out, "VERSIONS.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`vendored ${Object.keys(versions).join(", ")} into ${out}`);
