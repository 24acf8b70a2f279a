// A large policy for the tests of incremental rendering, grown from a reference policy the way real ones grow.

export interface LargeOptions {
  /** How many times d-home-smaart's 16 cookies are listed (renamed copies). */
  cookies?: number;
  /** How many custom rights follow its own, in a rights part of their own at the end of the notice. */
  rights?: number;
  /** Added to every copied cookie's name, to tell two large policies apart. */
  tag?: string;
}

/**
 * d-home-smaart with its cookie table `cookies` times over and `rights` custom rights after its own, so that a notice
 * of it does not render in one pass. Its text stays as written, in English and French; the last right is the last
 * thing in the notice before the contacts.
 */
export async function largePolicy(
  { cookies = 60, rights = 150, tag = '' }: LargeOptions = {},
  base?: Record<string, any>,
): Promise<Record<string, any>> {
  // In a browser, from the test server; node tests pass their own copy.
  const doc = base ?? (await (await fetch('/examples/policies/d-home-smaart.json')).json());
  const items: Array<{ name: string }> = doc.cookies.items;
  doc.cookies.items = Array.from({ length: cookies }, (_, copy) =>
    items.map((c) => ({ ...c, name: `${c.name}${tag}_${copy}` })),
  ).flat();
  doc.rights = [
    ...doc.rights,
    ...Array.from({ length: rights }, (_, i) => ({
      id: `custom-${i + 1}`,
      custom: true,
      title: { en: `Custom right ${i + 1}`, fr: `Droit particulier ${i + 1}` },
      channels: [{ type: 'web-form', url: `https://example.com/rights/${i + 1}` }],
    })),
  ];
  return doc;
}
