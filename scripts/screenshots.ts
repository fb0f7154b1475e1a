// Screenshots of a running Rondom demo, for before/after comparisons.
//
//   npx tsx scripts/screenshots.ts <baseUrl> <outDir> [familyId|familyName]
//
// e.g. npx tsx scripts/screenshots.ts http://localhost:8080 docs/screens/after "Gezin El Khatib" (docs/screens/README.md)
//
// The demo must be running (`node bin/rondom.mjs serve --demo ...`); password "rondom-demo-2026", no second factor.
// Optional third argument (or env FAMILY_ID): the family to photograph (id or name, e.g. "Gezin El Khatib"), so a
// later run can show the same family even if the list order changed. Without it: the first family in Anouk's list with 3+ children, else the first.
//
// Written to survive UI changes: login by label/role, pages by URL, waiting for the h1 (role heading level 1)
// and for the network to settle; no CSS classes.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const PASSWORD = process.env.RONDOM_DEMO_PASSWORD ?? 'rondom-demo-2026';
const PROFESSIONAL = 'anouk.jansen@demo.rondom.test';
const FALLBACK_TEAM_LEAD = 'marieke.devries@demo.rondom.test';
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

const [baseArg, outArg, familyArg] = process.argv.slice(2);
if (!baseArg || !outArg) {
  console.error('usage: npx tsx screenshots.ts <baseUrl> <outDir> [familyId|familyName]');
  process.exit(2);
}
const base = baseArg.replace(/\/+$/, '');
const outDir = resolve(outArg);
const pinnedFamily = familyArg ?? process.env.FAMILY_ID;

interface Row { shot: string; url: string; heading: string; height: number; buttons: number | null; buttonElements: number | null }
const rows: Row[] = [];

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    await run(browser);
  } finally {
    await browser.close();
  }
  printTable();
}

async function run(browser: Browser) {
  // --- Anouk, professional: her families, one family (desktop + phone), the alerts inbox.
  const anouk = await browser.newContext({ viewport: DESKTOP, locale: 'nl-NL' });
  const page = await anouk.newPage();
  await login(page, PROFESSIONAL);

  await open(page, '/gezinnen');
  await shot(page, 'families-professional.png');
  await shot(page, 'families-professional-full.png', { fullPage: true });

  const family = await chooseFamily(page);
  console.error(`family: ${family.id} ${family.name ?? ''} (${family.children} children)${family.pinned ? ' [pinned]' : ''}`);
  await open(page, `/gezinnen/${family.id}`);
  await shot(page, 'family-overview.png', { countButtons: true });
  await shot(page, 'family-full.png', { fullPage: true, countButtons: true });

  const phone = await browser.newContext({
    viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1, locale: 'nl-NL',
    storageState: await anouk.storageState(),
  });
  const phonePage = await phone.newPage();
  await open(phonePage, `/gezinnen/${family.id}`);
  await shot(phonePage, 'family-phone.png', { countButtons: true });
  await phone.close();

  await openInbox(page);
  await shot(page, 'inbox.png');
  await anouk.close();

  // --- The team lead: the families list seen through the team.
  const teamLeadEmail = await findTeamLead(browser);
  const lead = await browser.newContext({ viewport: DESKTOP, locale: 'nl-NL' });
  const leadPage = await lead.newPage();
  await login(leadPage, teamLeadEmail);
  await open(leadPage, '/gezinnen');
  await shot(leadPage, 'families-teamlead.png');
  await lead.close();
}

async function login(page: Page, email: string) {
  await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
  await page.getByLabel('E-mailadres', { exact: false }).first().fill(email);
  await page.getByLabel('Wachtwoord', { exact: false }).first().fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  // Logged in once the login button is gone and a page heading other than "Inloggen" shows.
  await page.getByRole('button', { name: 'Inloggen', exact: true }).waitFor({ state: 'detached', timeout: 30_000 });
  await waitForH1(page);
  const heading = (await page.getByRole('heading', { level: 1 }).first().innerText()).trim();
  if (/^inloggen$/i.test(heading)) throw new Error(`login failed for ${email}`);
}

async function open(page: Page, path: string) {
  await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
  await waitForH1(page);
}

async function openInbox(page: Page) {
  // Through the menu item that leads to /signalen (as a user would); straight to the URL if the menu has none.
  const link = page.getByRole('navigation').getByRole('link').and(page.locator('a[href="/signalen"]')).first();
  if (await link.count() > 0 && await link.isVisible()) {
    await link.click();
    await page.waitForURL((url) => url.pathname === '/signalen', { timeout: 15_000 });
    await waitForH1(page);
  } else {
    await open(page, '/signalen');
  }
}

/** The h1, then quiet network, then no visible "loading" status left. */
async function waitForH1(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await page.getByRole('status').filter({ hasText: /laden|loading/i }).first()
    .waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => console.error(`still loading on ${page.url()}`));
  await page.evaluate(() => document.fonts?.ready).catch(() => undefined);
  await page.waitForTimeout(300);
}

interface FamilyChoice { id: string; name?: string; children: number; pinned: boolean }

async function chooseFamily(page: Page): Promise<FamilyChoice> {
  const response = await page.request.get(`${base}/api/v1/households`);
  if (!response.ok()) throw new Error(`GET /api/v1/households: ${response.status()}`);
  const body = await response.json() as { data: Array<{ id: string; name?: string; children?: unknown[] }> };
  const list = body.data ?? [];
  if (pinnedFamily) {
    // An id, or a family name as shown ("Gezin El Khatib"): demo ids may differ when the demo generator changed.
    const found = list.find((h) => h.id === pinnedFamily) ?? list.find((h) => h.name?.toLowerCase() === pinnedFamily.toLowerCase());
    if (!found && !/^[0-9a-f-]{36}$/i.test(pinnedFamily)) throw new Error(`no family "${pinnedFamily}" in Anouk's list`);
    return { id: found?.id ?? pinnedFamily, name: found?.name, children: found?.children?.length ?? -1, pinned: true };
  }
  const chosen = list.find((h) => (h.children?.length ?? 0) >= 3) ?? list[0];
  if (!chosen) throw new Error('Anouk has no families');
  return { id: chosen.id, name: chosen.name, children: chosen.children?.length ?? 0, pinned: false };
}

/** A user with role team_lead; the demo's Marieke de Vries if the API does not tell (a professional may not list users). */
async function findTeamLead(browser: Browser): Promise<string> {
  if (process.env.TEAM_LEAD) return process.env.TEAM_LEAD;
  const admin: BrowserContext = await browser.newContext();
  try {
    const login = await admin.request.post(`${base}/api/v1/session`, { data: { email: 'beheer@demo.rondom.test', password: PASSWORD } });
    if (!login.ok()) return FALLBACK_TEAM_LEAD;
    const users = await admin.request.get(`${base}/api/v1/users`);
    if (!users.ok()) return FALLBACK_TEAM_LEAD;
    const body = await users.json() as { data?: Array<{ email?: string; roles?: string[]; teamId?: string | null }> };
    const leads = (body.data ?? []).filter((u) => u.roles?.includes('team_lead') && u.email);
    const preferred = leads.find((u) => u.email === FALLBACK_TEAM_LEAD) ?? leads[0];
    return preferred?.email ?? FALLBACK_TEAM_LEAD;
  } catch {
    return FALLBACK_TEAM_LEAD;
  } finally {
    await admin.close();
  }
}

async function shot(page: Page, file: string, options: { fullPage?: boolean; countButtons?: boolean } = {}) {
  await page.screenshot({ path: join(outDir, file), fullPage: options.fullPage ?? false, animations: 'disabled' });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const heading = (await page.getByRole('heading', { level: 1 }).first().innerText()).trim();
  const buttons = options.countButtons ? await page.getByRole('button').count() : null;
  const buttonElements = options.countButtons ? await page.locator('button').count() : null;
  rows.push({ shot: file, url: new URL(page.url()).pathname, heading, height, buttons, buttonElements });
}

function printTable() {
  const header = ['screenshot', 'path', 'h1', 'scrollHeight', 'buttons (role)', '<button> elements'];
  const lines = rows.map((r) => [r.shot, r.url.replace(/[0-9a-f-]{36}/gi, ':id'), r.heading, String(r.height), r.buttons === null ? '' : String(r.buttons), r.buttonElements === null ? '' : String(r.buttonElements)]);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
