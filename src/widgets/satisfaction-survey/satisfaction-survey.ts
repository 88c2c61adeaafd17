import { defineElement } from '../../core/widget-base.js';
import { MspSatisfactionSurvey } from './satisfaction-survey.component.js';

defineElement('msp-satisfaction-survey', MspSatisfactionSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'msp-satisfaction-survey': MspSatisfactionSurvey;
  }
}
