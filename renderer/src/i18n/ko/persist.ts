/** 작업 위치 유지: 자동 저장된 작업 복원 제안과 최근 프로젝트. */
import type { persist as english } from '../en/persist';

export const persist: Record<keyof typeof english, string> = {
  'restore.title': '마지막 프로젝트를 복원하시겠습니까?',
  'restore.savedFile': '마지막 프로젝트는 {name}({path})입니다.',
  'restore.neverSaved': '마지막 프로젝트({domain})는 파일로 저장된 적이 없습니다.',
  'restore.noDomain': 'SIP 도메인 없음',
  'restore.savedAt': '자동 저장 시간: {date}',
  'restore.keeps': '새 프로젝트를 시작해도 무언가를 변경하기 전까지는 이 작업이 자동 저장에 남아 있습니다.',
  'restore.restore': '복원',
  'restore.startNew': '새로 시작',

  'recent.button': '최근 프로젝트',
  'recent.listLabel': '최근 프로젝트(최근 항목부터)',
  'recent.loading': '목록을 읽는 중…',
  'recent.empty': '최근 프로젝트가 없습니다. 열거나 저장한 프로젝트가 여기에 표시됩니다.',
  'recent.missing': '파일을 찾을 수 없음',
  'recent.openedAt': '마지막으로 열거나 저장한 시간: {date}',
};
