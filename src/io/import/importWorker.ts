// The import dialog's Web Worker: reads and checks a peta jabatan off the page's thread (workerProtocol.ts says
// what crosses). Started by the dialog for one file and terminated when the dialog is done with it («Batal» too).
import { readPetaJabatanTable } from './index';
import { createImportHandler } from './importHandler';
import type { ImportRequest, ImportResponse } from './workerProtocol';

const scope = self as unknown as {
  postMessage(message: ImportResponse): void;
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
};

const handle = createImportHandler((r) => scope.postMessage(r), (file, onProgress) => readPetaJabatanTable(file, onProgress));
scope.onmessage = (e) => void handle(e.data);
