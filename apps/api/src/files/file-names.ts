/**
 * A file name safe to store and to send back in Content-Disposition: no folders (`../x` → `x`),
 * no control characters, NFC-normalised, at most 255 characters; never empty.
 */
export function safeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const printable = [...base].filter((c) => c.charCodeAt(0) > 0x1f && c !== '\u007f').join('');
  const clean = printable.trim().replace(/^\.+/, '');
  return (clean || 'fichier').slice(0, 255);
}
