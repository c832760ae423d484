// Downloads a graph as PNG (Cytoscape's own renderer) or SVG (drawn here from the laid-out positions
// and the computed styles, so the file is a real vector drawing, not an embedded picture).

function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function pngBlob(cy) {
  return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
}

export function exportPng(cy, name) {
  download(pngBlob(cy), `${name}.png`);
}

export function exportSvg(cy, name) {
  download(new Blob([svgText(cy)], { type: 'image/svg+xml' }), `${name}.svg`);
}

const escapeXml = (text) =>
  String(text ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]);

function px(value) {
  return parseFloat(value) || 0;
}

function dashes(style, width) {
  if (style === 'dashed') {
    return ` stroke-dasharray="${3 * width} ${2 * width}"`;
  }
  if (style === 'dotted') {
    return ` stroke-dasharray="${width} ${width * 1.5}"`;
  }
  return '';
}

/** An SVG document of the graph as drawn, with its labels. */
export function svgText(cy) {
  const box = cy.elements().boundingBox({ includeLabels: true });
  const margin = 20;
  const parts = [];
  const x0 = box.x1 - margin;
  const y0 = box.y1 - margin;
  const w = box.w + 2 * margin;
  const h = box.h + 2 * margin;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0} ${y0} ${w} ${h}" width="${Math.ceil(w)}" height="${Math.ceil(h)}" font-family="arial, sans-serif">`,
    `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="#ffffff"/>`,
  );
  const label = (node, x, y, anchorTop) => {
    const text = node.data('label');
    if (!text) {
      return '';
    }
    const size = px(node.style('font-size'));
    const weight = node.style('font-weight');
    const opacity = px(node.style('text-opacity')) * px(node.style('opacity'));
    const dy = anchorTop ? -4 : size;
    return `<text x="${x}" y="${y + dy}" font-size="${size}" font-weight="${weight}" text-anchor="middle" fill="#0b0c0c" fill-opacity="${opacity}">${escapeXml(text)}</text>`;
  };
  cy.nodes(':parent').forEach((node) => {
    const b = node.boundingBox({ includeLabels: false });
    const opacity = px(node.style('background-opacity'));
    parts.push(
      `<rect x="${b.x1}" y="${b.y1}" width="${b.w}" height="${b.h}" rx="8" fill="${node.style('background-color')}" fill-opacity="${opacity}" stroke="${node.style('border-color')}" stroke-width="${px(node.style('border-width'))}"/>`,
      label(node, (b.x1 + b.x2) / 2, b.y1, true),
    );
  });
  cy.edges(':visible').forEach((edge) => {
    const s = edge.source().position();
    const t = edge.target().position();
    const width = px(edge.style('width'));
    const opacity = px(edge.style('opacity')) * px(edge.style('line-opacity'));
    const colour = edge.style('line-color');
    const style = edge.style('line-style');
    const outline = px(edge.style('line-outline-width'));
    if (outline > 0) {
      // A double line (a placement): the outline's colour, wide, under the line itself.
      parts.push(
        `<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${edge.style('line-outline-color')}" stroke-width="${width + 2 * outline}" stroke-opacity="${opacity}"/>`,
      );
    }
    parts.push(
      `<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${colour}" stroke-width="${width}" stroke-opacity="${opacity}"${dashes(style, width)}/>`,
    );
  });
  cy.nodes(':childless').forEach((node) => {
    const p = node.position();
    const w2 = px(node.style('width')) / 2;
    const h2 = px(node.style('height')) / 2;
    const fill = node.style('background-color');
    const stroke = node.style('border-color');
    const sw = px(node.style('border-width'));
    const opacity = px(node.style('opacity'));
    const common = `fill="${fill}" stroke="${stroke}" stroke-width="${sw}" opacity="${opacity}"`;
    const shape = node.style('shape');
    if (shape === 'diamond') {
      parts.push(`<polygon points="${p.x},${p.y - h2} ${p.x + w2},${p.y} ${p.x},${p.y + h2} ${p.x - w2},${p.y}" ${common}/>`);
    } else if (shape === 'ellipse') {
      parts.push(`<ellipse cx="${p.x}" cy="${p.y}" rx="${w2}" ry="${h2}" ${common}/>`);
    } else {
      parts.push(`<rect x="${p.x - w2}" y="${p.y - h2}" width="${2 * w2}" height="${2 * h2}" rx="6" ${common}/>`);
    }
    parts.push(label(node, p.x, p.y + h2 + 4, false));
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Wires the page's export buttons to the graphs it holds ({name: () => cy}). */
export function wireExports(graphs, filenames) {
  document.querySelectorAll('[data-export]').forEach((button) => {
    button.addEventListener('click', () => {
      const cy = graphs[button.dataset.graph]?.();
      if (!cy) {
        return;
      }
      const name = filenames[button.dataset.graph]?.() ?? button.dataset.graph;
      if (button.dataset.export === 'png') {
        exportPng(cy, name);
      } else {
        exportSvg(cy, name);
      }
    });
  });
}
