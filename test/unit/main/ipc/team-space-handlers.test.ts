/** The team space's IPC handlers answer only the app's own page: anyone else is refused before main does anything. */
import { describe, expect, it } from 'vitest';
import { teamSpaceHandlers } from '../../../../electron/main/ipc/team-space-handlers';
import { UNTRUSTED_SENDER_MESSAGE } from '../../../../electron/main/ipc/trusted-sender';
import type { TeamSpace } from '../../../../electron/main/team-space';
import { IPC_CHANNELS } from '../../../../electron/shared/ipc-contract';

interface Sender {
  trusted: boolean;
}

/** Main's team space, recording each call and the arguments it was handed. */
function recordingTeamSpace() {
  const calls: unknown[][] = [];
  const record =
    <T>(name: string, answer: T) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return Promise.resolve(answer);
    };
  const done = { ok: true, value: undefined } as const;
  const teamSpace = {
    space: record('space', null),
    connect: record('connect', { status: 'failed', failure: { problem: 'unreachable', status: null, detail: '' } }),
    disconnect: record('disconnect', undefined),
    teamKey: record('teamKey', null),
    keepTeamKey: record('keepTeamKey', undefined),
    list: record('list', { ok: true, value: [] }),
    read: record('read', { ok: true, value: null }),
    write: record('write', done),
    remove: record('remove', done),
  } as unknown as TeamSpace;
  return { calls, teamSpace };
}

const isTrusted = (sender: Sender) => sender.trusted;
const stranger: Sender = { trusted: false };
const page: Sender = { trusted: true };
const refused = { problem: 'refused', status: null, detail: UNTRUSTED_SENDER_MESSAGE };

describe('the team space over IPC', () => {
  it('refuses a frame that is not the app window, and main does nothing', async () => {
    const { calls, teamSpace } = recordingTeamSpace();
    const handlers = teamSpaceHandlers(teamSpace, isTrusted);
    const bytes = new Uint8Array(32);

    await expect(handlers[IPC_CHANNELS.teamSpace](stranger)).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE);
    await expect(handlers[IPC_CHANNELS.teamSpaceDisconnect](stranger)).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE);
    await expect(handlers[IPC_CHANNELS.teamKey](stranger)).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE);
    await expect(handlers[IPC_CHANNELS.keepTeamKey](stranger, bytes)).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE);
    expect(await handlers[IPC_CHANNELS.teamSpaceConnect](stranger, { kind: 'folder', folderId: 'f' })).toEqual({ status: 'failed', failure: refused });
    expect(await handlers[IPC_CHANNELS.teamSpaceList](stranger, '')).toEqual({ ok: false, failure: refused });
    expect(await handlers[IPC_CHANNELS.teamSpaceRead](stranger, 'summary.dpt')).toEqual({ ok: false, failure: refused });
    expect(await handlers[IPC_CHANNELS.teamSpaceWrite](stranger, 'summary.dpt', bytes)).toEqual({ ok: false, failure: refused });
    expect(await handlers[IPC_CHANNELS.teamSpaceRemove](stranger, 'summary.dpt')).toEqual({ ok: false, failure: refused });
    expect(calls).toEqual([]);
  });

  it('hands the page\'s arguments, unchecked, to main\'s team space, which checks them', async () => {
    const { calls, teamSpace } = recordingTeamSpace();
    const handlers = teamSpaceHandlers(teamSpace, isTrusted);
    const bytes = new Uint8Array([1, 2]);
    await handlers[IPC_CHANNELS.teamSpaceConnect](page, { kind: 'folder', folderId: 'f' });
    await handlers[IPC_CHANNELS.keepTeamKey](page, bytes);
    await handlers[IPC_CHANNELS.teamSpaceList](page, 'computers');
    await handlers[IPC_CHANNELS.teamSpaceWrite](page, 'summary.dpt', bytes);
    await handlers[IPC_CHANNELS.teamSpaceRemove](page, 42);
    expect(calls).toEqual([
      ['connect', { kind: 'folder', folderId: 'f' }],
      ['keepTeamKey', bytes],
      ['list', 'computers'],
      ['write', 'summary.dpt', bytes],
      ['remove', 42],
    ]);
  });

  it('has a handler for every team space channel of the contract', () => {
    const channels = Object.keys(teamSpaceHandlers(recordingTeamSpace().teamSpace, isTrusted)).sort();
    const contract = Object.entries(IPC_CHANNELS)
      .filter(([name]) => name.startsWith('teamSpace') || name === 'teamKey' || name === 'keepTeamKey')
      .map(([, channel]) => channel)
      .sort();
    expect(channels).toEqual(contract);
  });
});
