// Refreshes the delivery table of a campaign page every 5 seconds while the page is open.
(function () {
  var table = document.getElementById('delivery');
  if (!table) { return; }
  function cell(text, num) { var td = document.createElement('td'); td.textContent = text; if (num) { td.className = 'num'; } return td; }
  function refresh() {
    fetch(table.dataset.url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p) { return; }
        var body = table.tBodies[0];
        body.innerHTML = '';
        p.steps.forEach(function (s) {
          var tr = document.createElement('tr');
          [[s.step, false], [s.queued + s.sending, true], [s.sent, true], [s.failed, true], [s.unreachable, true], [s.cancelled, true]]
            .forEach(function (c) { tr.appendChild(cell(c[0], c[1])); });
          body.appendChild(tr);
        });
        document.getElementById('delivery-rate').textContent = p.sentPerSecondLastMinute.toFixed(1);
      });
  }
  setInterval(refresh, 5000);
})();
