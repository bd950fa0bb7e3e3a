/* The referral slip for the person, at /slip.html?lang=…#referral=ID (the id after '#', Pan.slipUrl): in the
   person's language (?lang=, chosen here, not remembered as the counsellor's own), easy-read, one printable A4
   page (print CSS: large type, no navigation). It says where (the booked session's venue or the structure's
   address), when (the session or appointment's date and time, else the opening hours), whom to call (the
   structure's phone, else the referrer: its organisation and the appointment's contact) and what to bring. Facts
   the catalogue marks as examples are listed for the staff in the controls card, which is not printed: the
   person's slip carries no "example, to be checked" mark. */
(function () {
  'use strict';

  var Pan = window.Pan, t = Pan.t, el = Pan.el;
  var referral = null, offer = null;

  function fail(key) {
    var box = document.getElementById('slip-error');
    box.textContent = t(key);
    box.setAttribute('data-key', key);
    box.hidden = false;
  }

  function p(text, id) {
    return el('p', { id: id || null }, [text]);
  }

  /** Where and when the person goes: the booked session, else the partner's appointment, else nothing known. */
  function appointment(r) {
    if (r.session && r.session.start) {
      var s = window.PanOffers.session(r.session);
      return { start: s.start, end: s.end, place: s.venue, address: s.address, contact: r.appointment ? r.appointment.contact : null };
    }
    if (r.appointment && r.appointment.at) {
      return { start: r.appointment.at, end: null, place: r.appointment.place, address: null, contact: r.appointment.contact };
    }
    return null;
  }

  function render() {
    var lang = Pan.lang();
    document.getElementById('slip-language').value = lang;
    if (!referral || !offer) {
      var err = document.getElementById('slip-error');
      if (!err.hidden && err.getAttribute('data-key')) {
        err.textContent = t(err.getAttribute('data-key'));
      }
      return;
    }
    var f = window.PanOffers.facts(offer, lang);
    var when = appointment(referral);
    var toCheck = [];
    document.getElementById('slip-structure').textContent = f.structureName || f.serviceName;
    document.getElementById('slip-service').textContent = f.structureName ? f.serviceName : '';

    var address = document.getElementById('slip-address');
    address.textContent = '';
    if (when && (when.place || when.address)) {
      address.appendChild(p([when.place, when.address].filter(Boolean).join(' – '), 'slip-address-line'));
    } else if (f.address) {
      address.appendChild(p(f.address.text, 'slip-address-line'));
      if (f.address.illustrative) {
        toCheck.push(t('offer.address') + ': ' + f.address.text);
      }
    } else {
      address.appendChild(p(t(f.phone ? 'slip.noAddress' : 'slip.noAddressAskReferrer'), 'slip-no-address'));
    }
    if (f.postcode && !(when && when.address)) {
      address.appendChild(p(t('slip.postcode', { postcode: f.postcode })));
    }
    if (f.languages) {
      address.appendChild(p(t('slip.languagesSpoken', { languages: f.languages.text })));
      if (f.languages.illustrative) {
        toCheck.push(t('offer.languages') + ': ' + f.languages.text);
      }
    }

    var hours = document.getElementById('slip-hours');
    hours.textContent = '';
    if (when) {
      hours.appendChild(el('p', { class: 'big', id: 'slip-when' }, [window.PanOffers.when(when.start, when.end, lang)]));
    } else {
      var open = f.sessions || f.hours;
      if (open) {
        hours.appendChild(p(open.text, 'slip-hours-line'));
        if (open.illustrative) {
          toCheck.push(t(f.sessions ? 'offer.sessions' : 'offer.hours') + ': ' + open.text);
        }
      } else {
        hours.appendChild(p(t(f.phone ? 'slip.askPhone' : 'slip.askReferrer'), 'slip-ask-phone'));
      }
    }

    // Whom to call: the place's phone where the catalogue knows it, else the referrer who gave the slip.
    var contact = document.getElementById('slip-contact');
    contact.textContent = '';
    if (f.phone) {
      contact.appendChild(el('p', { id: 'slip-phone', class: 'big' }, [t('slip.phone', { phone: f.phone.text })]));
      if (f.phone.illustrative) {
        toCheck.push(t('offer.phone') + ': ' + f.phone.text);
      }
    }
    if (when && when.contact) {
      contact.appendChild(p(t('slip.appointmentContact', { contact: when.contact }), 'slip-appointment-contact'));
    }
    contact.appendChild(p(t(f.phone ? 'slip.contact' : 'slip.referrerContact', { organisation: referral.organisation }), 'slip-referrer'));
    if (f.phone) {
      contact.appendChild(p(t('slip.contactHelp')));
    }

    var date = referral.createdAt ? new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(referral.createdAt)) : '';
    var number = referral.slipNumber || referral.id.substring(0, 8).toUpperCase();
    document.getElementById('slip-meta').textContent = t('slip.number', { number: number })
      + (referral.reference ? ' · ' + t('slip.reference', { reference: referral.reference }) : '')
      + (date ? ' · ' + t('slip.date', { date: date }) : '');

    var ics = document.getElementById('slip-ics');
    ics.hidden = !when;
    ics.href = when ? '/api/v1/referrals/' + encodeURIComponent(referral.id) + '/appointment.ics' : '';
    var check = document.getElementById('slip-staff-check');
    var facts = document.getElementById('slip-staff-facts');
    facts.textContent = '';
    toCheck.forEach(function (line) { facts.appendChild(el('li', { text: line })); });
    check.hidden = !toCheck.length;
    document.getElementById('slip').hidden = false;
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('slip-language').addEventListener('change', function (e) {
      Pan.setLanguage(e.target.value, false);
    });
    document.getElementById('print').addEventListener('click', function () { window.print(); });
    Pan.onLanguage(render);
    // After '#' (Pan.slipUrl), never in the query: the server is not told which referral is printed.
    var id = new URLSearchParams(window.location.hash.substring(1)).get('referral');
    Pan.ready.then(function () {
      if (!id) {
        fail('slip.missing');
        return;
      }
      window.PanApi.get('/api/v1/referrals/' + encodeURIComponent(id)).then(function (r) {
        referral = r;
        return window.PanApi.get('/api/v1/offers/' + encodeURIComponent(r.offerId));
      }).then(function (o) {
        offer = o;
        render();
      }).catch(function (error) {
        fail(error.status === 404 || error.status === 403 || error.status === 400 ? 'slip.notFound' : 'common.error');
      });
    });
  });
})();
