import type { ReactNode } from 'react';
import { AreaMap, FitToBox, type LatLngBox, VectorTileOverlay } from '../map';
import './admin-map.css';

interface AdminMapProps {
  /** Where to look; the map moves each time a new box is passed. */
  box: LatLngBox | undefined;
  /**
   * Bumped after the admin wrote a layer: the tile layers are remounted, so their tiles are asked
   * again (the browser revalidates them by ETag once their short max-age has run out).
   */
  tilesVersion: number;
  /** The page's own layers (a report, proposed cells, components), drawn above the tiles. */
  children?: ReactNode;
  testId?: string;
}

/**
 * The map of the admin's geography pages: the map feature's container with the current streets,
 * communities and unit grids from the vector tiles, under whatever the page draws.
 */
export function AdminMap({ box, tilesVersion, children, testId }: AdminMapProps) {
  return (
    <div className="admin-map" data-testid={testId}>
      <AreaMap areas={undefined}>
        <VectorTileOverlay key={`district-${tilesVersion}`} layer="district" minZoom={0} zIndex={1} />
        <VectorTileOverlay key={`street-${tilesVersion}`} layer="street" minZoom={8} zIndex={2} />
        <VectorTileOverlay key={`community-${tilesVersion}`} layer="community" minZoom={10} zIndex={3} />
        <VectorTileOverlay key={`grid-${tilesVersion}`} layer="grid" minZoom={12} zIndex={4} />
        {box !== undefined && <FitToBox box={box} />}
        {children}
      </AreaMap>
    </div>
  );
}
