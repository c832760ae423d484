// A child's chronology: one lane per agency, one mark per event; hover or keyboard focus shows the
// summary. Drawn as plain SVG so that every mark is a focusable element with a text name.
import { el, humanise } from './api.js';

const SVG = 'http://www.w3.org/2000/svg';
const TYPE_COLOURS = {
  RISK: '#d4351c',
  MEETING: '#1d70b8',
  VISIT: '#00703c',
  CONTACT: '#912b88',
  REQUEST: '#f47738',
  ASSESSMENT: '#0b0c0c',
  DECISION: '#505a5f',
};

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, String(value));
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;

function describe(entry, lane) {
  const parts = [`${entry.date}, ${lane.agencyName}: ${humanise(entry.type)}`];
  if (entry.subtype) {
    parts.push(`(${humanise(entry.subtype)})`);
  }
  if (entry.value) {
    parts.push(`– ${entry.value}`);
  }
  let text = parts.join(' ');
  if (entry.summary) {
    text += `. ${entry.summary}`;
  }
  if (entry.recordedBy && entry.recordedBy.name) {
    text += ` Recorded by ${entry.recordedBy.name}.`;
  }
  return text;
}

export function drawTimeline(container, tip, tableHolder, timeline) {
  container.replaceChildren();
  tableHolder.replaceChildren();
  const lanes = timeline.lanes || [];
  const all = lanes.flatMap((lane) => lane.events);
  if (all.length === 0) {
    container.append(el('p', { class: 'govuk-body govuk-!-margin-2', text: 'Nothing is recorded up to this date.' }));
    return 0;
  }
  const first = Math.min(...all.map((e) => day(e.date)));
  const last = Math.max(day(timeline.asOf), ...all.map((e) => day(e.date)));
  const labelWidth = 220;
  const laneHeight = 34;
  const width = Math.max(container.clientWidth || 900, 700);
  const plot = width - labelWidth - 20;
  const height = lanes.length * laneHeight + 40;
  const x = (iso) => labelWidth + ((day(iso) - first) / Math.max(last - first, 1)) * plot;

  const root = svg('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'group',
    'aria-label': `Chronology up to ${timeline.asOf}: ${all.length} events in ${lanes.length} agencies`,
  });
  // Month ticks along the bottom.
  const start = new Date(first * 86400000);
  const ticks = svg('g', { 'aria-hidden': 'true' });
  const months = Math.max(1, Math.round((last - first) / 30));
  const step = months > 24 ? 6 : months > 12 ? 3 : 1;
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); d.getTime() / 86400000 <= last; d.setUTCMonth(d.getUTCMonth() + step)) {
    const iso = d.toISOString().slice(0, 10);
    if (day(iso) < first) {
      continue;
    }
    const tx = x(iso);
    ticks.append(svg('line', { x1: tx, x2: tx, y1: 0, y2: height - 24, stroke: '#dee0e2' }));
    ticks.append(svg('text', { x: tx, y: height - 8, 'font-size': 12, 'text-anchor': 'middle', fill: '#0b0c0c' }, iso.slice(0, 7)));
  }
  root.append(ticks);
  lanes.forEach((lane, i) => {
    const y = i * laneHeight + laneHeight / 2 + 4;
    const group = svg('g', { role: 'list', 'aria-label': `${lane.agencyName}: ${lane.events.length} events` });
    root.append(svg('line', { x1: labelWidth, x2: width - 10, y1: y, y2: y, stroke: '#b1b4b6', 'aria-hidden': 'true' }));
    root.append(
      svg('text', { x: 8, y: y + 4, 'font-size': 13, fill: '#0b0c0c', 'aria-hidden': 'true' },
        lane.agencyName.length > 30 ? `${lane.agencyName.slice(0, 29)}…` : lane.agencyName),
    );
    lane.events.forEach((entry) => {
      const label = describe(entry, lane);
      const mark = svg('circle', {
        class: 'sgnet-mark',
        cx: x(entry.date),
        cy: y,
        r: 6,
        fill: TYPE_COLOURS[entry.type] || '#6f777b',
        stroke: '#ffffff',
        'stroke-width': 1,
        tabindex: 0,
        role: 'listitem',
        'aria-label': label,
        'data-event-id': entry.id,
      });
      const show = () => {
        tip.textContent = label;
        tip.hidden = false;
        const box = mark.getBoundingClientRect();
        const left = Math.min(window.scrollX + box.left + 12, window.scrollX + document.documentElement.clientWidth - 380);
        tip.style.left = `${Math.max(window.scrollX + 8, left)}px`;
        tip.style.top = `${window.scrollY + box.bottom + 8}px`;
      };
      const hide = () => {
        tip.hidden = true;
      };
      mark.addEventListener('mouseenter', show);
      mark.addEventListener('focus', show);
      mark.addEventListener('mouseleave', hide);
      mark.addEventListener('blur', hide);
      mark.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          hide();
        }
      });
      group.append(mark);
    });
    root.append(group);
  });
  container.append(root);

  // The same chronology as a table, for screen readers, print and anyone who prefers text.
  const rows = all
    .map((entry) => ({ entry, lane: lanes.find((l) => l.events.includes(entry)) }))
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.entry.id.localeCompare(b.entry.id));
  tableHolder.append(
    el('table', { class: 'govuk-table' },
      el('caption', { class: 'govuk-table__caption govuk-table__caption--s', text: `Chronology up to ${timeline.asOf}` }),
      el('thead', { class: 'govuk-table__head' },
        el('tr', { class: 'govuk-table__row' },
          ['Date', 'Agency', 'Event', 'Summary'].map((h) => el('th', { scope: 'col', class: 'govuk-table__header', text: h })))),
      el('tbody', { class: 'govuk-table__body' },
        rows.map(({ entry, lane }) =>
          el('tr', { class: 'govuk-table__row' },
            el('td', { class: 'govuk-table__cell', text: entry.date }),
            el('td', { class: 'govuk-table__cell', text: lane.agencyName }),
            el('td', { class: 'govuk-table__cell', text: [humanise(entry.type), entry.subtype ? humanise(entry.subtype) : '', entry.value || ''].filter(Boolean).join(', ') }),
            el('td', { class: 'govuk-table__cell', text: entry.summary || '' }))))),
  );
  return all.length;
}
