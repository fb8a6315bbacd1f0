/** Hands bytes to the browser as a download (no permission needed: a link with `download`). */
export function downloadFile(name: string, type: string, bytes: Uint8Array | string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Late enough for the download to have started reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `qari-library-2024-03-01.json` */
export function datedName(prefix: string, extension: string, now = new Date()): string {
  return `${prefix}-${now.toISOString().slice(0, 10)}.${extension}`;
}
