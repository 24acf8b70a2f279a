import type { PartialLocale } from '../registry.js';

/**
 * Canadian French: the French strings (fr.ts) with the terms of Quebec's Act respecting the protection of personal
 * information in the private sector (Law 25): "renseignements personnels", and "courriel". Only what differs.
 */
export const overlayOf = 'fr';

const resource: PartialLocale = {
  parts: {
    'data-categories': 'Renseignements personnels que nous traitons',
  },
  data: {
    noRecipients: 'Les renseignements personnels ne sont communiqués à aucun destinataire.',
  },
  processing: {
    data: 'Renseignements personnels',
  },
  channel: {
    email: 'Courriel',
  },
  contact: {
    email: 'Courriel',
  },
  changeMethod: {
    email: 'Courriel',
  },
};

export default resource;
