// The pipeline board: drag an opportunity's card onto another stage's column; htmx posts the move to the card's
// opportunity (its id is the card's data-id) and swaps the board with the server's answer. Moving to "lost" asks why.
// Without JavaScript, a card is a link to the opportunity's page, whose form moves it.
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
    if (card.closest('.stage-column') === column) return;
    var board = document.getElementById('board');
    var values = {stage: column.dataset.stage};
    if (column.dataset.stage === 'LOST') {
      var reason = window.prompt(board.dataset.lostPrompt || '');
      if (reason === null) return;
      values.lostReason = reason;
    }
    htmx.ajax('POST', board.dataset.moves + card.dataset.id + '/stage', {target: '#board', swap: 'outerHTML', values: values});
  });

  document.addEventListener('dragend', function () {
    dragged = null;
  });
})();
