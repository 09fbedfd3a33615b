// Draws the choropleth of conflictual events per country from the bundled world-atlas shapes
// (topojson, matched by ISO numeric code); nothing is fetched from outside this server.
(function () {
  const node = document.getElementById("page-data");
  const container = document.getElementById("map");
  if (!node || !container) return;
  const data = JSON.parse(node.textContent);
  Promise.all([
    fetch("/static/vendor/countries-110m.json").then((r) => r.json()),
    fetch("/static/vendor/iso-alpha3-numeric.json").then((r) => r.json()),
  ]).then(([world, alpha3ToNumeric]) => {
    const byNumeric = new Map();
    for (const row of data.countries) {
      const numeric = alpha3ToNumeric[row.country];
      if (numeric) byNumeric.set(numeric, row);
    }
    const width = container.clientWidth || 960;
    const height = Math.round(width * 0.52);
    const shapes = topojson.feature(world, world.objects.countries);
    const projection = d3.geoEqualEarth().fitSize([width, height], { type: "Sphere" });
    const path = d3.geoPath(projection);
    const maxConflict = d3.max(data.countries, (r) => r.conflict) || 1;
    const colour = d3.scaleSequentialLog(d3.interpolateOrRd).domain([1, Math.max(2, maxConflict)]);
    const svg = d3.select(container).append("svg")
      .attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height)
      .attr("role", "img").attr("aria-label", "world map of conflict intensity");
    svg.append("path").datum({ type: "Sphere" }).attr("class", "sphere").attr("d", path);
    let painted = 0;
    svg.append("g").selectAll("path").data(shapes.features).join("path")
      .attr("class", (f) => (byNumeric.has(f.id) ? "country has-data" : "country"))
      .attr("d", path)
      .each(function (f) {
        const row = byNumeric.get(f.id);
        if (row && row.conflict > 0) {
          this.style.fill = colour(row.conflict);
          painted += 1;
        }
      })
      .on("click", (event, f) => {
        const row = byNumeric.get(f.id);
        if (row) window.location.href = "/countries/" + encodeURIComponent(row.country);
      })
      .append("title").text((f) => {
        const row = byNumeric.get(f.id);
        const name = (f.properties && f.properties.name) || "";
        return row
          ? `${row.name}: ${row.conflict} conflictual of ${row.n} events (${Math.round(row.conflict_share * 100)}%)`
          : `${name}: no events`;
      });
    container.dataset.painted = String(painted);
    const legend = d3.select("#map-legend");
    const steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].filter((v) => v <= maxConflict);
    legend.append("span").text("conflictual events: ");
    for (const v of steps) {
      const item = legend.append("span").attr("class", "legend-item");
      item.append("span").attr("class", "swatch").each(function () { this.style.background = colour(v); });
      item.append("span").text(" " + v + " ");
    }
  });
})();
