import { describe, expect, it } from 'vitest';
import { labelFor } from './explain.ts';
import { labelText, type Names, reasonText, summaryText } from './phrases.ts';
import { headlineMinus } from './explain.ts';
import type { Reason } from '../model/types.ts';
import { evidence, labels } from '../weights.ts';

const names: Names = {
  occupation: () => ({ nl: 'cabinemedewerker', en: 'flight attendant' }),
  sector: () => ({ nl: 'luchtvaart', en: 'aviation' }),
  certificate: () => ({ nl: 'Heftruckcertificaat', en: 'Forklift truck certificate' }),
};

describe('labels', () => {
  it('follow the score bands, and say we know too little below the evidence minimum', () => {
    expect(labelFor(labels.good, 0.9)).toBe('good');
    expect(labelFor(labels.good - 0.1, 0.9)).toBe('fair');
    expect(labelFor(labels.fair, 0.9)).toBe('fair');
    expect(labelFor(labels.possible, 0.9)).toBe('possible');
    expect(labelFor(labels.possible - 0.1, 0.9)).toBe('no_fit');
    expect(labelFor(90, evidence.minimum - 0.01)).toBe('too_little_known');
    // A score can never claim more than its evidence: the minimum is the lowest "past" band.
    expect(100 * evidence.minimum).toBe(labels.possible);
  });

  it('name the route for a match after a course, in both languages', () => {
    expect(labelText('good', 'after_course', 'nl')).toBe('Past goed na een opleiding');
    expect(labelText('fair', 'after_course', 'en')).toBe('Fair fit after a course');
    expect(labelText('too_little_known', 'now', 'nl')).toBe('We weten nog te weinig van je');
  });
});

describe('reasons in Dutch (B1) and English from one code', () => {
  it('say the skills count, the hours and a missing certificate with how long it takes', () => {
    expect(reasonText('skills', { matched: 6, total: 8 }, 'nl', names, 'jobseeker')).toBe(
      'je hebt 6 van de 8 belangrijke vaardigheden',
    );
    expect(reasonText('skills', { matched: 6, total: 8 }, 'en', names, 'jobseeker')).toBe(
      'you have 6 of the 8 key skills',
    );
    const hours = { offeredMin: 36, offeredMax: 40, wantedMin: 8, wantedMax: 12 };
    expect(reasonText('hours_too_many', hours, 'nl', names, 'jobseeker')).toBe(
      'de baan is 36 tot 40 uur per week; je zoekt 8 tot 12 uur',
    );
    expect(reasonText('hours_too_many', hours, 'en', names, 'jobseeker')).toBe(
      'the job is 36 to 40 hours a week; you look for 8 to 12',
    );
    const cert = { certificate: 'heftruck' as const, certificateRoute: 'day' as const };
    expect(reasonText('missing_certificate', cert, 'nl', names, 'jobseeker')).toBe(
      'je hebt nog geen Heftruckcertificaat; dat haal je meestal in een dag',
    );
  });

  it('speak about the candidate to an employer', () => {
    expect(reasonText('skills', { matched: 6, total: 8 }, 'nl', names, 'employer')).toBe(
      'de kandidaat heeft 6 van de 8 belangrijke vaardigheden',
    );
    expect(reasonText('after_course', { weeks: 6, matched: 7, total: 8 }, 'nl', names, 'employer')).toBe(
      'na 6 weken opleiding heeft de kandidaat 7 van de 8 belangrijke vaardigheden',
    );
  });
});

describe('the summary', () => {
  it('names the label, the biggest plus and the biggest minus', () => {
    expect(
      summaryText(
        { label: 'fair', fit: 'now', plus: 'je hebt 6 van de 8 belangrijke vaardigheden', minus: 'x', trip: 'y' },
        'nl',
        'jobseeker',
      ),
    ).toBe('Past redelijk: je hebt 6 van de 8 belangrijke vaardigheden. Minpunt: x.');
  });

  it('leads "does not fit" with why, and names a plus only after it', () => {
    const parts = {
      label: 'no_fit' as const,
      fit: 'now' as const,
      plus: 'de ervaring als kelner lijkt op dit werk',
      minus: 'je mist 7 van de 8 belangrijke vaardigheden',
      trip: null,
    };
    const nl = summaryText(parts, 'nl', 'jobseeker');
    expect(nl).toBe(
      'Past waarschijnlijk niet: je mist 7 van de 8 belangrijke vaardigheden. Pluspunt: de ervaring als kelner lijkt op dit werk.',
    );
    expect(summaryText({ ...parts, minus: null }, 'nl', 'jobseeker')).toBe(
      'Past waarschijnlijk niet. Pluspunt: de ervaring als kelner lijkt op dit werk.',
    );
    expect(summaryText({ ...parts, plus: 'the experience is like this work', minus: 'x' }, 'en', 'jobseeker')).toMatch(
      /: x\. Upside: the experience is like this work\.$/,
    );
  });

  it('gives the trip when nothing notable is against it', () => {
    expect(
      summaryText(
        {
          label: 'good',
          fit: 'now',
          plus: 'you have 6 of the 8 key skills',
          minus: null,
          trip: 'you travel about 18 minutes by bike',
        },
        'en',
        'jobseeker',
      ),
    ).toBe('Good fit: you have 6 of the 8 key skills. You travel about 18 minutes by bike.');
  });
});

describe('the downside a summary names', () => {
  const reason = (code: Reason['code'], points: number, params: Reason['params'] = {}): Reason => ({
    code,
    effect: points < 0 ? 'minus' : 'plus',
    points,
    params,
    textNl: code,
    textEn: code,
  });
  const reasons = [
    reason('skills', 30),
    reason('missing_certificate', -12, { certificate: 'diploma-beveiliger' }),
    reason('far_away', -6),
    reason('hours_too_many', -1),
  ];

  it('is the biggest minus worth naming', () => {
    expect(headlineMinus(reasons, [])?.code).toBe('missing_certificate');
  });

  it('skips a certificate the route gives, and names the next minus instead', () => {
    expect(headlineMinus(reasons, ['diploma-beveiliger'])?.code).toBe('far_away');
    expect(headlineMinus(reasons, ['vca-basis'])?.code).toBe('missing_certificate');
    expect(headlineMinus(reasons.slice(0, 2), ['diploma-beveiliger'])).toBeUndefined();
  });
});
