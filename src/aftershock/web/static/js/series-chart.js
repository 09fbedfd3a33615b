// Draws a page's daily series (mean Goldstein, conflict share) with d3, anomalies marked in red.
(function () {
  const node = document.getElementById("page-data");
  if (!node) return;
  const data = JSON.parse(node.textContent);
  const parse = d3.utcParse("%Y-%m-%d");
  const rows = data.rows.map((r) => ({ ...r, day: parse(r.date) }));
  const anomalyDays = new Map();
  for (const a of data.anomalies) {
    const list = anomalyDays.get(a.date) || [];
    list.push(a);
    anomalyDays.set(a.date, list);
  }

  function draw(container) {
    const metric = container.dataset.metric;
    const width = container.clientWidth || 800;
    const height = 220;
    const margin = { top: 12, right: 16, bottom: 28, left: 44 };
    const points = rows.filter((r) => r.n > 0 && r[metric] !== null);
    const x = d3.scaleUtc()
      .domain(d3.extent(rows, (r) => r.day))
      .range([margin.left, width - margin.right]);
    const y = metric === "conflict_share"
      ? d3.scaleLinear().domain([0, 1]).range([height - margin.bottom, margin.top])
      : d3.scaleLinear().domain([-10, 10]).range([height - margin.bottom, margin.top]);
    const svg = d3.select(container).append("svg")
      .attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height)
      .attr("role", "img").attr("aria-label", `${metric} per day`);
    svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
    svg.append("g").attr("transform", `translate(${margin.left},0)`)
      .call(metric === "conflict_share" ? d3.axisLeft(y).ticks(5, "%") : d3.axisLeft(y).ticks(5));
    if (metric !== "conflict_share") {
      svg.append("line").attr("class", "zero")
        .attr("x1", margin.left).attr("x2", width - margin.right)
        .attr("y1", y(0)).attr("y2", y(0));
    }
    // Volume bars behind the line: how many events each day's value rests on.
    const maxN = d3.max(rows, (r) => r.n) || 1;
    const barWidth = Math.max(1, (width - margin.left - margin.right) / Math.max(rows.length, 1) - 1);
    svg.append("g").attr("class", "volume").selectAll("rect").data(rows.filter((r) => r.n > 0))
      .join("rect").attr("x", (r) => x(r.day) - barWidth / 2).attr("width", barWidth)
      .attr("y", (r) => height - margin.bottom - (r.n / maxN) * 40)
      .attr("height", (r) => (r.n / maxN) * 40);
    svg.append("path").datum(points).attr("class", "line")
      .attr("d", d3.line().x((r) => x(r.day)).y((r) => y(r[metric])));
    svg.append("g").attr("class", "points").selectAll("circle").data(points).join("circle")
      .attr("cx", (r) => x(r.day)).attr("cy", (r) => y(r[metric])).attr("r", 2.5)
      .append("title").text((r) => `${r.date}: ${d3.format(".2f")(r[metric])} (${r.n} events)`);
    const marked = rows.filter((r) => anomalyDays.has(r.date));
    svg.append("g").attr("class", "anomalies").selectAll("circle").data(marked).join("circle")
      .attr("cx", (r) => x(r.day))
      .attr("cy", (r) => y(r[metric] === null ? 0 : r[metric]))
      .attr("r", 6)
      .append("title").text((r) => anomalyDays.get(r.date)
        .map((a) => `anomaly ${a.date} ${a.key}: ${a.metric} ${a.value} vs ${a.baseline} (score ${a.score})`)
        .join("\n"));
  }

  document.querySelectorAll(".chart[data-metric]").forEach(draw);
})();
