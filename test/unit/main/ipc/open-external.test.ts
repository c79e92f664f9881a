import { describe, expect, it } from 'vitest';
import { openExternal } from '../../../../electron/main/ipc/open-external';
import { createI18n } from '../../../../src/i18n/i18n';

function recordingOpener(failWith?: Error) {
  const opened: string[] = [];
  return {
    opened,
    t: createI18n({ language: 'en', strict: true }).getFixedT('en', 'files'),
    openExternal: (url: string) => {
      opened.push(url);
      return failWith === undefined ? Promise.resolve() : Promise.reject(failWith);
    },
  };
}

describe('opening a link outside the app', () => {
  it('hands an https link to the system', async () => {
    const deps = recordingOpener();
    await expect(openExternal('https://www.tianjin.gov.cn/', deps)).resolves.toEqual({ status: 'opened' });
    expect(deps.opened).toEqual(['https://www.tianjin.gov.cn/']);
  });

  it('hands over the parsed form of the link, which is the one that was checked', async () => {
    const deps = recordingOpener();
    await openExternal('HTTPS://Example.org/a b', deps);
    expect(deps.opened).toEqual(['https://example.org/a%20b']);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://example.org/', 'app://bundle/index.html', 'not a url'])(
    'refuses %s without involving the system',
    async (url) => {
      const deps = recordingOpener();
      await expect(openExternal(url, deps)).resolves.toMatchObject({ status: 'refused' });
      expect(deps.opened).toEqual([]);
    },
  );

  it.each<[string, unknown]>([
    ['a number', 42],
    ['an object', { url: 'https://example.org/' }],
    ['an empty string', ''],
    ['a link longer than 2048 characters', `https://example.org/${'a'.repeat(2048)}`],
  ])('refuses %s as an argument', async (_what, url) => {
    const deps = recordingOpener();
    await expect(openExternal(url, deps)).resolves.toMatchObject({ status: 'refused' });
    expect(deps.opened).toEqual([]);
  });

  it('reports a link the system cannot open as refused, with the reason', async () => {
    const deps = recordingOpener(new Error('no application for tel:'));
    await expect(openExternal('tel:+862212345678', deps)).resolves.toEqual({
      status: 'refused',
      message: 'The system could not open the link: no application for tel:',
    });
  });
});
