// Draws the actor network with d3-force: countries as nodes, directed edges coloured by whether
// the pair's events were mostly cooperative or conflictual.
(function () {
  const node = document.getElementById("page-data");
  const container = document.getElementById("network");
  if (!node || !container) return;
  const data = JSON.parse(node.textContent);
  const width = container.clientWidth || 900;
  const height = width < 600 ? Math.round(Math.max(420, width * 1.25)) : 560;
  const LABEL = 30; // room for a three-letter label right of a node
  const nodes = data.nodes.map((n) => ({ ...n }));
  const links = data.edges.map((e) => ({ ...e }));
  const radius = d3.scaleSqrt().domain([1, d3.max(nodes, (n) => n.events) || 1])
    .range(width < 600 ? [4, 16] : [5, 24]);
  const widthOf = d3.scaleSqrt().domain([1, d3.max(links, (l) => l.n) || 1])
    .range(width < 600 ? [1, 4] : [1, 7]);
  const svg = d3.select(container).append("svg")
    .attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height)
    .attr("role", "img").attr("aria-label", "actor network");
  svg.append("defs").selectAll("marker").data(["coop", "conflict"]).join("marker")
    .attr("id", (d) => "arrow-" + d).attr("viewBox", "0 -4 8 8").attr("refX", 8)
    .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 9).attr("markerHeight", 9)
    .attr("orient", "auto")
    .append("path").attr("d", "M0,-4L8,0L0,4").attr("class", (d) => "arrow " + d);
  const link = svg.append("g").attr("class", "links").selectAll("path").data(links).join("path")
    .attr("class", (l) => (l.conflict > l.cooperation ? "edge conflict" : "edge coop"))
    .attr("stroke-width", (l) => widthOf(l.n))
    .attr("marker-end", (l) => (l.conflict > l.cooperation ? "url(#arrow-conflict)" : "url(#arrow-coop)"));
  link.append("title").text((l) => {
    const s = typeof l.source === "object" ? l.source.id : l.source;
    const t = typeof l.target === "object" ? l.target.id : l.target;
    return `${s} → ${t}: ${l.n} events (${l.cooperation} cooperative, ${l.conflict} conflictual)`;
  });
  const group = svg.append("g").attr("class", "nodes").selectAll("g").data(nodes).join("g")
    .attr("class", "node");
  group.append("circle").attr("r", (n) => radius(n.events));
  group.append("text").attr("dy", "0.35em").attr("x", (n) => radius(n.events) + 3)
    .text((n) => n.id);
  group.append("title").text((n) => `${n.name}: ${n.events} events`);
  group.on("click", (event, n) => {
    if (event.defaultPrevented) return;
    window.location.href = "/countries/" + encodeURIComponent(n.id);
  });
  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((n) => n.id).distance(width < 600 ? 55 : 90))
    .force("charge", d3.forceManyBody().strength(width < 600 ? -120 : -260))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("collide", d3.forceCollide().radius((n) => radius(n.events) + 4))
    .force("x", d3.forceX(width / 2).strength(0.04))
    .force("y", d3.forceY(height / 2).strength(0.06));
  group.call(d3.drag()
    .on("start", (event, n) => { if (!event.active) simulation.alphaTarget(0.3).restart(); n.fx = n.x; n.fy = n.y; })
    .on("drag", (event, n) => { n.fx = event.x; n.fy = event.y; })
    .on("end", (event, n) => { if (!event.active) simulation.alphaTarget(0); n.fx = null; n.fy = null; }));
  function edgePath(l) {
    const dx = l.target.x - l.source.x;
    const dy = l.target.y - l.source.y;
    const dist = Math.hypot(dx, dy) || 1;
    const r = radius(l.target.events) + 2;
    const tx = l.target.x - (dx / dist) * r;
    const ty = l.target.y - (dy / dist) * r;
    return `M${l.source.x},${l.source.y}A${dist * 1.5},${dist * 1.5} 0 0,1 ${tx},${ty}`;
  }
  // Every node, its circle and its label, stays inside the drawing.
  function keepInside() {
    for (const n of nodes) {
      const r = radius(n.events);
      n.x = Math.max(r + 2, Math.min(width - r - LABEL, n.x));
      n.y = Math.max(r + 2, Math.min(height - r - 2, n.y));
    }
  }
  function render() {
    link.attr("d", edgePath);
    group.attr("transform", (n) => `translate(${n.x},${n.y})`);
  }
  // Lay the graph out before showing it (no drift on load), then let drags re-run it.
  simulation.stop();
  for (let i = 0; i < 300; i += 1) {
    simulation.tick();
    keepInside();
  }
  render();
  simulation.on("tick", () => {
    keepInside();
    render();
  });
  container.dataset.nodes = String(nodes.length);
  container.dataset.edges = String(links.length);
})();
