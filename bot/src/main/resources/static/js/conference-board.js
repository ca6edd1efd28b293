// Refreshes the live board of a conference every 3 seconds while the page is open.
(function () {
  var table = document.getElementById('board');
  if (!table) { return; }
  function num(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.'); }
  function cell(tag, text, cls) { var c = document.createElement(tag); c.textContent = text; if (cls) { c.className = cls; } return c; }
  function figures(row, p, tag) {
    [num(p.convened), num(p.present), p.rate + '%', num(p.absentWithReason), num(p.walkIns), num(p.nonMembers)]
      .forEach(function (t, i) { row.appendChild(cell(tag, t, i >= 3 ? 'num opt' : 'num')); });
  }
  function refresh() {
    fetch(table.dataset.url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (b) {
        if (!b) { return; }
        var body = table.tBodies[0];
        body.textContent = '';
        b.points.forEach(function (p) {
          var tr = document.createElement('tr');
          tr.dataset.point = p.pointId;
          var first = document.createElement('td');
          var a = cell('a', p.unit);
          a.href = table.dataset.checkin + p.pointId + '/checkin';
          first.appendChild(a);
          first.appendChild(cell('div', p.place, 'small'));
          tr.appendChild(first);
          figures(tr, p, 'td');
          body.appendChild(tr);
        });
        var foot = table.tFoot.rows[0];
        while (foot.cells.length > 1) { foot.deleteCell(1); }
        figures(foot, b.total, 'th');
        document.getElementById('board-sentence').textContent = b.sentence;
        document.getElementById('board-updated').textContent = b.updatedAt;
      });
  }
  setInterval(refresh, 3000);
})();
