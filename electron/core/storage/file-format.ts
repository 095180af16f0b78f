/** The identity of a plan file inside SQLite's header (PRAGMA application_id): "S3PL". */
export const APPLICATION_ID = 0x5333504c;
export const PLAN_EXTENSION = '.s3plan';

const MAGIC = 'SQLite format 3\u0000';

export interface HeaderFacts {
  pageSize: number;
  pageCount: number;
  userVersion: number;
  applicationId: number;
}

/**
 * Reads the facts a plan file's first 100 bytes state (https://sqlite.org/fileformat.html),
 * without opening it with SQLite, so a foreign or damaged file is never touched.
 * Returns null when the bytes are not an SQLite header.
 */
export function readHeader(bytes: Buffer): HeaderFacts | null {
  if (bytes.length < 100 || bytes.toString('latin1', 0, 16) !== MAGIC) return null;
  const rawPageSize = bytes.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return null;
  // The in-header page count is valid only when the change counter matches version-valid-for.
  const countValid = bytes.readUInt32BE(24) === bytes.readUInt32BE(92);
  return {
    pageSize,
    pageCount: countValid ? bytes.readUInt32BE(28) : 0,
    userVersion: bytes.readInt32BE(60),
    applicationId: bytes.readInt32BE(68) >>> 0,
  };
}
