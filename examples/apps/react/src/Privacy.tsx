import 'privacy-notice/define';
import type {} from 'privacy-notice/react';
import { useRef } from 'react';
import type { PrivacyNoticeElement, PrivacyPolicyDocument } from 'privacy-notice';

export function Privacy({ policy }: { policy: PrivacyPolicyDocument }) {
  const notice = useRef<PrivacyNoticeElement>(null);
  return (
    <>
      <privacy-notice
        ref={notice}
        policy={policy}
        heading-level={1}
        onprivacy-notice-load={(e) => console.log('shown', e.detail.policy.id)}
        onprivacy-notice-error={(e) => console.error(e.detail.errors)}
      />
      <button type="button" onClick={() => notice.current?.focusRight('erasure')}>
        Erase my data
      </button>
    </>
  );
}
