export type FileReadResult = { kind: 'text'; text: string; name: string } | { kind: 'msg'; name: string } | { kind: 'too-large'; name: string; bytes: number } | { kind: 'binary'; name: string } | { kind: 'unsupported'; name: string };
export async function readNdrFile(file: Blob & { name: string }): Promise<FileReadResult> {
  return { kind: 'text', text: await file.text(), name: file.name };
}
