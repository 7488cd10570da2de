// Nothing from a file is ever executed, the built app runs under its Content-Security-Policy without a single
// violation, and it talks to nobody but its own origin.
import { expect, test, type Page } from './fixtures';
import writeExcelFile from 'write-excel-file/node';
import { clickDownload, downloadText, expectSaved, fixtureDoc, setTitle, writeTally } from './reliabilityHelpers';

const PAYLOADS = {
  title: '<img src=x onerror=alert(1)> Judul',
  instansi: '<script>alert(2)</script> Pemkot',
  unit: '<img src=x onerror=alert(3)> Bidang',
  head: '"><svg onload=alert(4)> Kepala',
  jf: '<b onmouseover=alert(5)>tebal</b> <iframe src=javascript:alert(6)>',
  holder: '<a href="javascript:alert(7)">Pemangku</a>',
  kode: '"><img src=x onerror=alert(8)>',
};

/** Records everything that would show an attack or a policy problem. Test-side only: production has no hooks. */
async function watch(page: Page) {
  const seen = { dialogs: [] as string[], violations: [] as string[], consoleErrors: [] as string[], pageErrors: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') seen.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => seen.pageErrors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
  });
  return {
    ...seen,
    async violationsNow() {
      return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    },
  };
}

/** Elements the app never makes: anything here came from data. */
async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll('img[src="x"], iframe, [onerror], [onload], [onmouseover], a[href^="javascript:"], svg[onload]'),
      ...[...document.querySelectorAll('script')].filter((s) => !s.src || new URL(s.src).origin !== location.origin),
      ...[...document.querySelectorAll('b')].filter((b) => b.textContent === 'tebal'),
    ].map((e) => e.outerHTML.slice(0, 120)),
  );
}

test('labels with markup and script show as text in the editor, findings, document list and print', async ({ page }) => {
  const w = await watch(page);
  await page.addInitScript(() => {
    // window.print would open the browser's dialog; the test only needs the print view the app builds
    window.print = () => undefined;
  });
  const doc = fixtureDoc();
  doc.title = PAYLOADS.title;
  (doc.instansi as { nama: string }).nama = PAYLOADS.instansi;
  const unitIds = Object.keys(doc.units);
  doc.units[unitIds[1]].nama = PAYLOADS.unit;
  doc.positions.jab_1.nama = PAYLOADS.head;
  doc.positions.jab_1.kode = PAYLOADS.kode;
  // a JF without superior: KED-01 names it in a finding
  doc.positions.jab_1_1_1_1.nama = PAYLOADS.jf;
  doc.positions.jab_1_1_1_1.superiorId = null;
  doc.positions.jab_1_1.holder = { nama: PAYLOADS.holder, nip: '' };

  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('first-open').click();
  await (await chooser).setFiles({ name: 'jahat.petakerja.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });

  // editor canvas and toolbar
  await expect(page.getByLabel('Judul dokumen')).toHaveValue(PAYLOADS.title);
  await expect(page.locator('.react-flow__node', { hasText: PAYLOADS.head })).toBeVisible();
  await expect(page.locator('.react-flow__node', { hasText: PAYLOADS.jf })).toBeVisible();
  // findings
  await expect(page.getByTestId('findings')).toContainText(PAYLOADS.jf);
  // properties of the head (kode, unit) and of the position with the holder
  await page.locator('.react-flow__node', { hasText: PAYLOADS.head }).click();
  await expect(page.getByTestId('properties')).toBeVisible();
  await expectSaved(page);
  // document list
  await page.getByTestId('action-documents').click();
  await expect(page.getByTestId('doc-list')).toContainText(PAYLOADS.title);
  await expect(page.getByTestId('doc-list')).toContainText(PAYLOADS.instansi);
  await page.locator('.modal-close').click();
  // print view (the same SVG as the SVG export, put into the page)
  await page.getByTestId('action-export').click();
  await page.getByTestId('export-format-print').check();
  await page.getByTestId('export-go').click();
  // long labels are wrapped and shortened in the drawing: look for their beginnings
  await expect(page.locator('#print-root')).toContainText('"><svg');
  await expect(page.locator('#print-root')).toContainText('<b');
  // SVG export file: labels escaped
  await page.getByTestId('action-export').click();
  await page.getByTestId('export-format-svg').check();
  const svg = await downloadText(await clickDownload(page, () => page.getByTestId('export-go').click()));
  expect(svg).toContain('&quot;&gt;&lt;svg');
  expect(svg).toContain('&lt;b');
  expect(svg).not.toMatch(/<(img|script|iframe|b)[\s>]/);

  expect(await injectedElements(page)).toEqual([]);
  expect(w.dialogs).toEqual([]);
  expect(await w.violationsNow()).toEqual([]);
  expect(w.pageErrors).toEqual([]);
  writeTally('xss', { faults: {}, badInputs: { 'markup/script payloads in labels': Object.keys(PAYLOADS).length }, documentsLost: 0 });
});

test('the built app runs under its CSP with no violation, and requests nothing beyond its own origin', async ({ page, baseURL }) => {
  const w = await watch(page);
  const origin = new URL(baseURL!).origin;
  const requests: { url: string; afterLoad: boolean }[] = [];
  let loaded = false;
  page.on('request', (r) => requests.push({ url: r.url(), afterLoad: loaded }));

  await page.goto('/');
  // the policy is the one of index.html, delivered with the built page
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline\'; script');
  expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
  loaded = true;

  // sample, edit, Rapikan (ELK in its worker), save a file, import a CSV and an XLSX
  await page.getByTestId('first-sample').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await setTitle(page, 'Uji jaringan');
  await expectSaved(page);
  await page.getByTestId('action-layout').click();
  await expect(page.getByTestId('toast')).toContainText('Tata letak dirapikan');
  await clickDownload(page, () => page.getByTestId('action-save').click());

  const csv = 'kode;nama_jabatan;jenis;jenjang;unit;atasan\n1;Kepala Dinas;JPT Pratama;;Dinas Uji;\n1.1;Analis Uji Impor;Pejabat Fungsional;Ahli Muda;Dinas Uji;1\n';
  await page.getByTestId('action-import').click();
  let chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick').click();
  await (await chooser).setFiles({ name: 'uji.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-confirm').click();
  await expect(page.locator('.react-flow__node', { hasText: 'Analis Uji Impor' })).toBeVisible();

  const rows = csv.trim().split('\n').map((l) => l.split(';').map((v) => (v === '' ? null : { value: v, type: String, format: '@' })));
  const xlsx = Buffer.from(await writeExcelFile(rows).toBuffer());
  await page.getByTestId('action-import').click();
  chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick').click();
  await (await chooser).setFiles({ name: 'uji.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
  await expect(page.getByTestId('import-preview')).toContainText('2 jabatan');
  await page.getByTestId('import-confirm').click();
  await expectSaved(page);

  const foreign = requests.filter((r) => !r.url.startsWith(origin + '/') && !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
  expect(foreign).toEqual([]);
  // after the page has loaded, only the app's own static files (lazy chunks, the layout worker, the Arimo font files)
  const afterLoad = requests.filter((r) => r.afterLoad && r.url.startsWith(origin)).map((r) => new URL(r.url).pathname);
  for (const path of afterLoad) expect(path).toMatch(/^\/(assets\/[\w.-]+\.(js|css|wasm|woff2)|favicon\.svg)$/);
  expect(await w.violationsNow()).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
  expect(w.pageErrors).toEqual([]);
  expect(w.dialogs).toEqual([]);
  writeTally('csp-network', { faults: {}, badInputs: {}, requests: requests.length, documentsLost: 0 });
});
