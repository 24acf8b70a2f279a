// Type-checked (not run) by test/cli/types.test.ts against src/react.ts: what an app writes compiles, and the
// mistakes marked @ts-expect-error must not.
import { useRef } from 'react';
import type {} from '../../src/react.js';
import type { PrivacyNoticeElement, PrivacyPolicyDocument, PrivacyRightsElement } from '../../src/index.js';

declare const policy: PrivacyPolicyDocument;

export function PrivacyPage() {
  const notice = useRef<PrivacyNoticeElement>(null);
  const rights = useRef<PrivacyRightsElement>(null);
  const focusErasure = () => notice.current?.focusRight('erasure');
  return (
    <main>
      <privacy-notice
        ref={notice}
        policy={policy}
        heading-level={2}
        anchor-prefix="app"
        consent-key="shop-a"
        onprivacy-notice-load={(event) => console.log(event.detail.policy.id, event.detail.warnings.length)}
        onprivacy-notice-error={(event) => console.warn(event.detail.errors[0]?.pointer, event.detail.retryable)}
        onprivacy-notice-consent-change={(event) => console.log(event.detail.id, event.detail.granted)}
      />
      <privacy-rights ref={rights} src="/privacy.json" heading-level="3" />
      <privacy-choices src="/privacy.json" bridge-timeout={5000} />
      <button onClick={focusErasure}>Erase my data</button>
      {/* @ts-expect-error a policy is a document, not a string */}
      <privacy-notice policy="/privacy.json" />
      {/* @ts-expect-error headings go from 1 to 6 */}
      <privacy-notice heading-level={7} />
      {/* @ts-expect-error a ref gets the element's own class */}
      <privacy-notice ref={rights} />
      {/* @ts-expect-error the load event's detail has no choices */}
      <privacy-notice onprivacy-notice-load={(event) => event.detail.choices} />
    </main>
  );
}
