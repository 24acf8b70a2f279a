import { Component, CUSTOM_ELEMENTS_SCHEMA, type ElementRef, viewChild } from '@angular/core';
import type { PolicyErrorDetail, PolicyLoadDetail, PrivacyNoticeElement, PrivacyPolicyDocument } from 'privacy-notice';
import policy from '../../privacy.json';

@Component({
  selector: 'app-privacy',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <privacy-notice
      #notice
      [policy]="policy"
      heading-level="1"
      (privacy-notice-load)="shown($event)"
      (privacy-notice-error)="failed($event)"
    ></privacy-notice>
    <button type="button" (click)="eraseMyData()">Erase my data</button>
  `,
})
export class PrivacyComponent {
  protected readonly policy = policy as PrivacyPolicyDocument;
  private readonly notice = viewChild.required<ElementRef<PrivacyNoticeElement>>('notice');

  protected shown(e: Event): void {
    console.log('shown', (e as CustomEvent<PolicyLoadDetail>).detail.policy.id);
  }
  protected failed(e: Event): void {
    console.error((e as CustomEvent<PolicyErrorDetail>).detail.errors);
  }
  protected eraseMyData(): void {
    this.notice().nativeElement.focusRight('erasure');
  }
}
