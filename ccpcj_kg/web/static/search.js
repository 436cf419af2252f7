// Search on the static site: the same matching as the server's /search (case- and
// accent-insensitive substring of any name; exact, then prefix, then the rest; labels first).
(function () {
  "use strict";
  var list = document.getElementById("search-hits");
  var status = document.getElementById("search-status");
  var q = new URLSearchParams(window.location.search).get("q") || "";
  var box = document.querySelector("form.search input[name=q]");
  if (box) { box.value = q; }
  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/\s+/).filter(Boolean).join(" ");
  }
  function compare(a, b) {
    for (var i = 0; i < a.length; i += 1) { if (a[i] !== b[i]) { return a[i] < b[i] ? -1 : 1; } }
    return 0;
  }
  var wanted = fold(q);
  if (!wanted) { return; }
  fetch(list.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (rows) {
    var best = {};
    rows.forEach(function (row) {
      var name = row[0], label = row[1], path = row[2], folded = fold(name);
      if (folded.indexOf(wanted) < 0) { return; }
      var rank = [folded === wanted ? 0 : folded.indexOf(wanted) === 0 ? 1 : 2, name === label ? 0 : 1, label.toLowerCase()];
      var current = best[path];
      if (!current || compare(rank, current.rank) < 0) { best[path] = { rank: rank, name: name, label: label, path: path }; }
    });
    var hits = Object.keys(best).map(function (k) { return best[k]; }).sort(function (a, b) {
      return compare(a.rank, b.rank) || (a.path < b.path ? -1 : 1);
    }).slice(0, 50);
    status.textContent = hits.length + (hits.length === 1 ? " result" : " results") + " for “" + q + "”.";
    hits.forEach(function (h) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = list.getAttribute("data-base") + "id/" + h.path + ".html";
      a.textContent = h.label;
      li.appendChild(a);
      if (h.name !== h.label) {
        var also = document.createElement("span");
        also.className = "muted";
        also.textContent = " (also “" + h.name + "”)";
        li.appendChild(also);
      }
      list.appendChild(li);
    });
  });
})();
