import type { Address, Authority, Contact, Organization } from '../../model/index.js';
import { linkOf, mailLink, phoneLink } from '../links.js';
import { weighed } from '../trim.js';
import type { AddressView, AuthoritiesView, ContactView, ContactsView, Content, Fact, Inline } from '../types.js';
import { PART } from '../weights.js';
import { facts, type Words } from '../words.js';

/** A postal address as its lines, and its country unless a line already names it. */
export function addressOf(words: Words, address: Address): AddressView {
  const country = address.country !== undefined ? words.ui.place(address.country) : undefined;
  const named =
    country !== undefined &&
    address.lines.some((line) => (words.name(line)?.value ?? '').toUpperCase().includes(country.toUpperCase()));
  return {
    kind: 'address',
    lines: address.lines.map((line) => words.name(line)!),
    ...(country !== undefined && !named ? { country } : {}),
  };
}

/** How to reach someone: e-mail, phone, website, postal address. */
function reach(words: Words, who: Contact | Organization | Authority): Fact[] {
  const site = 'website' in who ? who.website : 'url' in who ? who.url : undefined;
  return facts([
    [words.t('contact.email'), who.email ? mailLink(who.email) : undefined],
    [words.t('contact.phone'), who.phone ? phoneLink(who.phone) : undefined],
    [words.t('contact.website'), site ? linkOf(site) : undefined],
    [words.t('contact.address'), who.address ? addressOf(words, who.address) : undefined],
  ]);
}

function contactOf(words: Words, contact: Contact, heading: string): ContactView {
  const name = words.name(contact.name);
  const note = words.md(contact.note);
  return {
    heading: contact.title ? words.text(contact.title)! : heading,
    ...(name ? { name } : {}),
    facts: reach(words, contact),
    ...(note ? { note } : {}),
  };
}

/** The controller, the DPO and the other contacts. */
export function buildContacts(words: Words): ContactsView {
  const doc = words.policy.document;
  const c = doc.controller;
  const tradingName: Inline[] | undefined = c.tradingName
    ? words.sentence('contact.tradingAs', { name: words.name(c.tradingName)! })
    : undefined;
  const register = c.registration?.register;
  const registration: Content[] | undefined = c.registration
    ? register
      ? words.sentence('joins.aside', { item: c.registration.number, aside: words.name(register)! })
      : [c.registration.number]
    : undefined;
  const description = words.md(c.description);
  return weighed(PART, {
    part: 'contacts' as const,
    controller: {
      heading: words.t('contact.controller'),
      name: words.name(c.name)!,
      line: tradingName
        ? words.sentence('joins.aside', {
            item: { kind: 'strong', content: [words.name(c.name)!] },
            aside: tradingName,
          })
        : [{ kind: 'strong', content: [words.name(c.name)!] }],
      facts: [
        ...facts([
          [words.t('contact.legalForm'), words.name(c.legalForm)],
          [words.t('contact.registration'), registration],
        ]),
        ...reach(words, c),
      ],
      ...(description ? { description } : {}),
    },
    contacts: [
      ...(doc.dpo ? [contactOf(words, doc.dpo, words.t('contact.dpo'))] : []),
      ...(doc.contacts ?? []).map((contact) =>
        contactOf(words, contact, words.t(`contactRole.${contact.role ?? 'other'}`)),
      ),
    ],
  });
}

/** Supervisory authorities a reader can complain to. */
export function buildAuthorities(words: Words): AuthoritiesView {
  return weighed(PART, {
    part: 'authorities' as const,
    authorities: (words.policy.document.supervisoryAuthorities ?? []).map((authority): ContactView => {
      const note = words.md(authority.note);
      return { heading: words.name(authority.name)!, facts: reach(words, authority), ...(note ? { note } : {}) };
    }),
  });
}
