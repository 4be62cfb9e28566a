import type { Partner } from '../components/partner-map/partners.js';

/**
 * The SECON partnership (Interreg Europe 01C0224, 2023–2027): the ten partners with
 * their seats, roles, websites and policy instruments, in English and in the
 * partner's own language(s); a name written alike in both is given once. Country names
 * are not stored: they come from `Intl.DisplayNames` in the reader's language.
 */
export const SECON_PARTNERS: readonly Partner[] = [
  {
    id: 'peloponnese',
    name: { en: 'Region of Peloponnese', el: 'Περιφέρεια Πελοποννήσου' },
    city: { en: 'Tripoli', el: 'Τρίπολη' },
    country: 'GR',
    lat: 37.5089,
    lon: 22.3794,
    role: 'lead',
    url: 'https://www.ppel.gov.gr',
    policyInstrument: {
      en: 'Regional Operational Programme Peloponnese 2021–2027 (ERDF and ESF+): human resources, social inclusion, poverty reduction, cohesion',
      el: 'Περιφερειακό Πρόγραμμα «Πελοπόννησος» 2021–2027 (ΕΤΠΑ και ΕΚΤ+): ανθρώπινο δυναμικό, κοινωνική ένταξη, μείωση της φτώχειας, συνοχή',
    },
  },
  {
    id: 'rhein-neckar',
    name: 'Verband Region Rhein-Neckar',
    city: 'Mannheim',
    country: 'DE',
    lat: 49.4875,
    lon: 8.466,
    url: 'https://www.m-r-n.com',
    policyInstrument: {
      en: 'Regional development concept “Rhein-Neckar – Connect innovation!”',
      de: 'Regionales Entwicklungskonzept „Rhein-Neckar – Connect innovation!“',
    },
  },
  {
    id: 'flemish-brabant',
    name: { en: 'Province of Flemish Brabant', nl: 'Provincie Vlaams-Brabant' },
    city: 'Leuven',
    country: 'BE',
    lat: 50.8798,
    lon: 4.7005,
    url: 'https://www.vlaamsbrabant.be',
    policyInstrument: { en: 'Multi-annual plan 2020–2025', nl: 'Meerjarenplan 2020–2025' },
  },
  {
    id: 'harghita',
    name: {
      en: 'Harghita County Council',
      ro: 'Consiliul Județean Harghita',
      hu: 'Hargita Megye Tanácsa',
    },
    city: { en: 'Miercurea Ciuc', hu: 'Csíkszereda' },
    country: 'RO',
    lat: 46.3594,
    lon: 25.8018,
    url: 'https://hargitamegye.ro',
    policyInstrument: {
      en: 'Economic Development Strategy – Harghita 2030',
      ro: 'Strategia de dezvoltare economică – Harghita 2030',
      hu: 'Gazdaságfejlesztési stratégia – Hargita 2030',
    },
  },
  {
    id: 'mazowieckie',
    name: { en: 'Mazowieckie Region (Mazovia)', pl: 'Województwo Mazowieckie' },
    city: { en: 'Warsaw', pl: 'Warszawa' },
    country: 'PL',
    lat: 52.2297,
    lon: 21.0122,
    url: 'https://www.mazovia.pl',
    policyInstrument: {
      en: 'Regional programme “European Funds for Mazovia 2021–2027”',
      pl: 'Program regionalny „Fundusze Europejskie dla Mazowsza 2021–2027”',
    },
  },
  {
    id: 'oliveira-de-azemeis',
    name: { en: 'Municipality of Oliveira de Azeméis', pt: 'Município de Oliveira de Azeméis' },
    city: 'Oliveira de Azeméis',
    country: 'PT',
    lat: 40.8389,
    lon: -8.477,
    url: 'https://www.cm-oaz.pt',
    policyInstrument: {
      en: 'Municipal Plan for Social Innovation (MUPSI)',
      pt: 'Plano Municipal para a Inovação Social (MUPSI)',
    },
  },
  {
    id: 'riga',
    name: { en: 'Riga Planning Region', lv: 'Rīgas plānošanas reģions' },
    city: { en: 'Riga', lv: 'Rīga' },
    country: 'LV',
    lat: 56.9496,
    lon: 24.1052,
    url: 'https://www.rpr.gov.lv',
    policyInstrument: {
      en: 'Riga Planning Region Development Programme 2022–2027',
      lv: 'Rīgas plānošanas reģiona attīstības programma 2022.–2027. gadam',
    },
  },
  {
    id: 'extremadura',
    name: {
      en: 'Junta de Extremadura — Ministry of Agriculture, Rural Development, Population and Territory',
      es: 'Junta de Extremadura — Consejería de Agricultura, Desarrollo Rural, Población y Territorio',
    },
    city: 'Mérida',
    country: 'ES',
    lat: 38.9161,
    lon: -6.3437,
    url: 'https://www.juntaex.es',
    policyInstrument: {
      en: 'ESF+ Operational Programme 2021–2027, Action 6: Access to employment – Social economy – Incentives for a stable economy',
      es: 'Programa Operativo FSE+ 2021–2027, Actuación 6: Acceso al empleo – Economía social – Incentivos para una economía estable',
    },
  },
  {
    id: 'haskovo',
    name: { en: 'Municipality of Haskovo', bg: 'Община Хасково' },
    city: { en: 'Haskovo', bg: 'Хасково' },
    country: 'BG',
    lat: 41.9344,
    lon: 25.5554,
    url: 'https://www.haskovo.bg',
    policyInstrument: {
      en: 'Integrated Development Plan of Haskovo Municipality 2021–2027',
      bg: 'План за интегрирано развитие на Община Хасково 2021–2027',
    },
  },
  {
    id: 'kmop',
    name: {
      en: 'KMOP – Social Action and Innovation Centre',
      el: 'ΚΜΟΠ – Κέντρο Κοινωνικής Δράσης και Καινοτομίας',
    },
    city: { en: 'Athens', el: 'Αθήνα' },
    country: 'GR',
    lat: 37.9838,
    lon: 23.7275,
    url: 'https://www.kmop.gr',
    description: {
      en: 'Knowledge partner of the project, with no policy instrument of its own.',
      el: 'Εταίρος γνώσης του έργου, χωρίς δικό του μέσο πολιτικής.',
    },
  },
];
