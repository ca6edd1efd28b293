// Behaviour the dashboard's pages declare with data attributes, so no page needs inline script
// (the Content-Security-Policy allows scripts from this site's files only):
//   <form data-confirm="Question?">   asks before submitting
//   <select data-autosubmit>          submits its form when changed
//   <button data-print>               prints the page
(function () {
  document.addEventListener('submit', function (e) {
    var question = e.target.getAttribute && e.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) { e.preventDefault(); }
  });
  document.addEventListener('change', function (e) {
    if (e.target.hasAttribute && e.target.hasAttribute('data-autosubmit') && e.target.form) { e.target.form.submit(); }
  });
  document.addEventListener('click', function (e) {
    var print = e.target.closest && e.target.closest('[data-print]');
    if (print) { window.print(); }
  });
})();
