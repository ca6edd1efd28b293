// Refreshes the delivery table of a campaign page every 5 seconds while the page is open.
(function () {
  var table = document.getElementById('delivery');
  if (!table) { return; }
  function cell(text, cls) { var td = document.createElement('td'); td.textContent = text; if (cls) { td.className = cls; } return td; }
  function refresh() {
    fetch(table.dataset.url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p) { return; }
        var body = table.tBodies[0];
        body.innerHTML = '';
        p.steps.forEach(function (s) {
          var tr = document.createElement('tr');
          [[s.step, ''], [s.waiting, 'num'], [s.sent, 'num'], [s.failed, 'num'], [s.unreachable, 'num opt'], [s.cancelled, 'num opt']]
            .forEach(function (c) { tr.appendChild(cell(c[0], c[1])); });
          body.appendChild(tr);
        });
        document.getElementById('delivery-rate').textContent = p.rate;
        var note = document.getElementById('delivery-note');
        note.textContent = p.note || '';
        note.hidden = !p.note;
      });
  }
  setInterval(refresh, 5000);
})();
