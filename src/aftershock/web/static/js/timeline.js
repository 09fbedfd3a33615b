// Draws a ripple's evidence timeline: one dot per evidence item by date, the trigger day marked.
(function () {
  const node = document.getElementById("page-data");
  const container = document.getElementById("timeline");
  if (!node || !container) return;
  const data = JSON.parse(node.textContent);
  const parse = d3.utcParse("%Y-%m-%d");
  const items = data.timeline.filter((e) => e.date).map((e) => ({ ...e, day: parse(e.date) }));
  const kinds = Array.from(new Set(items.map((e) => e.kind))).sort();
  const width = container.clientWidth || 800;
  const laneHeight = 34;
  const margin = { top: 10, right: 16, bottom: 28, left: 90 };
  const height = margin.top + margin.bottom + laneHeight * Math.max(kinds.length, 1);
  const start = parse(data.window.start) || d3.min(items, (e) => e.day);
  const end = parse(data.window.end) || d3.max(items, (e) => e.day);
  const lo = d3.min([start, d3.min(items, (e) => e.day)].filter(Boolean));
  const hi = d3.max([end, d3.max(items, (e) => e.day)].filter(Boolean));
  const x = d3.scaleUtc().domain([d3.utcDay.offset(lo, -1), d3.utcDay.offset(hi, 1)])
    .range([margin.left, width - margin.right]);
  const lane = d3.scaleBand().domain(kinds).range([margin.top, height - margin.bottom]);
  const svg = d3.select(container).append("svg")
    .attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height)
    .attr("role", "img").attr("aria-label", "evidence timeline");
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(lane));
  const trigger = parse(data.trigger_date);
  if (trigger) {
    svg.append("line").attr("class", "trigger")
      .attr("x1", x(trigger)).attr("x2", x(trigger))
      .attr("y1", margin.top).attr("y2", height - margin.bottom);
  }
  // Items on the same day and lane are fanned out a little so each stays visible.
  const seen = new Map();
  svg.append("g").attr("class", "evidence").selectAll("circle").data(items).join("circle")
    .attr("cx", (e) => x(e.day))
    .attr("cy", (e) => {
      const key = e.kind + e.date;
      const k = seen.get(key) || 0;
      seen.set(key, k + 1);
      return lane(e.kind) + lane.bandwidth() / 2 + ((k % 5) - 2) * 4;
    })
    .attr("r", (e) => 3 + Math.min(5, e.score || 0) / 1.5)
    .attr("class", (e) => "kind-" + e.kind)
    .append("title").text((e) => `${e.date} ${e.outlet}: ${e.sentence}`);
})();
