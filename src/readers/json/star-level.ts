/**
 * Star level as JSON (issue 13), three capability endpoints (PORTAL.md, a public seller-side
 * extension): `merchant-rating…/capability/fetchPredictedStars.jsonp` → `data.values[].{star, type}`,
 * `supplier…/capability/fetchFinalStar.json` → `values.star` (older: `values.realTimeStar`),
 * `…/capability/fetchIndicatorsByType.json?type=custom|rts` → `values[].{code, name, starLevel, value}`.
 * The indicators give the four ability scores of the track; the star counts are page facts
 * (`predictedStars`, `finalStar`) that the rules do not use.
 */
import { z } from '../../util/zod';
import type { Diagnostic, ObservedStarLevel } from '../../snapshot/observation';
import { normalizeHeader } from '../../portal/text';
import { emptyJsonOutput, List, missingField, Num, Obj, toNumber, Text, unknownShape, type JsonReader } from './common';

const STAR_HOSTS = ['merchant-rating.alibaba.com', 'supplier.alibaba.com'];
const capability = (file: string) => (url: URL) => url.pathname.endsWith(`/capability/${file}`);

const Stars = z.looseObject({ data: Obj({ values: List }), values: List });
const Star = z.looseObject({ star: Num, type: Text });

export const predictedStarsJson: JsonReader = {
  endpoint: 'predicted-stars',
  kind: 'star-level',
  hosts: STAR_HOSTS,
  matches: capability('fetchPredictedStars.jsonp'),
  read(body) {
    const b = Stars.parse(body);
    const values = b.data?.values ?? b.values;
    if (!values) return emptyJsonOutput([unknownShape('fetchPredictedStars', 'data.values')]);
    const predictedStars: Record<string, number> = {};
    for (const v of values) {
      const s = Star.safeParse(v);
      const star = s.success ? toNumber(s.data.star) : null;
      if (s.success && star !== null && (s.data.type === 'rts' || s.data.type === 'custom')) predictedStars[s.data.type] = star;
    }
    if (Object.keys(predictedStars).length === 0) return emptyJsonOutput([missingField('fetchPredictedStars', 'values[].star', null)]);
    return { ...emptyJsonOutput(), facts: { predictedStars } };
  },
};

const Final = z.looseObject({ values: Obj({ star: Num, realTimeStar: Num }), data: Obj({ values: Obj({ star: Num, realTimeStar: Num }) }) });

export const finalStarJson: JsonReader = {
  endpoint: 'final-star',
  kind: 'star-level',
  hosts: STAR_HOSTS,
  matches: capability('fetchFinalStar.json'),
  read(body) {
    const b = Final.parse(body);
    const values = b.values ?? b.data?.values;
    if (!values) return emptyJsonOutput([unknownShape('fetchFinalStar', 'values')]);
    const star = toNumber(values.star ?? values.realTimeStar);
    if (star === null) return emptyJsonOutput([missingField('fetchFinalStar', 'values.star', null)]);
    return { ...emptyJsonOutput(), facts: { finalStar: star } };
  },
};

const ABILITY_NAMES: Record<string, keyof NonNullable<ObservedStarLevel['abilities']>> = {
  商家力: 'merchant', 商品力: 'merchant', merchant: 'merchant', product: 'merchant',
  营销力: 'marketing', marketing: 'marketing',
  交易力: 'transaction', transaction: 'transaction',
  保障力: 'assurance', assurance: 'assurance',
};
const Indicator = z.looseObject({ code: Text, name: Text, value: Num, starLevel: Num });
const Indicators = z.looseObject({ values: List, data: Obj({ values: List }) });

export const indicatorsJson: JsonReader = {
  endpoint: 'indicators',
  kind: 'star-level',
  hosts: STAR_HOSTS,
  matches: capability('fetchIndicatorsByType.json'),
  read(body, url) {
    const b = Indicators.parse(body);
    const values = b.values ?? b.data?.values;
    if (!values) return emptyJsonOutput([unknownShape('fetchIndicatorsByType', 'values')]);
    const diagnostics: Diagnostic[] = [];
    const abilities: NonNullable<ObservedStarLevel['abilities']> = {};
    values.forEach((raw, i) => {
      const v = Indicator.safeParse(raw);
      if (!v.success) return;
      const key = ABILITY_NAMES[normalizeHeader(v.data.name)] ?? ABILITY_NAMES[(v.data.code ?? '').toLowerCase()];
      const value = toNumber(v.data.value);
      if (!key) return;
      if (value === null) diagnostics.push(missingField('fetchIndicatorsByType', 'value', i));
      else abilities[key] = value;
    });
    const type = url.searchParams.get('type');
    const starLevel: ObservedStarLevel = { ...(type === 'rts' || type === 'custom' ? { track: type } : {}) };
    if (Object.keys(abilities).length) starLevel.abilities = abilities;
    if (!starLevel.abilities) return emptyJsonOutput([...diagnostics, missingField('fetchIndicatorsByType', 'values[].name/value', null)]);
    return { ...emptyJsonOutput(diagnostics), starLevel };
  },
};
