// Builds elements with DOM APIs only. Strings always become text nodes (textContent), attributes are set
// with setAttribute, and nothing is ever parsed as HTML, so a file name such as
// "<img src=x onerror=alert(1)>.pdf" shows as those characters and runs nothing.

const SVG = 'http://www.w3.org/2000/svg';

/** Creates an HTML element: el('a', { href: '#/' }, 'text', otherNode). */
export function el(tag, attributes = {}, ...children) {
  return fill(document.createElement(tag), attributes, children);
}

/** Creates an SVG element with the same rules. */
export function svg(tag, attributes = {}, ...children) {
  return fill(document.createElementNS(SVG, tag), attributes, children);
}

/** Replaces every child of a node. */
export function replace(node, ...children) {
  node.replaceChildren(...flatten(children));
  return node;
}

function fill(node, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  node.append(...flatten(children));
  return node;
}

function flatten(children) {
  return children.flat(Infinity)
    .filter((child) => child !== undefined && child !== null && child !== false)
    .map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
}
