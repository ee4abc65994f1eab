/** The full gridAt answer, as the web map asks for it; shared by the acceptance test and the bench. */
export const GRID_AT_QUERY = /* GraphQL */ `
  query ($lng: Float!, $lat: Float!) {
    gridAt(lng: $lng, lat: $lat) {
      unitGrid { code name isDerived }
      responsibilityGrid { code name isDerived }
      community { code name isDerived }
      street { code name isDerived }
      district { code name isDerived }
    }
  }
`;
