// Draws the trajectory charts of the outcomes section once htmx has loaded it. The chart's
// values come from the canvas's data attribute; the same values are in the table beside it.
(function () {
  'use strict';

  var COLOURS = ['#1f5f8b', '#b5541c', '#2e7d32', '#6a1b9a', '#8d6e00', '#00695c'];

  function draw(root) {
    if (typeof Chart === 'undefined' || !root || !root.querySelectorAll) {
      return;
    }
    root.querySelectorAll('canvas[data-outcome-chart]').forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = 'true';
      var data = JSON.parse(canvas.dataset.outcomeChart);
      new Chart(canvas, {
        type: 'line',
        data: {
          labels: data.labels,
          datasets: data.datasets.map(function (line, i) {
            var colour = COLOURS[i % COLOURS.length];
            return { label: line.label, data: line.data, borderColor: colour, backgroundColor: colour,
              pointStyle: ['circle', 'rect', 'triangle', 'rectRot', 'star', 'cross'][i % 6], pointRadius: 4,
              spanGaps: true };
          })
        },
        options: { animation: false, responsive: true, maintainAspectRatio: false,
          plugins: { legend: { position: 'bottom' } } }
      });
    });
  }

  document.addEventListener('htmx:load', function (event) {
    draw(event.detail.elt);
  });
  document.addEventListener('DOMContentLoaded', function () {
    draw(document);
  });
})();
