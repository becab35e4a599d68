/** One top-level ISO-BMFF box: its four-character type, offset and size in bytes. */
export interface Mp4Box {
  type: string;
  offset: number;
  size: number;
}

/** Walk the top-level boxes of an MP4 (ftyp, moov, mdat, …); stops at the first malformed header. */
export function topLevelBoxes(data: Uint8Array): Mp4Box[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const boxes: Mp4Box[] = [];
  let offset = 0;
  while (offset + 8 <= data.byteLength) {
    let size = view.getUint32(offset);
    const type = String.fromCharCode(...data.subarray(offset + 4, offset + 8));
    if (size === 1) {
      // 64-bit "largesize" follows the type.
      if (offset + 16 > data.byteLength) break;
      size = Number(view.getBigUint64(offset + 8));
    } else if (size === 0) {
      size = data.byteLength - offset; // box runs to the end of the file
    }
    if (size < 8) break;
    boxes.push({ type, offset, size });
    offset += size;
  }
  return boxes;
}

/** True when `data` is an MP4 whose media data comes before its index, which a pipe cannot demux. */
export function needsSeekableInput(data: Uint8Array): boolean {
  const types = topLevelBoxes(data).map((box) => box.type);
  const moov = types.indexOf('moov');
  const mdat = types.indexOf('mdat');
  return mdat !== -1 && (moov === -1 || mdat < moov);
}
