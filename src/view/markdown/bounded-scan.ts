import { Tokenizer, type MarkedExtension, type Rules } from 'marked';

/**
 * GFM finds bare e-mail addresses by looking ahead over a run of address characters with no bound. In text such as
 * `a_a_a_…` (no `@` anywhere) every position rescans the rest of the run: 100 kB took 20 s in marked 18. An
 * address's local part is at most 64 characters (RFC 5321), so bounding the run to 64 still finds every real
 * address and makes each look-ahead constant. Only this library's marked instance gets the bounded rules.
 */
const UNBOUNDED_LOCAL_PART = /\]\+(\(?@)/g;

const cache = new WeakMap<object, Rules>();

/** The tokenizer's rules with the text and url rules bounded, made once per rule set. */
function bounded(rules: Rules): Rules {
  let result = cache.get(rules.inline);
  if (!result) {
    const bound = (rule: RegExp) => new RegExp(rule.source.replace(UNBOUNDED_LOCAL_PART, ']{1,64}$1'), rule.flags);
    result = { ...rules, inline: { ...rules.inline, text: bound(rules.inline.text), url: bound(rules.inline.url) } };
    cache.set(rules.inline, result);
  }
  return result;
}

/** Marked's own text and url tokenizers, run with the bounded rules. */
export const boundedEmailScan: MarkedExtension = {
  tokenizer: {
    inlineText(src) {
      return Tokenizer.prototype.inlineText.call({ ...this, rules: bounded(this.rules) } as Tokenizer, src);
    },
    url(src) {
      return Tokenizer.prototype.url.call({ ...this, rules: bounded(this.rules) } as Tokenizer, src);
    },
  },
};
