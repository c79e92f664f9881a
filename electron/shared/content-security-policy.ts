/**
 * The one Content-Security-Policy of the renderer, used by the desktop shell (as a response header of the
 * app:// protocol) and by the web build (as a <meta> tag injected at build time).
 *
 * Scripts: only the app's own files, no inline script, no eval.
 * Styles: the component library writes its theme variables into <style> elements and style attributes at run
 * time, so inline styles are allowed; with img, font and connect limited to 'self' a style cannot send data
 * anywhere, which is what makes injected CSS dangerous elsewhere.
 *
 * Connections: the desktop shell's header allows only the app's own origin (main talks to the CalDAV server).
 * The browser build has no main: its page publishes calendars to the agency's CalDAV server itself, so its
 * <meta> policy also allows https servers and a server on this computer. Only the app's own scripts can
 * connect anywhere (script-src), and on the desktop both policies apply, so the header's 'self' still rules.
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

/** Where the browser build may connect: the CalDAV servers calendars are published to. */
const browserConnect = "'self' https: http://127.0.0.1:* http://localhost:*";

export const CONTENT_SECURITY_POLICY_META = serialise({ ...directives, 'connect-src': browserConnect });
export const CONTENT_SECURITY_POLICY_HEADER = serialise({ ...directives, ...headerOnly });
