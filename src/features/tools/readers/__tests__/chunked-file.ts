/** A file whose stream hands out `chunk` bytes at a time, as a large file does: cuts through UTF-16 code units and UTF-8 characters. */
export function chunkedFile(bytes: Uint8Array<ArrayBuffer>, chunk: number): Blob {
  let offset = 0;
  const file = {
    size: bytes.byteLength,
    stream: () =>
      new ReadableStream<Uint8Array<ArrayBuffer>>({
        pull(controller) {
          if (offset >= bytes.byteLength) controller.close();
          else {
            controller.enqueue(bytes.slice(offset, offset + chunk));
            offset += chunk;
          }
        },
      }),
  };
  return file as unknown as Blob;
}
