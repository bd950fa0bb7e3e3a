/* Offer facts shared by the result and the slip: hours and sessions in the page language, and whether a
   fact is illustrative (provenance.source ILLUSTRATIVE, or the field listed in provenance.illustrativeFields). */
(function () {
  'use strict';

  var DAYS = { Mo: 0, Tu: 1, We: 2, Th: 3, Fr: 4, Sa: 5, Su: 6 };
  var WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

  function dayName(index, lang, style) {
    // 2024-01-01 was a Monday.
    var d = new Date(Date.UTC(2024, 0, 1 + index, 12));
    return new Intl.DateTimeFormat(lang, { weekday: style || 'long', timeZone: 'UTC' }).format(d);
  }

  function illustrative(provenance, field) {
    if (!provenance) {
      return false;
    }
    return provenance.source === 'ILLUSTRATIVE' || (provenance.illustrativeFields || []).indexOf(field) >= 0;
  }

  /** "Mo-Fr 10:00-18:00; Sa 10:00-12:00" in words of the language. */
  function openingHours(text, lang) {
    if (!text) {
      return null;
    }
    return text.replace(/\b(Mo|Tu|We|Th|Fr|Sa|Su)\b/g, function (m) {
      return dayName(DAYS[m], lang, 'long');
    }).replace(/-/g, ' – ').replace(/;\s*/g, '; ');
  }

  function schedule(slots, lang) {
    if (!slots || !slots.length) {
      return null;
    }
    return slots.map(function (s) {
      var i = WEEKDAYS.indexOf(s.weekday);
      return (i >= 0 ? dayName(i, lang, 'long') : s.weekday) + ' ' + s.opens + ' – ' + s.closes;
    }).join('; ');
  }

  /** The facts of an offer a reader needs, each with its illustrative flag; null where unknown. */
  function facts(offer, lang) {
    var st = offer.structure || {};
    var sp = st.provenance;
    var op = offer.provenance;
    return {
      structureName: st.name || null,
      serviceName: offer.name,
      address: st.address ? { text: st.address, illustrative: illustrative(sp, 'address') } : null,
      postcode: st.postcode || null,
      phone: st.phone ? { text: st.phone, illustrative: illustrative(sp, 'phone') } : null,
      hours: st.openingHours ? { text: openingHours(st.openingHours, lang), illustrative: illustrative(sp, 'openingHours') } : null,
      sessions: offer.schedule && offer.schedule.length ? { text: schedule(offer.schedule, lang), illustrative: illustrative(op, 'schedule') } : null,
      languages: offer.languages && offer.languages.length ? {
        codes: offer.languages,
        text: offer.languages.map(function (c) { return window.Pan.languageName(c, lang); }).join(', '),
        illustrative: illustrative(op, 'languages') || illustrative(sp, 'languages')
      } : null,
      fee: offer.fee ? { code: offer.fee, illustrative: illustrative(op, 'fee') } : null,
      source: op ? op.source : null
    };
  }

  /** A text node plus, when illustrative, the visible "example, to be checked" mark. */
  function value(fact) {
    var span = window.Pan.el('span', null, [fact.text]);
    if (fact.illustrative) {
      span.appendChild(window.Pan.el('span', { class: 'illustrative', text: window.Pan.t('common.illustrative') }));
    }
    return span;
  }

  window.PanOffers = { facts: facts, value: value, illustrative: illustrative, openingHours: openingHours, schedule: schedule };
})();
