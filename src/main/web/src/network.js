// The network page: the whole network or one agency's part, and the agency coordination matrix.
import cytoscape from 'cytoscape';
import { getJson, pageParams, el } from './api.js';
import { graphStyle } from './graphstyle.js';
import { wireExports } from './exporter.js';

const TIES = new Set(['SIBLING', 'PARENT', 'PLACED_WITH', 'INVOLVED']);
const state = { cy: null, pseudonymised: false };

/**
 * The whole network: identifiable where the role may have it, else with people under the codes the
 * API gives them on every page, and agencies under their names as in the matrix.
 */
async function wholeNetwork() {
  // The page says whether the signed-in role may have identifiable exports (the API decides).
  if (document.getElementById('network').dataset.identifiable === 'true') {
    return { data: await getJson('/api/export', { format: 'json' }), pseudonymised: false };
  }
  const data = await getJson('/api/export', { format: 'json', pseudonymise: 'true', namedAgencies: 'true' });
  return { data, pseudonymised: true };
}

const active = (props, asOf) =>
  !asOf || ((!props.start || props.start <= asOf) && (!props.end || props.end >= asOf));

/** People, agencies and ties active on the date; with an agency, only that agency's part. */
function part(data, agencyKey, asOf) {
  const nodes = new Map(data.nodes.filter((n) => n.type !== 'EVENT').map((n) => [n.key, n]));
  const memberships = data.relationships.filter((r) => r.type === 'MEMBER_OF');
  const ties = data.relationships.filter((r) => TIES.has(r.type) && active(r.properties || {}, asOf));
  let keep;
  if (agencyKey) {
    const staff = new Set(memberships.filter((r) => r.to === agencyKey).map((r) => r.from));
    const reached = new Set(staff);
    ties.filter((t) => staff.has(t.from) || staff.has(t.to)).forEach((t) => {
      reached.add(t.from);
      reached.add(t.to);
    });
    keep = new Set([agencyKey, ...reached]);
  } else {
    keep = new Set(nodes.keys());
  }
  const agencyOf = new Map(memberships.filter((r) => keep.has(r.from) && keep.has(r.to)).map((r) => [r.from, r.to]));
  const elements = [];
  [...keep].filter((k) => nodes.has(k)).sort().forEach((key) => {
    const n = nodes.get(key);
    const props = n.properties || {};
    const data_ = {
      id: key,
      label: props.name || props.id || key,
      kind: n.type === 'AGENCY' ? 'AGENCY' : props.kind || (n.kinds?.[0] || '').toUpperCase(),
    };
    if (agencyOf.has(key)) {
      data_.parent = agencyOf.get(key);
    }
    elements.push({ group: 'nodes', data: data_, classes: n.type === 'AGENCY' ? 'agency' : '' });
  });
  ties.filter((t) => keep.has(t.from) && keep.has(t.to)).forEach((t, i) => {
    const p = t.properties || {};
    const classes = [];
    if (t.type === 'PARENT' && p.parentalResponsibility === false) classes.push('no-pr');
    if (t.type === 'INVOLVED' && p.lead === true) classes.push('lead');
    elements.push({ group: 'edges', data: { id: `t${i}`, source: t.from, target: t.to, type: t.type }, classes: classes.join(' ') });
  });
  return elements;
}

async function drawNetwork(params) {
  const caption = document.getElementById('network-caption');
  const { data, pseudonymised } = await wholeNetwork();
  state.pseudonymised = pseudonymised;
  const select = document.getElementById('agency');
  data.nodes
    .filter((n) => n.type === 'AGENCY')
    .sort((a, b) => String(a.properties.name).localeCompare(String(b.properties.name)))
    .forEach((n) => select.append(el('option', { value: n.properties.id, selected: n.properties.id === params.agency }, n.properties.name)));
  const agencyKey = params.agency ? `agency:${params.agency}` : '';
  const elements = part(data, agencyKey, params.asOf);
  const people = elements.filter((e) => e.group === 'nodes' && e.data.kind !== 'AGENCY').length;
  const agencies = elements.filter((e) => e.group === 'nodes' && e.data.kind === 'AGENCY').length;
  const big = elements.length > 1500;
  state.cy = cytoscape({
    container: document.getElementById('network'),
    elements,
    style: graphStyle(),
    layout: big
      ? { name: 'grid', fit: true, avoidOverlap: true }
      : { name: 'cose', animate: false, randomize: false, fit: true, padding: 30, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, numIter: 1500 },
    minZoom: 0.05,
    maxZoom: 3,
    wheelSensitivity: 0.3,
  });
  window.sgnet.cy = state.cy;
  state.cy.on('tap', 'node', (event) => {
    const id = event.target.id();
    // A REVIEWER's child pages are addressed by the codes of this network; other roles that see it
    // pseudonymised (ADMIN, TOOL) have pages under real ids, which a code does not open.
    const opens = !state.pseudonymised || document.getElementById('network').dataset.coded === 'true';
    if (opens && id.startsWith('person:') && event.target.data('kind') === 'CHILD') {
      window.location.assign(`/children/${encodeURIComponent(id.slice(7))}`);
    }
  });
  caption.textContent =
    `${agencyKey ? select.selectedOptions[0]?.textContent + ': its' : 'The whole network:'} ${people} people and ${agencies} agencies` +
    (params.asOf ? `, ties active on ${params.asOf}` : ', every tie (ended ones included)') + '.' +
    (pseudonymised ? ' People are pseudonymised for your role, as in the API’s exports.' : '') +
    (!pseudonymised || document.getElementById('network').dataset.coded === 'true' ? ' Select a child to open their page.' : '');
}

function heat(value, max) {
  // White to GOV.UK light blue (#5694ca): the more shared children, the darker, and never so dark
  // that the black figures in the cell lose contrast.
  const t = max === 0 ? 0 : value / max;
  const mix = (a, b) => Math.round(a + (b - a) * t);
  return `rgb(${mix(255, 86)}, ${mix(255, 148)}, ${mix(255, 202)})`;
}

async function drawMatrix(params) {
  const caption = document.getElementById('matrix-caption');
  const holder = document.getElementById('matrix');
  let matrix;
  try {
    matrix = await getJson('/api/board/matrix', { asOf: params.asOf, window: params.window });
  } catch (e) {
    caption.textContent = e.status === 404
      ? 'The coordination matrix is not available on this server.'
      : `The coordination matrix could not be loaded: ${e.message}`;
    return;
  }
  const agencies = matrix.agencies || [];
  const cell = new Map();
  (matrix.cells || []).forEach((c) => {
    cell.set(`${c.a}|${c.b}`, c);
    cell.set(`${c.b}|${c.a}`, c);
  });
  const max = Math.max(0, ...(matrix.cells || []).map((c) => (c.sharedChildren || []).length));
  document.getElementById('window').value = params.window || String(matrix.windowDays ?? '');
  caption.textContent =
    `Each cell: children both agencies know, and their coordination events (meetings and information shared with people ` +
    `of both) in the ${matrix.windowDays} days up to ${matrix.asOf}. The darker, the more shared children; ` +
    `a red outline marks agencies that share children but did not coordinate. Select a cell for its children.`;
  const table = el('table', {},
    el('caption', { class: 'govuk-visually-hidden', text: 'Agency coordination matrix' }),
    el('thead', {}, el('tr', {}, el('td', {}), agencies.map((a) => el('th', { scope: 'col', text: a.name })))),
    el('tbody', {}, agencies.map((row) =>
      el('tr', {}, el('th', { scope: 'row', text: row.name }), agencies.map((col) => {
        if (row.id === col.id) {
          return el('td', { 'aria-label': 'same agency' }, '–');
        }
        const c = cell.get(`${row.id}|${col.id}`);
        const shared = c ? (c.sharedChildren || []).length : 0;
        const events = c ? c.coordinationEvents || 0 : 0;
        const td = el('td', { 'data-a': row.id, 'data-b': col.id });
        td.style.backgroundColor = heat(shared, max);
        if (shared > 0 && events === 0) {
          td.style.outline = '3px solid #d4351c';
          td.style.outlineOffset = '-3px';
        }
        const text = `${shared} / ${events}`;
        // The figures are what is seen; the hidden words say what they are, for screen readers.
        const words = el('span', { class: 'govuk-visually-hidden', text: `: ${row.name} and ${col.name}, ${shared} shared children, ${events} coordination events` });
        if (shared === 0) {
          td.append(text, words);
        } else {
          const link = el('a', { href: '#matrix-children' }, text, words);
          link.addEventListener('click', (event) => {
            event.preventDefault();
            showChildren(row, col, c);
          });
          td.append(link);
        }
        return td;
      })))),
  );
  holder.replaceChildren(
    table,
    el('p', { class: 'sgnet-scale govuk-!-margin-top-2' }, 'Cell text: shared children / coordination events. Fewer', el('span', { class: 'sgnet-scale-low' }), el('span', { class: 'sgnet-scale-high' }), 'more shared children'),
  );
  holder.querySelector('.sgnet-scale-low').style.backgroundColor = heat(0, 1);
  holder.querySelector('.sgnet-scale-high').style.backgroundColor = heat(1, 1);
}

function showChildren(a, b, cell) {
  const target = document.getElementById('matrix-children');
  target.replaceChildren(
    el('h3', { class: 'govuk-heading-s', tabindex: '-1', text: `Children known to both ${a.name} and ${b.name}` }),
    el('ul', { class: 'govuk-list govuk-list--bullet' },
      (cell.sharedChildren || []).map((id) => el('li', {}, el('a', { class: 'govuk-link', href: `/children/${encodeURIComponent(id)}` }, id)))),
    el('p', { class: 'govuk-body-s', text: `${cell.coordinationEvents || 0} coordination events between them in the window.` }),
  );
  target.querySelector('h3').focus();
}

export async function networkPage() {
  document.body.dataset.state = 'loading';
  const params = pageParams();
  const form = document.getElementById('network-form');
  form.elements.asOf.value = params.asOf || '';
  form.elements.window.value = params.window || '';
  wireExports({ network: () => state.cy }, { network: () => `network${params.agency ? `-${params.agency}` : ''}` });
  try {
    await Promise.all([drawNetwork(params), drawMatrix(params)]);
    document.body.dataset.state = 'ready';
  } catch (e) {
    if (e.status !== 401) {
      document.getElementById('network-caption').textContent = `The network could not be loaded: ${e.message}`;
    }
    document.body.dataset.state = 'error';
  }
}
