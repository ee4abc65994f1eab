import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../../i18n';

/**
 * Credits the boundary data (CC BY 4.0 asks for it wherever the data is shown) in Leaflet's
 * attribution box, with a link to the About page for the full list. Updated through `useMap()`
 * so it follows the language.
 */
export function DataAttribution() {
  const map = useMap();
  const t = useT();
  const html = `${escapeHtml(t('map.attribution'))} · <a href="#/about">${escapeHtml(t('map.attributionMore'))}</a>`;

  useEffect(() => {
    const control = map.attributionControl;
    control?.addAttribution(html);
    return () => {
      control?.removeAttribution(html);
    };
  }, [map, html]);
  return null;
}

/** Leaflet takes attributions as HTML; our strings are text. */
function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
