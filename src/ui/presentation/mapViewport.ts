// The lintas fungsi canvas has its own React Flow store (PetaView gives each map a provider): it registers its
// instance here, with its map id, so presentation mode can zoom it and read what is visible.
import { useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { useEffect } from 'react';

let current: { mapId: string; rf: ReactFlowInstance } | null = null;

export function mapViewport(mapId: string): ReactFlowInstance | null {
  return current?.mapId === mapId ? current.rf : null;
}

/** Rendered inside the map's ReactFlowProvider. */
export function MapViewportRegistrar({ mapId }: { mapId: string }) {
  const rf = useReactFlow();
  useEffect(() => {
    current = { mapId, rf };
    return () => {
      if (current?.rf === rf) current = null;
    };
  }, [mapId, rf]);
  return null;
}
