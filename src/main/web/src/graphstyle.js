// Cytoscape styles shared by the ecomap and the network: shapes by kind (so colour is never the only
// cue), line styles by tie type, and the classes a selected finding sets.

export const KIND_STYLE = {
  CHILD: { shape: 'ellipse', colour: '#ffdd00' },
  FAMILY: { shape: 'ellipse', colour: '#d6b8e0' },
  CARER: { shape: 'diamond', colour: '#fbd4b4' },
  OTHER: { shape: 'round-rectangle', colour: '#dee0e2' },
  PROFESSIONAL: { shape: 'round-rectangle', colour: '#bbd4ea' },
};

/** Colours for the components of a coordination gap (GOV.UK palette, distinct in greyscale too). */
export const COMPONENT_COLOURS = ['#0b0c0c', '#d4351c', '#00703c', '#1d70b8', '#912b88', '#f47738'];

export const FOCUS = '#ffdd00';

/** A node's name under it, on a pale ground so that lines behind do not hide it. */
export const NODE_LABEL = {
  label: 'data(label)',
  'font-family': 'arial, sans-serif',
  'font-size': 11,
  'text-valign': 'bottom',
  'text-margin-y': 4,
  'text-wrap': 'wrap',
  color: '#0b0c0c',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.85,
  'text-background-padding': 1,
};

export function graphStyle() {
  return [
    {
      selector: 'node',
      style: {
        ...NODE_LABEL,
        'text-max-width': 96,
        width: 34,
        height: 34,
        'border-width': 2,
        'border-color': '#0b0c0c',
        'background-color': '#dee0e2',
        shape: 'ellipse',
      },
    },
    ...Object.entries(KIND_STYLE).map(([kind, s]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: s.shape, 'background-color': s.colour },
    })),
    { selector: 'node[kind = "PROFESSIONAL"]', style: { width: 44, height: 28 } },
    {
      selector: 'node.focal',
      style: { width: 64, height: 64, 'border-width': 4, 'font-size': 14, 'font-weight': 'bold' },
    },
    {
      selector: 'node.agency',
      style: {
        shape: 'round-rectangle',
        'background-color': '#f3f2f1',
        'background-opacity': 1,
        'border-color': '#b1b4b6',
        'border-width': 2,
        'text-valign': 'top',
        'text-margin-y': -4,
        'font-size': 12,
        'font-weight': 'bold',
        padding: 12,
        width: 60,
        height: 30,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'line-color': '#505a5f',
        'curve-style': 'bezier',
        'line-style': 'solid',
      },
    },
    { selector: 'edge[type = "PARENT"]', style: { width: 3, 'line-color': '#0b0c0c' } },
    { selector: 'edge.no-pr', style: { 'line-style': 'dotted' } },
    // A double line, as the legend and the report draw a placement: Cytoscape has no 'double'
    // line style (it falls back to a single line), so a white line with a blue outline.
    {
      selector: 'edge[type = "PLACED_WITH"]',
      style: { width: 2, 'line-color': '#ffffff', 'line-outline-width': 2, 'line-outline-color': '#1d70b8' },
    },
    { selector: 'edge[type = "SIBLING"]', style: { width: 3, 'line-color': '#00703c' } },
    {
      selector: 'edge.contact-gap',
      style: { 'line-color': '#d4351c', 'line-style': 'dashed', 'line-dash-pattern': [8, 6], width: 3 },
    },
    { selector: 'edge[type = "INVOLVED"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: 'edge.lead', style: { 'line-style': 'solid', width: 4 } },
    { selector: 'edge[type = "MEMBER_OF"]', style: { width: 1, 'line-color': '#b1b4b6' } },
    { selector: 'edge.ended', style: { 'line-opacity': 0.35 } },
    // A selected finding: its evidence stands out, the rest steps back.
    {
      selector: 'node.evidence',
      style: { 'border-color': 'data(hl)', 'border-width': 6, 'overlay-opacity': 0 },
    },
    { selector: 'node.agency.evidence', style: { 'border-width': 5, 'background-color': '#fff7bf' } },
    { selector: 'edge.evidence', style: { width: 5 } },
    { selector: 'node.dimmed:childless', style: { opacity: 0.18 } },
    {
      selector: 'node.dimmed:parent',
      style: { 'background-opacity': 0.25, 'border-opacity': 0.25, 'text-opacity': 0.3 },
    },
    { selector: 'edge.dimmed', style: { opacity: 0.12 } },
    { selector: 'node:selected', style: { 'overlay-color': '#ffdd00', 'overlay-opacity': 0.4 } },
  ];
}
