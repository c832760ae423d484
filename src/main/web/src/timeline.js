// A child's chronology: one lane per agency, one mark per event; hover or keyboard focus shows the
// summary. Drawn as plain SVG so that every mark is a focusable element with a text name.
import { el, humanise } from './api.js';

const SVG = 'http://www.w3.org/2000/svg';

// The kinds of mark: the report's strip (report/TimelineSvg.java) groups the event types the same
// way and uses the same colours. Here every kind also has its own shape, so that the marks still
// tell apart in greyscale, on paper and for people who do not see the colours.
export const MARKS = [
  { key: 'risk', name: 'Risk', colour: '#d4351c', shape: 'triangle', words: 'red triangle', types: ['RISK'] },
  {
    key: 'coordination',
    name: 'Meeting or information shared',
    colour: '#1d70b8',
    shape: 'square',
    words: 'blue square',
    types: ['MEETING', 'INFORMATION_SHARED'],
  },
  { key: 'seen', name: 'Visit or contact', colour: '#00703c', shape: 'circle', words: 'green circle', types: ['VISIT', 'CONTACT'] },
  {
    key: 'decided',
    name: 'Assessment, decision or change',
    colour: '#4c2c92',
    shape: 'diamond',
    words: 'purple diamond',
    types: ['ASSESSMENT', 'DECISION', 'CIRCUMSTANCES_CHANGED'],
  },
  { key: 'request', name: "Child's request", colour: '#f47738', shape: 'star', words: 'orange star', types: ['REQUEST'] },
  { key: 'other', name: 'Other record', colour: '#505a5f', shape: 'cross', words: 'grey cross', types: [] },
];
const OTHER = MARKS[MARKS.length - 1];

/** The kind of mark of an event type. */
export function markOf(type) {
  return MARKS.find((m) => m.types.includes(type)) || OTHER;
}

// Shapes of about the same area, centred on 0,0: a mark is placed with a translation, so that all
// marks of a kind share one path.
function round(n) {
  return Math.round(n * 100) / 100;
}

function shapePath(shape, scale = 1) {
  const s = (n) => round(n * scale);
  switch (shape) {
    case 'triangle':
      return `M0,${s(-7.5)}L${s(7)},${s(5)}L${s(-7)},${s(5)}Z`;
    case 'square':
      return `M${s(-5.5)},${s(-5.5)}H${s(5.5)}V${s(5.5)}H${s(-5.5)}Z`;
    case 'diamond':
      return `M0,${s(-7.5)}L${s(7.5)},0L0,${s(7.5)}L${s(-7.5)},0Z`;
    case 'star': {
      const points = [];
      for (let i = 0; i < 10; i += 1) {
        const r = i % 2 === 0 ? 8 : 3.4;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        points.push(`${s(r * Math.cos(a))},${s(r * Math.sin(a))}`);
      }
      return `M${points.join('L')}Z`;
    }
    case 'cross': {
      const a = s(2.2);
      const b = s(6.5);
      return `M${-a},${-b}H${a}V${-a}H${b}V${a}H${a}V${b}H${-a}V${a}H${-b}V${-a}H${-a}Z`;
    }
    default:
      return `M${s(6)},0A${s(6)},${s(6)} 0 1,1 ${s(-6)},0A${s(6)},${s(6)} 0 1,1 ${s(6)},0Z`;
  }
}

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

/** The width a text takes, measured in the page's font once drawn (an estimate if not laid out). */
function widthOf(text) {
  const measured = text.getComputedTextLength();
  return measured > 0 || text.textContent === '' ? measured : text.textContent.length * 9;
}

/**
 * Writes a lane's name into its label, whole if it fits in the room, else cut with an ellipsis
 * and the whole name in a title (shown on hover), so that no name is ever cut by the picture's edge.
 */
function fitLabel(label, name, room) {
  label.textContent = name;
  if (widthOf(label) <= room) {
    return;
  }
  let keep = name.length;
  while (keep > 1) {
    keep -= 1;
    label.textContent = `${name.slice(0, keep).trimEnd()}…`;
    if (widthOf(label) <= room) {
      break;
    }
  }
  label.append(svg('title', {}, name));
}

/** The key: one item per kind of mark, its shape drawn and named in words, and the window. */
function drawKey(key, counts, timeline) {
  key.replaceChildren(
    ...MARKS.map((m) =>
      el('li', { 'data-category': m.key, 'data-shape': m.shape },
        drawKeyMark(m),
        el('span', { class: 'govuk-visually-hidden', text: `${m.words}: ` }),
        `${m.name} (${counts.get(m.key) || 0})`)),
    el('li', { 'data-category': 'window' },
      el('span', { class: 'sgnet-timeline-key__window', 'aria-hidden': 'true' }),
      `Shaded: the analysis window, ${timeline.windowStart} to ${timeline.asOf} (${timeline.windowDays} days), which the findings look at`),
  );
}

function drawKeyMark(m) {
  const icon = svg('svg', { class: 'sgnet-timeline-key__mark', width: 20, height: 20, viewBox: '-10 -10 20 20', 'aria-hidden': 'true', focusable: 'false' });
  icon.append(svg('path', { d: shapePath(m.shape), fill: m.colour, stroke: '#ffffff', 'stroke-width': 1 }));
  return icon;
}

/**
 * Draws the chronology into the container, its key into the key list and the same as a table
 * into the table holder; returns the number of events.
 */
export function drawTimeline(container, tip, tableHolder, timeline, key) {
  container.replaceChildren();
  tableHolder.replaceChildren();
  const lanes = timeline.lanes || [];
  const all = lanes.flatMap((lane) => lane.events);
  const counts = new Map();
  all.forEach((e) => counts.set(markOf(e.type).key, (counts.get(markOf(e.type).key) || 0) + 1));
  if (key) {
    drawKey(key, counts, timeline);
  }
  if (all.length === 0) {
    container.append(el('p', { class: 'govuk-body govuk-!-margin-2', text: 'Nothing is recorded up to this date.' }));
    return 0;
  }
  const windowStart = timeline.windowStart || timeline.asOf;
  // The axis starts early enough to show the whole window, as the report's strip does.
  const first = Math.min(day(windowStart), ...all.map((e) => day(e.date)));
  const last = Math.max(day(timeline.asOf), ...all.map((e) => day(e.date)));
  const top = 28;
  const laneHeight = 34;
  const right = 16;
  const width = Math.max(container.clientWidth || 900, 700);
  const height = top + lanes.length * laneHeight + 36;

  const root = svg('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'group',
    'aria-label': `Chronology up to ${timeline.asOf}: ${all.length} events in ${lanes.length} agencies;` +
      ` the analysis window, ${windowStart} to ${timeline.asOf}, is shaded`,
  });
  container.append(root);

  // Lane names first, in the page's font (the stylesheet's), so that the plot starts where the
  // longest name ends rather than at a fixed margin that long names would run past.
  const labels = lanes.map((lane) => {
    const label = svg('text', { class: 'sgnet-timeline__label', 'text-anchor': 'end', 'aria-hidden': 'true', 'data-agency-id': lane.agencyId }, lane.agencyName);
    root.append(label);
    return label;
  });
  const longest = Math.max(0, ...labels.map(widthOf));
  const room = Math.min(longest, Math.max(160, width * 0.35));
  const labelWidth = Math.ceil(room) + 24;
  // A little air between the lane names and the first day, so that an early mark stands clear.
  const inset = 10;
  const plot = width - labelWidth - inset - right;
  const x = (iso) => labelWidth + inset + ((day(iso) - first) / Math.max(last - first, 1)) * plot;
  const bottom = top + lanes.length * laneHeight;

  // The window, shaded behind everything else in the report's colours.
  const band = svg('g', { class: 'sgnet-timeline__window', 'aria-hidden': 'true' });
  const wx = x(windowStart);
  band.append(svg('rect', {
    class: 'sgnet-window',
    x: wx,
    y: top - 6,
    width: Math.max(x(timeline.asOf) - wx, 1),
    height: bottom - top + 6,
    fill: '#e8f1f8',
    'data-start': windowStart,
    'data-end': timeline.asOf,
  }));
  band.append(svg('text', { class: 'sgnet-timeline__window-label', x: x(timeline.asOf), y: top - 10, 'text-anchor': 'end', fill: '#1d70b8' },
    `Window ${windowStart} to ${timeline.asOf}`));
  root.prepend(band);

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
    ticks.append(svg('line', { x1: tx, x2: tx, y1: top - 6, y2: bottom + 4, stroke: '#dee0e2' }));
    ticks.append(svg('text', { class: 'sgnet-timeline__tick', x: tx, y: bottom + 22, 'text-anchor': 'middle' }, iso.slice(0, 7)));
  }
  band.after(ticks);

  lanes.forEach((lane, i) => {
    const y = top + i * laneHeight + laneHeight / 2;
    const label = labels[i];
    label.setAttribute('x', labelWidth - 12);
    label.setAttribute('y', y);
    label.setAttribute('dominant-baseline', 'central');
    fitLabel(label, lane.agencyName, room);
    root.append(svg('line', { x1: labelWidth, x2: width - right, y1: y, y2: y, stroke: '#b1b4b6', 'aria-hidden': 'true' }));
    const group = svg('g', { role: 'list', 'aria-label': `${lane.agencyName}: ${lane.events.length} events` });
    lane.events.forEach((entry) => {
      const summary = describe(entry, lane);
      const kind = markOf(entry.type);
      const mark = svg('path', {
        class: `sgnet-mark sgnet-mark--${kind.key}`,
        d: shapePath(kind.shape),
        transform: `translate(${round(x(entry.date))},${y})`,
        fill: kind.colour,
        stroke: '#ffffff',
        'stroke-width': 1,
        tabindex: 0,
        role: 'listitem',
        'aria-label': summary,
        'data-event-id': entry.id,
        'data-date': entry.date,
        'data-category': kind.key,
        'data-shape': kind.shape,
      });
      const show = () => {
        tip.textContent = summary;
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
