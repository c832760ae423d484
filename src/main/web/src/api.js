// The JSON API, called with the page's own credentials (the session cookie, or Basic).

/** An answer other than 2xx, with its status and the problem document's detail. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `the server answered ${status}`);
    this.status = status;
  }
}

/** GETs a JSON document; a lost session sends the person back to the login form. */
export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      query.set(name, value);
    }
  }
  return send('GET', query.toString() ? `${path}?${query}` : path);
}

/** POSTs a JSON body and returns the JSON answer (the session cookie is SameSite=Strict). */
export function postJson(path, body) {
  return send('POST', path, body);
}

async function send(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    const here = window.location.pathname + window.location.search;
    window.location.assign(`/login?next=${encodeURIComponent(here)}`);
    throw new ApiError(401, 'you are signed out');
  }
  if (!response.ok) {
    let detail = '';
    try {
      detail = (await response.json()).detail;
    } catch {
      // Not a problem document: keep the status alone.
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

/** The findings document's list, whatever the wrapper ({findings: [...]} or a bare list). */
export function findingsOf(document) {
  if (Array.isArray(document)) {
    return document;
  }
  return document && Array.isArray(document.findings) ? document.findings : [];
}

/**
 * Marks the page drawn (its state, which tests wait for) and, the first time, how many
 * milliseconds that took from the start of the navigation: what the browser timing of the pages
 * (PageTimings) reads and holds to two seconds.
 */
export function markReady() {
  if (!document.body.dataset.readyMs) {
    document.body.dataset.readyMs = String(Math.round(performance.now()));
  }
  document.body.dataset.state = 'ready';
}

/** The page's query parameters as an object. */
export function pageParams() {
  return Object.fromEntries(new URLSearchParams(window.location.search));
}

/** Writes the parameters into the address bar, so the view can be bookmarked and shared. */
export function setPageParams(params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value) {
      query.set(name, value);
    }
  }
  const search = query.toString();
  window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
}

/** Creates an element with attributes and children (text is always text, never markup). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** "PROFESSIONAL_OVERLOAD" → "Professional overload". */
export function humanise(name) {
  if (!name) {
    return '';
  }
  const words = String(name).toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'];

/** The GOV.UK tag colour of a severity. */
export function severityTag(severity) {
  const colour = { HIGH: 'govuk-tag--red', MEDIUM: 'govuk-tag--orange', LOW: 'govuk-tag--blue' };
  return el('strong', { class: `govuk-tag ${colour[severity] || 'govuk-tag--grey'}` }, humanise(severity));
}
