import type { AreaProperties } from './area-features';

/**
 * The tooltip of an area. Built as DOM nodes with `textContent`, because Leaflet inserts string
 * content as HTML and area names come from imported data.
 */
export function createAreaTooltip(area: AreaProperties, derivedLabel: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'area-tooltip';
  const name = root.appendChild(document.createElement('span'));
  name.className = 'area-tooltip__name';
  name.textContent = area.name;
  if (area.isDerived) {
    const tag = root.appendChild(document.createElement('span'));
    tag.className = 'area-tooltip__tag';
    tag.textContent = derivedLabel;
  }
  return root;
}
