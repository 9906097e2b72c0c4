// In <head>, before the first paint (a file: the CSP allows no inline script). See Base.astro.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var params = new URLSearchParams(location.search);
    if (params.get('q')) root.classList.add('has-query');
    var p = params.get('dazi');
    if (p === '1' || p === '0') localStorage.setItem('dazi', p);
    if (localStorage.getItem('dazi') === '1') root.classList.add('dazi');
  } catch (e) {}
  document.addEventListener('DOMContentLoaded', function () {
    // With scripts, search on the site (without: the CMS's page)
    document.querySelectorAll('[data-js-action]').forEach(function (f) {
      f.action = f.dataset.jsAction;
    });
    document.querySelectorAll('.dazi-on, .dazi-off').forEach(function (a) {
      a.addEventListener('click', function (e) {
        e.preventDefault();
        var on = a.classList.contains('dazi-on');
        try { localStorage.setItem('dazi', on ? '1' : '0'); } catch (err) {}
        root.classList.toggle('dazi', on);
        var other = a.parentNode.querySelector(on ? '.dazi-off' : '.dazi-on');
        if (other) other.focus();
      });
    });
  });
})();
