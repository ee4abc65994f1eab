import { enAdmin } from './en-admin';
import { enCaseTerms } from './en-case-terms';
import { enDashboard } from './en-dashboard';
import { enMap } from './en-map';
import { enNotifications } from './en-notifications';
import { enReport } from './en-report';
import { enWork } from './en-work';
import type { Messages } from './messages';

/** English UI strings. Typed as `Messages`: a missing or extra key is a compile error. */
export const en: Messages = {
  'app.name': 'City grid management',
  'app.loading': 'Loading…',
  'nav.label': 'Main navigation',
  'nav.work': 'Work',
  'nav.map': 'Map',
  'nav.about': 'About',
  'nav.signIn': 'Sign in',
  'locale.switchLabel': 'Interface language',

  'map.label': 'Map of the city’s areas',
  'map.loading': 'Loading areas…',
  'map.ready': '{city} · {count} districts',
  'map.error': 'Could not load the areas.',
  'map.errorCode': 'Error code: {code}',
  'map.noCity': 'No city areas have been imported yet.',
  'map.retry': 'Retry',
  'map.derived': 'derived data',
  'map.attribution': 'Boundaries © Vonng/adcode (CC BY 4.0)',
  'map.attributionMore': 'Sources',
  'map.layers': 'Layers',
  'map.layer.street': 'Streets and towns',
  'map.layer.community': 'Communities',
  'map.layer.grid': 'Unit grids',
  'map.layerFromZoom': 'from zoom {zoom}',
  'map.legend.official': 'official',
  'map.gridAt.loading': 'Finding the grid…',
  'map.gridAt.outside': 'This point is outside every unit grid.',
  'map.gridAt.error': 'Could not look up this point; try again.',
  'map.gridAt.unitGrid': 'Unit grid',
  'map.gridAt.responsibilityGrid': 'Beat',
  'map.gridAt.community': 'Community',
  'map.gridAt.street': 'Street',
  'map.gridAt.district': 'District',

  'about.title': 'About gridloop',
  'about.intro':
    'gridloop is an open-source platform for urban grid-based fine management. Grid officers patrol their unit grids and report city-management problems; the dispatch center accepts and files them and sends each to the responsible department; once handled, an officer checks the result on site and the case is closed. Every step is timed in working hours, logged and evaluated.',
  'about.roles':
    'It serves grid officers, operators, shift leaders, dispatchers, departments and leaders, who can watch volumes, on-time closing rates, overdue cases and hotspots for the areas they lead.',
  'about.license': 'gridloop is free software, licensed under AGPL-3.0-or-later.',
  'about.dataTitle': 'Data sources and attribution',
  'about.dataBoundaries':
    'District boundaries and 2016 division data: {source} ({license}), GCJ-02 converted to WGS84 by gridloop',
  'about.dataCodes': '2023 division codes: {source} (modood), {license}',
  'about.dataDerived':
    'No public boundaries exist for streets, communities or unit grids. The demo layers of that kind are derived by gridloop and labelled as derived on the map and in the data.',
  'about.softwareTitle': 'Open-source software',
  'about.software': 'Maps are drawn with {leaflet}; the interface is built with {react}.',

  ...enWork,
  ...enReport,
  ...enCaseTerms,
  ...enAdmin,
  ...enMap,
  ...enNotifications,
  ...enDashboard,
};
