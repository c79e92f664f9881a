import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../electron/shared/ipc-contract';
import { buildMenuTemplate, type MenuTemplateOptions } from '../../../electron/main/menu';
import { createI18n } from '../../../src/i18n/i18n';
import type { Language } from '../../../src/i18n/catalogues';

const menuWords = (language: Language) => createI18n({ language, strict: true }).getFixedT(language, 'menu');

const LOG_FILE = '/home/organiser/.config/Delegation Planner/logs/main.log';

function menuFor(overrides: Partial<MenuTemplateOptions> = {}) {
  const sent: MenuCommand[] = [];
  const shown: string[] = [];
  const template = buildMenuTemplate({
    appName: 'Delegation Planner',
    platform: 'linux',
    isPackaged: true,
    t: menuWords('en'),
    sendCommand: (command) => sent.push(command),
    logFilePath: LOG_FILE,
    showItemInFolder: (path) => shown.push(path),
    ...overrides,
  });
  return { template, sent, shown };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label || item.role === label);
  if (menu === undefined || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((candidate) => candidate.label === label);
  if (found === undefined) throw new Error(`no ${label} item`);
  return found;
}

function click(menuItem: MenuItemConstructorOptions): void {
  (menuItem.click as () => void)();
}

const roles = (items: MenuItemConstructorOptions[]) => items.map((entry) => entry.role).filter(Boolean);

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const { template } = menuFor({ platform: 'win32' });
    expect(template.map((entry) => entry.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(template.map((entry) => entry.role)).toEqual([undefined, undefined, undefined, 'windowMenu', 'help']);
  });

  it('has its app menu, File, Edit, View, Window and Help on macOS', () => {
    const { template } = menuFor({ platform: 'darwin' });
    expect(template.map((entry) => entry.label)).toEqual(['Delegation Planner', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('starts with the app menu on macOS', () => {
    const { template } = menuFor({ platform: 'darwin' });
    expect(template[0]?.label).toBe('Delegation Planner');
    expect(item(submenu(template, 'Delegation Planner'), 'Settings…').accelerator).toBe('CmdOrCtrl+,');
    expect(roles(submenu(template, 'Delegation Planner'))).toEqual([
      'about',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
  });

  it.each<[string, MenuCommand]>([
    ['New Trip', 'new-trip'],
    ['Import Trip…', 'import-trip'],
    ['Trips', 'show-trips'],
    ['Back Up…', 'back-up'],
    ['Restore from Backup…', 'restore'],
    ['Show Automatic Backups', 'show-backups'],
    ['Load Sample Trip', 'load-sample-trip'],
    ['Load Shenzhen Sample Trip', 'load-shenzhen-sample-trip'],
    ['Remove Sample Data', 'remove-sample-data'],
    ['Settings…', 'show-settings'],
  ])('sends %s to the page as "%s"', (label, command) => {
    const { template, sent } = menuFor();
    click(item(submenu(template, 'File'), label));
    expect(sent).toEqual([command]);
  });

  it('creates a new trip with Ctrl+N, or Cmd+N on a Mac', () => {
    const { template } = menuFor();
    expect(item(submenu(template, 'File'), 'New Trip').accelerator).toBe('CmdOrCtrl+N');
  });

  it('groups the File menu into trips, backups and the sample data', () => {
    const labels = submenu(menuFor().template, 'File').map((entry) => entry.label ?? entry.type ?? entry.role);
    expect(labels).toEqual([
      'New Trip',
      'Import Trip…',
      'Trips',
      'separator',
      'Back Up…',
      'Restore from Backup…',
      'Show Automatic Backups',
      'separator',
      'Load Sample Trip',
      'Load Shenzhen Sample Trip',
      'Remove Sample Data',
      'separator',
      'Settings…',
      'separator',
      'Exit',
    ]);
  });

  it('offers every command the page understands', () => {
    const { template, sent } = menuFor();
    for (const entry of template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))) {
      if (typeof entry.click === 'function') click(entry);
    }
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('restores only when chosen: no shortcut starts a restore', () => {
    expect(item(submenu(menuFor().template, 'File'), 'Restore from Backup…').accelerator).toBeUndefined();
  });

  it('ends the File menu with Quit on Windows and Linux, and with Close on macOS', () => {
    expect(submenu(menuFor({ platform: 'linux' }).template, 'File').at(-1)?.role).toBe('quit');
    expect(submenu(menuFor({ platform: 'darwin' }).template, 'File').at(-1)?.role).toBe('close');
  });

  it('offers the usual editing commands', () => {
    expect(roles(submenu(menuFor().template, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers zoom and full screen, but no reload or developer tools, in a packaged app', () => {
    expect(roles(submenu(menuFor({ isPackaged: true }).template, 'View'))).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('adds reload and developer tools during development', () => {
    expect(roles(submenu(menuFor({ isPackaged: false }).template, 'View'))).toEqual([
      'reload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('has an About item under Help on Windows and Linux', () => {
    const about = item(submenu(menuFor({ platform: 'linux' }).template, 'Help'), 'About Delegation Planner');
    expect(about.role).toBe('about');
  });

  it.each<NodeJS.Platform>(['linux', 'win32', 'darwin'])('shows the log file in its folder from Help on %s', (platform) => {
    const { template, shown, sent } = menuFor({ platform });

    click(item(submenu(template, 'Help'), 'Show Log File'));

    expect(shown).toEqual([LOG_FILE]);
    expect(sent).toEqual([]);
  });

  it('sends nothing until an item is chosen', () => {
    const { sent, shown } = menuFor();
    expect(sent).toEqual([]);
    expect(shown).toEqual([]);
  });
});

describe('the application menu in Chinese', () => {
  const chinese = (platform: NodeJS.Platform) => menuFor({ platform, appName: '代表团行程规划', t: menuWords('zh-CN') }).template;

  it('names the menus and the page\'s commands in Chinese', () => {
    const template = chinese('win32');
    expect(template.map((entry) => entry.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(submenu(template, '帮助').map((entry) => entry.label).filter(Boolean)).toEqual(['显示日志文件', '关于代表团行程规划']);
    expect(submenu(template, '文件').map((entry) => entry.label ?? entry.type)).toEqual([
      '新建行程',
      '导入行程…',
      '行程',
      'separator',
      '备份…',
      '从备份恢复…',
      '显示自动备份',
      'separator',
      '加载利物浦示例行程',
      '加载深圳示例行程',
      '移除示例数据',
      'separator',
      '设置…',
      'separator',
      '退出',
    ]);
  });

  it('names Electron\'s own items too, which would otherwise be English', () => {
    const template = chinese('darwin');
    expect(submenu(template, '编辑').map((entry) => entry.label)).toEqual(['撤销', '重做', undefined, '剪切', '复制', '粘贴', '全选']);
    expect(submenu(template, '代表团行程规划').map((entry) => entry.label).filter(Boolean)).toEqual([
      '关于代表团行程规划',
      '设置…',
      '服务',
      '隐藏代表团行程规划',
      '隐藏其他',
      '全部显示',
      '退出代表团行程规划',
    ]);
  });

  it('sends the same commands whatever the language', () => {
    const sent: MenuCommand[] = [];
    const template = menuFor({ appName: 'x', t: menuWords('zh-CN'), sendCommand: (c) => sent.push(c) }).template;
    click(item(submenu(template, '文件'), '设置…'));
    click(item(submenu(template, '文件'), '加载深圳示例行程'));
    expect(sent).toEqual(['show-settings', 'load-shenzhen-sample-trip']);
  });
});
