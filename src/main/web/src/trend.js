// The trend page: the findings of each theme at the end of each step, drawn as one line per theme
// in plain SVG, with the same numbers in a table (for screen readers, and to copy).
import { getJson, pageParams, setPageParams, el } from './api.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 900;
const HEIGHT = 360;
const MARGIN = { top: 16, right: 24, bottom: 72, left: 96 };

// One colour of the GOV.UK palette and one dash pattern per theme, in the themes' order: the lines
// still tell apart in greyscale, on paper and for people who do not see the colours.
export const LINES = [
  { colour: '#1d70b8', dash: '' },
  { colour: '#d4351c', dash: '9 4' },
  { colour: '#00703c', dash: '2 4' },
  { colour: '#4c2c92', dash: '12 4 2 4' },
  { colour: '#f47738', dash: '5 3' },
  { colour: '#505a5f', dash: '14 3 3 3 3 3' },
];

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== '') {
      node.setAttribute(name, String(value));
    }
  }
  children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

/** A round top for the vertical axis and its ticks: 1, 2 or 5 times a power of ten per tick. */
function scale(max) {
  const top = Math.max(max, 1);
  const raw = top / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  const ticks = [];
  for (let t = 0; t <= top + step - 1e-9; t += step) {
    ticks.push(Math.round(t));
  }
  return { top: ticks[ticks.length - 1], ticks: [...new Set(ticks)] };
}

function chart(trend) {
  const dates = trend.points.map((p) => p.date);
  const values = trend.themes.map((t) => trend.points.map((p) => p.byTheme[t.theme] || 0));
  const { top, ticks } = scale(Math.max(0, ...values.flat()));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i) => MARGIN.left + (dates.length === 1 ? plotW / 2 : (i * plotW) / (dates.length - 1));
  const y = (v) => MARGIN.top + plotH - (v / top) * plotH;
  const every = Math.ceil(dates.length / 12);

  const grid = ticks.map((t) => svg('g', { class: 'sgnet-trend__tick' },
    svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(t), y2: y(t), stroke: '#b1b4b6', 'stroke-width': 1 }),
    svg('text', { x: MARGIN.left - 8, y: y(t) + 4, 'text-anchor': 'end' }, String(t))));
  const labels = dates.map((d, i) => (i % every === 0 || i === dates.length - 1
    ? svg('text', { x: x(i), y: HEIGHT - MARGIN.bottom + 18, 'text-anchor': 'end', transform: `rotate(-35 ${x(i)} ${HEIGHT - MARGIN.bottom + 18})` }, d)
    : null)).filter(Boolean);
  const lines = trend.themes.map((theme, k) => {
    const style = LINES[k % LINES.length];
    const d = values[k].map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join('');
    return svg('g', { class: 'sgnet-trend__line', 'data-theme': theme.theme },
      svg('path', { d, fill: 'none', stroke: style.colour, 'stroke-width': 2.5, 'stroke-dasharray': style.dash, 'data-values': values[k].join(' ') }),
      values[k].map((v, i) => svg('circle', { cx: x(i), cy: y(v), r: 3.5, fill: style.colour },
        svg('title', {}, `${theme.title}, ${dates[i]}: ${v} finding${v === 1 ? '' : 's'}`))));
  });
  const first = dates[0];
  const last = dates[dates.length - 1];
  return svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: 'sgnet-trend__chart',
    role: 'img',
    'aria-labelledby': 'trend-caption trend-desc',
  },
  svg('desc', { id: 'trend-desc' },
    `One line per theme: the number of findings as of each of ${dates.length} dates from ${first} to ${last}.`
      + ' The table below gives the same numbers.'),
  grid,
  svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(0), y2: y(0), stroke: '#0b0c0c', 'stroke-width': 1 }),
  labels,
  svg('text', { x: 40, y: MARGIN.top + plotH / 2, transform: `rotate(-90 40 ${MARGIN.top + plotH / 2})`, 'text-anchor': 'middle' }, 'Findings'),
  lines);
}

function legend(trend) {
  return trend.themes.map((theme, k) => {
    const style = LINES[k % LINES.length];
    return el('li', { 'data-theme': theme.theme },
      svg('svg', { width: 36, height: 12, viewBox: '0 0 36 12', 'aria-hidden': 'true', focusable: 'false' },
        svg('line', { x1: 0, x2: 36, y1: 6, y2: 6, stroke: style.colour, 'stroke-width': 3, 'stroke-dasharray': style.dash })),
      ` ${theme.title}`);
  });
}

function table(trend) {
  const cell = (text) => el('td', { class: 'govuk-table__cell govuk-table__cell--numeric', text: String(text) });
  const head = el('tr', { class: 'govuk-table__row' },
    el('th', { scope: 'col', class: 'govuk-table__header', text: 'Date' }),
    trend.themes.map((t) => el('th', { scope: 'col', class: 'govuk-table__header govuk-table__header--numeric', text: t.title })),
    el('th', { scope: 'col', class: 'govuk-table__header govuk-table__header--numeric', text: 'All findings' }),
    el('th', { scope: 'col', class: 'govuk-table__header govuk-table__header--numeric', text: 'Children affected' }));
  const rows = trend.points.map((p) => el('tr', { class: 'govuk-table__row', 'data-date': p.date },
    el('th', { scope: 'row', class: 'govuk-table__header', text: p.date }),
    trend.themes.map((t) => cell(p.byTheme[t.theme] || 0)),
    cell(p.findings),
    cell(p.childrenAffected)));
  return { head, rows };
}

export async function trendPage() {
  document.body.dataset.state = 'loading';
  const params = pageParams();
  const form = document.getElementById('trend-form');
  for (const name of ['from', 'to', 'step', 'window']) {
    if (params[name]) {
      form.elements[name].value = params[name];
    }
  }
  const summary = document.getElementById('trend-summary');
  try {
    const trend = await getJson('/api/trend', {
      from: params.from, to: params.to, step: params.step, window: params.window,
    });
    setPageParams({ from: params.from, to: params.to, step: params.step, window: params.window });
    document.getElementById('trend-chart').replaceChildren(chart(trend));
    document.getElementById('trend-legend').replaceChildren(...legend(trend));
    const t = table(trend);
    const tableEl = document.getElementById('trend-table');
    tableEl.querySelector('thead').replaceChildren(t.head);
    tableEl.querySelector('tbody').replaceChildren(...t.rows);
    document.getElementById('trend-figure').hidden = false;
    tableEl.hidden = false;
    const last = trend.points[trend.points.length - 1];
    summary.textContent = `${trend.points.length} dates, the last day of each ${trend.step} from `
      + `${trend.points[0].date} to ${last.date}, window ${trend.windowDays} days. `
      + `On ${last.date}: ${last.findings} findings, ${last.childrenAffected} children affected.`;
    document.body.dataset.state = 'ready';
  } catch (e) {
    if (e.status !== 401) {
      summary.textContent = `The trend could not be loaded: ${e.message}`;
    }
    document.body.dataset.state = 'error';
  }
}
