// Small behaviours of every dashboard page, kept out of the templates (no inline handlers):
// the menu on narrow screens, selects that submit their form, confirmations, print buttons,
// and the searchable unit tree.
document.addEventListener('DOMContentLoaded', function () {
  // The Swagger UI page (same tab) sends this token with calls made through the dashboard session.
  var csrf = document.querySelector('meta[name="csrf-token"]');
  if (csrf && window.sessionStorage) { window.sessionStorage.setItem('XSRF-TOKEN', csrf.content); }
  var button = document.getElementById('menu-toggle');
  if (button) {
    button.addEventListener('click', function () {
      var open = button.closest('header').classList.toggle('open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }
  document.querySelectorAll('[data-autosubmit]').forEach(function (el) {
    el.addEventListener('change', function () { el.form.submit(); });
  });
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.dataset.confirm)) { e.preventDefault(); }
    });
  });
  document.querySelectorAll('[data-print]').forEach(function (el) {
    el.addEventListener('click', function () { window.print(); });
  });
  document.querySelectorAll('[data-tree-filter]').forEach(function (input) {
    var tree = document.getElementById(input.dataset.treeFilter);
    input.addEventListener('input', function () {
      var q = fold(input.value);
      tree.querySelectorAll('li').forEach(function (li) {
        var own = li.querySelector('label, a');
        li.dataset.match = !q || (own && fold(own.textContent).indexOf(q) >= 0) ? '1' : '0';
      });
      // A unit stays visible when it or anything below it matches, so the path to a match is kept.
      tree.querySelectorAll('li').forEach(function (li) {
        var hit = li.dataset.match === '1' || li.querySelector('li[data-match="1"]');
        li.hidden = !hit;
      });
    });
  });
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase().trim();
  }
});
