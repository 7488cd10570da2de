// The rule dialog quotes the active profile's own regulation; the national profile names the regional articles.
import { expect, test } from './fixtures';

test('rule dialog: Serang quotes Serang, Banjarmasin quotes Banjarmasin, national names the shared articles', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const ruleButton = page.getByRole('button', { name: /^KED-0[12]$/ }).first();
  const ruleId = (await ruleButton.textContent())!.trim();

  for (const [profile, short, pasal] of [
    ['serang-23-2023', 'Perwali Serang 23/2023', 'Pasal 5 ayat (3)'],
    ['banjarmasin-147-2023', 'Perwali Banjarmasin 147/2023', 'Pasal 8 ayat (2)'],
  ] as const) {
    await page.getByTestId('profile-select').selectOption(profile);
    await page.getByRole('button', { name: ruleId }).first().click();
    const doc = page.getByTestId('rule-doc');
    await expect(doc.getByRole('heading', { name: `Bunyi ketentuan — ${short}` })).toBeVisible();
    await expect(doc.getByTestId('clause-quote').filter({ hasText: pasal })).toHaveCount(1);
    await expect(doc).toContainText(`Sumber pada profil aktif: ${short}, `);
    await page.keyboard.press('Escape');
    await expect(doc).toHaveCount(0);
  }

  await page.getByTestId('profile-select').selectOption('nasional');
  await page.getByRole('button', { name: ruleId }).first().click();
  await expect(page.getByTestId('rule-doc')).toContainText(/Sumber pada profil aktif: PermenPANRB 7\/2022, .*; sama dengan Perwali Banjarmasin 147\/2023 Pasal 8/);
  await expect(page.getByTestId('clause-note')).toContainText('tidak termuat');
});

test('React Flow speaks Indonesian: zoom buttons and minimap carry Indonesian labels and titles, no English left', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.locator('.react-flow__controls-zoomin')).toHaveAttribute('title', 'Perbesar');
  await expect(page.locator('.react-flow__controls-zoomout')).toHaveAttribute('aria-label', 'Perkecil');
  await expect(page.locator('.react-flow__controls-fitview')).toHaveAttribute('title', 'Lihat semua');
  const english = await page.locator('[title],[aria-label]').evaluateAll((els) =>
    els
      .map((e) => `${e.getAttribute('title') ?? ''} ${e.getAttribute('aria-label') ?? ''}`)
      .filter((t) => /Zoom In|Zoom Out|Fit View|Mini Map|Control Panel|Press enter/i.test(t)),
  );
  expect(english).toEqual([]);
});
