// The child page: ecomap, findings and timeline as of a date, redrawn when the date changes.
import { getJson, findingsOf, markReady, pageParams, setPageParams, el, humanise, severityTag, SEVERITIES } from './api.js';
import { drawEcomap, highlight } from './ecomap.js';
import { drawTimeline } from './timeline.js';
import { wireExports } from './exporter.js';
import { triagePanel } from './triage.js';

const state = { cy: null, findings: [], network: null, selected: null };

function showError(message) {
  const box = document.getElementById('page-error');
  document.getElementById('page-error-text').textContent = message;
  box.hidden = false;
  box.focus();
}

function clearError() {
  document.getElementById('page-error').hidden = true;
}

function ecomapList(network, childKey) {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const agencyOf = new Map(network.edges.filter((e) => e.type === 'MEMBER_OF').map((e) => [e.source, byId.get(e.target)]));
  const ties = network.edges.filter((e) => e.type !== 'MEMBER_OF');
  const rows = network.nodes
    .filter((n) => n.id !== childKey && n.type === 'PERSON')
    .map((n) => {
      const tie = ties.filter((e) => e.source === n.id || e.target === n.id).map((e) => {
        const attrs = e.attributes || {};
        const notes = [];
        if (attrs.parentalResponsibility === true) notes.push('parental responsibility');
        if (attrs.parentalResponsibility === false) notes.push('no parental responsibility');
        if (attrs.legalBasis) notes.push(humanise(attrs.legalBasis));
        if (attrs.lead === true) notes.push('lead');
        return humanise(e.type) + (notes.length ? ` (${notes.join(', ')})` : '');
      });
      return el('tr', { class: 'govuk-table__row' },
        el('td', { class: 'govuk-table__cell', text: n.name }),
        el('td', { class: 'govuk-table__cell', text: humanise(n.kind) + (n.role ? `, ${n.role}` : '') }),
        el('td', { class: 'govuk-table__cell', text: tie.join('; ') }),
        el('td', { class: 'govuk-table__cell', text: agencyOf.get(n.id)?.name || '' }));
    });
  return el('table', { class: 'govuk-table' },
    el('caption', { class: 'govuk-table__caption govuk-table__caption--s', text: `Everyone tied to the child on ${network.asOf}` }),
    el('thead', { class: 'govuk-table__head' },
      el('tr', { class: 'govuk-table__row' },
        ['Person', 'Kind', 'Tie', 'Agency'].map((h) => el('th', { scope: 'col', class: 'govuk-table__header', text: h })))),
    el('tbody', { class: 'govuk-table__body' }, rows));
}

function select(index) {
  const finding = index === null ? null : state.findings[index];
  state.selected = finding ? index : null;
  document.querySelectorAll('.sgnet-finding__select').forEach((button) => {
    button.setAttribute('aria-pressed', String(Number(button.dataset.index) === state.selected));
  });
  const status = document.getElementById('evidence-status');
  const shown = state.cy ? highlight(state.cy, finding) : null;
  if (!finding || !shown) {
    status.textContent = '';
    return;
  }
  let text = `Showing the evidence of “${humanise(finding.rule)}” on the ecomap: ${shown.shown.length} highlighted.`;
  if (shown.components > 1) {
    text += ` Its ${shown.components} groups that do not talk to each other have different outline colours.`;
  }
  if (shown.missing.length) {
    text += ` Not on the ecomap as of this date: ${shown.missing.map((id) => id.replace(/^[a-z]+:/, '')).join(', ')}.`;
  }
  status.textContent = text;
}

function renderFindings(document_, childId, records) {
  const mayTriage = document.getElementById('findings').dataset.mayTriage === 'true';
  const list = document.getElementById('findings');
  list.replaceChildren();
  // Most severe first; within a severity, the catalogue's order (a stable sort keeps it).
  state.findings = findingsOf(document_)
    .filter((f) => (f.childIds || []).includes(childId))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, state.findings.filter((f) => f.severity === s).length]));
  const summary = document.getElementById('findings-summary');
  summary.dataset.count = String(state.findings.length);
  summary.textContent = state.findings.length === 0
    ? `No findings as of ${document_.asOf ?? 'this date'}.`
    : `${state.findings.length} finding${state.findings.length === 1 ? '' : 's'} as of ${document_.asOf ?? 'this date'}` +
      (document_.windowDays ? ` (window ${document_.windowDays} days)` : '') +
      `: ${SEVERITIES.map((s) => `${counts[s]} ${s.toLowerCase()}`).join(', ')}. Select one to see its evidence.`;
  state.findings.forEach((finding, index) => {
    const button = el('button', {
      type: 'button',
      class: 'sgnet-finding__select',
      'aria-pressed': 'false',
      'data-index': index,
      'data-rule': finding.rule,
    }, severityTag(finding.severity), humanise(finding.rule));
    button.addEventListener('click', () => select(state.selected === index ? null : index));
    list.append(
      el('li', { class: `sgnet-finding sgnet-finding--${String(finding.severity).toLowerCase()}` },
        button,
        el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1', text: finding.message }),
        el('details', { class: 'govuk-details govuk-!-margin-bottom-1' },
          el('summary', { class: 'govuk-details__summary' }, el('span', { class: 'govuk-details__summary-text', text: 'What to do' })),
          el('div', { class: 'govuk-details__text govuk-body-s', text: finding.recommendation || '' })),
        triagePanel(finding, records, mayTriage)),
    );
  });
}

async function load(childId) {
  document.body.dataset.state = 'loading';
  clearError();
  const params = pageParams();
  const asOf = params.asOf || '';
  const windowDays = params.window || '';
  try {
    const [network, findings, timeline, records] = await Promise.all([
      getJson(`/api/children/${encodeURIComponent(childId)}/network`, { asOf }),
      getJson('/api/findings', { child: childId, asOf, window: windowDays }).catch((e) => {
        // The findings are a panel of the page: without them the rest still shows.
        showError(`Findings could not be loaded: ${e.message}`);
        return { findings: [] };
      }),
      getJson(`/api/children/${encodeURIComponent(childId)}/timeline`, { asOf, window: windowDays }),
      // The triage recorded runs keep for this child's findings; without it the findings still show.
      getJson('/api/findings/records', { child: childId }).catch(() => null),
    ]);
    const childKey = `person:${childId}`;
    const child = network.nodes.find((n) => n.id === childKey);
    document.getElementById('child-name').textContent = child?.name || childId;
    document.title = `${child?.name || childId} – sgnet`;
    document.getElementById('asOf').value = network.asOf;
    if (findings.windowDays) {
      document.getElementById('window').value = String(findings.windowDays);
    }
    state.network = network;
    renderFindings(findings, childId, records);
    if (state.cy) {
      state.cy.destroy();
    }
    state.cy = drawEcomap(document.getElementById('ecomap'), network, childKey, state.findings);
    window.sgnet.cy = state.cy;
    const people = network.nodes.filter((n) => n.type === 'PERSON').length - 1;
    const agencies = network.nodes.filter((n) => n.type === 'AGENCY').length;
    document.getElementById('ecomap-caption').textContent =
      `Ecomap of ${child?.name || childId} on ${network.asOf}: ${people} people and ${agencies} agencies. ` +
      'The list below the picture gives the same in words.';
    document.getElementById('ecomap-list').replaceChildren(ecomapList(network, childKey));
    const events = drawTimeline(
      document.getElementById('timeline'),
      document.getElementById('timeline-tip'),
      document.getElementById('timeline-table'),
      timeline,
      document.getElementById('timeline-key'),
    );
    document.getElementById('timeline-caption').textContent =
      `${events} events up to ${timeline.asOf}, one row per agency; the shaded band is the analysis window` +
      ` (${timeline.windowDays} days). Each kind of event has its own shape and colour, named in the key.` +
      ' Hover over or tab to a mark for its summary.';
    state.selected = null;
    markReady();
  } catch (e) {
    if (e.status !== 401) {
      showError(e.status === 404 ? 'There is no child with this id.' : `The page could not be loaded: ${e.message}`);
    }
    document.body.dataset.state = 'error';
  }
}

export function childPage() {
  const childId = document.body.dataset.childId;
  window.sgnet.select = (rule) => {
    const index = state.findings.findIndex((f) => f.rule === rule);
    select(index < 0 ? null : index);
  };
  const form = document.getElementById('asof-form');
  const params = pageParams();
  form.elements.asOf.value = params.asOf || '';
  form.elements.window.value = params.window || '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setPageParams({ asOf: form.elements.asOf.value, window: form.elements.window.value.trim() });
    load(childId);
  });
  wireExports({ ecomap: () => state.cy }, { ecomap: () => `ecomap-${childId}-${state.network?.asOf ?? ''}` });
  load(childId);
}
