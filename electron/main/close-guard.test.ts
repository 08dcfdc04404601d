/**
 * The close guard with `electron` mocked (Electron Fiddle style): a window that emits 'close' as Electron does
 * (cancelled by preventDefault, else closed), and a message box that answers as the test says.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import { emptyProject, type Project } from '../core/model/project.js';
import { fail, ok, type Result } from '../core/result.js';
import { guardClose } from './close-guard.js';
import { createUnsavedWork } from './ipc/unsaved-work.js';

const electron = vi.hoisted(() => ({ answers: [] as number[], asked: [] as MessageBoxOptions[] }));

vi.mock('electron', () => ({
  dialog: {
    showMessageBox: vi.fn(async (_window: unknown, options: MessageBoxOptions) => {
      electron.asked.push(options);
      return { response: electron.answers.shift() ?? 0, checkboxChecked: false };
    }),
  },
}));

/** Electron's window as far as closing goes: 'close' can be cancelled; otherwise the window is gone. */
class ClosingWindow extends EventEmitter {
  closed = false;
  close(): void {
    let cancelled = false;
    this.emit('close', { preventDefault: () => (cancelled = true) });
    if (!cancelled) this.closed = true;
  }
}

const project: Project = { ...emptyProject(), sipDomain: 'litwareinc.com' };

function guarded(save: (p: Project) => Promise<Result<{ path: string } | null>> = async () => ok({ path: '/p/litware.s2s.json' })) {
  const window = new ClosingWindow();
  const unsavedWork = createUnsavedWork();
  const saved: Project[] = [];
  const autosaved: Project[] = [];
  guardClose(window as unknown as BrowserWindow, {
    unsavedWork,
    save: (p) => {
      saved.push(p);
      return save(p);
    },
    autosave: async (p) => {
      autosaved.push(p);
      return ok(null);
    },
  });
  return { window, unsavedWork, saved, autosaved };
}

/** The guard answers after the message box resolves: wait for the outcome the test expects. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  electron.answers = [];
  electron.asked = [];
});

describe('the close guard', () => {
  it('closes at once when the renderer reports nothing unsaved', () => {
    const { window } = guarded();
    window.close();
    expect(window.closed).toBe(true);
    expect(electron.asked).toEqual([]);
  });

  it('Save: saves the reported project, then closes', async () => {
    const { window, unsavedWork, saved } = guarded();
    Object.assign(unsavedWork, { project, path: '/p/litware.s2s.json' });
    electron.answers = [0];
    window.close();
    expect(window.closed).toBe(false);
    await settle();
    expect(saved).toEqual([project]);
    expect(window.closed).toBe(true);
    expect(electron.asked).toEqual([
      {
        type: 'warning',
        title: 's2s-wizard',
        message: 'Save the changes to litware.s2s.json before closing?',
        detail: 'If you do not save, the changes stay only in the autosave, which s2s-wizard offers to restore the next time it starts.',
        buttons: ['Save', "Don't save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      },
    ]);
  });

  it("Don't save: closes without saving, the latest changes kept in the autosave", async () => {
    const { window, unsavedWork, saved, autosaved } = guarded();
    unsavedWork.project = project;
    electron.answers = [1];
    window.close();
    await settle();
    expect(saved).toEqual([]);
    expect(autosaved).toEqual([project]);
    expect(window.closed).toBe(true);
    expect(electron.asked[0]?.message).toBe('Save this project before closing?');
  });

  it('Cancel (or Escape): stays open, and asks again on the next close', async () => {
    const { window, unsavedWork, saved, autosaved } = guarded();
    unsavedWork.project = project;
    electron.answers = [2];
    window.close();
    await settle();
    expect(window.closed).toBe(false);
    expect(saved).toEqual([]);
    expect(autosaved).toEqual([]);
    electron.answers = [1];
    window.close();
    await settle();
    expect(window.closed).toBe(true);
    expect(electron.asked).toHaveLength(2);
  });

  it('Save, then Cancel in the Save dialog: stays open', async () => {
    const { window, unsavedWork } = guarded(async () => ok(null));
    unsavedWork.project = project;
    electron.answers = [0];
    window.close();
    await settle();
    expect(window.closed).toBe(false);
  });

  it('Save that fails: says why and stays open', async () => {
    const { window, unsavedWork } = guarded(async () => fail('project.write-failed', 'Cannot save to /p/litware.s2s.json: ENOSPC'));
    Object.assign(unsavedWork, { project, path: '/p/litware.s2s.json' });
    electron.answers = [0, 0];
    window.close();
    await settle();
    expect(window.closed).toBe(false);
    expect(electron.asked[1]).toMatchObject({ type: 'error', message: 'The project was not saved, so s2s-wizard stays open.', detail: 'Cannot save to /p/litware.s2s.json: ENOSPC' });
  });

  it('asks once while the question is up, however often the window is asked to close', async () => {
    const { window, unsavedWork } = guarded();
    unsavedWork.project = project;
    electron.answers = [1];
    window.close();
    window.close();
    await settle();
    expect(electron.asked).toHaveLength(1);
    expect(window.closed).toBe(true);
  });

  it('asks in the language the renderer shows', async () => {
    const { window, unsavedWork } = guarded();
    Object.assign(unsavedWork, { project, path: 'C:\\Projects\\litware.s2s.json', language: 'ko' });
    electron.answers = [2];
    window.close();
    await settle();
    expect(electron.asked[0]).toMatchObject({ message: expect.stringMatching(/^닫기 전에 .*litware\.s2s\.json의 변경 내용을 저장하시겠습니까\?$/), buttons: ['저장', '저장 안 함', '취소'] });
  });
});
