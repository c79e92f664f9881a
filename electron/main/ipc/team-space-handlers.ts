/**
 * The team space's IPC handlers: each first checks that the message comes from the app's own page, then hands
 * the raw arguments to main's team space (team-space.ts), which checks them before anything is kept, sent or
 * written. A refused sender gets a refusal as a value where the contract has one, a rejected promise otherwise.
 */
import { IPC_CHANNELS } from '../../shared/ipc-contract';
import type { SpaceResult } from '../../../src/platform/team-space';
import type { TeamSpace } from '../team-space';
import { UNTRUSTED_SENDER_MESSAGE } from './trusted-sender';

const refusedSender = { problem: 'refused', status: null, detail: UNTRUSTED_SENDER_MESSAGE } as const;
const refusedResult: SpaceResult<never> = { ok: false, failure: refusedSender };
const rejected = () => Promise.reject(new Error(UNTRUSTED_SENDER_MESSAGE));

/** The handler of each team space channel, by channel name, for `ipcMain.handle`. */
export function teamSpaceHandlers<Event>(teamSpace: TeamSpace, isTrusted: (event: Event) => boolean) {
  return {
    [IPC_CHANNELS.teamSpace]: (event: Event) => (isTrusted(event) ? teamSpace.space() : rejected()),
    [IPC_CHANNELS.teamSpaceConnect]: (event: Event, request: unknown) =>
      isTrusted(event) ? teamSpace.connect(request) : Promise.resolve({ status: 'failed', failure: refusedSender } as const),
    [IPC_CHANNELS.teamSpaceDisconnect]: (event: Event) => (isTrusted(event) ? teamSpace.disconnect() : rejected()),
    [IPC_CHANNELS.teamKey]: (event: Event) => (isTrusted(event) ? teamSpace.teamKey() : rejected()),
    [IPC_CHANNELS.keepTeamKey]: (event: Event, key: unknown) => (isTrusted(event) ? teamSpace.keepTeamKey(key) : rejected()),
    [IPC_CHANNELS.teamSpaceList]: (event: Event, folder: unknown) => (isTrusted(event) ? teamSpace.list(folder) : Promise.resolve(refusedResult)),
    [IPC_CHANNELS.teamSpaceRead]: (event: Event, path: unknown) => (isTrusted(event) ? teamSpace.read(path) : Promise.resolve(refusedResult)),
    [IPC_CHANNELS.teamSpaceWrite]: (event: Event, path: unknown, content: unknown) =>
      isTrusted(event) ? teamSpace.write(path, content) : Promise.resolve(refusedResult),
    [IPC_CHANNELS.teamSpaceRemove]: (event: Event, path: unknown) => (isTrusted(event) ? teamSpace.remove(path) : Promise.resolve(refusedResult)),
  };
}
