// The pipeline board: drag an opportunity's card onto another stage's column; htmx posts the move and swaps the
// board with the server's answer (the same handler as the card's move form, which works without JavaScript).
(function () {
  var dragged = null;

  document.addEventListener('dragstart', function (event) {
    var card = event.target.closest && event.target.closest('.opportunity-card');
    if (!card) return;
    dragged = card;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.dataset.id);
  });

  document.addEventListener('dragover', function (event) {
    if (!dragged) return;
    var column = event.target.closest && event.target.closest('.stage-column');
    if (column) event.preventDefault();
  });

  document.addEventListener('drop', function (event) {
    var column = event.target.closest && event.target.closest('.stage-column');
    if (!column || !dragged) return;
    event.preventDefault();
    var card = dragged;
    dragged = null;
    if (card.parentElement === column) return;
    var values = {stage: column.dataset.stage};
    var reason = card.querySelector('input[name="lostReason"]');
    if (reason && reason.value) values.lostReason = reason.value;
    htmx.ajax('POST', card.dataset.move, {target: '#board', swap: 'outerHTML', values: values});
  });

  document.addEventListener('dragend', function () {
    dragged = null;
  });
})();
