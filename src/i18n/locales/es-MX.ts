import type { PartialLocale } from '../registry.js';

/**
 * Mexican Spanish: the Spanish strings (es.ts) with the term of Mexico's Federal Law on the Protection of Personal
 * Data Held by Private Parties (LFPDPPP): an "aviso de privacidad", not a "política de privacidad". Only what
 * differs.
 */
export const overlayOf = 'es';

const resource: PartialLocale = {
  notice: {
    appliesTo: 'Este aviso de privacidad se aplica a',
    loading: 'Cargando el aviso de privacidad…',
  },
  parts: {
    changes: 'Cambios en este aviso de privacidad',
  },
  toggle: {
    outdated: 'Este aviso de privacidad ha cambiado desde su última elección. Revise sus opciones.',
  },
  language: {
    fallbackNote:
      'Algunas partes de este aviso de privacidad no están disponibles en {{language}} y se muestran en {{fallback}}.',
  },
  errors: {
    title: 'No se ha podido mostrar el aviso de privacidad.',
    titleUpdate: 'No se ha podido mostrar el aviso de privacidad actualizado.',
    advice: 'Vuelva a intentarlo más tarde o solicite el aviso de privacidad al propietario del sitio web.',
  },
};

export default resource;
