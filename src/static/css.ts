import postcss from 'postcss';
import selectorParser, { type Selector } from 'postcss-selector-parser';

/**
 * Turns the element's shadow-DOM stylesheet into one for the same markup in the light DOM of any page: `:host`
 * becomes the wrapper (`:host([hidden])` -> `.scope[hidden]`) and every other selector is put under it, so the
 * notice keeps its look without restyling the page around it. Parsed, not pattern-matched, because selectors nest
 * (`:is()`, `:host(:dir(rtl))`) and rules sit inside @media and @container.
 */
export function scopeCss(css: string, scope: string): string {
  const wrapper = () => selectorParser.className({ value: scope });
  const rewrite = selectorParser((selectors) => {
    selectors.each((selector: Selector) => {
      let hosted = false;
      selector.walkPseudos((pseudo) => {
        if (pseudo.value !== ':host') return;
        hosted = true;
        const inside = pseudo.nodes[0]?.nodes ?? []; // the compound inside :host( … )
        pseudo.replaceWith(wrapper(), ...inside.map((node) => node.clone()));
      });
      if (hosted || !selector.first) return;
      const scoped = wrapper();
      scoped.spaces.before = selector.first.spaces.before; // the space after a comma stays before the whole selector
      selector.first.spaces.before = '';
      selector.prepend(selectorParser.combinator({ value: ' ' })).prepend(scoped);
    });
  });
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    rule.selector = rewrite.processSync(rule.selector);
  });
  return root.toString();
}
