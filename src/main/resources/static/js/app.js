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
