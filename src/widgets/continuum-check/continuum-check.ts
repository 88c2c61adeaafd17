import { defineElement } from '../../core/widget-base.js';
import { MspContinuumCheck } from './continuum-check.component.js';

defineElement('msp-continuum-check', MspContinuumCheck);

export { MspContinuumCheck };

declare global {
  interface HTMLElementTagNameMap {
    'msp-continuum-check': MspContinuumCheck;
  }
}
