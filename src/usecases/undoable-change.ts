/**
 * A change of many records that the person can take back: what a use case returns after an import, a restore or
 * an erase, so the UI can offer undo without knowing how the change was captured (see storage/change-capture).
 */
import type { CapturedChange } from '../storage/change-capture';

export type UndoableChange = Pick<CapturedChange<unknown>, 'touched' | 'revert'>;
