/**
 * The one Content-Security-Policy of the renderer, used by the desktop shell (as a response header of the
 * app:// protocol) and by the web build (as a <meta> tag injected at build time).
 *
 * Scripts: only the app's own files, no inline script, no eval.
 * Styles: the component library writes its theme variables into <style> elements and style attributes at run
 * time, so inline styles are allowed; with img, font and connect limited to 'self' a style cannot send data
 * anywhere, which is what makes injected CSS dangerous elsewhere.
 */
const directives: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'object-src': "'none'",
  'frame-src': "'none'",
};

/** Directives that browsers ignore (and warn about) when the policy arrives in a <meta> element. */
const headerOnly: Record<string, string> = {
  'frame-ancestors': "'none'",
};

function serialise(entries: Record<string, string>): string {
  return Object.entries(entries)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY_META = serialise(directives);
export const CONTENT_SECURITY_POLICY_HEADER = serialise({ ...directives, ...headerOnly });
