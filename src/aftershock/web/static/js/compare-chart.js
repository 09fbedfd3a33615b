// Overlays several daily series (countries, dyads, regions) on one chart, one colour each, with a
// context strip below it: brushing the strip (d3.brushX) narrows the chart, the totals table and
// the form's date fields to the days picked; double-clicking the strip shows every day again.
(function () {
  const node = document.getElementById("page-data");
  const container = document.getElementById("compare-chart");
  if (!node || !container) return;
  const data = JSON.parse(node.textContent);
  const metric = data.metric || "n";
  const parse = d3.utcParse("%Y-%m-%d");
  const day = d3.utcFormat("%Y-%m-%d");
  if (!data.span[0]) return;
  const days = d3.utcDay.range(parse(data.span[0]), d3.utcDay.offset(parse(data.span[1]), 1));
  const colour = d3.scaleOrdinal(d3.schemeTableau10).domain(data.series.map((s) => s.id));
  // Every series on every day of the shared span: no events is 0 events and no mean.
  const series = data.series.map((s) => {
    const byDate = new Map(s.rows.map((r) => [r.date, r]));
    const rows = days.map((d) => {
      const r = byDate.get(day(d)) || { n: 0, q1: 0, q2: 0, q3: 0, q4: 0 };
      const value = metric === "n" ? r.n : (r.n ? r[metric] : null);
      return { ...r, day: d, date: day(d), value: value === undefined ? null : value };
    });
    return { ...s, rows };
  });
  document.querySelectorAll(".series-key").forEach((el) => {
    el.querySelector(".swatch").style.background = colour(el.dataset.series);
  });

  const width = container.clientWidth || 800;
  const margin = { top: 12, right: 16, bottom: 24, left: 44 };
  const focusHeight = width < 560 ? 200 : 260;
  const contextHeight = 64;
  const gap = 30;
  const height = focusHeight + gap + contextHeight;
  const full = [d3.utcHour.offset(days[0], -12), d3.utcHour.offset(days[days.length - 1], 12)];
  const x = d3.scaleUtc().domain(full).range([margin.left, width - margin.right]);
  const x2 = x.copy();
  const values = series.flatMap((s) => s.rows.map((r) => r.value)).filter((v) => v !== null);
  const yDomain = metric === "conflict_share" ? [0, 1]
    : metric === "goldstein_mean" ? [-10, 10] : [0, d3.max(values) || 1];
  const y = d3.scaleLinear().domain(yDomain).nice()
    .range([focusHeight - margin.bottom, margin.top]);
  const y2 = y.copy().range([height - 18, focusHeight + gap]);
  const svg = d3.select(container).append("svg")
    .attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height)
    .attr("role", "img").attr("aria-label", `${metric} per day, ${series.length} series`);
  svg.append("defs").append("clipPath").attr("id", "compare-clip").append("rect")
    .attr("x", margin.left).attr("y", 0).attr("width", width - margin.left - margin.right)
    .attr("height", focusHeight);
  const xAxis = svg.append("g").attr("class", "axis x")
    .attr("transform", `translate(0,${focusHeight - margin.bottom})`);
  const yAxis = metric === "conflict_share" ? d3.axisLeft(y).ticks(5, "%")
    : d3.axisLeft(y).ticks(5);
  svg.append("g").attr("class", "axis y").attr("transform", `translate(${margin.left},0)`)
    .call(yAxis);
  if (metric === "goldstein_mean") {
    svg.append("line").attr("class", "zero").attr("x1", margin.left)
      .attr("x2", width - margin.right).attr("y1", y(0)).attr("y2", y(0));
  }
  const line = (xs, ys) => d3.line().defined((r) => r.value !== null)
    .x((r) => xs(r.day)).y((r) => ys(r.value));
  const focus = svg.append("g").attr("class", "focus").attr("clip-path", "url(#compare-clip)");
  const paths = focus.selectAll("path").data(series).join("path")
    .attr("class", "series-line").attr("data-series", (s) => s.id)
    .each(function (s) { this.style.stroke = colour(s.id); });
  paths.append("title").text((s) => s.label);
  const dots = focus.selectAll("g.series-points").data(series).join("g")
    .attr("class", "series-points").attr("data-series", (s) => s.id)
    .each(function (s) { this.style.fill = colour(s.id); });
  dots.selectAll("circle").data((s) => s.rows.filter((r) => r.value !== null)
    .map((r) => ({ ...r, label: s.label })))
    .join("circle").attr("r", 2.5)
    .append("title").text((r) => `${r.label}, ${r.date}: ` +
      (metric === "n" ? `${r.n} events` : `${d3.format(".2f")(r.value)} (${r.n} events)`));

  const context = svg.append("g").attr("class", "context");
  context.selectAll("path").data(series).join("path").attr("class", "series-line")
    .attr("d", (s) => line(x2, y2)(s.rows))
    .each(function (s) { this.style.stroke = colour(s.id); });
  context.append("g").attr("class", "axis x").attr("transform", `translate(0,${height - 18})`)
    .call(d3.axisBottom(x2).ticks(Math.max(2, Math.floor(width / 120))).tickSize(3));

  const since = document.getElementById("compare-since");
  const until = document.getElementById("compare-until");
  const rangeText = document.getElementById("compare-range");
  const fmt2 = d3.format(".2f");
  const pct = d3.format(".0%");

  function show(lo, hi) {
    x.domain([lo, hi]);
    xAxis.call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
    paths.attr("d", (s) => line(x, y)(s.rows));
    dots.selectAll("circle").attr("cx", (r) => x(r.day)).attr("cy", (r) => y(r.value))
      .attr("display", (r) => (r.day >= lo && r.day <= hi ? null : "none"));
    const first = d3.utcDay.ceil(lo);
    const last = d3.utcDay.floor(hi);
    for (const s of series) {
      const inside = s.rows.filter((r) => r.day >= first && r.day <= last);
      const n = d3.sum(inside, (r) => r.n);
      const weighted = inside.filter((r) => r.n && r.goldstein_mean !== null
        && r.goldstein_mean !== undefined);
      const gold = d3.sum(weighted, (r) => r.goldstein_mean * r.n) / d3.sum(weighted, (r) => r.n);
      const conflict = d3.sum(inside, (r) => (r.q3 || 0) + (r.q4 || 0));
      const row = document.querySelector(`tr[data-series="${CSS.escape(s.id)}"]`);
      if (!row) continue;
      row.querySelector(".events").textContent = String(n);
      row.querySelector(".goldstein").textContent = Number.isFinite(gold) ? fmt2(gold) : "–";
      row.querySelector(".conflict").textContent = n ? pct(conflict / n) : "–";
    }
    const range = [day(first), day(last)];
    container.dataset.range = range.join("/");
    if (rangeText) rangeText.textContent = `Showing ${range[0]} to ${range[1]}`;
    return range;
  }

  const brush = d3.brushX()
    .extent([[margin.left, focusHeight + gap - 4], [width - margin.right, height - 18]])
    .on("brush end", (event) => {
      if (!event.selection) {
        show(full[0], full[1]);
        if (event.sourceEvent && since && until) {
          since.value = "";
          until.value = "";
        }
        return;
      }
      const [lo, hi] = event.selection.map(x2.invert);
      const range = show(lo, hi);
      if (event.sourceEvent && since && until) {
        since.value = range[0];
        until.value = range[1];
      }
    });
  const brushLayer = context.append("g").attr("class", "brush").call(brush);
  brushLayer.on("dblclick", () => brushLayer.call(brush.move, null));
  show(full[0], full[1]);
  container.dataset.series = String(series.length);
})();
