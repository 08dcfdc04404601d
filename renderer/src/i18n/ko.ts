/**
 * Every string the user reads, in Korean, mirroring en/ file by file. Typed as `Messages`, so a key missing here
 * is a compile error. Terms follow Microsoft's Korean Lync Server 2013 documentation (서버 간 인증, 파트너 응용
 * 프로그램, 인증 메타 데이터 문서, 대화 내용 폴더, 관리 셸, 자동 검색); cmdlets, commands, file names and
 * finding ids stay as they are.
 */
import type { Messages } from './en';
import { common } from './ko/common';
import { certificates } from './ko/certificates';
import { metadata } from './ko/metadata';
import { scripts } from './ko/scripts';
import { topology } from './ko/topology';
import { verify } from './ko/verify';
import { operations } from './ko/operations';
import { persist } from './ko/persist';
import { nav } from './ko/nav';
import { next } from './ko/next';

export const ko: Messages = {
  ...common,
  ...certificates,
  ...metadata,
  ...topology,
  ...scripts,
  ...verify,
  ...operations,
  ...persist,
  ...nav,
  ...next,
};
