// Draws the actor network with d3-force: countries as nodes, directed edges as wide as their
// events of the quad classes ticked and coloured by whether those were mostly cooperative or
// conflictual. Labels never overlap: after the layout each is put right, left, above or below
// its node where it touches no other label or node, biggest nodes first, else left off (the
// node's tooltip still names it). Ticking a quad class redraws the graph without a reload.
(function () {
  const node = document.getElementById("page-data");
  const container = document.getElementById("network");
  if (!node || !container) return;
  const data = JSON.parse(node.textContent);
  const filter = document.getElementById("quad-filter");
  const QUADS = [1, 2, 3, 4];

  function picked() {
    if (!filter) return QUADS;
    const boxes = Array.from(filter.querySelectorAll("input[name=quad]"));
    return boxes.filter((b) => b.checked).map((b) => Number(b.value));
  }

  // The edges and nodes the ticked quad classes leave: an edge's weight is its events in them.
  function subgraph(quads) {
    const all = quads.length === QUADS.length;
    const links = data.edges.map((e) => {
      const weight = all || e.q1 === undefined ? e.n : d3.sum(quads, (q) => e["q" + q] || 0);
      const coop = d3.sum(quads.filter((q) => q <= 2), (q) => e["q" + q] || 0);
      const conflict = d3.sum(quads.filter((q) => q >= 3), (q) => e["q" + q] || 0);
      const hasQuads = e.q1 !== undefined;
      return { ...e, weight, coop: hasQuads ? coop : e.cooperation,
               against: hasQuads ? conflict : e.conflict };
    }).filter((e) => e.weight > 0);
    const degree = new Map();
    for (const e of links) {
      for (const c of [e.source, e.target]) degree.set(c, (degree.get(c) || 0) + e.weight);
    }
    const nodes = data.nodes.filter((n) => degree.has(n.id))
      .map((n) => ({ ...n, weight: degree.get(n.id) }));
    return { nodes, links };
  }

  function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }

  function draw() {
    d3.select(container).selectAll("svg").remove();
    const { nodes, links } = subgraph(picked());
    const width = container.clientWidth || 900;
    const narrow = width < 600;
    const height = narrow ? Math.round(Math.max(420, width * 1.25)) : 560;
    const radius = d3.scaleSqrt().domain([1, d3.max(nodes, (n) => n.weight) || 1])
      .range(narrow ? [4, 16] : [5, 24]);
    const widthOf = d3.scaleSqrt().domain([1, d3.max(links, (l) => l.weight) || 1])
      .range(narrow ? [1, 5] : [1, 9]);
    const svg = d3.select(container).append("svg")
      .attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height)
      .attr("role", "img").attr("aria-label", "actor network");
    svg.append("defs").selectAll("marker").data(["coop", "conflict"]).join("marker")
      .attr("id", (d) => "arrow-" + d).attr("viewBox", "0 -4 8 8").attr("refX", 8)
      .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 9).attr("markerHeight", 9)
      .attr("orient", "auto")
      .append("path").attr("d", "M0,-4L8,0L0,4").attr("class", (d) => "arrow " + d);
    const kind = (l) => (l.against > l.coop ? "conflict" : "coop");
    const link = svg.append("g").attr("class", "links").selectAll("path").data(links)
      .join("path")
      .attr("class", (l) => "edge " + kind(l))
      .attr("stroke-width", (l) => widthOf(l.weight))
      .attr("data-weight", (l) => l.weight)
      .attr("marker-end", (l) => `url(#arrow-${kind(l)})`);
    link.append("title").text((l) => {
      const s = typeof l.source === "object" ? l.source.id : l.source;
      const t = typeof l.target === "object" ? l.target.id : l.target;
      const byQuad = l.q1 === undefined ? "" :
        ` · by quad class 1–4: ${l.q1}, ${l.q2}, ${l.q3}, ${l.q4}`;
      return `${s} → ${t}: ${l.weight} events shown (${l.coop} cooperative, ${l.against} ` +
        `conflictual)${byQuad}`;
    });
    const group = svg.append("g").attr("class", "nodes").selectAll("g").data(nodes).join("g")
      .attr("class", "node").attr("data-id", (n) => n.id);
    group.append("circle").attr("r", (n) => radius(n.weight));
    const labels = group.append("text").attr("dy", "0.35em").text((n) => n.id);
    group.append("title").text((n) => `${n.name}: ${n.weight} events`);
    group.on("click", (event, n) => {
      if (event.defaultPrevented) return;
      window.location.href = "/countries/" + encodeURIComponent(n.id);
    });
    // Label sizes, measured once; the collision radius leaves room for a label beside a node.
    labels.each(function (n) {
      const box = this.getBBox();
      n.labelW = box.width;
      n.labelH = box.height;
    });
    const simulation = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).id((n) => n.id).distance(narrow ? 60 : 100))
      .force("charge", d3.forceManyBody().strength(narrow ? -140 : -300))
      .force("center", d3.forceCenter(width / 2, height / 2))
      .force("collide", d3.forceCollide().radius((n) => radius(n.weight) + n.labelW / 2 + 4)
        .iterations(2))
      .force("x", d3.forceX(width / 2).strength(0.05))
      .force("y", d3.forceY(height / 2).strength(0.07));
    group.call(d3.drag()
      .on("start", (event, n) => {
        if (!event.active) simulation.alphaTarget(0.3).restart();
        n.fx = n.x;
        n.fy = n.y;
      })
      .on("drag", (event, n) => { n.fx = event.x; n.fy = event.y; })
      .on("end", (event, n) => {
        if (!event.active) simulation.alphaTarget(0);
        n.fx = null;
        n.fy = null;
      }));
    function edgePath(l) {
      const dx = l.target.x - l.source.x;
      const dy = l.target.y - l.source.y;
      const dist = Math.hypot(dx, dy) || 1;
      const r = radius(l.target.weight) + 2;
      const tx = l.target.x - (dx / dist) * r;
      const ty = l.target.y - (dy / dist) * r;
      return `M${l.source.x},${l.source.y}A${dist * 1.5},${dist * 1.5} 0 0,1 ${tx},${ty}`;
    }
    function keepInside() {
      for (const n of nodes) {
        const r = radius(n.weight);
        n.x = Math.max(r + 2, Math.min(width - r - 2, n.x));
        n.y = Math.max(r + 2, Math.min(height - r - 2, n.y));
      }
    }
    // Greedy label placement: biggest nodes first, the first free spot of eight around the node.
    function placeLabels() {
      const circles = nodes.map((n) => {
        const r = radius(n.weight);
        return { x: n.x - r, y: n.y - r, w: 2 * r, h: 2 * r, id: n.id };
      });
      const taken = [];
      for (const n of [...nodes].sort((a, b) => b.weight - a.weight)) {
        const r = radius(n.weight) + 3;
        const w = n.labelW;
        const h = n.labelH;
        const spots = [[r, -h / 2], [-r - w, -h / 2], [-w / 2, -r - h], [-w / 2, r],
          [r * 0.7, -r * 0.7 - h], [r * 0.7, r * 0.7], [-r * 0.7 - w, -r * 0.7 - h],
          [-r * 0.7 - w, r * 0.7]];
        n.label = null;
        for (const [dx, dy] of spots) {
          const box = { x: n.x + dx, y: n.y + dy, w, h };
          const inside = box.x >= 0 && box.y >= 0 && box.x + w <= width && box.y + h <= height;
          if (inside && !taken.some((t) => overlaps(t, box)) &&
              !circles.some((c) => c.id !== n.id && overlaps(c, box))) {
            taken.push(box);
            n.label = { dx, dy };
            break;
          }
        }
      }
      labels.classed("hidden-label", (n) => !n.label)
        .attr("x", (n) => (n.label ? n.label.dx : 0))
        .attr("y", (n) => (n.label ? n.label.dy + n.labelH / 2 : 0));
      container.dataset.labels = String(nodes.filter((n) => n.label).length);
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
    placeLabels();
    simulation.on("tick", () => {
      keepInside();
      render();
    });
    simulation.on("end", placeLabels);
    container.dataset.nodes = String(nodes.length);
    container.dataset.edges = String(links.length);
  }

  draw();
  if (filter) filter.addEventListener("change", draw);
})();
