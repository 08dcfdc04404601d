import type { Menu as MenuType, MenuItemConstructorOptions } from 'electron';

/** Standard roles only: the wizard's own actions live in its window, where the keyboard reaches them. */
export function menuTemplate(isPackaged: boolean, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }];
  if (!isPackaged) view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [platform === 'darwin' ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}

export function buildMenu(menu: Pick<typeof MenuType, 'buildFromTemplate'>, isPackaged: boolean): MenuType {
  return menu.buildFromTemplate(menuTemplate(isPackaged, process.platform));
}
