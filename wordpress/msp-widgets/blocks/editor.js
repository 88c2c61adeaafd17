/**
 * The blocks in the editor: options in the block sidebar, and a live preview (the real widget,
 * inert: nothing can be typed or sent from the editor). No build step: WordPress's own globals.
 */
(function (wp, settings) {
  'use strict';
  if (!wp || !settings) return;
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var c = wp.components;

  var labels = {
    structureName: __('Nom de la structure (vide : le nom du site)', 'msp-widgets'),
    lang: __('Langue du widget', 'msp-widgets'),
    showFeed: __('Montrer « vous avez dit, nous avons fait » (les idées auxquelles l’équipe a répondu)', 'msp-widgets'),
    participation: __('Proposer de participer à la vie de la structure (contact, avec accord)', 'msp-widgets'),
    participationRecipient: __('Qui reçoit le contact', 'msp-widgets'),
    participationRetention: __('Combien de temps il est gardé', 'msp-widgets'),
    participationRights: __('Où demander à consulter ou effacer', 'msp-widgets'),
    campaign: __('Campagne (vide : le trimestre en cours, ex. 2026-T4)', 'msp-widgets'),
    kiosk: __('Mode borne (tablette en salle d’attente)', 'msp-widgets'),
    definition: __('Questionnaire : JSON ou adresse d’un fichier JSON (vide : le questionnaire par défaut)', 'msp-widgets'),
    heading: __('Titre (vide : « Prochains événements »)', 'msp-widgets'),
    contactChannel: __('Comment joindre les personnes inscrites', 'msp-widgets'),
    phone: __('Téléphone de l’équipe (« ou appelez-nous au … » sur les appels à candidatures)', 'msp-widgets'),
    charterUrl: __('Charte de l’engagement : adresse d’une page ou d’un PDF (pour les appels à candidatures)', 'msp-widgets'),
    recipientName: __('Destinataire de l’état des lieux', 'msp-widgets'),
    send: __('Envoyer l’état des lieux au site (sinon, il reste dans le navigateur)', 'msp-widgets'),
  };
  var kinds = [
    ['atelier', __('Atelier', 'msp-widgets')],
    ['atelier-etp', __('Atelier d’éducation thérapeutique', 'msp-widgets')],
    ['groupe-de-marche', __('Groupe de marche', 'msp-widgets')],
    ['soiree-debat', __('Soirée-débat', 'msp-widgets')],
    ['projection-debat', __('Projection-débat', 'msp-widgets')],
    ['portes-ouvertes', __('Portes ouvertes', 'msp-widgets')],
    ['reunion-echange', __('Réunion d’échange', 'msp-widgets')],
    // As the widget's French catalogue names them (src/widgets/event-signup/translations/fr.ts).
    ['appel-candidatures-comite', __('Appel à candidatures : comité des usagers', 'msp-widgets')],
    ['appel-candidatures-patient-partenaire', __('Appel à candidatures : patient partenaire', 'msp-widgets')],
    ['appel-candidatures-co-animation-etp', __('Appel à candidatures : animer des ateliers avec les soignants', 'msp-widgets')],
    ['appel-candidatures-groupe-de-travail', __('Appel à candidatures : groupe de travail', 'msp-widgets')],
  ];
  /** A call for candidates (src/contracts/event-signup.ts, callForCandidatesKinds): a candidacy, with the call's facts. */
  var isCall = function (kind) {
    return /^appel-candidatures-/.test(kind || '');
  };
  /** The call's facts (`call`), each a plain text the team writes for usagers; the charter is an address. */
  var callFields = [
    ['role', __('Rôle de la personne, en mots simples (vide : un texte par défaut selon le type)', 'msp-widgets'), 'textarea'],
    ['time', __('Temps à prévoir (ex. 2 heures par mois, pendant un an)', 'msp-widgets')],
    ['training', __('Formation proposée', 'msp-widgets')],
    ['compensation', __('Frais et indemnités (ex. frais de déplacement remboursés)', 'msp-widgets')],
    ['charterUrl', __('Charte de l’engagement : adresse (vide : celle du widget)', 'msp-widgets'), 'url'],
  ];
  /** An event's optional fields without the empty ones, as the widget's schema wants them (no empty address). */
  function withoutEmpty(event) {
    var out = Object.assign({}, event);
    if (!out.phone) delete out.phone;
    if (out.signup !== 'none') delete out.signup;
    if (!isCall(out.kind)) delete out.call;
    if (out.signup === 'none') delete out.call;
    if (out.call) {
      var call = {};
      Object.keys(out.call).forEach(function (key) {
        if (out.call[key]) call[key] = out.call[key];
      });
      if (Object.keys(call).length) out.call = call;
      else delete out.call;
    }
    return out;
  }

  function control(name, spec, attributes, setAttributes) {
    var value = attributes[name];
    var set = function (v) {
      var next = {};
      next[name] = v;
      setAttributes(next);
    };
    if (name === 'lang') {
      return el(c.SelectControl, {
        key: name,
        label: labels.lang,
        value: value,
        onChange: set,
        options: [
          { value: '', label: __('Celle du site', 'msp-widgets') },
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ],
      });
    }
    if (name === 'contactChannel') {
      return el(c.SelectControl, {
        key: name,
        label: labels.contactChannel,
        value: value,
        onChange: set,
        options: [
          { value: 'either', label: __('Au choix de la personne', 'msp-widgets') },
          { value: 'phone', label: __('Téléphone', 'msp-widgets') },
          { value: 'email', label: __('E-mail', 'msp-widgets') },
        ],
      });
    }
    if (name === 'definition') return el(c.TextareaControl, { key: name, label: labels.definition, value: value, onChange: set, rows: 4 });
    if (spec.type === 'boolean') return el(c.ToggleControl, { key: name, label: labels[name] || name, checked: !!value, onChange: set });
    if (name === 'phone' || name === 'charterUrl')
      return el(c.TextControl, { key: name, type: name === 'phone' ? 'tel' : 'url', label: labels[name], value: value || '', onChange: set });
    if (spec.type === 'string') return el(c.TextControl, { key: name, label: labels[name] || name, value: value || '', onChange: set });
    return null;
  }

  function eventPanel(attributes, setAttributes) {
    var events = Array.isArray(attributes.events) ? attributes.events : [];
    var update = function (index, patch) {
      var next = events.map(function (event, i) {
        return i === index ? Object.assign({}, event, patch) : event;
      });
      setAttributes({ events: next });
    };
    var items = events.map(function (event, index) {
      var place = event.place || {};
      return el(
        c.PanelBody,
        { key: index, title: event.title || __('Nouvel événement', 'msp-widgets'), initialOpen: !event.title },
        el(c.TextControl, {
          label: __('Titre court', 'msp-widgets'),
          value: event.title || '',
          onChange: function (v) {
            update(index, { title: v });
          },
        }),
        el(c.TextControl, {
          label: __('Identifiant (ne plus le changer une fois les inscriptions ouvertes)', 'msp-widgets'),
          value: event.id || '',
          onChange: function (v) {
            update(index, { id: v.replace(/[^A-Za-z0-9_.-]/g, '-') });
          },
        }),
        el(c.SelectControl, {
          label: __('Type', 'msp-widgets'),
          value: event.kind || 'atelier',
          options: kinds.map(function (k) {
            return { value: k[0], label: k[1] };
          }),
          onChange: function (v) {
            update(index, isCall(v) ? { kind: v, signup: undefined } : { kind: v, call: undefined });
          },
        }),
        // A call for candidates always receives candidacies: the choice is for the other kinds only.
        isCall(event.kind)
          ? null
          : el(c.SelectControl, {
              label: __('Inscription', 'msp-widgets'),
              value: event.signup === 'none' ? 'none' : 'online',
              options: [
                { value: 'online', label: __('Avec inscription dans le widget', 'msp-widgets') },
                { value: 'none', label: __('Sans inscription (information seulement : il suffit de venir)', 'msp-widgets') },
              ],
              onChange: function (v) {
                update(index, { signup: v === 'none' ? 'none' : undefined });
              },
            }),
        el(c.TextControl, {
          type: 'tel',
          label: __('Téléphone pour cet événement (vide : celui du widget)', 'msp-widgets'),
          value: event.phone || '',
          onChange: function (v) {
            update(index, { phone: v || undefined });
          },
        }),
        isCall(event.kind)
          ? callFields.map(function (field) {
              var call = event.call || {};
              var props = {
                key: 'call-' + field[0],
                label: field[1],
                value: call[field[0]] || '',
                onChange: function (v) {
                  var next = Object.assign({}, call);
                  next[field[0]] = v;
                  update(index, { call: next });
                },
              };
              if (field[2] === 'url') props.type = 'url';
              return el(field[2] === 'textarea' ? c.TextareaControl : c.TextControl, props);
            })
          : null,
        el(c.TextControl, {
          type: 'datetime-local',
          label: __('Début (heure de Paris)', 'msp-widgets'),
          value: event.start || '',
          onChange: function (v) {
            update(index, { start: v });
          },
        }),
        el(c.TextControl, {
          type: 'datetime-local',
          label: __('Fin (heure de Paris)', 'msp-widgets'),
          value: event.end || '',
          onChange: function (v) {
            update(index, { end: v });
          },
        }),
        el(c.TextControl, {
          label: __('Lieu', 'msp-widgets'),
          value: place.name || '',
          onChange: function (v) {
            update(index, { place: Object.assign({}, place, { name: v }) });
          },
        }),
        el(c.TextControl, {
          label: __('Accessibilité du lieu', 'msp-widgets'),
          value: place.accessibility || '',
          onChange: function (v) {
            update(index, { place: Object.assign({}, place, { accessibility: v }) });
          },
        }),
        el(c.TextControl, {
          label: __('Objectif (en peu de mots)', 'msp-widgets'),
          value: (event.objectives || [])[0] || '',
          onChange: function (v) {
            update(index, { objectives: [v] });
          },
        }),
        // No seat count for a candidacy (each is read by the team) nor for an event without registration.
        isCall(event.kind) || event.signup === 'none'
          ? null
          : el(c.TextControl, {
              type: 'number',
              min: 1,
              max: 1000,
              label: __('Nombre de places (vide : pas de limite)', 'msp-widgets'),
              value: event.capacity || '',
              onChange: function (v) {
                update(index, { capacity: v === '' ? undefined : Math.max(1, Math.min(1000, parseInt(v, 10) || 1)) });
              },
            }),
        el(
          c.Button,
          {
            isDestructive: true,
            variant: 'link',
            onClick: function () {
              setAttributes({
                events: events.filter(function (_, i) {
                  return i !== index;
                }),
              });
            },
          },
          __('Retirer cet événement', 'msp-widgets'),
        ),
      );
    });
    return el(
      c.PanelBody,
      { key: 'events', title: __('Événements', 'msp-widgets'), initialOpen: true },
      el('p', {}, events.length ? '' : __('Aucun événement ici : le widget montre les événements définis par l’équipe pour tout le site.', 'msp-widgets')),
      items,
      el(
        c.Button,
        {
          variant: 'secondary',
          onClick: function () {
            setAttributes({
              events: events.concat([
                { id: 'evenement-' + Date.now().toString(36), title: '', kind: 'atelier', start: '', end: '', place: { name: '' }, objectives: [''] },
              ]),
            });
          },
        },
        __('Ajouter un événement', 'msp-widgets'),
      ),
    );
  }

  /** The real widget, rendered with the block's options; inert so the preview cannot be used. */
  function Preview(props) {
    var block = props.block;
    var a = props.attributes;
    var ref = wp.element.useRef(null);
    wp.element.useEffect(
      function () {
        var host = ref.current;
        if (!host) return;
        host.setAttribute('inert', '');
        host.textContent = '';
        var widget = document.createElement(block.tag);
        widget.setAttribute('structure-name', a.structureName || settings.structureName);
        widget.setAttribute('lang', a.lang || settings.lang);
        // A database of its own: the preview never mixes with what a visitor's browser keeps.
        widget.setAttribute('db-name', 'msp-editor-preview');
        if (a.kiosk) widget.setAttribute('kiosk', '');
        if (a.campaign) widget.setAttribute('campaign', a.campaign);
        if (a.contactChannel) widget.setAttribute('contact-channel', a.contactChannel);
        if (a.phone) widget.setAttribute('phone', a.phone);
        if (a.charterUrl) widget.setAttribute('charter-url', a.charterUrl);
        var config = {};
        if (a.participation)
          config.participation = {
            enabled: true,
            recipient: a.participationRecipient || '—',
            retention: a.participationRetention || '—',
            rightsContact: a.participationRights || '—',
          };
        if (block.tag === 'msp-event-signup') {
          config.events = (a.events || [])
            .filter(function (e) {
              return e.title && e.start && e.end;
            })
            .map(function (e) {
              return Object.assign({}, withoutEmpty(e), {
                objectives: (e.objectives || []).filter(Boolean).length ? e.objectives.filter(Boolean) : ['—'],
                place: { name: (e.place && e.place.name) || '—' },
              });
            });
          if (a.heading) config.heading = a.heading;
        }
        if (a.definition && a.definition.trim().charAt(0) === '{') {
          try {
            config.definition = JSON.parse(a.definition);
          } catch (e) {
            /* the widget shows its polite notice */
          }
        }
        if (Object.keys(config).length) widget.config = config;
        host.appendChild(widget);
      },
      [JSON.stringify(a)],
    );
    return el('div', { ref: ref, className: 'msp-widgets-preview', 'aria-label': __('Aperçu du widget', 'msp-widgets') });
  }

  Object.keys(settings.blocks).forEach(function (slug) {
    var block = settings.blocks[slug];
    wp.blocks.registerBlockType('msp/' + slug, {
      apiVersion: 2,
      title: block.title,
      description: block.description,
      category: 'widgets',
      icon: block.icon,
      keywords: ['msp', 'usagers', 'participation'],
      attributes: block.attributes,
      supports: { html: false },
      edit: function (props) {
        var controls = Object.keys(block.attributes).map(function (name) {
          return name === 'events' ? null : control(name, block.attributes[name], props.attributes, props.setAttributes);
        });
        return el(
          'div',
          useBlockProps(),
          el(
            InspectorControls,
            {},
            el(c.PanelBody, { title: __('Réglages du widget', 'msp-widgets'), initialOpen: true }, controls),
            block.attributes.events ? eventPanel(props.attributes, props.setAttributes) : null,
          ),
          el(Preview, { block: block, attributes: props.attributes }),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.mspWidgetsEditor);
