// Draws a page's daily series with d3: events per day (bars on their own axis), mean Goldstein
// and conflict share (lines broken on days without events). Each anomaly is marked in red on
// the chart of the metric it was found on, and nowhere else.
(function () {
  const node = document.getElementById("page-data");
  if (!node) return;
  const data = JSON.parse(node.textContent);
  const parse = d3.utcParse("%Y-%m-%d");
  const rows = data.rows.map((r) => ({ ...r, day: parse(r.date) }));
  // Anomaly metric (as the signals stage names it) -> the row field its chart draws.
  const FIELD = { count: "n", goldstein_mean: "goldstein_mean", conflict_share: "conflict_share" };
  const byRowDate = new Map(rows.map((r) => [r.date, r]));

  function anomaliesOn(field) {
    const days = new Map();
    for (const a of data.anomalies) {
      if (FIELD[a.metric] !== field || !byRowDate.has(a.date)) continue;
      const list = days.get(a.date) || [];
      list.push(a);
      days.set(a.date, list);
    }
    return days;
  }

  function scaleFor(field, height, margin) {
    const range = [height - margin.bottom, margin.top];
    if (field === "conflict_share") return d3.scaleLinear().domain([0, 1]).range(range);
    if (field === "n") {
      return d3.scaleLinear().domain([0, d3.max(rows, (r) => r.n) || 1]).nice().range(range);
    }
    return d3.scaleLinear().domain([-10, 10]).range(range);
  }

  function draw(container) {
    const field = container.dataset.metric;
    const width = container.clientWidth || 800;
    const height = field === "n" ? 160 : 200;
    const margin = { top: 12, right: 16, bottom: 28, left: 44 };
    const first = rows.length ? rows[0].day : new Date();
    const last = rows.length ? rows[rows.length - 1].day : new Date();
    // Half a day of room either side so the first and last bars sit inside the plot.
    const x = d3.scaleUtc()
      .domain([d3.utcHour.offset(first, -12), d3.utcHour.offset(last, 12)])
      .range([margin.left, width - margin.right]);
    const y = scaleFor(field, height, margin);
    const svg = d3.select(container).append("svg")
      .attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height)
      .attr("role", "img").attr("aria-label", `${field} per day`);
    svg.append("g").attr("class", "axis x").attr("transform", `translate(0,${height - margin.bottom})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
    const yAxis = field === "conflict_share" ? d3.axisLeft(y).ticks(5, "%")
      : field === "n" ? d3.axisLeft(y).ticks(4, "d") : d3.axisLeft(y).ticks(5);
    svg.append("g").attr("class", "axis y").attr("transform", `translate(${margin.left},0)`)
      .call(yAxis);
    const anomalies = anomaliesOn(field);
    const point = (r) => [x(r.day), y(r[field])];
    if (field === "n") {
      const dayWidth = (width - margin.left - margin.right) / Math.max(rows.length, 1);
      const barWidth = Math.max(1, dayWidth - 1);
      svg.append("g").attr("class", "volume").selectAll("rect").data(rows.filter((r) => r.n > 0))
        .join("rect").attr("x", (r) => x(r.day) - barWidth / 2).attr("width", barWidth)
        .attr("y", (r) => y(r.n)).attr("height", (r) => y(0) - y(r.n))
        .append("title").text((r) => `${r.date}: ${r.n} events`);
    } else {
      if (field !== "conflict_share") {
        svg.append("line").attr("class", "zero")
          .attr("x1", margin.left).attr("x2", width - margin.right)
          .attr("y1", y(0)).attr("y2", y(0));
      }
      // Days without events have no value (null): the line breaks there instead of bridging.
      svg.append("path").datum(rows).attr("class", "line")
        .attr("d", d3.line().defined((r) => r[field] !== null && r[field] !== undefined)
          .x((r) => x(r.day)).y((r) => y(r[field])));
      const points = rows.filter((r) => r[field] !== null && r[field] !== undefined);
      svg.append("g").attr("class", "points").selectAll("circle").data(points).join("circle")
        .attr("cx", (r) => point(r)[0]).attr("cy", (r) => point(r)[1]).attr("r", 2.5)
        .append("title").text((r) => `${r.date}: ${d3.format(".2f")(r[field])} (${r.n} events)`);
    }
    const marked = rows.filter((r) => anomalies.has(r.date) && r[field] !== null);
    svg.append("g").attr("class", "anomalies").selectAll("circle").data(marked).join("circle")
      .attr("cx", (r) => x(r.day)).attr("cy", (r) => y(r[field])).attr("r", 6)
      .attr("data-date", (r) => r.date)
      .append("title").text((r) => anomalies.get(r.date)
        .map((a) => `anomaly ${a.date} ${a.key}: ${a.metric} ${d3.format(".2f")(a.value)} ` +
          `vs baseline ${d3.format(".2f")(a.baseline)} (score ${d3.format(".1f")(a.score)})`)
        .join("\n"));
    container.dataset.anomalies = String(marked.length);
  }

  document.querySelectorAll(".chart[data-metric]").forEach(draw);
})();
