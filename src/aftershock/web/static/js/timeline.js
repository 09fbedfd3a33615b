// Draws a ripple's evidence timeline: one dot per evidence item by date in a lane per kind, the
// trigger day marked. Dots never overlap: each is placed at its day, on the lane's centre line
// if free, else the nearest free row above or below it (the lane grows to hold them).
(function () {
  const node = document.getElementById("page-data");
  const container = document.getElementById("timeline");
  if (!node || !container) return;
  const data = JSON.parse(node.textContent);
  const parse = d3.utcParse("%Y-%m-%d");
  const items = data.timeline.filter((e) => e.date && parse(e.date))
    .map((e) => ({ ...e, day: parse(e.date) }));
  const kinds = Array.from(new Set(items.map((e) => e.kind))).sort();
  const width = container.clientWidth || 800;
  const narrow = width < 560;
  const margin = { top: 10, right: 12, bottom: 28, left: narrow ? 64 : 90 };
  const start = parse(data.window.start) || d3.min(items, (e) => e.day);
  const end = parse(data.window.end) || d3.max(items, (e) => e.day);
  const lo = d3.min([start, d3.min(items, (e) => e.day)].filter(Boolean));
  const hi = d3.max([end, d3.max(items, (e) => e.day)].filter(Boolean));
  if (!lo || !hi) return;
  const x = d3.scaleUtc().domain([d3.utcDay.offset(lo, -1), d3.utcDay.offset(hi, 1)])
    .range([margin.left, width - margin.right]);
  const maxR = narrow ? 4 : 6;
  const radius = (e) => Math.min(maxR, 2.5 + Math.min(5, e.score || 0) / 1.5);
  const gap = 1;

  // Place every dot of a lane: in date order, at the smallest |offset| where it touches none.
  const lanes = kinds.map((kind) => {
    const placed = [];
    const members = items.filter((e) => e.kind === kind).sort((a, b) => a.day - b.day);
    for (const e of members) {
      e.r = radius(e);
      e.x = x(e.day);
      const step = 2 * maxR + gap;
      for (let k = 0; ; k += 1) {
        const offset = (k % 2 ? 1 : -1) * Math.ceil(k / 2) * step;
        const clash = placed.some((p) => Math.hypot(p.x - e.x, p.offset - offset) < p.r + e.r + gap);
        if (!clash) {
          e.offset = offset;
          break;
        }
      }
      placed.push(e);
    }
    const extent = d3.max(placed, (p) => Math.abs(p.offset) + p.r) || maxR;
    return { kind, members, half: extent + 6 };
  });
  let top = margin.top;
  for (const lane of lanes) {
    lane.top = top;
    lane.centre = top + lane.half;
    top += 2 * lane.half;
  }
  const height = top + margin.bottom;
  const svg = d3.select(container).append("svg")
    .attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height)
    .attr("role", "img").attr("aria-label", "evidence timeline");
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
  const labels = svg.append("g").attr("class", "lanes");
  for (const lane of lanes) {
    labels.append("line").attr("class", "lane-rule").attr("x1", margin.left)
      .attr("x2", width - margin.right).attr("y1", lane.top + 2 * lane.half)
      .attr("y2", lane.top + 2 * lane.half);
    labels.append("text").attr("x", margin.left - 6).attr("y", lane.centre).attr("dy", "0.35em")
      .attr("text-anchor", "end").attr("class", "lane-label").text(lane.kind);
  }
  const trigger = parse(data.trigger_date);
  if (trigger) {
    svg.append("line").attr("class", "trigger")
      .attr("x1", x(trigger)).attr("x2", x(trigger))
      .attr("y1", margin.top).attr("y2", height - margin.bottom);
  }
  const centre = new Map(lanes.map((l) => [l.kind, l.centre]));
  svg.append("g").attr("class", "evidence").selectAll("circle").data(items).join("circle")
    .attr("cx", (e) => e.x)
    .attr("cy", (e) => centre.get(e.kind) + e.offset)
    .attr("r", (e) => e.r)
    .attr("class", (e) => "kind-" + e.kind)
    .append("title").text((e) => `${e.date} ${e.outlet}: ${e.sentence}`);
})();
