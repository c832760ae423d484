// Entry point of every page: starts GOV.UK Frontend's components, then the page's own script.
import { initAll } from 'govuk-frontend';
import { childPage } from './child.js';
import { childrenPage } from './children.js';
import { networkPage } from './network.js';
import { trendPage } from './trend.js';

// GOV.UK Frontend styles its JavaScript-enhanced components only when this class is present; its
// template sets it with an inline script, which sgnet's Content-Security-Policy does not allow.
document.body.classList.add('govuk-frontend-supported');
initAll();

// Tests and curious reviewers can reach the graphs here (e.g. window.sgnet.cy).
window.sgnet = { cy: null, network: null };

const pages = { child: childPage, children: childrenPage, network: networkPage, trend: trendPage };
const page = pages[document.body.dataset.page];
if (page) {
  page();
} else {
  document.body.dataset.state = 'ready';
}
