/**
 * Long texts (job descriptions) kept deflated: a description is most of an application's
 * bytes, and stored once per application it is read only when its detail opens. Raw
 * DEFLATE (CompressionStream, in every browser the extension supports and in Node), then
 * base64, since chrome.storage holds JSON.
 */

/** Shorter texts are stored as they are: deflate gains too little on them. */
const MIN_PACKED_CHARS = 400;

async function through(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The packed form of `text`, or undefined when packing would not make it shorter. */
export async function packText(text: string): Promise<string | undefined> {
  if (text.length < MIN_PACKED_CHARS) return undefined;
  const packed = toBase64(
    await through(new TextEncoder().encode(text), new CompressionStream('deflate-raw')),
  );
  return packed.length < text.length ? packed : undefined;
}

export async function unpackText(packed: string): Promise<string> {
  return new TextDecoder().decode(await through(fromBase64(packed), new DecompressionStream('deflate-raw')));
}
