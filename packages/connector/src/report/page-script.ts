/**
 * The pages' one script: a filter box and sortable columns for every `table.data`. Without it the
 * tables are plain and complete, so the page reads the same with scripts off and on paper.
 */
export const PAGE_SCRIPT = `
(function () {
  "use strict";
  var LIMIT = 500;
  function count(n) { return n === 1 ? "1 row" : n + " rows"; }
  var printing = false;
  var renders = [];
  var tables = document.querySelectorAll("table.data");
  Array.prototype.forEach.call(tables, function (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
    var bar = document.createElement("div");
    bar.className = "controls";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = "Filter rows…";
    input.setAttribute("aria-label", "Filter the rows of this table");
    var status = document.createElement("span");
    status.className = "rows";
    status.textContent = count(rows.length);
    bar.appendChild(input);
    bar.appendChild(status);
    table.parentNode.parentNode.insertBefore(bar, table.parentNode);
    var more = document.createElement("button");
    more.type = "button";
    more.className = "more";
    bar.appendChild(more);
    var q = "";
    var all = false;
    // Show at most LIMIT matching rows (a browser lays out 10,000 table rows slowly); "Show all" and printing show every one.
    function render() {
      var matched = 0;
      var shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var hit = q === "" || texts[i].indexOf(q) !== -1;
        if (hit) matched++;
        var visible = hit && (all || printing || matched <= LIMIT);
        if (rows[i].hidden === visible) rows[i].hidden = !visible;
        if (visible) shown++;
      }
      status.textContent = (q === "" ? count(rows.length) : matched + " of " + count(rows.length)) +
        (shown < matched ? ", the first " + shown + " shown" : "");
      more.hidden = shown >= matched;
      more.textContent = "Show all " + matched;
    }
    renders.push(render);
    more.addEventListener("click", function () { all = true; render(); });
    input.addEventListener("input", function () {
      q = input.value.trim().toLowerCase();
      render();
    });
    render();
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      button.title = "Sort by " + th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var numeric = th.classList.contains("num");
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var keyed = rows.map(function (r, i) {
          var t = r.cells[col] ? r.cells[col].textContent : "";
          return { r: r, t: texts[i], k: numeric ? (t === "" || t === "—" ? NaN : Number(t)) : t.toLowerCase() };
        });
        keyed.sort(function (a, b) {
          if (numeric) {
            if (isNaN(a.k)) return isNaN(b.k) ? 0 : 1;
            if (isNaN(b.k)) return -1;
            return (a.k - b.k) * dir;
          }
          return a.k < b.k ? -dir : a.k > b.k ? dir : 0;
        });
        // Detach every row at once first: Chromium removes rows one by one in quadratic time.
        body.textContent = "";
        var frag = document.createDocumentFragment();
        rows = keyed.map(function (x) { frag.appendChild(x.r); return x.r; });
        texts = keyed.map(function (x) { return x.t; });
        body.appendChild(frag);
        render();
      });
    });
  });
  function reprint(on) {
    printing = on;
    renders.forEach(function (render) { render(); });
  }
  window.addEventListener("beforeprint", function () { reprint(true); });
  window.addEventListener("afterprint", function () { reprint(false); });
})();
`;
