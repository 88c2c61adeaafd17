import { defineElement } from '../../core/widget-base.js';
import { MspIdeaBox } from './idea-box.component.js';

defineElement('msp-idea-box', MspIdeaBox);

export { MspIdeaBox };

declare global {
  interface HTMLElementTagNameMap {
    'msp-idea-box': MspIdeaBox;
  }
}
