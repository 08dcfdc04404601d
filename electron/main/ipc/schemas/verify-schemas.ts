import { z } from 'zod';
import type { VerifyChannels } from '../../../shared/channels/verify-channels.js';
import { type ArgSchemasOf, noArgs } from './arg-schema-types.js';
import { maxStateFileBytes } from '../../../core/state/import-state.js';
import { maxOutputBytes } from '../handlers/verify-handlers.js';
import { droppedFileArg } from './dropped-file-schema.js';
import { projectArg } from './project-schemas.js';

/** Console output of the test is a few kilobytes; far more is not a test's output. */
export const maxPastedOutputChars = 4_000_000;

const pasted = z.string({ error: 'must be the pasted console text' }).max(maxPastedOutputChars, { error: `is longer than ${maxPastedOutputChars} characters; console output of the test is a few kilobytes` });
const side = z.enum(['exchange', 'lync'], { error: 'must be "exchange" or "lync"' });

export const verifyArgSchemas: ArgSchemasOf<VerifyChannels> = {
  'verify:plan': z.tuple([projectArg]),
  'verify:diagnose-pasted': z.tuple([projectArg, pasted]),
  'verify:last': noArgs,
  'verify:import-output': z.tuple([projectArg]),
  'verify:drop-output': z.tuple([projectArg, droppedFileArg(maxOutputBytes, 'the output of the test')]),
  'state:drop': z.tuple([projectArg, droppedFileArg(maxStateFileBytes, 'a state file')]),
  'state:import': z.tuple([projectArg, side]),
  'state:load': z.tuple([projectArg]),
};
