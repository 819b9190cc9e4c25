/**
 * Debian's Chromium, as the browser tests and the benchmark start it. The flags keep it from calling
 * Google's services, which this machine's closed network refuses (and a reader's privacy forbids).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
