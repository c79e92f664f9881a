/** The offline gazetteer, loaded on first use (its data is a separate chunk) and shared by every picker. */
import { useEffect, useState } from 'react';
import type { Gazetteer } from '../../domain/route/gazetteer/gazetteer';
import { loadGazetteer } from '../../domain/route/gazetteer/load';

export function useGazetteer(): Gazetteer | null {
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  useEffect(() => {
    let current = true;
    void loadGazetteer().then((loaded) => {
      if (current) setGazetteer(loaded);
    });
    return () => {
      current = false;
    };
  }, []);
  return gazetteer;
}
