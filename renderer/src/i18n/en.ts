/**
 * Every string the user reads, in English, one file per area under en/. A translation is another object of
 * type `Messages`.
 */
import { common } from './en/common';
import { topology } from './en/topology';

export const en = {
  ...common,
  ...topology,
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
