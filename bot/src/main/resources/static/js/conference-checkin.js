// The check-in screen: swaps the QR code and link when the 30-second slot changes, counts down, shows arrivals.
(function () {
  var screen = document.getElementById('main');
  if (!screen) { return; }
  var qr = document.getElementById('checkin-qr');
  var link = document.getElementById('checkin-link');
  var changes = document.getElementById('checkin-changes');
  var slot = null;
  var left = 30;
  function num(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.'); }
  function show(c) {
    if (c.slot !== slot) {
      slot = c.slot;
      qr.src = screen.dataset.qr + '?s=' + c.slot;
      link.href = c.link;
      link.textContent = c.link;
    }
    left = c.secondsLeft;
    changes.textContent = changes.dataset.template.replace('{0}', left);
    document.getElementById('checkin-present').textContent = num(c.present);
    document.getElementById('checkin-convened').textContent = num(c.convened);
    document.getElementById('checkin-rate').textContent = c.rate + '%';
  }
  function refresh() {
    fetch(screen.dataset.code, {credentials: 'same-origin', headers: {'Accept': 'application/json'}, cache: 'no-store'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (c) { if (c) { show(c); } });
  }
  setInterval(function () {
    left = Math.max(0, left - 1);
    changes.textContent = changes.dataset.template.replace('{0}', left);
    if (left === 0) { refresh(); }
  }, 1000);
  setInterval(refresh, 5000);
  refresh();
})();
