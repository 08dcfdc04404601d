import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** design.md §7. security-baseline.test.ts fails if any of these loosens. Without a preload path, none is set. */
export function secureWebPreferences(preloadPath?: string): WebPreferences {
  return {
    ...(preloadPath === undefined ? {} : { preload: preloadPath }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Middle-click would open a new window; windows are denied anyway, this stops the event itself.
    disableBlinkFeatures: 'Auxclick',
  };
}

export function mainWindowOptions(preloadPath: string, iconPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 's2s-wizard',
    icon: iconPath,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** The hidden window that prints the evidence report: the same settings, no preload, and JavaScript off. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return { show: false, webPreferences: { ...secureWebPreferences(), javascript: false } };
}
