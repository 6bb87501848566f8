// Reports: print buttons, and the dashboard's charts, refreshed from the API every minute without
// reloading the page. Inline scripts and handlers are not allowed by the Content-Security-Policy.
document.querySelectorAll("[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});

(() => {
  const dashboard = document.getElementById("dashboard");
  if (!dashboard || typeof Chart === "undefined") {
    return;
  }
  const charts = {};
  const percent = (value) => `${value.toFixed(1)}%`;

  function draw(id, config) {
    const canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    if (charts[id]) {
      charts[id].data = config.data;
      charts[id].update();
    } else {
      charts[id] = new Chart(canvas, config);
    }
  }

  function render(data) {
    const kpis = {
      received: data.month.received,
      settled: data.month.settled,
      onTimePercent: percent(data.onTimePercent),
      overdue: data.overdue,
      dueToday: data.dueToday,
      dueTomorrow: data.dueTomorrow,
    };
    Object.entries(kpis).forEach(([key, value]) => {
      const element = dashboard.querySelector(`[data-kpi="${key}"]`);
      if (element) {
        element.textContent = value;
      }
    });
    const trend = document.getElementById("chart-trend");
    draw("chart-trend", {
      type: "line",
      data: {
        labels: data.trend.map((month) => month.month),
        datasets: [{ label: trend.dataset.label, data: data.trend.map((m) => m.onTimePercent) }],
      },
      options: { scales: { y: { min: 0, max: 100 } }, animation: false },
    });
    const fields = document.getElementById("chart-fields");
    draw("chart-fields", {
      type: "bar",
      data: {
        labels: data.byField.map((field) => field.fieldName),
        datasets: [
          { label: fields.dataset.labelOnTime, data: data.byField.map((f) => f.onTime) },
          { label: fields.dataset.labelLate, data: data.byField.map((f) => f.late) },
          { label: fields.dataset.labelOverdue, data: data.byField.map((f) => f.overdue) },
        ],
      },
      options: { animation: false },
    });
    const agencies = document.getElementById("chart-agencies");
    if (agencies) {
      draw("chart-agencies", {
        type: "bar",
        data: {
          labels: data.byAgency.map((agency) => agency.name),
          datasets: [{ label: agencies.dataset.label, data: data.byAgency.map((a) => a.onTimePercent) }],
        },
        options: { indexAxis: "y", scales: { x: { min: 0, max: 100 } }, animation: false },
      });
    }
  }

  function refresh() {
    fetch(dashboard.dataset.source, { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then(render)
      .catch(() => dashboard.classList.add("opacity-75"));
  }

  refresh();
  setInterval(refresh, 60000);
})();
