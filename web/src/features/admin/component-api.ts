import { graphqlRequest } from '../../api/graphql-client';
import type { LatLngBox } from '../map';
import type { ComponentInput } from './component-form';
import type { Component, ComponentClass } from './component-types';

const COMPONENT_FIELDS = /* GraphQL */ `
  id code name lng lat isActive
  category { id code name }
  area { code name }
  ownerDepartment { id name }
`;

/** The API answers at most this many per request. */
export const COMPONENT_LIST_LIMIT = 1000;

/** The inventory by code, optionally of one class: the admin's list (no box: ADMIN only). */
export async function fetchComponents(categoryId: number | null, signal: AbortSignal): Promise<Component[]> {
  const data = await graphqlRequest<{ components: Component[] }>(
    `query AdminComponents($categoryId: Int, $limit: Int) { components(categoryId: $categoryId, limit: $limit) { ${COMPONENT_FIELDS} } }`,
    { categoryId, limit: COMPONENT_LIST_LIMIT },
    { signal },
  );
  return data.components;
}

/** The components inside the map's view (Leaflet box, sent as WGS84 west/south/east/north). */
export async function fetchComponentsInBox(
  [[south, west], [north, east]]: LatLngBox,
  categoryId: number | null,
  signal: AbortSignal,
): Promise<Component[]> {
  const data = await graphqlRequest<{ components: Component[] }>(
    `query ComponentsInView($west: Float, $south: Float, $east: Float, $north: Float, $categoryId: Int, $limit: Int) {
      components(west: $west, south: $south, east: $east, north: $north, categoryId: $categoryId, limit: $limit) { ${COMPONENT_FIELDS} }
    }`,
    { west, south, east, north, categoryId, limit: COMPONENT_LIST_LIMIT },
    { signal },
  );
  return data.components;
}

/** The component minor classes of the category tree, inactive ones included, by code. */
export async function fetchComponentClasses(signal: AbortSignal): Promise<ComponentClass[]> {
  const data = await graphqlRequest<{
    categories: { name: string; children: { id: number; code: string; name: string }[] }[];
  }>('query ComponentClasses { categories(kind: COMPONENT) { name children { id code name } } }', undefined, {
    signal,
  });
  return data.categories
    .flatMap((major) => major.children.map((minor) => ({ ...minor, majorName: major.name })))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export async function saveComponent(input: ComponentInput, reason: string): Promise<void> {
  const mutation =
    input.mode === 'create'
      ? 'mutation($input: CreateComponentInput!, $reason: String) { createComponent(input: $input, reason: $reason) { id } }'
      : 'mutation($input: UpdateComponentInput!, $reason: String) { updateComponent(input: $input, reason: $reason) { id } }';
  await graphqlRequest(mutation, { input: input.fields, reason });
}
