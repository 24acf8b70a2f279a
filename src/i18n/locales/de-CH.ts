import type { PartialLocale } from '../registry.js';

/**
 * Swiss German: the German strings (de.ts) with Switzerland's spelling (ss, never ß) and the terms of the revised
 * Federal Act on Data Protection (nDSG): "Personendaten", "besonders schützenswerte Personendaten". Only what differs.
 */
export const overlayOf = 'de';

const resource: PartialLocale = {
  parts: {
    'data-categories': 'Welche Personendaten wir verarbeiten',
  },
  consent: {
    on: 'Standardmässig aktiviert',
  },
  rightTitle: {
    'limit-sensitive': 'Recht, die Nutzung besonders schützenswerter Personendaten einzuschränken',
  },
  automated: {
    notUsed:
      'Es werden keine Entscheidungen mit rechtlicher Wirkung oder ähnlich erheblicher Beeinträchtigung ausschliesslich automatisiert getroffen.',
  },
};

export default resource;
