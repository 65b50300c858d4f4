// Draws the ECharts options the server sends (as JSON) into an element, and keeps them sized.
// ECharts (1 MB) is fetched on the first chart, not with every page: most pages have none, and
// parsing it on each navigation cost the dashboard's first paint on a slow machine.
window.kpiCharts = (function () {
  const echartsUrl = document.currentScript && document.currentScript.dataset.echarts;
  let echartsLoading = null;
  const loadECharts = () => window.echarts ? Promise.resolve() : (echartsLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = echartsUrl;
    script.onload = resolve;
    script.onerror = () => { echartsLoading = null; reject(new Error('ECharts did not load: ' + echartsUrl)); };
    document.head.appendChild(script);
  }));
  const charts = new WeakMap();
  const observer = typeof ResizeObserver === 'function'
    ? new ResizeObserver(entries => entries.forEach(e => { const c = charts.get(e.target); if (c) c.resize(); }))
    : null;
  return {
    async render(element, json) {
      if (!element) return;
      await loadECharts();
      if (!element.isConnected) return; // the page moved on while ECharts loaded
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
