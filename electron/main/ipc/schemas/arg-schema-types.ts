import { z } from 'zod';

/** One run-time schema per channel of an area's channel map, typed to the channel's arguments. */
export type ArgSchemasOf<Map extends { [C in keyof Map]: { args: unknown[] } }> = { [C in keyof Map]: z.ZodType<Map[C]['args']> };

export const noArgs = z.tuple([]);
