import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type LaunchOptions } from 'playwright-core';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Device settings for the context: viewport, touch, scale, permissions… (Playwright's own). */
export type DeviceOptions = Omit<Parameters<typeof chromium.launchPersistentContext>[1], keyof LaunchOptions>;

/**
 * Debian's Chromium, headless, with a throwaway profile. The flags keep it from calling home:
 * this machine has no network, and background requests would fail noisily or stall start-up.
 */
export async function launchBrowser(
  viewport = { width: 1280, height: 800 },
  device: DeviceOptions = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'gridloop-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    locale: 'zh-CN',
    ...device,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
