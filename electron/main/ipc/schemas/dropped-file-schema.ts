import { z } from 'zod';
import type { DroppedFile } from '../../../shared/channels/dropped-file.js';

/**
 * A dropped file for a target that reads at most `limitBytes` (`what` names that kind of file): its base64 may
 * hold the limit plus one byte, never more, whatever size the file claims.
 */
export function droppedFileArg(limitBytes: number, what: string): z.ZodType<DroppedFile> {
  const readBytes = limitBytes + 1;
  return z.object({
    name: z.string().min(1, { error: 'must name the dropped file' }).max(255, { error: 'must be a file name of at most 255 characters' }),
    size: z.number().int().min(0, { error: 'must be the size of the dropped file in bytes' }),
    base64: z
      .string()
      .max(Math.ceil(readBytes / 3) * 4, { error: `holds more than the first ${readBytes} bytes of ${what}` })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'must be base64' }),
  });
}
