/* global document, Chart -- a browser script, run after Chart.js is loaded */
// The statistics chart (Chart.js): requests received (bars) and the share answered in time
// (line), by month. The same figures are in the table under it, for anyone without it.
(function () {
  var data = JSON.parse(document.getElementById('monthly-data').textContent);
  var canvas = document.getElementById('monthly-chart');
  if (!canvas || typeof Chart === 'undefined') return;
  new Chart(canvas, {
    data: {
      labels: data.labels,
      datasets: [
        {
          type: 'bar',
          label: 'Requests received',
          data: data.received,
          backgroundColor: '#1d70b8',
          order: 1,
          yAxisID: 'y',
        },
        {
          type: 'line',
          label: 'Answered in time (%)',
          data: data.share,
          borderColor: '#00703c',
          backgroundColor: '#00703c',
          pointRadius: 5, // a month alone shows as a dot, drawn over the bars
          order: 0,
          yAxisID: 'share',
        },
      ],
    },
    options: {
      animation: false,
      scales: {
        y: { beginAtZero: true, title: { display: true, text: 'Requests' }, ticks: { precision: 0 } },
        share: {
          position: 'right',
          min: 0,
          max: 100,
          title: { display: true, text: '% in time' },
          grid: { drawOnChartArea: false },
        },
      },
    },
  });
})();
