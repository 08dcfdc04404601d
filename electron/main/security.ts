/** The security baseline of design.md §7 that is not a webPreference: sender, navigation and permission policy. */
import type { Session, WebContents } from 'electron';

export const appScheme = 'app';
export const appHost = 's2s-wizard';
export const appOrigin = `${appScheme}://${appHost}`;

/** `new URL(...).origin` is "null" for non-special schemes such as app:, so compare scheme and host. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

interface FrameLike {
  url: string;
  parent: unknown;
}

/** Only the app's own top-level frame may call IPC. */
export function isTrustedSender(frame: FrameLike | null | undefined, allowedOrigin: string): boolean {
  if (!frame || frame.parent !== null) return false;
  return originOf(frame.url) === allowedOrigin;
}

/** No new windows, no navigation or redirect away from the app, no webviews. */
export function guardNavigation(contents: WebContents, allowedOrigin: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const block = (event: { url: string; preventDefault(): void }) => {
    if (originOf(event.url) !== allowedOrigin) event.preventDefault();
  };
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The wizard needs no camera, notifications, geolocation or anything else: every request is refused. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
