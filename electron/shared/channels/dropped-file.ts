/**
 * A file the user dropped on the wizard. The renderer sends its name, its whole size and its first bytes (base64):
 * at most the drop target's limit plus one byte, so main refuses a file over the limit by its size, with the same
 * words as for a file picked in a dialog. The app never learns where a dropped file lives: nothing records a path
 * for it.
 */
export interface DroppedFile {
  name: string;
  /** The whole file's size in bytes. */
  size: number;
  base64: string;
}
