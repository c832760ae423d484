// Triage next to each finding on the child page: the status a recorded run keeps for it, and for
// ANALYST and ADMIN a form to confirm, dismiss (with a reason), mark actioned or add a note.
import { postJson, el, humanise } from './api.js';

const STATUSES = ['NEW', 'CONFIRMED', 'DISMISSED', 'ACTIONED'];
const TAGS = { NEW: 'govuk-tag--blue', CONFIRMED: 'govuk-tag--orange', DISMISSED: 'govuk-tag--grey', ACTIONED: 'govuk-tag--green' };

let formCount = 0;

function sameIds(a, b) {
  return JSON.stringify(a || []) === JSON.stringify(b || []);
}

/**
 * The kept record of a finding on the page, or null. A record is the same situation when it has
 * the finding's rule, children and agencies and, for the rules about one event, that event: what
 * the stable key is made of (see org.sgnet.runs.FindingKey), compared field by field so that the
 * page does not rebuild the key. Both documents come coded alike for a REVIEWER.
 */
export function recordFor(finding, records) {
  const details = finding.details || {};
  const event = details.eventId ?? details.requestEventId ?? null;
  return (records || []).find((r) => r.rule === finding.rule
    && sameIds(r.childIds, finding.childIds)
    && sameIds(r.agencyIds, finding.agencyIds)
    && (r.eventId === null || r.eventId === undefined || r.eventId === event)) || null;
}

function statusLine(record) {
  if (!record) {
    return el('p', { class: 'govuk-body-s sgnet-triage__status', 'data-status': '' },
      'Not kept by a recorded run yet: triage opens once a run records this finding.');
  }
  const parts = [];
  if (record.triagedBy) {
    parts.push(` by ${record.triagedBy}${record.triagedAt ? ` on ${String(record.triagedAt).slice(0, 10)}` : ''}`);
  }
  if (!record.open) {
    parts.push(' (no longer found by the last run)');
  }
  return el('div', { class: 'sgnet-triage__status', 'data-status': record.status },
    el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, 'Triage: ',
      el('strong', { class: `govuk-tag ${TAGS[record.status] || 'govuk-tag--grey'}`, text: humanise(record.status) }),
      parts.join('')),
    record.reason ? el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1', text: `Reason: ${record.reason}` }) : null,
    record.note ? el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1', text: `Note: ${record.note}` }) : null);
}

function field(id, label, control) {
  return el('div', { class: 'govuk-form-group govuk-!-margin-bottom-2' },
    el('label', { class: 'govuk-label govuk-label--s', for: id, text: label }), control);
}

function triageForm(record, panel) {
  formCount += 1;
  const id = (name) => `triage-${name}-${formCount}`;
  const status = el('select', { class: 'govuk-select', id: id('status'), name: 'status' },
    STATUSES.map((s) => el('option', { value: s, selected: s === record.status, text: humanise(s) })));
  const reason = el('textarea', { class: 'govuk-textarea', id: id('reason'), name: 'reason', rows: 2 });
  const note = el('textarea', { class: 'govuk-textarea', id: id('note'), name: 'note', rows: 2 });
  const error = el('p', { class: 'govuk-error-message', role: 'alert', hidden: true });
  const form = el('form', { class: 'sgnet-triage__form', novalidate: true },
    field(id('status'), 'Status', status),
    field(id('reason'), 'Reason (needed to dismiss)', reason),
    field(id('note'), 'Note', note),
    error,
    el('button', { type: 'submit', class: 'govuk-button govuk-button--secondary sgnet-button--small', 'data-module': 'govuk-button', text: 'Save triage' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const body = { status: status.value, reason: reason.value.trim() || null, note: note.value.trim() || null };
    if (body.status === 'DISMISSED' && !body.reason && !(record.status === 'DISMISSED' && record.reason)) {
      error.textContent = 'Give a reason to dismiss a finding.';
      error.hidden = false;
      reason.focus();
      return;
    }
    try {
      const change = await postJson(`/api/findings/${encodeURIComponent(record.key)}/triage`, body);
      const updated = {
        ...record,
        status: change.status,
        reason: change.reason ?? (change.status === 'NEW' ? null : record.reason),
        note: change.note ?? record.note,
        triagedBy: change.by,
        triagedAt: change.at,
      };
      render(panel, updated, true);
      panel.querySelector('.sgnet-triage__status')?.setAttribute('tabindex', '-1');
      panel.querySelector('.sgnet-triage__status')?.focus();
    } catch (e) {
      if (e.status !== 401) {
        error.textContent = `The triage was not saved: ${e.message}`;
        error.hidden = false;
      }
    }
  });
  return el('details', { class: 'govuk-details govuk-!-margin-bottom-1 sgnet-no-print' },
    el('summary', { class: 'govuk-details__summary' }, el('span', { class: 'govuk-details__summary-text', text: 'Change the triage' })),
    el('div', { class: 'govuk-details__text' }, form));
}

function render(panel, record, mayTriage) {
  panel.replaceChildren(statusLine(record), record && mayTriage ? triageForm(record, panel) : null);
  panel.dataset.key = record ? record.key : '';
}

/**
 * The triage panel of one finding.
 *
 * @param finding the finding as the page shows it
 * @param records the kept records about the child, or null when they could not be read
 * @param mayTriage whether the visitor's role may change triage (the server checks again)
 */
export function triagePanel(finding, records, mayTriage) {
  const panel = el('div', { class: 'sgnet-triage', 'aria-live': 'polite' });
  if (records === null) {
    panel.append(el('p', { class: 'govuk-body-s', text: 'The triage could not be loaded.' }));
    return panel;
  }
  render(panel, recordFor(finding, records), mayTriage);
  return panel;
}
