// The query page: YASGUI (vendored) on the configured endpoint, saved queries as example tabs,
// and IRIs of the graph's resources opened as this site's entity pages.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("editor-config").textContent);
  // Every tab's editor: prefix completion from this site's own list, nothing fetched elsewhere.
  Yasgui.Yasqe.defaults.prefixCcApi = config.prefixes;
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: {
      endpoint: config.endpoint,
      method: "POST",
      acceptHeaderSelect: "application/sparql-results+json",
      acceptHeaderGraph: "text/turtle",
    },
    copyEndpointOnNewTab: true,
    persistenceId: null,  // nothing kept in the browser between visits
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; } },
    yasqe: { value: config.query, prefixCcApi: config.prefixes, autocompleters: ["prefixes", "variables"] },
  });
  var first = yasgui.getTab();
  if (first) { first.setQuery(config.query); }

  Array.prototype.forEach.call(document.querySelectorAll("button.example"), function (button) {
    button.addEventListener("click", function () {
      var example = config.examples[Number(button.getAttribute("data-example"))];
      var tab = yasgui.addTab(true);
      tab.setName(example.name);
      tab.setQuery(example.query);
      tab.query();
    });
  });

  // Result cells link to https://w3id.org/ccpcj-kg/id/…: open this site's page for them instead.
  document.getElementById("yasgui").addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link) { return; }
    var href = link.getAttribute("href");
    if (href.indexOf(config.idNamespace) === 0) {
      event.preventDefault();
      window.location.href = config.base + "id/" + href.slice(config.idNamespace.length) + config.suffix;
    }
  });
  window.ccpcjYasgui = yasgui;  // for the browser test
})();
