/**
 * Every string the user reads, in English, one file per area under en/. A translation is another object of
 * type `Messages`.
 */
import { common } from './en/common';
import { certificates } from './en/certificates';
import { metadata } from './en/metadata';
import { scripts } from './en/scripts';
import { topology } from './en/topology';
import { verify } from './en/verify';
import { operations } from './en/operations';
import { persist } from './en/persist';
import { nav } from './en/nav';
import { next } from './en/next';

export const en = {
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

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
