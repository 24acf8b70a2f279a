import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PrivacyPolicyDocument } from 'privacy-notice';
import policy from '../../privacy.json';
import { Privacy } from './Privacy';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Privacy policy={policy as PrivacyPolicyDocument} />
  </StrictMode>,
);
