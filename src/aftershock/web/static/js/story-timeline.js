// Draws a story's coverage over time: one row per outlet (in the order of its first report), a
// dot per article at its publication time, copies hollow and tied by a thin line to the report
// they copy, and the first report ringed with a rule down the chart.
(function () {
  const node = document.getElementById("coverage-data");
  const container = document.getElementById("coverage");
  if (!node || !container) return;
  const data = JSON.parse(node.textContent);
  const parse = (s) => new Date(s.length <= 19 ? s + "Z" : s);
  const rows = data.outlets.map((o) => ({
    ...o, articles: o.articles.map((a) => ({ ...a, outlet: o.name, time: parse(a.published) }))
      .filter((a) => !Number.isNaN(+a.time)),
  }));
  const articles = rows.flatMap((r) => r.articles);
  if (!articles.length) return;
  const width = container.clientWidth || 800;
  const narrow = width < 560;
  const rowHeight = 22;
  const margin = { top: 22, right: 14, bottom: 28, left: narrow ? 96 : 170 };
  const height = margin.top + rows.length * rowHeight + margin.bottom;
  let [lo, hi] = d3.extent(articles, (a) => a.time);
  const pad = Math.max(3600e3, (hi - lo) * 0.04);
  const x = d3.scaleUtc().domain([new Date(+lo - pad), new Date(+hi + pad)])
    .range([margin.left, width - margin.right]);
  const y = (i) => margin.top + i * rowHeight + rowHeight / 2;
  const svg = d3.select(container).append("svg")
    .attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height)
    .attr("role", "img").attr("aria-label", "coverage of the story over time, by outlet");
  svg.append("g").attr("class", "axis x")
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor((width - margin.left) / 120))));
  const lanes = svg.append("g").attr("class", "lanes");
  rows.forEach((row, i) => {
    lanes.append("line").attr("class", "lane-rule").attr("x1", margin.left)
      .attr("x2", width - margin.right).attr("y1", y(i)).attr("y2", y(i));
    const label = lanes.append("text").attr("class", "lane-label outlet-label")
      .attr("x", margin.left - 6).attr("y", y(i)).attr("dy", "0.35em")
      .attr("text-anchor", "end").text(row.name);
    // Shorten a long outlet name to its column; the full name stays in the tooltip.
    const room = margin.left - 10;
    let text = row.name;
    while (text.length > 3 && label.node().getComputedTextLength() > room) {
      text = text.slice(0, -1);
      label.text(text.trimEnd() + "…");
    }
    label.append("title").text(`${row.name} · ${row.country_name}` +
      (row.only_copies ? " · only copies" : ""));
  });
  const rowOf = new Map(rows.map((r, i) => [r.name, i]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const first = data.first ? byId.get(data.first.id) : null;
  if (first) {
    const fx = x(first.time);
    svg.append("line").attr("class", "first-rule").attr("x1", fx).attr("x2", fx)
      .attr("y1", margin.top - 4).attr("y2", height - margin.bottom);
    svg.append("text").attr("class", "first-label").attr("y", margin.top - 8)
      .attr("x", fx).attr("text-anchor", fx > width - 90 ? "end" : "start")
      .text("first report");
  }
  // Copies point back at the article they copy, when it is in the story.
  const ties = articles.filter((a) => a.copy && a.copy_of)
    .map((a) => ({ copy: a, original: articles.find((o) => !o.copy && o.outlet === a.copy_of &&
      o.time <= a.time) }))
    .filter((t) => t.original);
  svg.append("g").attr("class", "copy-ties").selectAll("line").data(ties).join("line")
    .attr("x1", (t) => x(t.original.time)).attr("y1", (t) => y(rowOf.get(t.original.outlet)))
    .attr("x2", (t) => x(t.copy.time)).attr("y2", (t) => y(rowOf.get(t.copy.outlet)));
  const fmt = d3.utcFormat("%Y-%m-%d %H:%M UTC");
  svg.append("g").attr("class", "articles").selectAll("circle").data(articles).join("circle")
    .attr("cx", (a) => x(a.time)).attr("cy", (a) => y(rowOf.get(a.outlet)))
    .attr("r", (a) => (a.first ? 6 : 4.5))
    .attr("class", (a) => "article" + (a.copy ? " copy" : "") + (a.first ? " first" : ""))
    .attr("data-id", (a) => a.id)
    .on("click", (event, a) => { window.location.hash = "article-" + a.id; })
    .append("title").text((a) => `${fmt(a.time)} · ${a.outlet}: ${a.title}` +
      (a.copy ? ` (copy${a.copy_of ? " of the " + a.copy_of + " report" : ""})` : "") +
      (a.first ? " (first report)" : ""));
  container.dataset.outlets = String(rows.length);
  container.dataset.articles = String(articles.length);
})();
