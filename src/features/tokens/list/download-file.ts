/** Hands the browser a file to save, built in memory. */
export function downloadTextFile(fileName: string, text: string, type: string, { byteOrderMark = true }: { byteOrderMark?: boolean } = {}) {
  // The byte-order mark makes Excel read the file as UTF-8, so names in any script survive.
  const url = URL.createObjectURL(new Blob(byteOrderMark ? ['\uFEFF', text] : [text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Not at once: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
