/**
 * The pages' one script: a filter box and sortable columns for every `table.data`. Without it the
 * tables are plain and complete, so the page reads the same with scripts off and on paper.
 */
export const PAGE_SCRIPT = `
(function () {
  "use strict";
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
    status.textContent = rows.length + " rows";
    bar.appendChild(input);
    bar.appendChild(status);
    table.parentNode.parentNode.insertBefore(bar, table.parentNode);
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      var shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var hit = q === "" || texts[i].indexOf(q) !== -1;
        rows[i].hidden = !hit;
        if (hit) shown++;
      }
      status.textContent = q === "" ? rows.length + " rows" : shown + " of " + rows.length + " rows";
    });
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
        var frag = document.createDocumentFragment();
        rows = keyed.map(function (x) { frag.appendChild(x.r); return x.r; });
        texts = keyed.map(function (x) { return x.t; });
        body.appendChild(frag);
      });
    });
  });
})();
`;
