import { formatDate, formatDateRange } from '../../web/src/format/formatDate';
import { formatCount, formatCountText } from '../../web/src/format/formatCount';
import { kindLabel } from '../../web/src/format/kindLabel';
import { explainWord } from '../../web/src/format/explainWord';
import { formatText } from '../../web/src/format/formatText';
import { fieldLabel } from '../../web/src/format/fieldLabel';

test('Explorer format: a date keeps the precision its source gives, never inventing a month or a day', () => {
  expect(formatDate({ iso: '2017' })).toBe('2017');
  expect(formatDate({ iso: '2017-05' })).toBe('May 2017');
  expect(formatDate('2017-05-24')).toBe('24 May 2017');
  expect(formatDate('2016-01-01')).toBe('1 January 2016');
  expect(formatDate('not a date')).toBe('not a date');
});

test('Explorer format: a date range joins days of one month and keeps each end at its own precision', () => {
  expect(formatDateRange({ iso: '2017-05-17' }, { iso: '2017-05-19' })).toBe('17–19 May 2017');
  expect(formatDateRange({ iso: '2018-07-11' }, { iso: '2018-08-02' })).toBe('11 July 2018 – 2 August 2018');
  expect(formatDateRange({ iso: '2017' }, { iso: '2018-02' })).toBe('2017 – February 2018');
  expect(formatDateRange({ iso: '2017-05' }, null)).toBe('May 2017');
});

test('Explorer format: a count says its qualifier and its date', () => {
  expect(formatCount({ value: 100, qualifier: 'MORE_THAN', asOf: { iso: '2017-07' } })).toBe('more than 100, as of July 2017');
  expect(formatCount({ value: 14, qualifier: 'EXACTLY', asOf: null })).toBe('14');
  expect(formatCount({ value: 1200, qualifier: 'AROUND' })).toBe('around 1,200');
  expect(formatCountText('MORE_THAN 230 as of 2024-05-10')).toBe('more than 230, as of 10 May 2024');
  expect(formatCountText('EXACTLY 45')).toBe('45');
  expect(formatCountText('city:durres')).toBeNull();
});

test('Explorer format: a kind reads as words', () => {
  expect(kindLabel('SteeringCommitteeMeeting')).toBe('Steering committee meeting');
  expect(kindLabel('City')).toBe('City');
});

test('Explorer format: why a word matched reads as the API says it matched', () => {
  expect(explainWord({ query: 'durres', matched: 'Durrës', how: 'EXACT' })).toBe('‘durres’ as ‘Durrës’, accents forgiven');
  expect(explainWord({ query: 'durres', matched: 'Durres', how: 'EXACT' })).toBe('‘durres’');
  expect(explainWord({ query: 'durr', matched: 'Durrës', how: 'PREFIX' })).toBe('‘durr’ begins ‘Durrës’');
  expect(explainWord({ query: 'reintegraton', matched: 'reintegration', how: 'TYPO' })).toBe('‘reintegraton’ as ‘reintegration’, a typo forgiven');
});

test('Explorer format: values given as text show as dates, counts or words; field names as labels', () => {
  expect(formatText('2018-07-12')).toBe('12 July 2018');
  expect(formatText('MORE_THAN 50')).toBe('more than 50');
  expect(formatText('REGIONAL_PRACTITIONERS_WORKSHOP')).toBe('Regional practitioners workshop');
  expect(formatText('AL')).toBe('AL');
  expect(formatText('Governor')).toBe('Governor');
  expect(fieldLabel('participantCount')).toBe('Participant count');
  expect(fieldLabel('isoCode')).toBe('ISO code');
});
