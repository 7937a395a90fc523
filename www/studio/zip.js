// A zip file of stored (uncompressed) entries, for the studio's downloads: the content's
// source files, and the built files a widget downloads. PKWARE's APPNOTE 4.3: a local header
// and the bytes for each entry, then the central directory and its end record. Names are
// UTF-8 (flag bit 11). No compression: the files are small, and the studio needs no library.

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 of `bytes` (the zip's, ISO 3309). */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip (a Blob) of `entries`, `[name, bytes or text]` pairs. */
export function zip(entries) {
  const encoder = new TextEncoder();
  const parts = [];
  const central = [];
  let offset = 0;
  // MS-DOS time and date of 1 January 2026, 00:00: the same bytes for the same files.
  const [time, date] = [0, ((2026 - 1980) << 9) | (1 << 5) | 1];
  for (const [name, content] of entries) {
    const data = typeof content === 'string' ? encoder.encode(content) : content;
    const path = encoder.encode(name);
    const crc = crc32(data);
    const header = (signature, size) => {
      const view = new DataView(new ArrayBuffer(size));
      view.setUint32(0, signature, true);
      return view;
    };
    const local = header(0x04034b50, 30);
    // version 2.0, flags (UTF-8), method 0 (stored), time, date, crc, sizes, name length.
    [[4, 20], [6, 0x0800], [8, 0], [10, time], [12, date]].forEach(([at, v]) => local.setUint16(at, v, true));
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, path.length, true);
    parts.push(local, path, data);
    const entry = header(0x02014b50, 46);
    [[4, 20], [6, 20], [8, 0x0800], [10, 0], [12, time], [14, date]].forEach(([at, v]) => entry.setUint16(at, v, true));
    entry.setUint32(16, crc, true);
    entry.setUint32(20, data.length, true);
    entry.setUint32(24, data.length, true);
    entry.setUint16(28, path.length, true);
    entry.setUint32(42, offset, true);
    central.push(entry, path);
    offset += 30 + path.length + data.length;
  }
  const size = central.reduce((n, part) => n + part.byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return new Blob([...parts, ...central, end], { type: 'application/zip' });
}
