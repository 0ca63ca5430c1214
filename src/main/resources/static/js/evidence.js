// The ROC chart of the validation page, drawn from the table beneath it: the table holds the
// numbers (and is what screen readers read); the chart is the same points as a picture.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('roc-chart');
  const table = document.getElementById('roc-table');
  if (!canvas || !table || typeof Chart === 'undefined') {
    return;
  }
  const points = Array.from(table.querySelectorAll('tbody tr')).map(row => ({
    x: 1 - Number(row.dataset.specificity),
    y: Number(row.dataset.sensitivity)
  }));
  const axis = title => ({ min: 0, max: 1, title: { display: true, text: title } });
  new Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        { label: canvas.dataset.label, data: points, showLine: true, borderColor: '#1f5f8b', backgroundColor: '#1f5f8b' },
        { label: canvas.dataset.chance, data: [{ x: 0, y: 0 }, { x: 1, y: 1 }], showLine: true, pointRadius: 0,
          borderDash: [6, 4], borderColor: '#6b6b6b' }
      ]
    },
    options: {
      animation: false,
      aspectRatio: 1,
      scales: { x: axis(canvas.dataset.xTitle), y: axis(canvas.dataset.yTitle) }
    }
  });
});
