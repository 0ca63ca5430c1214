// Draws each report's chart from its table, so the chart and the table cannot disagree. Hidden
// counts (data-hidden) are left out of the bars; the table beside the chart shows them as "<11".
(function () {
	'use strict';
	function draw(canvas) {
		var table = document.getElementById(canvas.dataset.table);
		if (!table || typeof Chart === 'undefined') {
			return;
		}
		var columns = Array.prototype.map.call(table.tHead.rows[0].cells, function (cell) { return cell.textContent; })
			.slice(1, -1);
		var rows = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
			return {
				label: row.cells[0].textContent,
				values: Array.prototype.slice.call(row.cells, 1, -1).map(function (cell) {
					return cell.dataset.value === undefined ? null : Number(cell.dataset.value);
				})
			};
		});
		var byRows = canvas.dataset.axis === 'rows';
		var labels = byRows ? rows.map(function (r) { return r.label; }) : columns;
		var series = byRows
			? columns.map(function (c, i) { return { label: c, data: rows.map(function (r) { return r.values[i]; }) }; })
			: rows.map(function (r) { return { label: r.label, data: r.values }; });
		new Chart(canvas, {
			type: 'bar',
			data: { labels: labels, datasets: series },
			options: { animation: false, responsive: true, maintainAspectRatio: false,
				scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
		});
	}
	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('canvas[data-table]').forEach(draw);
	});
}());
