import type { DeviceSettings, OsPermission, PartPlacement, Platform } from '../../model/index.js';
import { switchOf } from '../choices.js';
import { weighed } from '../trim.js';
import type { Content, Fact, Inline, ParaView, PathView, PermissionsView, PermissionView } from '../types.js';
import { PART, weigh } from '../weights.js';
import { facts, type Words } from '../words.js';
import { placed } from './common.js';
import { labelList } from './data.js';

type Permission = Words['policy']['permissions'][number];

/** An in-app navigation path, or none. */
export function pathOf(words: Words, steps: readonly Parameters<Words['text']>[0][] | undefined): PathView | undefined {
  return steps?.length ? { kind: 'path', steps: steps.map((step) => words.text(step)!) } : undefined;
}

/** "In the device settings", with the platform the path is for when the policy names one. */
export function deviceSettingsLabel(words: Words, platform: Platform | undefined): string {
  const label = words.t('channel.device-settings');
  return platform ? words.t('joins.aside', { item: label, aside: words.t(`platform.${platform}`) }) : label;
}

/** A way to reach something, labelled: "In the app: Me › Settings", "In the device settings (Android): ...". */
function way(label: string, path: PathView, note?: ParaView): Content[] {
  return [{ kind: 'span' as const, role: 'way' as const, content: [label] }, ' ', path, ...(note ? [note] : [])];
}

/** The ways the policy gives: a path in the app, paths in the device's settings (per platform), the OS settings. */
function waysOf(
  words: Words,
  inAppPath: Parameters<typeof pathOf>[1],
  settings: readonly DeviceSettings[] | undefined,
  osSettings = false,
): Content[][] {
  const inApp = pathOf(words, inAppPath);
  return [
    ...(inApp ? [way(words.t('permission.inApp'), inApp)] : []),
    ...(settings ?? []).map((place) =>
      way(deviceSettingsLabel(words, place.platform), pathOf(words, place.path)!, words.para(place.note, true)),
    ),
    ...(osSettings ? [[words.t('permission.osSettings')]] : []),
  ];
}

/** The ways to switch a permission off, and the policy's note. */
function disableOf(words: Words, disable: Permission['disable']): Content[] {
  if (!disable) return [];
  const ways = waysOf(words, disable.inAppPath, disable.settings, disable.osSettings);
  const note = words.para(disable.note, true);
  return [
    ...(ways.length ? [{ kind: 'list' as const, role: 'plain' as const, items: ways }] : []),
    ...(note ? [note] : []),
  ];
}

/**
 * One platform's view of a permission, as a fact labelled with the platform (and the OS versions it applies to):
 * its identifiers as code, how it is granted, the name the OS shows it under.
 */
function osFact(words: Words, os: OsPermission): Fact {
  const system = words.t(`platform.${os.platform}`);
  const range = [
    ...(os.fromVersion ? [words.t('permission.fromVersion', { system, version: os.fromVersion })] : []),
    ...(os.untilVersion ? [words.t('permission.untilVersion', { system, version: os.untilVersion })] : []),
  ];
  const grant = { 'install-time': 'grantInstall', runtime: 'grantRuntime', 'special-access': 'grantSpecial' } as const;
  const shownAs = words.plain(os.shownAs);
  const items: Inline[][] = [
    ...(os.identifiers?.length
      ? [words.join(os.identifiers.map((id): Inline[] => [{ kind: 'code', value: id }]))]
      : []),
    ...(os.grant ? [[words.t(`permission.${grant[os.grant]}`)]] : []),
    ...(shownAs ? [words.sentence('permission.shownAs', { name: words.text(os.shownAs)! })] : []),
  ];
  return {
    label: range.length ? words.t('joins.aside', { item: system, aside: words.list(range) }) : system,
    value: [{ kind: 'list', role: 'plain', items }],
  };
}

function permissionOf(words: Words, permission: Permission): PermissionView {
  const toggle = switchOf(words, 'permission', permission.id, permission.label);
  const platforms: Fact[] = [
    ...facts([
      [
        words.t('permission.platforms'),
        permission.platforms?.length
          ? words.list(permission.platforms.map((p) => words.t(`platform.${p}`)))
          : undefined,
      ],
    ]),
    ...(permission.os ?? []).map((os) => osFact(words, os)),
  ];
  const purpose = words.md(permission.purpose);
  const consequence = words.text(permission.consequence);
  const neededFor = (permission.requiredFor ?? []).map((feature) => [words.text(feature)!]);
  return {
    weight: weigh(permission.purpose),
    permission: permission.permission,
    label: words.text(permission.label)!,
    ...(permission.onDeviceOnly ? { onDevice: words.t('data.onDeviceOnly') } : {}),
    ...(toggle ? { switch: toggle } : {}),
    platforms,
    ...(purpose ? { purpose } : {}),
    ...(permission.optional === undefined
      ? {}
      : { requirement: words.t(permission.optional ? 'permission.optional' : 'permission.required') }),
    ...(consequence ? { consequence: words.sentence('permission.consequence', { consequence }) } : {}),
    facts: facts([
      [
        words.t('permission.requiredFor'),
        neededFor.length ? { kind: 'list', role: 'plain', items: neededFor } : undefined,
      ],
      [words.t('permission.data'), labelList(words, permission.dataCategoryDetails)],
      [words.t('permission.disable'), disableOf(words, permission.disable)],
    ]),
  };
}

/**
 * App permissions: where to manage them all (when the policy says), then for each what it enables, how each
 * platform knows it, the data it touches, the features that need it, whether it is optional (only when the policy
 * says), what happens without it, and how to switch it off.
 */
export function buildPermissions(words: Words, placement: PartPlacement): PermissionsView {
  const management = words.policy.document.permissionsManagement;
  const ways = management ? waysOf(words, management.inAppPath, management.settings) : [];
  const description = words.md(management?.description);
  return weighed(PART, {
    part: 'permissions' as const,
    ...(description ? { description } : {}),
    manage: facts([
      [words.t('permission.manage'), ways.length ? { kind: 'list', role: 'plain', items: ways } : undefined],
    ]),
    permissions: placed(words.policy.permissions, placement).map((permission) => permissionOf(words, permission)),
  });
}
