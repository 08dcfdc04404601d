/** The words of the close prompt, in the language the renderer last reported (main has no catalogue of its own). */
import type { UiLanguage } from '../shared/channels/session-channels.js';

export interface CloseGuardText {
  /** The question, for a project saved before (`name` is its file's name) or never saved. */
  saveChangesTo(name: string): string;
  saveNewProject: string;
  detail: string;
  save: string;
  dontSave: string;
  cancel: string;
  notSaved: string;
  ok: string;
}

export const closeGuardText: Record<UiLanguage, CloseGuardText> = {
  en: {
    saveChangesTo: (name) => `Save the changes to ${name} before closing?`,
    saveNewProject: 'Save this project before closing?',
    detail: 'If you do not save, the changes stay only in the autosave, which s2s-wizard offers to restore the next time it starts.',
    save: 'Save',
    dontSave: "Don't save",
    cancel: 'Cancel',
    notSaved: 'The project was not saved, so s2s-wizard stays open.',
    ok: 'OK',
  },
  ko: {
    saveChangesTo: (name) => `닫기 전에 ${name}의 변경 내용을 저장하시겠습니까?`,
    saveNewProject: '닫기 전에 이 프로젝트를 저장하시겠습니까?',
    detail: '저장하지 않으면 변경 내용은 자동 저장에만 남으며, s2s-wizard를 다음에 시작할 때 복원할 수 있습니다.',
    save: '저장',
    dontSave: '저장 안 함',
    cancel: '취소',
    notSaved: '프로젝트를 저장하지 못했으므로 s2s-wizard를 닫지 않습니다.',
    ok: '확인',
  },
};
