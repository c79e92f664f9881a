/**
 * A team space held in memory, for the sync's own tests: the same contract as the WebDAV server and the synced
 * folder (platform/team-space.ts), whose real implementations are tested against the real server
 * (test/integration). It can be taken offline, and it counts what was read, as a server's log would.
 */
import type { SpaceFailure, SpaceFiles, SpaceResult } from '../../src/domain/sync/space-files';

export interface MemorySpace extends SpaceFiles {
  readonly contents: Map<string, Uint8Array>;
  /** While set, every request fails with it. */
  failing: SpaceFailure | null;
  /** Paths read since the last reset. */
  readonly reads: string[];
}

export function memorySpace(): MemorySpace {
  const contents = new Map<string, Uint8Array>();
  const reads: string[] = [];
  const space: MemorySpace = {
    contents,
    reads,
    failing: null,
    list(folder) {
      return answer(() => {
        const prefix = folder === '' ? '' : `${folder}/`;
        const names = new Map<string, number>();
        for (const [path, bytes] of contents) {
          if (!path.startsWith(prefix)) continue;
          const rest = path.slice(prefix.length);
          const slash = rest.indexOf('/');
          if (slash === -1) names.set(rest, bytes.length);
          else names.set(`${rest.slice(0, slash)}/`, 0);
        }
        return [...names].map(([name, size]) => ({ name, size }));
      });
    },
    read(path) {
      return answer(() => {
        reads.push(path);
        const bytes = contents.get(path);
        return bytes ? bytes.slice() : null;
      });
    },
    write(path, content) {
      return answer(() => void contents.set(path, content.slice()));
    },
    remove(path) {
      return answer(() => void contents.delete(path));
    },
  };
  function answer<T>(act: () => T): Promise<SpaceResult<T>> {
    return Promise.resolve(space.failing ? { ok: false, failure: space.failing } : { ok: true, value: act() });
  }
  return space;
}
