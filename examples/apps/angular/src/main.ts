import 'privacy-notice/define';
import { bootstrapApplication } from '@angular/platform-browser';
import { PrivacyComponent } from './privacy.component';

bootstrapApplication(PrivacyComponent).catch((error: unknown) => console.error(error));
