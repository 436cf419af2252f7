// The chart pages: draw the JSON named by #chart[data-src] with d3 (vendored), and export it as SVG.
(function () {
  "use strict";
  var box = document.getElementById("chart");
  var kind = box.getAttribute("data-kind");
  var base = box.getAttribute("data-base");
  var suffix = box.getAttribute("data-suffix");
  var ID = "https://w3id.org/ccpcj-kg/id/";
  var WIDTH = 960;

  function page(iri) {
    return iri.indexOf(ID) === 0 ? base + "id/" + iri.slice(ID.length) + suffix : iri;
  }

  function legend(entries) {
    var el = d3.select("#legend");
    entries.forEach(function (e) {
      var item = el.append("span");
      item.append("i").style("background", e.colour);
      item.append("span").text(e.label);
    });
  }

  function svgRoot(height) {
    return d3.select(box).append("svg")
      .attr("xmlns", "http://www.w3.org/2000/svg")
      .attr("viewBox", "0 0 " + WIDTH + " " + height)
      .attr("width", WIDTH).attr("height", height)
      .attr("font-family", "system-ui, sans-serif").attr("font-size", 11);
  }

  function network(data) {
    var height = 720;
    var colour = d3.scaleOrdinal().domain(data.groups.map(function (g) { return g.id; }))
      .range(["#e15759", "#4e79a7", "#59a14f", "#f28e2b", "#b07aa1"]).unknown("#9aa5b1");
    legend(data.groups.map(function (g) { return { label: g.label, colour: colour(g.id) }; }));
    var nodes = data.nodes.map(function (n) { return Object.assign({}, n); });
    var links = data.edges.map(function (e) { return Object.assign({}, e); });
    var maxWeight = d3.max(links, function (l) { return l.weight; }) || 1;
    var simulation = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).id(function (d) { return d.id; })
        .distance(function (l) { return 260 / Math.sqrt(l.weight); }).strength(0.02))
      .force("charge", d3.forceManyBody().strength(-420))
      .force("x", d3.forceX(WIDTH / 2).strength(0.06))
      .force("y", d3.forceY(height / 2).strength(0.09))
      .force("collide", d3.forceCollide(function (d) { return 18 + Math.sqrt(d.texts) * 3; }))
      .stop();
    for (var i = 0; i < 300; i += 1) { simulation.tick(); }  // laid out once: the same picture to export
    // Fit the drawing to the laid-out nodes (room on the right for the longest names).
    var x0 = d3.min(nodes, function (d) { return d.x; }) - 30, x1 = d3.max(nodes, function (d) { return d.x; }) + 190;
    var y0 = d3.min(nodes, function (d) { return d.y; }) - 30, y1 = d3.max(nodes, function (d) { return d.y; }) + 30;
    var svg = svgRoot(height).attr("viewBox", [x0, y0, x1 - x0, y1 - y0].join(" "))
      .attr("height", Math.round(WIDTH * (y1 - y0) / (x1 - x0)));
    var canvas = svg.append("g").attr("class", "canvas");  // pans and zooms (wheel, drag)
    svg.call(d3.zoom().scaleExtent([0.5, 6]).on("zoom", function (event) {
      canvas.attr("transform", event.transform);
    }));
    canvas.append("g").attr("class", "edges").attr("stroke", "#8895a3")
      .selectAll("line").data(links).join("line")
      .attr("x1", function (l) { return l.source.x; }).attr("y1", function (l) { return l.source.y; })
      .attr("x2", function (l) { return l.target.x; }).attr("y2", function (l) { return l.target.y; })
      .attr("stroke-opacity", function (l) { return 0.15 + 0.6 * l.weight / maxWeight; })
      .attr("stroke-width", function (l) { return 0.5 + 2.5 * l.weight / maxWeight; })
      .append("title").text(function (l) { return l.source.label + " – " + l.target.label + ": " + l.weight + " shared"; });
    var node = canvas.append("g").attr("class", "nodes").selectAll("a").data(nodes).join("a")
      .attr("href", function (d) { return page(d.id); })
      .attr("class", "node").attr("data-label", function (d) { return d.label; });
    node.append("circle")
      .attr("cx", function (d) { return d.x; }).attr("cy", function (d) { return d.y; })
      .attr("r", function (d) { return 4 + Math.sqrt(d.texts) * 3; })
      .attr("fill", function (d) { return colour(d.group); }).attr("stroke", "#fff").attr("stroke-width", 1.2);
    node.append("text").attr("x", function (d) { return d.x + 7; }).attr("y", function (d) { return d.y + 3; })
      .attr("fill", "#1d2733").attr("stroke", "#fff").attr("stroke-width", 3).attr("paint-order", "stroke")
      .text(function (d) { return d.label; });
    node.append("title").text(function (d) { return d.label + ": sponsored " + d.texts + " text(s)"; });
    d3.select("#chart-note").text(nodes.length + " States, " + links.length + " pairs that sponsored the same texts; " +
      "line weight = texts shared, circle size = texts sponsored.");
  }

  function timeline(data) {
    var events = data.events.filter(function (e) { return e.start; });
    var rowHeight = 26, top = 30, left = 20, right = 420;
    var height = top + events.length * rowHeight + 20;
    var parse = function (text) { return new Date(text.length === 4 ? text + "-01-01" : text); };
    var x = d3.scaleTime()
      .domain([d3.min(events, function (e) { return parse(e.start); }), d3.max(events, function (e) { return parse(e.end || e.start); })])
      .range([left, WIDTH - right]).nice();
    var colour = { session: "#0b6fb8", congress: "#b07aa1" };
    legend([{ label: "Commission session", colour: colour.session }, { label: "Crime Congress", colour: colour.congress }]);
    var svg = svgRoot(height);
    svg.append("g").attr("transform", "translate(0," + (top - 8) + ")").call(d3.axisTop(x).ticks(10));
    var row = svg.append("g").selectAll("a").data(events).join("a")
      .attr("href", function (e) { return page(e.id); }).attr("class", "event")
      .attr("transform", function (e, i) { return "translate(0," + (top + i * rowHeight) + ")"; });
    row.append("rect")
      .attr("x", function (e) { return x(parse(e.start)); }).attr("y", 4)
      .attr("width", function (e) { return Math.max(6, x(parse(e.end || e.start)) - x(parse(e.start))); })
      .attr("height", rowHeight - 10).attr("rx", 3).attr("fill", function (e) { return colour[e.kind]; });
    row.append("text").attr("x", WIDTH - right + 12).attr("y", rowHeight / 2 + 3).attr("fill", "#1d2733")
      .text(function (e) {
        var extra = e.kind === "session"
          ? (e.chair ? " — Chair: " + e.chair : "") + (e.groups && e.groups.length ? " (" + e.groups.join(", ") + ")" : "")
          : [e.place, e.host].filter(Boolean).join(", ");
        var text = e.label + (extra && e.kind !== "session" ? " — " + extra : extra);
        return text.length > 66 ? text.slice(0, 65) + "…" : text;  // the whole text is in the tooltip
      });
    row.append("title").text(function (e) {
      var who = e.kind === "session" ? (e.chair ? "; Chair: " + e.chair : "") + (e.groups && e.groups.length ? " (" + e.groups.join(", ") + ")" : "")
        : "; " + [e.place, e.host].filter(Boolean).join(", ");
      return e.label + ": " + e.start + (e.end && e.end !== e.start ? " to " + e.end : "") + who;
    });
    d3.select("#chart-note").text(events.length + " events with a known date.");
  }

  function statements(data) {
    var modes = data.modes;
    var colour = d3.scaleOrdinal().domain(modes).range(["#0b6fb8", "#59a14f", "#f28e2b", "#9aa5b1", "#e15759"]);
    legend(modes.map(function (m) { return { label: m, colour: colour(m) }; }));
    var rowHeight = 30, left = 330, top = 30;
    var height = top + data.items.length * rowHeight + 20;
    var totals = data.items.map(function (it) { return d3.sum(modes, function (m) { return it.counts[m] || 0; }); });
    var x = d3.scaleLinear().domain([0, d3.max(totals) || 1]).range([left, WIDTH - 40]).nice();
    var svg = svgRoot(height);
    svg.append("g").attr("transform", "translate(0," + (top - 6) + ")").call(d3.axisTop(x).ticks(8));
    var row = svg.append("g").selectAll("g").data(data.items).join("g")
      .attr("class", "item").attr("transform", function (it, i) { return "translate(0," + (top + i * rowHeight) + ")"; });
    row.append("a").attr("href", function (it) { return page(it.id); })
      .append("text").attr("x", left - 8).attr("y", rowHeight / 2 + 2).attr("text-anchor", "end").attr("fill", "#0b6fb8")
      .text(function (it) { return "agenda item " + it.item; });
    row.each(function (it) {
      var offset = 0;
      var g = d3.select(this);
      modes.forEach(function (m) {
        var n = it.counts[m] || 0;
        if (!n) { return; }
        g.append("rect").attr("class", "bar").attr("x", x(offset)).attr("y", 4)
          .attr("width", x(offset + n) - x(offset)).attr("height", rowHeight - 10).attr("fill", colour(m))
          .append("title").text("agenda item " + it.item + ", " + m + ": " + n);
        offset += n;
      });
      g.append("text").attr("x", x(offset) + 4).attr("y", rowHeight / 2 + 2).attr("fill", "#5b6775").text(offset);
    });
    d3.select("#chart-note").text(data.statements + " statements under " + data.items.length + " agenda items; " +
      "a statement delivered in more than one mode counts once in each.");
  }

  function download() {
    var svg = box.querySelector("svg");
    if (!svg) { return; }
    var text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
    var url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = "ccpcj-" + kind + ".svg";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  document.getElementById("download-svg").addEventListener("click", download);
  d3.json(box.getAttribute("data-src")).then(function (data) {
    ({ cosponsorship: network, timeline: timeline, statements: statements })[kind](data);
    box.setAttribute("data-drawn", "true");
  });
})();
