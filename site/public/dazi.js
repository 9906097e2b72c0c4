// 大字版: ?dazi=1 / ?dazi=0 switches it, localStorage keeps it on every page. A file rather than an
// inline script so the site's Content-Security-Policy allows scripts from the site only. It runs
// in <head>, before the first paint, so a remembered 大字版 never flashes the standard size.
(function () {
  try {
    var p = new URLSearchParams(location.search).get('dazi');
    if (p === '1' || p === '0') localStorage.setItem('dazi', p);
    if (localStorage.getItem('dazi') === '1') document.documentElement.classList.add('dazi');
  } catch (e) {}
  // Keep the switch links honest once the choice lives in localStorage.
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.dazi-on, .dazi-off').forEach(function (a) {
      a.addEventListener('click', function (e) {
        e.preventDefault();
        var on = a.classList.contains('dazi-on');
        try { localStorage.setItem('dazi', on ? '1' : '0'); } catch (err) {}
        document.documentElement.classList.toggle('dazi', on);
      });
    });
  });
})();
