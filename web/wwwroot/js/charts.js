// Draws the ECharts options the server sends (as JSON) into an element, and keeps them sized.
window.kpiCharts = (function () {
  const charts = new WeakMap();
  const observer = typeof ResizeObserver === 'function'
    ? new ResizeObserver(entries => entries.forEach(e => { const c = charts.get(e.target); if (c) c.resize(); }))
    : null;
  return {
    render(element, json) {
      if (!element || !window.echarts) return;
      let chart = charts.get(element);
      if (!chart) {
        chart = window.echarts.init(element, null, { renderer: 'svg' });
        charts.set(element, chart);
        if (observer) observer.observe(element);
      }
      chart.setOption(JSON.parse(json), true);
    },
    dispose(element) {
      const chart = element && charts.get(element);
      if (chart) {
        if (observer) observer.unobserve(element);
        chart.dispose();
        charts.delete(element);
      }
    },
  };
})();
