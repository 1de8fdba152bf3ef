// policydata report: tables (search, sort, pages), quotes highlighted in their documents,
// hash routes (#card, #charts, #table/NAME[/QUERY], #regions, #doc/ID[/START/END]).
// Plain browser JavaScript, no library, no network: the data is the JSON block above.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var PAGE_SIZE = 100;
  var NUMERIC = /^(value|value_max|char_start|char_end|seq|article_index|char_count|mentions|target_year|base_year|policy_area)$/;
  var WIDE = /^(quote|text|title|indicator|named_policy|scope|captions)$/;
  var state = {};

  function fmt(v) {
    if (v === null || v === undefined) return "";
    if (typeof v === "number") return v.toLocaleString("en-US", { maximumFractionDigits: 6 });
    return String(v);
  }

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function quoteHref(row) {
    return "#doc/" + row.document_id + "/" + row.char_start + "/" + row.char_end;
  }

  function setupTable(name) {
    var t = data.tables[name];
    var rows = t.rows.map(function (cells) {
      var row = {};
      t.columns.forEach(function (c, i) { row[c] = cells[i]; });
      return row;
    });
    var haystacks = t.rows.map(function (cells) { return cells.map(fmt).join("\u0001").toLowerCase(); });
    state[name] = { rows: rows, haystacks: haystacks, query: "", sortCol: null, sortDir: 1, shown: PAGE_SIZE };
    var section = document.getElementById("view-table-" + name);
    var headRow = section.querySelector("thead tr");
    var extra = document.createElement("th");
    extra.textContent = t.columns.indexOf("quote") >= 0 ? "quote in text" : "text";
    headRow.appendChild(extra);
    t.columns.forEach(function (c) {
      var th = document.createElement("th");
      th.textContent = c;
      th.title = (t.descriptions && t.descriptions[c]) || c;
      th.addEventListener("click", function () {
        var s = state[name];
        s.sortDir = s.sortCol === c ? -s.sortDir : 1;
        s.sortCol = c;
        renderTable(name);
      });
      headRow.appendChild(th);
    });
    var input = section.querySelector("input[type=search]");
    input.addEventListener("input", function () {
      state[name].query = input.value;
      state[name].shown = PAGE_SIZE;
      renderTable(name);
    });
    section.querySelector("button.more").addEventListener("click", function () {
      state[name].shown += PAGE_SIZE;
      renderTable(name);
    });
    renderTable(name);
  }

  function matchingIndexes(name) {
    var s = state[name];
    var terms = s.query.toLowerCase().split(/\s+/).filter(Boolean);
    var out = [];
    s.haystacks.forEach(function (h, i) {
      if (terms.every(function (term) { return h.indexOf(term) >= 0; })) out.push(i);
    });
    if (s.sortCol) {
      var col = s.sortCol;
      out.sort(function (a, b) {
        var x = s.rows[a][col], y = s.rows[b][col];
        if (x === y) return a - b;
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        var cmp = (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y), "zh");
        return s.sortDir * cmp || a - b;
      });
    }
    return out;
  }

  function renderTable(name) {
    var t = data.tables[name], s = state[name];
    var section = document.getElementById("view-table-" + name);
    var found = matchingIndexes(name);
    var tbody = document.createElement("tbody");
    found.slice(0, s.shown).forEach(function (i) {
      var row = s.rows[i];
      var tr = document.createElement("tr");
      tr.setAttribute("data-id", row[t.key]);
      var first = document.createElement("td");
      if ("quote" in row) first.appendChild(link(quoteHref(row), "open ↗"));
      else if (name === "documents") first.appendChild(link("#doc/" + row.document_id, "read ↗"));
      else if (name === "regions") first.appendChild(link("#table/statistics/" + row.region_id, "rows ↗"));
      tr.appendChild(first);
      t.columns.forEach(function (c) {
        var td = document.createElement("td");
        var v = row[c];
        if (c === "quote" && v) td.appendChild(link(quoteHref(row), v));
        else td.textContent = fmt(v);
        if (NUMERIC.test(c) && typeof v === "number") td.className = "num";
        else if (WIDE.test(c)) td.className = "wide";
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    var table = section.querySelector("table");
    table.replaceChild(tbody, table.querySelector("tbody"));
    section.querySelectorAll("th").forEach(function (th) {
      th.className = th.textContent === s.sortCol ? (s.sortDir > 0 ? "sorted-asc" : "sorted-desc") : "";
    });
    section.querySelector(".count").textContent = found.length + " of " + s.rows.length + " rows" +
      (found.length > s.shown ? " (first " + s.shown + " shown)" : "");
    section.querySelector("button.more").hidden = found.length <= s.shown;
  }

  function showDocument(docId, start, end) {
    var text = data.texts[docId];
    var title = document.getElementById("doc-title");
    var box = document.getElementById("doc-text");
    box.textContent = "";
    if (text === undefined) {
      title.textContent = "No document " + docId;
      document.getElementById("doc-meta").textContent = "";
      return;
    }
    var meta = data.documents[docId] || {};
    title.textContent = meta.title || docId;
    document.getElementById("doc-meta").textContent = [docId, meta.date, meta.issuer, meta.source_file]
      .filter(Boolean).join(" · ");
    var rowsHere = document.getElementById("doc-rows");
    rowsHere.textContent = "";
    ["measures", "targets", "statistics"].forEach(function (name) {
      if (!state[name]) return;
      var n = state[name].rows.filter(function (r) { return r.document_id === docId; }).length;
      if (!n) return;
      if (rowsHere.childNodes.length) rowsHere.appendChild(document.createTextNode(" · "));
      rowsHere.appendChild(link("#table/" + name + "/" + docId, n + " " + name));
    });
    var chars = Array.from(text); // offsets count code points, as Python does
    if (isNaN(start) || isNaN(end)) {
      box.textContent = text;
      return;
    }
    box.appendChild(document.createTextNode(chars.slice(0, start).join("")));
    var mark = document.createElement("mark");
    mark.id = "highlight";
    mark.textContent = chars.slice(start, end).join("");
    box.appendChild(mark);
    box.appendChild(document.createTextNode(chars.slice(end).join("")));
    mark.scrollIntoView({ block: "center" });
  }

  function filterCharts() {
    var q = document.getElementById("chart-search").value.toLowerCase().trim();
    var cards = document.querySelectorAll("#view-charts figure.chart-card");
    var shown = 0;
    cards.forEach(function (fig) {
      var ok = !q || fig.getAttribute("data-search").indexOf(q) >= 0;
      fig.hidden = !ok;
      if (ok) shown += 1;
    });
    document.getElementById("chart-count").textContent = shown + " of " + cards.length + " charts";
  }

  function show(viewId, navHref) {
    document.querySelectorAll("section.view").forEach(function (s) { s.hidden = s.id !== viewId; });
    document.querySelectorAll("#nav a").forEach(function (a) {
      a.classList.toggle("active", a.getAttribute("href") === navHref);
    });
  }

  function route() {
    var parts = location.hash.replace(/^#/, "").split("/").map(decodeURIComponent);
    var view = parts[0] || "card";
    if (view === "table" && data.tables[parts[1]]) {
      show("view-table-" + parts[1], "#table/" + parts[1]);
      if (parts.length > 2) {
        var input = document.querySelector("#view-table-" + parts[1] + " input[type=search]");
        input.value = parts.slice(2).join("/");
        input.dispatchEvent(new Event("input"));
      }
    } else if (view === "doc") {
      show("view-doc", "");
      showDocument(parts[1], parseInt(parts[2], 10), parseInt(parts[3], 10));
    } else if (view === "charts" || view === "regions") {
      show("view-" + view, "#" + view);
    } else {
      show("view-card", "#card");
    }
  }

  Object.keys(data.tables).forEach(setupTable);
  document.getElementById("chart-search").addEventListener("input", filterCharts);
  filterCharts();
  window.addEventListener("hashchange", route);
  route();
  document.body.setAttribute("data-ready", "1");
})();
