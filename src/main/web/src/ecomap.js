// A child's ecomap: the child at the centre, family, carers and siblings on an inner ring,
// professionals in their agencies' boxes on an outer ring.
import cytoscape from 'cytoscape';
import { graphStyle, COMPONENT_COLOURS, FOCUS } from './graphstyle.js';

const INNER_ORDER = { FAMILY: 0, CARER: 1, OTHER: 2, CHILD: 3 };

/** Preset positions: deterministic, so the same network always looks the same. */
function positions(network, childKey, agencyOf) {
  const pos = { [childKey]: { x: 0, y: 0 } };
  const inner = network.nodes
    .filter((n) => n.type === 'PERSON' && n.id !== childKey && n.kind !== 'PROFESSIONAL')
    .sort((a, b) => (INNER_ORDER[a.kind] ?? 9) - (INNER_ORDER[b.kind] ?? 9) || a.id.localeCompare(b.id));
  const r1 = Math.max(170, inner.length * 24);
  inner.forEach((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(inner.length, 1);
    pos[n.id] = { x: r1 * Math.cos(angle), y: r1 * Math.sin(angle) };
  });
  const groups = new Map();
  network.nodes
    .filter((n) => n.type === 'PERSON' && n.kind === 'PROFESSIONAL')
    .forEach((n) => {
      const key = agencyOf.get(n.id) ?? '';
      if (!groups.has(key)) {
        groups.set(key, []);
      }
      groups.get(key).push(n);
    });
  const keys = [...groups.keys()].sort();
  const r2 = Math.max(r1 + 230, (keys.length * 230) / (2 * Math.PI));
  keys.forEach((key, g) => {
    // Offset by half a step so that agencies sit between the inner ring's people.
    const angle = -Math.PI / 2 + (2 * Math.PI * (g + 0.5)) / keys.length;
    const members = groups.get(key).sort((a, b) => a.id.localeCompare(b.id));
    const columns = Math.ceil(Math.sqrt(members.length));
    const rows = Math.ceil(members.length / columns);
    const cx = r2 * Math.cos(angle);
    const cy = r2 * Math.sin(angle);
    members.forEach((n, i) => {
      const col = i % columns;
      const row = Math.floor(i / columns);
      pos[n.id] = { x: cx + (col - (columns - 1) / 2) * 105, y: cy + (row - (rows - 1) / 2) * 70 };
    });
  });
  return pos;
}

/** The ids of sibling pairs living apart without contact, from SIBLING_CONTACT_GAP findings. */
function contactGaps(findings) {
  const pairs = new Set();
  findings
    .filter((f) => f.rule === 'SIBLING_CONTACT_GAP')
    .forEach((f) => {
      const [a, b] = [...f.childIds].sort();
      pairs.add(`person:${a}|person:${b}`);
    });
  return pairs;
}

export function ecomapElements(network, childKey, findings) {
  const agencyOf = new Map();
  network.edges.filter((e) => e.type === 'MEMBER_OF').forEach((e) => agencyOf.set(e.source, e.target));
  const pos = positions(network, childKey, agencyOf);
  const gaps = contactGaps(findings);
  const nodes = network.nodes.map((n) => {
    const data = { id: n.id, label: n.name || n.id, kind: n.type === 'AGENCY' ? 'AGENCY' : n.kind, role: n.role };
    if (agencyOf.has(n.id)) {
      data.parent = agencyOf.get(n.id);
    }
    const classes = [n.id === childKey ? 'focal' : '', n.type === 'AGENCY' ? 'agency' : ''].join(' ').trim();
    const element = { group: 'nodes', data, classes };
    if (pos[n.id]) {
      element.position = pos[n.id];
    }
    return element;
  });
  const edges = network.edges
    .filter((e) => e.type !== 'MEMBER_OF')
    .map((e, i) => {
      const attrs = e.attributes || {};
      const classes = [];
      if (e.type === 'PARENT' && attrs.parentalResponsibility === false) {
        classes.push('no-pr');
      }
      if (e.type === 'INVOLVED' && attrs.lead === true) {
        classes.push('lead');
      }
      if (e.type === 'SIBLING' && gaps.has([e.source, e.target].sort().join('|'))) {
        classes.push('contact-gap');
      }
      return {
        group: 'edges',
        data: { id: `e${i}:${e.type}:${e.source}:${e.target}`, source: e.source, target: e.target, type: e.type },
        classes: classes.join(' '),
      };
    });
  return [...nodes, ...edges];
}

export function drawEcomap(container, network, childKey, findings) {
  return cytoscape({
    container,
    elements: ecomapElements(network, childKey, findings),
    style: graphStyle(),
    layout: { name: 'preset', fit: true, padding: 30 },
    minZoom: 0.2,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    autoungrabify: false,
  });
}

/** The node keys a finding points at: its people, children, agencies and components. */
export function evidenceOf(finding) {
  const ids = new Set();
  (finding.personIds || []).forEach((id) => ids.add(`person:${id}`));
  (finding.childIds || []).forEach((id) => ids.add(`person:${id}`));
  (finding.agencyIds || []).forEach((id) => ids.add(`agency:${id}`));
  const components = (finding.details && Array.isArray(finding.details.components) ? finding.details.components : []).map(
    (component) => component.map((id) => `person:${id}`),
  );
  components.flat().forEach((id) => ids.add(id));
  return { ids, components };
}

/** Lights up a finding's evidence and dims the rest; null clears. Returns what was shown. */
export function highlight(cy, finding) {
  cy.batch(() => {
    cy.elements().removeClass('evidence dimmed');
    cy.nodes().removeData('hl');
  });
  if (!finding) {
    return null;
  }
  const { ids, components } = evidenceOf(finding);
  const colourOf = new Map();
  components.forEach((component, i) => component.forEach((id) => colourOf.set(id, COMPONENT_COLOURS[i % COMPONENT_COLOURS.length])));
  const shown = [];
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      if (ids.has(node.id())) {
        node.addClass('evidence');
        node.data('hl', colourOf.get(node.id()) || (node.hasClass('agency') ? '#0b0c0c' : '#d4351c'));
        shown.push(node.id());
      } else if (!node.isParent() || node.children().every((c) => !ids.has(c.id()))) {
        node.addClass('dimmed');
      }
    });
    cy.edges().forEach((edge) => {
      if (ids.has(edge.source().id()) && ids.has(edge.target().id())) {
        edge.addClass('evidence');
      } else {
        edge.addClass('dimmed');
      }
    });
  });
  const missing = [...ids].filter((id) => cy.getElementById(id).empty());
  return { shown, missing, components: components.length };
}

export { FOCUS };
