import type { PartPlacement } from '../../model/index.js';
import { switchOf } from '../choices.js';
import { weighed } from '../trim.js';
import type { Content, Fact, PathView, PermissionsView, PermissionView } from '../types.js';
import { PART, weigh } from '../weights.js';
import { facts, type Words } from '../words.js';
import { placed } from './common.js';
import { labelList } from './data.js';

type Permission = Words['policy']['permissions'][number];

/** An in-app navigation path, or none. */
export function pathOf(words: Words, steps: readonly Parameters<Words['text']>[0][] | undefined): PathView | undefined {
  return steps?.length ? { kind: 'path', steps: steps.map((step) => words.text(step)!) } : undefined;
}

/** The ways to switch a permission off: a path in the app, the OS settings, and the policy's note. */
function disableOf(words: Words, disable: Permission['disable']): Content[] {
  if (!disable) return [];
  const path = pathOf(words, disable.inAppPath);
  const ways: Content[][] = [
    ...(path
      ? [[{ kind: 'span' as const, role: 'way' as const, content: [words.t('permission.inApp')] }, ' ', path]]
      : []),
    ...(disable.osSettings ? [[words.t('permission.osSettings')]] : []),
  ];
  const note = words.para(disable.note, true);
  return [
    ...(ways.length ? [{ kind: 'list' as const, role: 'plain' as const, items: ways }] : []),
    ...(note ? [note] : []),
  ];
}

function permissionOf(words: Words, permission: Permission): PermissionView {
  const toggle = switchOf(words, 'permission', permission.id, permission.label);
  const platforms: Fact[] = facts([
    [
      words.t('permission.platforms'),
      permission.platforms?.length ? words.list(permission.platforms.map((p) => words.t(`platform.${p}`))) : undefined,
    ],
  ]);
  const purpose = words.md(permission.purpose);
  const consequence = words.text(permission.consequence);
  return {
    weight: weigh(permission.purpose),
    permission: permission.permission,
    label: words.text(permission.label)!,
    ...(toggle ? { switch: toggle } : {}),
    platforms,
    ...(purpose ? { purpose } : {}),
    ...(permission.optional === undefined
      ? {}
      : { requirement: words.t(permission.optional ? 'permission.optional' : 'permission.required') }),
    ...(consequence ? { consequence: words.sentence('permission.consequence', { consequence }) } : {}),
    facts: facts([
      [words.t('permission.data'), labelList(words, permission.dataCategoryDetails)],
      [words.t('permission.disable'), disableOf(words, permission.disable)],
    ]),
  };
}

/**
 * App permissions: for each, what it enables, the data it touches, whether it is optional, what happens without it,
 * and how to switch it off.
 */
export function buildPermissions(words: Words, placement: PartPlacement): PermissionsView {
  return weighed(PART, {
    part: 'permissions' as const,
    permissions: placed(words.policy.permissions, placement).map((permission) => permissionOf(words, permission)),
  });
}
