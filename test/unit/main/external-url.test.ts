import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../electron/main/external-url';

describe('links that may leave the app', () => {
  it.each([
    'https://www.tianjin.gov.cn/',
    'https://example.org/agenda?day=2#morning',
    'mailto:protocol@example.org?subject=Delegation',
    'tel:+862212345678',
  ])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['a script', 'javascript:alert(1)'],
    ['a local file', 'file:///etc/passwd'],
    ['an unencrypted page', 'http://example.org/'],
    ['inline data', 'data:text/html,<script>alert(1)</script>'],
    ['the app itself', 'app://bundle/index.html'],
    ['a Windows share', 'smb://server/share'],
    ['an address with no scheme', 'example.org'],
    ['a malformed address', 'https://'],
    ['an empty string', ''],
  ])('refuses %s', (_what, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses a javascript: link disguised with case and whitespace', () => {
    expect(isSafeExternalUrl('  JavaScript:alert(1)')).toBe(false);
  });
});
