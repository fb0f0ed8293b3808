// Stand-in for libmime's own table of MIME types and file extensions
// (`libmime/lib/mimetypes.js`, about 18 kB gzip). libmime reads it only in
// detectExtension() and detectMimeType(), which mailauth never calls: it uses
// libmime's foldLines() and parseHeaderValue(). With empty tables those two
// would answer libmime's defaults ("bin", "application/octet-stream").
export const list: Record<string, string | string[]> = {};
export const extensions: Record<string, string | string[]> = {};

export default { list, extensions };
