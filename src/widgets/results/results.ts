import { defineElement } from '../../core/widget-base.js';
import { MspResults } from './results.component.js';

defineElement('msp-results', MspResults);

export { MspResults };

declare global {
  interface HTMLElementTagNameMap {
    'msp-results': MspResults;
  }
}
