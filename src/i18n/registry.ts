import { pickLanguage } from '../model/localize.js';
import { en, type LocaleResource } from './locales/en.js';
import { LOCALE_LOADERS } from './locales.generated.js';

/** A locale's strings; any group or key may be missing (English is shown for it, with a diagnostic). */
export type PartialLocale = { [G in keyof LocaleResource]?: LocaleResource[G] };
/** A locale module: its strings, and for a regional overlay (de-CH) the locale whose strings it changes (de). */
type LocaleModule = PartialLocale | { default: PartialLocale; overlayOf?: string };
type Loader = () => Promise<LocaleModule>;

/** Every UI locale: English is built in, the others are loaded on first use (one chunk each). */
const loaders = new Map<string, Loader>(Object.entries(LOCALE_LOADERS));
const loaded = new Map<string, LocaleResource>([['en', en]]);
const loading = new Map<string, Promise<LocaleResource>>();

/** The tags of every UI locale the library can show, English first. */
export function uiLanguages(): string[] {
  return ['en', ...[...loaders.keys()].filter((tag) => tag !== 'en')];
}

/**
 * Adds a UI locale at run time (an app's own translation, or a correction), as the strings or as a loader such as
 * `() => import('./my-locale.js')`. A locale registered again replaces the earlier one for notices rendered later.
 */
export function registerLocale(tag: string, resource: PartialLocale | Loader): void {
  if (tag === 'en') throw new Error('privacy-notice: English is the built-in source of truth and cannot be replaced');
  loaders.set(tag, typeof resource === 'function' ? resource : async () => resource);
  loaded.delete(tag);
  loading.delete(tag);
}

/** The strings of a locale that is already loaded, or undefined. */
export function loadedLocale(tag: string): LocaleResource | undefined {
  return loaded.get(tag);
}

/** A regional overlay's strings over its base locale's, group by group. */
function overlay(base: LocaleResource, own: LocaleResource): LocaleResource {
  const merged: Record<string, unknown> = { ...base };
  for (const [group, strings] of Object.entries(own))
    merged[group] = { ...base[group as keyof LocaleResource], ...strings };
  return merged as LocaleResource;
}

/** Loads a locale's strings (once; later calls share the same promise). Rejects for an unknown tag or a failed load. */
export function loadLocale(tag: string): Promise<LocaleResource> {
  const done = loaded.get(tag);
  if (done) return Promise.resolve(done);
  const pending = loading.get(tag);
  if (pending) return pending;
  const loader = loaders.get(tag);
  if (!loader) return Promise.reject(new Error(`privacy-notice: no UI locale "${tag}"`));
  const promise = loader().then(
    async (module) => {
      const own = ('default' in module ? module.default : module) as LocaleResource; // i18next takes it as it is
      const base = 'overlayOf' in module && module.overlayOf ? await loadLocale(module.overlayOf) : undefined;
      const resource = base ? overlay(base, own) : own;
      if (loading.get(tag) === promise) loaded.set(tag, resource);
      return resource;
    },
    (error: unknown) => {
      loading.delete(tag); // a later attempt may succeed (a flaky network)
      throw error;
    },
  );
  loading.set(tag, promise);
  return promise;
}

/** The UI locale that best serves readers of `requested` (most preferred first); English when none does. */
export function uiLocaleFor(requested: readonly string[]): string {
  return pickLanguage(requested, uiLanguages(), 'en');
}

/** Whether `lang` is written in the language of UI locale `locale` (fr-CA in fr: yes; eu in es: no). */
export function isLocaleFor(locale: string, lang: string): boolean {
  return pickLanguage([lang], uiLanguages(), '') === locale;
}
