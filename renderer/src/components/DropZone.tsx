import { useState, type DragEvent, type ReactNode } from 'react';

interface DropZoneProps {
  /** The zone's name, e.g. "Drop zone for the Exchange Server Auth Certificate". */
  label: string;
  /** The first file dropped (a drop of several takes the first). */
  onFile(file: File): void;
  /** The zone's controls and hint: dropping is never the only way, a button opens the same file. */
  children: ReactNode;
}

/** Where a file may be dropped: outlined while a file is dragged over it. */
export function DropZone({ label, onFile, children }: DropZoneProps) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
      role="group"
      aria-label={label}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {children}
    </div>
  );
}
