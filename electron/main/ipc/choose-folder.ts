/** Asking the person for a folder to save many files into, and granting the page that folder by id. */
import type { TFunction } from 'i18next';
import type { ChooseFolderResult } from '../../shared/ipc-contract';
import type { GrantedFolder } from '../granted-folders';

export interface OpenFolderDialogChoice {
  canceled: boolean;
  filePaths: string[];
}

export interface ChooseFolderDeps {
  /** Folder the dialog opens in, such as the person's Documents. */
  defaultFolder: string;
  /** The dialog's title and its button, in main's language. */
  words: { title: string; buttonLabel: string };
  /** Main's words for what went wrong (the \`files\` catalogue), in the page's language. */
  t: TFunction<'files'>;
  showOpenDialog(options: {
    title: string;
    buttonLabel: string;
    defaultPath: string;
    properties: ('openDirectory' | 'createDirectory')[];
  }): Promise<OpenFolderDialogChoice>;
  grant(path: string): Promise<GrantedFolder>;
}

/** Shows a folder dialog; the folder chosen is remembered and returned as an id with its path to show. */
export async function chooseFolder(deps: ChooseFolderDeps): Promise<ChooseFolderResult> {
  let choice: OpenFolderDialogChoice;
  try {
    choice = await deps.showOpenDialog({
      title: deps.words.title,
      buttonLabel: deps.words.buttonLabel,
      defaultPath: deps.defaultFolder,
      properties: ['openDirectory', 'createDirectory'],
    });
  } catch (error) {
    return { status: 'failed', message: deps.t('platform.folderDialogFailed', { reason: errorMessage(error) }) };
  }
  const [path] = choice.filePaths;
  if (choice.canceled || path === undefined || path === '') return { status: 'cancelled' };
  try {
    const folder = await deps.grant(path);
    return { status: 'chosen', folder: { id: folder.id, label: folder.path } };
  } catch (error) {
    return { status: 'failed', message: deps.t('platform.folderNotRemembered', { reason: errorMessage(error) }) };
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
