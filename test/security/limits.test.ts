import { expect } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import { LARGE_INPUTS } from './large-inputs.js';
import { jsonUrl } from './odd-json.js';
import { renderIn } from './render.js';

/**
 * Every oversized or pathological document either renders or is refused with an error naming its cap. The bound
 * on time is the test's timeout; how long each takes is what scripts/limits.mjs prints.
 */
describe('size and time caps', () => {
  let base: Record<string, unknown>;
  before(async () => {
    base = await (await fetch('/examples/policies/smarti.json')).json();
  });

  for (const input of LARGE_INPUTS) {
    it(`${input.name}: ${input.expect === 'render' ? 'renders' : `refused, naming the cap ("${input.expect}")`}, through .policy and src`, async function () {
      this.timeout(8_000); // the bound: each takes well under a second here; unbounded ones took 14 s and more
      const text = input.text(base);
      const routes = [{ policy: input.object ? input.object(base) : JSON.parse(text) }, { src: jsonUrl(text) }];
      for (const request of routes) {
        const { el, outcome } = await renderIn(document, request, document.body, 7_500);
        el.remove();
        const route = 'src' in request ? 'src' : '.policy';
        if (input.expect === 'render') {
          expect(outcome.state, `${route}: ${outcome.errors.map((e) => e.message).join('; ')}`).to.equal('rendered');
          expect(outcome.disallowed, route).to.deep.equal([]);
        } else {
          expect(outcome.state, route).to.equal('refused');
          expect(
            outcome.errors.map((e) => e.code),
            route,
          ).to.satisfy((codes: string[]) => codes.every((c) => c === 'too-large' || c === 'too-deep'));
          expect(outcome.errors[0]!.message, route).to.contain(input.expect);
        }
      }
    });
  }
});
