import { defineElement } from '../../core/widget-base.js';
import { MspEventSignup } from './event-signup.component.js';

defineElement('msp-event-signup', MspEventSignup);

export { MspEventSignup };

declare global {
  interface HTMLElementTagNameMap {
    'msp-event-signup': MspEventSignup;
  }
}
