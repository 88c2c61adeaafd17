import { expect } from '@open-wc/testing';
import * as contract from '../../contracts/survey.js';
import { NOT_CONCERNED, OTHER_OPTION } from './reserved-values.js';

describe('survey: the reserved answer values', () => {
  it('are the contract’s', () => {
    expect({ OTHER_OPTION, NOT_CONCERNED }).to.deep.equal({ OTHER_OPTION: contract.OTHER_OPTION, NOT_CONCERNED: contract.NOT_CONCERNED });
  });
});
