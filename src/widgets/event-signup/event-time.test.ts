import { expect } from '@open-wc/testing';
import { availability, isoWithOffset, offsetMinutesAt, parseDeadline, parseEventTime, schedule } from '../../contracts/event-time.js';
import { eventSignupEn } from './translations/en.js';
import { eventSignupFr } from './translations/fr.js';

describe('event-time: reading times in Europe/Paris', () => {
  it('knows the Paris offset in winter and in summer', () => {
    expect(offsetMinutesAt(new Date('2026-01-15T12:00:00Z'))).to.equal(60);
    expect(offsetMinutesAt(new Date('2026-07-15T12:00:00Z'))).to.equal(120);
  });

  it('reads a local time as Paris time, whatever the browser’s zone', () => {
    expect(parseEventTime('2026-12-03T18:30')!.toISOString()).to.equal('2026-12-03T17:30:00.000Z');
    expect(parseEventTime('2026-06-03T18:30')!.toISOString()).to.equal('2026-06-03T16:30:00.000Z');
  });

  it('reads a time with an offset as written', () => {
    expect(parseEventTime('2026-12-03T18:30:00+01:00')!.toISOString()).to.equal('2026-12-03T17:30:00.000Z');
    expect(parseEventTime('2026-12-03T17:30:00Z')!.toISOString()).to.equal('2026-12-03T17:30:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    for (const bad of ['2026-02-30T10:00', '2026-12-03', '03/12/2026 18:30', '2026-12-03T25:00', '']) expect(parseEventTime(bad), bad).to.be.undefined;
  });

  it('the October night: 01:30–03:30 Paris on 25 October 2026 lasts 3 hours of real time', () => {
    const start = parseEventTime('2026-10-25T01:30')!;
    const end = parseEventTime('2026-10-25T03:30')!;
    expect(start.toISOString()).to.equal('2026-10-24T23:30:00.000Z'); // still summer time, UTC+2
    expect(end.toISOString()).to.equal('2026-10-25T02:30:00.000Z'); // winter time, UTC+1
    expect(isoWithOffset(start)).to.equal('2026-10-25T01:30:00+02:00');
    expect(isoWithOffset(end)).to.equal('2026-10-25T03:30:00+01:00');
    const s = schedule(start, end, 'fr');
    expect(s.durationMinutes).to.equal(180);
    expect(s.clockChange).to.equal('back');
    expect(s.day).to.equal('dimanche 25 octobre 2026');
    expect(eventSignupFr.time(s.start.hour, s.start.minute)).to.equal('1 h 30');
    expect(eventSignupFr.time(s.end.hour, s.end.minute)).to.equal('3 h 30');
    expect(eventSignupFr.duration(s.durationMinutes)).to.equal('3 h');
  });

  it('the hour that happens twice (02:30 on the October night) is the first one, as RFC 5545 says', () => {
    expect(parseEventTime('2026-10-25T02:30')!.toISOString()).to.equal('2026-10-25T00:30:00.000Z');
  });

  it('the hour that does not exist (02:30 on the March night) is read as 03:30 summer time', () => {
    expect(parseEventTime('2026-03-29T02:30')!.toISOString()).to.equal('2026-03-29T01:30:00.000Z');
    const s = schedule(parseEventTime('2026-03-29T01:00')!, parseEventTime('2026-03-29T04:00')!, 'fr');
    expect(s.durationMinutes).to.equal(120);
    expect(s.clockChange).to.equal('forward');
  });

  it('writes days and times in French and in English', () => {
    const start = parseEventTime('2026-12-03T14:00')!;
    const end = parseEventTime('2026-12-03T16:15')!;
    const fr = schedule(start, end, 'fr');
    expect(fr.day).to.equal('jeudi 3 décembre 2026');
    expect(eventSignupFr.timeRange(eventSignupFr.time(fr.start.hour, fr.start.minute), eventSignupFr.time(fr.end.hour, fr.end.minute))).to.equal(
      'de 14 h à 16 h 15',
    );
    expect(eventSignupFr.duration(fr.durationMinutes)).to.equal('2 h 15');
    expect(eventSignupFr.duration(45)).to.equal('45 min');
    const en = schedule(start, end, 'en');
    expect(en.day).to.equal('Thursday, December 3, 2026');
    expect(eventSignupEn.duration(en.durationMinutes)).to.equal('2 h 15 min');
    expect(fr.clockChange).to.be.undefined;
    expect(schedule(parseEventTime('2027-03-01T10:00')!, parseEventTime('2027-03-01T11:00')!, 'fr').day).to.equal('lundi 1er mars 2027');
    expect(schedule(parseEventTime('2027-03-11T10:00')!, parseEventTime('2027-03-11T11:00')!, 'fr').day).to.equal('jeudi 11 mars 2027');
  });

  it('a deadline given as a day holds until midnight, Paris time', () => {
    expect(parseDeadline('2026-10-20')!.toISOString()).to.equal('2026-10-20T22:00:00.000Z');
    expect(parseDeadline('2026-12-20')!.toISOString()).to.equal('2026-12-20T23:00:00.000Z');
    expect(parseDeadline('2026-12-20T12:00')!.toISOString()).to.equal('2026-12-20T11:00:00.000Z');
  });

  it('past events and passed deadlines are not open', () => {
    const now = new Date('2026-10-20T12:00:00Z');
    expect(availability({ start: '2026-10-19T14:00' }, now)).to.equal('past');
    expect(availability({ start: '2026-10-20T13:00' }, now)).to.equal('past'); // 13:00 Paris = 11:00 UTC: started
    expect(availability({ start: '2026-10-30T14:00', deadline: '2026-10-19' }, now)).to.equal('closed');
    expect(availability({ start: '2026-10-30T14:00', deadline: '2026-10-20' }, now)).to.equal('open');
    expect(availability({ start: '2026-10-30T14:00' }, now)).to.equal('open');
  });
});
