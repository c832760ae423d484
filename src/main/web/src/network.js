// The network page, built on the server's board views rather than the whole store: the agency network
// (agencies, shared children and coordination, silos marked), a drill-down to one agency's or one
// pair's children a page at a time, the people of such a selection drawn when it is small enough,
// and the coordination matrix of the agencies with the most children.
import cytoscape from 'cytoscape';
import { getJson, markReady, pageParams, setPageParams, el } from './api.js';
import { graphStyle, NODE_LABEL } from './graphstyle.js';
import { wireExports } from './exporter.js';

const PAGE_SIZE = 50;
/** Above this many agencies the force-directed layout costs seconds: rings by size instead. */
const FORCE_LAYOUT_AGENCIES = 80;
/** The matrix shows the agencies with the most children, as a table of this many rows at most. */
const MATRIX_AGENCIES = 20;
const SILO = '#d4351c';

const state = { agencyCy: null, peopleCy: null, network: null, params: {}, names: new Map() };

const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function boardStyle() {
  return [
    {
      selector: 'node',
      style: {
        ...NODE_LABEL,
        'text-max-width': 110,
        // Hundreds of agencies: names only once zoomed in far enough to read them.
        'min-zoomed-font-size': 7,
        shape: 'round-rectangle',
        'background-color': '#bbd4ea',
        'border-width': 2,
        'border-color': '#0b0c0c',
        width: 'data(size)',
        height: 'data(size)',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': '#505a5f',
        'line-opacity': 0.7,
        'curve-style': 'haystack',
      },
    },
    // Coordination without shared children: a thin dotted line.
    { selector: 'edge.met-only', style: { width: 1, 'line-style': 'dotted', 'line-color': '#1d70b8', 'curve-style': 'bezier' } },
    // A silo: red and dashed, so it tells apart without colour too.
    {
      selector: 'edge.silo',
      style: { 'line-color': SILO, 'line-style': 'dashed', 'line-dash-pattern': [8, 5], 'line-opacity': 1, 'curve-style': 'bezier' },
    },
    { selector: 'node.chosen', style: { 'border-width': 5, 'border-color': '#0b0c0c', 'background-color': '#ffdd00' } },
    { selector: 'edge.chosen', style: { 'line-color': '#0b0c0c', 'line-opacity': 1, 'z-index': 10 } },
    { selector: ':selected', style: { 'overlay-color': '#ffdd00', 'overlay-opacity': 0.4 } },
  ];
}

/** The agency network's elements: node size by children, edge width by shared children. */
function agencyElements(network) {
  const links = network.links || [];
  const linked = new Set(links.flatMap((l) => [l.a, l.b]));
  const agencies = (network.agencies || []).filter((a) => a.children > 0 || linked.has(a.id));
  const maxChildren = Math.max(1, ...agencies.map((a) => a.children));
  const maxShared = Math.max(1, ...links.map((l) => l.sharedChildren));
  const nodes = agencies.map((a) => ({
    group: 'nodes',
    data: { id: a.id, label: a.name, children: a.children, size: Math.round(18 + 42 * Math.sqrt(a.children / maxChildren)) },
  }));
  const edges = links.map((l) => ({
    group: 'edges',
    data: {
      id: `${l.a}|${l.b}`,
      source: l.a,
      target: l.b,
      shared: l.sharedChildren,
      width: l.sharedChildren === 0 ? 1 : Math.round(10 * (1 + 11 * Math.sqrt(l.sharedChildren / maxShared))) / 10,
    },
    classes: [l.silo ? 'silo' : '', l.sharedChildren === 0 ? 'met-only' : ''].join(' ').trim(),
  }));
  return { nodes, edges };
}

function drawAgencies(network) {
  const { nodes, edges } = agencyElements(network);
  const silos = (network.links || []).filter((l) => l.silo).length;
  const sharing = (network.links || []).filter((l) => l.sharedChildren > 0).length;
  state.agencyCy = cytoscape({
    container: document.getElementById('network'),
    elements: [...nodes, ...edges],
    style: boardStyle(),
    layout: nodes.length <= FORCE_LAYOUT_AGENCIES
      ? { name: 'cose', animate: false, randomize: false, fit: true, padding: 30, nodeRepulsion: () => 12000, idealEdgeLength: () => 120, numIter: 1000 }
      : { name: 'concentric', concentric: (n) => n.data('children'), levelWidth: () => Math.max(1, nodes.length / 8), minNodeSpacing: 4, animate: false, fit: true, padding: 20 },
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.3,
  });
  // A few agencies fitted to the box would be drawn huge: no closer than a little over life size.
  if (state.agencyCy.zoom() > 1.2) {
    state.agencyCy.zoom(1.2);
    state.agencyCy.center();
  }
  window.sgnet.cy = state.agencyCy;
  state.agencyCy.on('tap', 'node', (event) => choose(event.target.id(), ''));
  state.agencyCy.on('tap', 'edge', (event) => choose(event.target.data('source'), event.target.data('target')));
  document.getElementById('network-caption').textContent =
    `${plural(nodes.length, 'agency', 'agencies')} with children or coordination as of ${network.asOf}, window ${network.windowDays} days: ` +
    `${plural(sharing, 'pair')} share children, ${plural(silos, 'pair')} of them ${silos === 1 ? 'is a silo' : 'are silos'} ` +
    `(at least ${network.siloSharedChildren} shared children and no meeting or information shared). ` +
    'Select an agency or a line for its children; the table below lists every pair.';
}

/** The pairs as a table: the text alternative of the drawing, sortable by reading order only. */
function drawLinksTable(network) {
  const links = [...(network.links || [])].sort((x, y) => y.sharedChildren - x.sharedChildren || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const name = (id) => state.names.get(id) || id;
  const rows = links.map((l) => {
    const link = el('a', { class: 'govuk-link', href: '#selection', 'data-a': l.a, 'data-b': l.b }, `${name(l.a)} and ${name(l.b)}`);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      choose(l.a, l.b);
    });
    return el('tr', { class: 'govuk-table__row' },
      el('th', { scope: 'row', class: 'govuk-table__header' }, link),
      el('td', { class: 'govuk-table__cell govuk-table__cell--numeric', text: String(l.sharedChildren) }),
      el('td', { class: 'govuk-table__cell govuk-table__cell--numeric', text: String(l.coordinationEvents) }),
      el('td', { class: 'govuk-table__cell', text: l.silo ? 'Silo' : '' }));
  });
  document.getElementById('links').replaceChildren(
    el('table', { class: 'govuk-table', id: 'links-table' },
      el('caption', { class: 'govuk-table__caption govuk-table__caption--s', text: `Pairs of agencies (${links.length}), most shared children first` }),
      el('thead', { class: 'govuk-table__head' }, el('tr', { class: 'govuk-table__row' },
        el('th', { scope: 'col', class: 'govuk-table__header', text: 'Agencies' }),
        el('th', { scope: 'col', class: 'govuk-table__header govuk-table__header--numeric', text: 'Shared children' }),
        el('th', { scope: 'col', class: 'govuk-table__header govuk-table__header--numeric', text: 'Coordination events' }),
        el('th', { scope: 'col', class: 'govuk-table__header', text: 'Silo' }))),
      el('tbody', { class: 'govuk-table__body' }, rows)));
}

function heat(value, max) {
  // White to GOV.UK light blue (#5694ca): the more shared children, the darker, and never so dark
  // that the black figures in the cell lose contrast.
  const t = max === 0 ? 0 : value / max;
  const mix = (a, b) => Math.round(a + (b - a) * t);
  return `rgb(${mix(255, 86)}, ${mix(255, 148)}, ${mix(255, 202)})`;
}

/** The coordination matrix of the agencies with the most children, from the same counts. */
function drawMatrix(network) {
  const agencies = [...(network.agencies || [])]
    .filter((a) => a.children > 0)
    .sort((x, y) => y.children - x.children || x.name.localeCompare(y.name))
    .slice(0, MATRIX_AGENCIES)
    .sort((x, y) => x.name.localeCompare(y.name));
  const shown = new Set(agencies.map((a) => a.id));
  const cell = new Map();
  (network.links || []).filter((l) => shown.has(l.a) && shown.has(l.b)).forEach((l) => {
    cell.set(`${l.a}|${l.b}`, l);
    cell.set(`${l.b}|${l.a}`, l);
  });
  const max = Math.max(0, ...[...cell.values()].map((c) => c.sharedChildren));
  const all = (network.agencies || []).filter((a) => a.children > 0).length;
  document.getElementById('matrix-caption').textContent =
    (all > agencies.length ? `The ${agencies.length} agencies with the most children (of ${all}). ` : '') +
    'Each cell: children both agencies know, and their coordination events (meetings and information shared with people ' +
    `of both) in the ${network.windowDays} days up to ${network.asOf}. The darker, the more shared children; ` +
    'a red outline marks a silo. Select a cell for its children.';
  const table = el('table', {},
    el('caption', { class: 'govuk-visually-hidden', text: 'Agency coordination matrix' }),
    el('thead', {}, el('tr', {}, el('td', {}), agencies.map((a) => el('th', { scope: 'col', text: a.name })))),
    el('tbody', {}, agencies.map((row) =>
      el('tr', {}, el('th', { scope: 'row', text: row.name }), agencies.map((col) => {
        if (row.id === col.id) {
          return el('td', { 'aria-label': 'same agency' }, '–');
        }
        const c = cell.get(`${row.id}|${col.id}`);
        const shared = c ? c.sharedChildren : 0;
        const events = c ? c.coordinationEvents : 0;
        const td = el('td', { 'data-a': row.id, 'data-b': col.id });
        td.style.backgroundColor = heat(shared, max);
        if (c?.silo) {
          td.style.outline = `3px solid ${SILO}`;
          td.style.outlineOffset = '-3px';
        }
        const text = `${shared} / ${events}`;
        // The figures are what is seen; the hidden words say what they are, for screen readers.
        const words = el('span', { class: 'govuk-visually-hidden', text: `: ${row.name} and ${col.name}, ${shared} shared children, ${events} coordination events${c?.silo ? ', a silo' : ''}` });
        if (shared === 0) {
          td.append(text, words);
        } else {
          const link = el('a', { href: '#selection' }, text, words);
          link.addEventListener('click', (event) => {
            event.preventDefault();
            choose(row.id, col.id);
          });
          td.append(link);
        }
        return td;
      })))),
  );
  const holder = document.getElementById('matrix');
  holder.replaceChildren(
    table,
    el('p', { class: 'sgnet-scale govuk-!-margin-top-2' }, 'Cell text: shared children / coordination events. Fewer', el('span', { class: 'sgnet-scale-low' }), el('span', { class: 'sgnet-scale-high' }), 'more shared children'),
  );
  holder.querySelector('.sgnet-scale-low').style.backgroundColor = heat(0, 1);
  holder.querySelector('.sgnet-scale-high').style.backgroundColor = heat(1, 1);
}

/** Selects an agency (b empty) or a pair: marks it in the drawing and lists its children. */
function choose(a, b) {
  const [x, y] = b && b < a ? [b, a] : [a, b];
  state.params = { ...state.params, agency: x, other: y || '' };
  setPageParams(state.params);
  const cy = state.agencyCy;
  if (cy) {
    cy.elements().removeClass('chosen');
    cy.getElementById(x).addClass('chosen');
    if (y) {
      cy.getElementById(y).addClass('chosen');
      cy.getElementById(`${x}|${y}`).addClass('chosen');
    }
  }
  document.getElementById('agency').value = y ? '' : x;
  return showChildren(0, true);
}

function selectionTitle() {
  const { agency, other } = state.params;
  const name = (id) => state.names.get(id) || id;
  return other ? `Children known to both ${name(agency)} and ${name(other)}` : `Children known to ${name(agency)}`;
}

async function showChildren(page, focus) {
  const { agency, other, asOf, window: days } = state.params;
  const target = document.getElementById('selection');
  document.body.dataset.state = 'loading';
  target.replaceChildren(el('p', { class: 'govuk-body-s', text: 'Loading the children…' }));
  let list;
  try {
    list = await getJson('/api/board/children', { agency, other, asOf, window: days, page, size: PAGE_SIZE });
  } catch (e) {
    target.replaceChildren(el('p', { class: 'govuk-body-s', text: `The children could not be loaded: ${e.message}` }));
    document.body.dataset.state = 'error';
    return;
  }
  const link = (child) => `/children/${encodeURIComponent(child.id)}${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`;
  const first = list.total === 0 ? 0 : page * PAGE_SIZE + 1;
  const last = page * PAGE_SIZE + list.items.length;
  const nav = el('nav', { class: 'govuk-pagination', 'aria-label': 'Pages of children' });
  const button = (label, to) => {
    const b = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary sgnet-button--small', 'data-page': to, text: label });
    b.addEventListener('click', () => showChildren(to, false));
    return b;
  };
  if (page > 0) nav.append(button('Previous page', page - 1));
  if (last < list.total) nav.append(button('Next page', page + 1));
  const cap = state.network.peopleCap;
  const draw = el('button', { type: 'button', class: 'govuk-button', id: 'draw-people', text: 'Draw these people' });
  draw.addEventListener('click', () => drawPeople(list.total));
  target.replaceChildren(
    el('h3', { class: 'govuk-heading-s', tabindex: '-1', text: selectionTitle() }),
    el('p', { class: 'govuk-body-s', id: 'selection-count', text: list.total === 0 ? 'No child.' : `${first}–${last} of ${plural(list.total, 'child', 'children')}, by id.` }),
    list.items.length === 0 ? '' : el('table', { class: 'govuk-table', id: 'selection-table' },
      el('caption', { class: 'govuk-visually-hidden', text: selectionTitle() }),
      el('thead', { class: 'govuk-table__head' }, el('tr', { class: 'govuk-table__row' },
        el('th', { scope: 'col', class: 'govuk-table__header', text: 'Child' }),
        el('th', { scope: 'col', class: 'govuk-table__header', text: 'Id' }),
        el('th', { scope: 'col', class: 'govuk-table__header govuk-table__header--numeric', text: 'Agencies involved' }))),
      el('tbody', { class: 'govuk-table__body' }, list.items.map((c) =>
        el('tr', { class: 'govuk-table__row', 'data-child-id': c.id },
          el('th', { scope: 'row', class: 'govuk-table__header' }, el('a', { class: 'govuk-link', href: link(c) }, c.name || c.id)),
          el('td', { class: 'govuk-table__cell', text: c.id }),
          el('td', { class: 'govuk-table__cell govuk-table__cell--numeric', text: String(c.agencies) }))))),
    nav,
    el('p', { class: 'govuk-body-s', text: `The board draws at most ${cap} people at once (the children and the professionals of ${state.params.other ? 'both agencies' : 'the agency'} involved with them).` }),
    list.total > 0 ? draw : '',
  );
  if (focus) {
    target.querySelector('h3').focus();
  }
  document.body.dataset.state = 'ready';
}

/** Draws the selection's people, or says to narrow it when it has more than the cap. */
async function drawPeople(total) {
  const { agency, other, asOf, window: days } = state.params;
  const caption = document.getElementById('people-caption');
  const holder = document.getElementById('people');
  const cap = state.network.peopleCap;
  if (total > cap) {
    // The server would refuse it (400): say so without asking.
    caption.textContent = `${selectionTitle()}: ${plural(total, 'child', 'children')}, more than the ${cap} people the board draws at once. ` +
      'Narrow it: choose a pair of agencies (a line, a matrix cell or a row of the table) or a shorter window.';
    holder.hidden = true;
    caption.focus();
    return;
  }
  document.body.dataset.state = 'loading';
  caption.textContent = 'Loading the people…';
  let people;
  try {
    people = await getJson('/api/board/people', { agency, other, asOf, window: days });
  } catch (e) {
    caption.textContent = `The people could not be drawn: ${e.message}`;
    holder.hidden = true;
    document.body.dataset.state = 'ready';
    return;
  }
  holder.hidden = false;
  const elements = [
    ...people.nodes.map((n) => ({
      group: 'nodes',
      data: { id: n.id, label: n.name, kind: n.kind, ...(n.parent ? { parent: n.parent } : {}) },
      classes: n.kind === 'AGENCY' ? 'agency' : '',
    })),
    ...people.edges.map((e, i) => ({
      group: 'edges',
      data: { id: `e${i}`, source: e.source, target: e.target, type: e.type },
      classes: e.lead ? 'lead' : '',
    })),
  ];
  state.peopleCy?.destroy();
  state.peopleCy = cytoscape({
    container: holder,
    elements,
    style: graphStyle(),
    layout: { name: 'cose', animate: false, randomize: false, fit: true, padding: 30, nodeRepulsion: () => 9000, idealEdgeLength: () => 80, numIter: 1000 },
    minZoom: 0.1,
    maxZoom: 3,
    wheelSensitivity: 0.3,
  });
  window.sgnet.peopleCy = state.peopleCy;
  state.peopleCy.on('tap', 'node', (event) => {
    if (event.target.data('kind') === 'CHILD') {
      window.location.assign(`/children/${encodeURIComponent(event.target.id().slice('person:'.length))}`);
    }
  });
  const children = people.nodes.filter((n) => n.kind === 'CHILD').length;
  const staff = people.nodes.filter((n) => n.kind === 'PROFESSIONAL').length;
  caption.textContent = `${selectionTitle()}: ${plural(children, 'child', 'children')} and ${plural(staff, 'professional')} of ` +
    `${other ? 'the two agencies' : 'the agency'} involved with them, as of ${people.asOf}. Dashed lines: involved (solid: the lead); ` +
    'green: siblings. Select a child to open their page.';
  caption.focus();
  document.body.dataset.state = 'ready';
}

export async function networkPage() {
  document.body.dataset.state = 'loading';
  const params = pageParams();
  state.params = { asOf: params.asOf || '', window: params.window || '', agency: params.agency || '', other: params.other || '' };
  const form = document.getElementById('network-form');
  form.elements.asOf.value = params.asOf || '';
  form.elements.window.value = params.window || '';
  wireExports(
    { network: () => state.agencyCy, people: () => state.peopleCy },
    { network: () => 'agency-network', people: () => `people-${state.params.agency}${state.params.other ? `-${state.params.other}` : ''}` },
  );
  try {
    const network = await getJson('/api/board/network', { asOf: params.asOf, window: params.window });
    state.network = network;
    network.agencies.forEach((a) => state.names.set(a.id, a.name));
    form.elements.window.value = params.window || String(network.windowDays);
    const select = document.getElementById('agency');
    [...network.agencies]
      .filter((a) => a.children > 0)
      .sort((x, y) => x.name.localeCompare(y.name))
      .forEach((a) => select.append(el('option', { value: a.id }, `${a.name} (${a.children})`)));
    select.addEventListener('change', () => {
      if (select.value) {
        choose(select.value, '');
      }
    });
    drawAgencies(network);
    drawLinksTable(network);
    drawMatrix(network);
    if (state.params.agency && state.names.has(state.params.agency)) {
      await choose(state.params.agency, state.params.other);
    }
    // Usable: how long that took from the start of its navigation is what the browser timing
    // holds to two seconds.
    markReady();
  } catch (e) {
    if (e.status !== 401) {
      document.getElementById('network-caption').textContent = `The network could not be loaded: ${e.message}`;
    }
    document.body.dataset.state = 'error';
  }
}
