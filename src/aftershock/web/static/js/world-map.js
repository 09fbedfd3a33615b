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
    drawPlaces(svg, shapes, projection, alpha3ToNumeric);
    const legend = d3.select("#map-legend");
    const steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].filter((v) => v <= maxConflict);
    legend.append("span").text("conflictual events: ");
    for (const v of steps) {
      const item = legend.append("span").attr("class", "legend-item");
      item.append("span").attr("class", "swatch").each(function () { this.style.background = colour(v); });
      item.append("span").text(" " + v + " ");
    }
  });

  // The centre of a country's largest polygon (mainland France, not French Guiana), projected.
  function centreOf(feature, projection) {
    let shape = feature.geometry;
    if (shape && shape.type === "MultiPolygon") {
      const parts = shape.coordinates.map((c) => ({ type: "Polygon", coordinates: c }));
      shape = parts.reduce((a, b) => (d3.geoArea(b) > d3.geoArea(a) ? b : a));
    }
    return projection(d3.geoCentroid(shape));
  }

  // One point per named place, near its country's centre: the places of one country are set
  // around it on a spiral, biggest first, so no two points overlap.
  function drawPlaces(svg, shapes, projection, alpha3ToNumeric) {
    const places = (data.places && data.places.points) || [];
    const byId = new Map(shapes.features.map((f) => [f.id, f]));
    const size = d3.scaleSqrt().domain([1, d3.max(places, (p) => p.n) || 1])
      .range(container.clientWidth < 560 ? [2.5, 9] : [3.5, 16]);
    const placed = [];
    let missing = 0;
    for (const p of places) {
      const feature = byId.get(alpha3ToNumeric[p.country]);
      const centre = feature && centreOf(feature, projection);
      if (!centre || !Number.isFinite(centre[0])) {
        missing += 1;
        continue;
      }
      const r = size(p.n);
      for (let k = 0; k < 400; k += 1) {
        const angle = k * 2.4;
        const reach = k ? 2.2 * Math.sqrt(k) + 2 : 0;
        const x = centre[0] + reach * Math.cos(angle);
        const y = centre[1] + reach * Math.sin(angle);
        if (!placed.some((q) => Math.hypot(q.x - x, q.y - y) < q.r + r + 1)) {
          placed.push({ ...p, x, y, r });
          break;
        }
      }
    }
    const layer = svg.append("g").attr("class", "places");
    layer.selectAll("circle").data(placed).join("circle")
      .attr("class", (p) => "place " + (p.conflict * 2 > p.n ? "conflict" : "coop"))
      .attr("cx", (p) => p.x).attr("cy", (p) => p.y).attr("r", (p) => p.r)
      .attr("data-place", (p) => p.place)
      .on("click", (event, p) => {
        window.location.href = "/countries/" + encodeURIComponent(p.country);
      })
      .append("title").text((p) => {
        const where = p.kind === "country" ? p.country_name : `${p.place}, ${p.country_name}`;
        const lines = p.events.map((e) => `${e.date} ${e.name}` +
          (e.source || e.target ? ` (${e.source || "?"} → ${e.target || "?"})` : ""));
        const more = p.n > p.events.length ? [`… and ${p.n - p.events.length} more`] : [];
        return [`${where}: ${p.n} events, ${p.conflict} conflictual`, ...lines, ...more]
          .join("\n");
      });
    container.dataset.places = String(placed.length);
    container.dataset.unplaced = String(missing);
    const toggle = (id, selector) => {
      const box = document.getElementById(id);
      if (box) box.addEventListener("change", () => svg.selectAll(selector)
        .classed("off", !box.checked));
    };
    toggle("show-places", ".places");
    toggle("show-choropleth", "path.country");
  }
})();
