/** The site an address belongs to, for the filter: its host without www/m/amp, lower-case. */
export function siteOf(address: string): string {
  try {
    return new URL(address).hostname.toLowerCase().replace(/^(www|m|mobile|amp)\./, '');
  } catch {
    return '';
  }
}
