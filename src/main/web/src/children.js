// The children page: search, filter by agency, and each child's findings by severity.
import { getJson, findingsOf, markReady, pageParams, el, SEVERITIES } from './api.js';

const PAGE_SIZE = 50;

async function fillAgencies(select, chosen) {
  const agencies = await getJson('/api/agencies');
  agencies.forEach((agency) => {
    select.append(el('option', { value: agency.id, selected: agency.id === chosen }, agency.name));
  });
}

function pagination(nav, page, total, params) {
  nav.replaceChildren();
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) {
    nav.hidden = true;
    return;
  }
  const href = (p) => `/?${new URLSearchParams({ ...params, page: String(p) })}`;
  if (page > 0) {
    nav.append(el('div', { class: 'govuk-pagination__prev' },
      el('a', { class: 'govuk-link govuk-pagination__link', href: href(page - 1), rel: 'prev' },
        el('span', { class: 'govuk-pagination__link-title', text: 'Previous page' }))));
  }
  nav.append(el('p', { class: 'govuk-body-s govuk-!-margin-bottom-0', text: `Page ${page + 1} of ${pages}` }));
  if (page + 1 < pages) {
    nav.append(el('div', { class: 'govuk-pagination__next' },
      el('a', { class: 'govuk-link govuk-pagination__link', href: href(page + 1), rel: 'next' },
        el('span', { class: 'govuk-pagination__link-title', text: 'Next page' }))));
  }
  nav.hidden = false;
}

export async function childrenPage() {
  document.body.dataset.state = 'loading';
  const params = pageParams();
  const form = document.getElementById('children-form');
  form.elements.q.value = params.q || '';
  form.elements.asOf.value = params.asOf || '';
  const summary = document.getElementById('children-summary');
  const page = Math.max(0, Number.parseInt(params.page || '0', 10) || 0);
  try {
    // The findings are the whole catalogue, seconds at a large authority: the page of children
    // shows at once and their counts follow.
    const findingsAsked = getJson('/api/findings', { asOf: params.asOf }).catch(() => null);
    const [, children] = await Promise.all([
      fillAgencies(form.elements.agency, params.agency || ''),
      getJson('/api/children', { q: params.q, agency: params.agency, page, size: PAGE_SIZE }),
    ]);
    const table = document.getElementById('children-table');
    const body = table.querySelector('tbody');
    body.replaceChildren(
      ...children.items.map((child) => {
        const link = `/children/${encodeURIComponent(child.id)}${params.asOf ? `?asOf=${encodeURIComponent(params.asOf)}` : ''}`;
        return el('tr', { class: 'govuk-table__row', 'data-child-id': child.id },
          el('th', { scope: 'row', class: 'govuk-table__header' },
            el('a', { class: 'govuk-link', href: link }, child.name || child.id)),
          el('td', { class: 'govuk-table__cell', text: child.id }),
          el('td', { class: 'govuk-table__cell', text: child.birthDate || '' }),
          ...SEVERITIES.map((s) => el('td', { class: 'govuk-table__cell govuk-table__cell--numeric', 'data-severity': s, text: '…' })));
      }),
    );
    table.hidden = children.items.length === 0;
    const matched = `${children.total} child${children.total === 1 ? '' : 'ren'} match`;
    summary.textContent = children.total === 0 ? 'No child matches.' : `${matched}; counting their findings…`;
    pagination(document.getElementById('children-pages'), page, children.total, {
      q: params.q || '', agency: params.agency || '', asOf: params.asOf || '',
    });
    // The list is drawn; its counts follow. The browser timing reads both moments.
    document.body.dataset.listedMs = String(Math.round(performance.now()));
    const findings = await findingsAsked;
    const counts = new Map();
    findingsOf(findings).forEach((f) => {
      (f.childIds || []).forEach((id) => {
        if (!counts.has(id)) {
          counts.set(id, { HIGH: 0, MEDIUM: 0, LOW: 0 });
        }
        counts.get(id)[f.severity] += 1;
      });
    });
    body.querySelectorAll('tr').forEach((row) => {
      const c = counts.get(row.dataset.childId) || { HIGH: 0, MEDIUM: 0, LOW: 0 };
      row.querySelectorAll('td[data-severity]').forEach((td) => {
        td.textContent = findings ? String(c[td.dataset.severity]) : '';
      });
    });
    if (children.total > 0) {
      summary.textContent = `${matched}` + (findings ? `; findings as of ${findings.asOf}` : '; findings could not be loaded') + '.';
    }
    markReady();
  } catch (e) {
    if (e.status !== 401) {
      summary.textContent = `The children could not be loaded: ${e.message}`;
    }
    document.body.dataset.state = 'error';
  }
}
