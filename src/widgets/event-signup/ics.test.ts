import { expect } from '@open-wc/testing';
// A real iCalendar parser (Mozilla's, used by Thunderbird): if it reads our file, calendars will.
import ICAL from 'ical.js';
import { parseEventTime } from '../../contracts/event-time.js';
import { buildIcs, escapeText, foldLine, icsFileName } from './ics.js';

const octets = (line: string) => new TextEncoder().encode(line).length;

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('ics: the "Ajouter à mon agenda" file', () => {
  const octoberNight = {
    uid: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed@msp-event-signup',
    start: parseEventTime('2026-10-25T01:30')!,
    end: parseEventTime('2026-10-25T03:30')!,
    summary: 'Nuit des étoiles, observation; avec l’équipe, « en famille »',
    location: 'Jardin de la maison de santé, 12 rue des Tilleuls, 14000 Caen',
    description: 'Thème : sommeil\n– Comprendre les rythmes du sommeil\n– Échanger, sans jugement\\ sans tabou',
    reminder: 'Rappel : Nuit des étoiles demain',
    stamp: new Date('2026-10-01T08:00:00Z'),
  };

  it('is read by ical.js with the right instants on the October clock-change night', () => {
    const { event, vevent } = parse(buildIcs(octoberNight));
    expect(event.uid).to.equal(octoberNight.uid);
    expect(event.startDate.toJSDate().toISOString()).to.equal('2026-10-24T23:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).to.equal('2026-10-25T02:30:00.000Z');
    expect(event.duration.toSeconds()).to.equal(3 * 3600);
    expect(event.startDate.zone.tzid).to.equal('UTC');
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2026-10-01T08:00:00Z');
    expect(vevent.getFirstPropertyValue('status')).to.equal('CONFIRMED');
  });

  it('keeps the text exactly through escaping and folding (accents, commas, semicolons, newlines)', () => {
    const { event } = parse(buildIcs(octoberNight));
    expect(event.summary).to.equal(octoberNight.summary);
    expect(event.location).to.equal(octoberNight.location);
    expect(event.description).to.equal(octoberNight.description);
  });

  it('has a display alarm the day before', () => {
    const { vevent } = parse(buildIcs(octoberNight));
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY');
    expect(alarm.getFirstPropertyValue('description')).to.equal(octoberNight.reminder);
    const trigger = alarm.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>;
    expect(trigger.toSeconds()).to.equal(-86_400);
    expect(trigger.isNegative).to.be.true;
  });

  it('uses CRLF line endings and no line longer than 75 octets', () => {
    const text = buildIcs({ ...octoberNight, description: 'é'.repeat(200) + ' 😀 ' + 'x'.repeat(120) });
    expect(text.endsWith('\r\n')).to.be.true;
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line), line).to.be.at.most(75);
    expect(lines.some((line) => line.startsWith(' '))).to.be.true;
    expect(text.split('\r\n')[0]).to.equal('BEGIN:VCALENDAR');
    expect(parse(text).event.description).to.equal('é'.repeat(200) + ' 😀 ' + 'x'.repeat(120));
  });

  it('folds without cutting a UTF-8 character', () => {
    const folded = foldLine('DESCRIPTION:' + 'é'.repeat(100));
    const pieces = folded.split('\r\n');
    expect(pieces.length).to.be.greaterThan(1);
    expect(pieces.map((piece, index) => (index ? piece.slice(1) : piece)).join('')).to.equal('DESCRIPTION:' + 'é'.repeat(100));
    for (const piece of pieces) expect(octets(piece)).to.be.at.most(75);
  });

  it('escapes TEXT as RFC 5545 §3.3.11 says', () => {
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
  });

  it('marks a waiting-list place as tentative', () => {
    const { vevent } = parse(buildIcs({ ...octoberNight, status: 'TENTATIVE' }));
    expect(vevent.getFirstPropertyValue('status')).to.equal('TENTATIVE');
  });

  it('names the file without accents or spaces', () => {
    expect(icsFileName('Atelier « Diabète » & alimentation', parseEventTime('2026-12-03T14:00')!)).to.equal('atelier-diabete-alimentation-2026-12-03.ics');
  });
});
