// Sends the CSRF token with every htmx request, as Spring Security expects for non-GET requests.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The menus of the navigation: Escape closes the open one and gives the focus back to its title (a click
// elsewhere closes it already: Pico's open menu lays its title over the page).
document.addEventListener('keydown', function (event) {
  if (event.key !== 'Escape') return;
  var open = document.querySelector('header nav details[open]');
  if (!open) return;
  open.removeAttribute('open');
  open.querySelector('summary').focus();
});

// A link marked data-back goes back to the previous page when there is one (its href is the way when there is not):
// no inline script, so that the Content-Security-Policy needs no 'unsafe-inline'.
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('a[data-back]');
  if (!link || window.history.length < 2) return;
  event.preventDefault();
  window.history.back();
});
