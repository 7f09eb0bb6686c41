import type { AccessKeyMessages } from './messages.js';
import { registerMessages } from './registry.js';

/** German. Importing this module registers it for `lang="de"` (and `de-*`). */
export const germanMessages: AccessKeyMessages = {
  sectionHeading: 'Zugangsschlüssel',
  sectionDescription: ({ productName }) =>
    `Ein Zugangsschlüssel wird benötigt, um die ${productName}-API aufzurufen, Automatisierung auf den Geräten der Plattform auszuführen sowie Remote-Debugging, lokales Tunneling und Proxy-Funktionen einzurichten.`,
  addKey: '+ Zugangsschlüssel',
  emptyState: 'Sie haben noch keine Zugangsschlüssel.',
  listHeading: 'Ihre Schlüssel',
  keyCount: ({ count, limit }) => `${count} von ${limit}`,
  loading: 'Ihre Schlüssel werden geladen …',
  listError: 'Ihre Schlüssel konnten nicht geladen werden.',
  keyAdded: ({ name }) => `Schlüssel „${name}“ wurde zu Ihren Schlüsseln hinzugefügt.`,
  keyRemoved: ({ name }) => `Schlüssel „${name}“ wurde entfernt.`,
  retry: 'Erneut versuchen',
  genericError: ({ productName }) =>
    `Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut oder wenden Sie sich an den ${productName}-Support, falls das Problem weiterhin besteht`,

  generateTitle: 'Zugangsschlüssel erzeugen',
  nameLabel: 'Name',
  nameHint: ({ max }) => `Bis zu ${max} Zeichen. Pflichtfeld.`,
  nameCounter: ({ count, max }) => `${count}/${max}`,
  nameEmpty: 'Geben Sie einen Namen für den Schlüssel ein.',
  nameTooLong: ({ count, max }) => `Der Name darf höchstens ${max} Zeichen haben; er hat ${count}.`,
  validTillLabel: 'Gültig bis',
  validTillHint: 'Optional. Ohne Datum läuft der Schlüssel nicht ab.',
  validTillInvalid: 'Geben Sie ein gültiges Datum ein.',
  validTillTooEarly: ({ earliest }) => `Wählen Sie den ${earliest} oder ein späteres Datum.`,
  validTillTooLate: ({ latest, days }) =>
    `Wählen Sie den ${latest} oder ein früheres Datum: Schlüssel gelten hier höchstens ${days} Tage.`,
  expiryPolicy: ({ days }) => `Schlüssel gelten hier höchstens ${days} Tage.`,
  expiryPreset: ({ duration }) => duration,
  expiryNone: 'Kein Ablauf',
  expiryCustom: 'Eigenes Datum …',
  customDateLabel: 'Ablaufdatum',
  validTillPreview: ({ date, time, zone }) => `Läuft ab am ${date}, ${time} (${zone}).`,
  generate: 'Erzeugen',
  generating: 'Wird erzeugt …',
  cancel: 'Abbrechen',

  revealTitle: 'Ihr neuer Zugangsschlüssel',
  revealNote:
    'Sie sehen den Schlüssel nur einmal. Kopieren Sie ihn und bewahren Sie ihn sicher auf, bevor Sie dieses Fenster schließen.',
  secretLabel: 'Zugangsschlüssel',
  copy: 'In die Zwischenablage kopieren',
  copied: 'In die Zwischenablage kopiert',
  copiedButton: 'Kopiert',
  copyFailed:
    'Automatisches Kopieren ist fehlgeschlagen. Der Schlüssel ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac), um ihn zu kopieren.',
  dismissBlocked:
    'Der Schlüssel wurde nicht kopiert. Sie sehen ihn nicht noch einmal: Kopieren Sie ihn zuerst oder wählen Sie „Schließen“, wenn Sie ihn nicht brauchen.',
  close: 'Schließen',

  statusActive: 'Aktiv',
  statusExpired: 'Abgelaufen',
  statusExpiresSoon: 'Läuft bald ab',
  lastUsed: 'Zuletzt verwendet',
  neverUsed: 'Nie verwendet',
  created: 'Erstellt',
  expires: 'Läuft ab',
  expiresRelative: 'Läuft ab',
  neverExpires: 'Läuft nie ab',
  expired: 'Abgelaufen am',
  visiblePartLabel: 'Schlüssel endet auf',
  remove: 'Entfernen',
  removeLabel: ({ name }) => `„${name}“ entfernen`,

  removeTitle: 'Zugangsschlüssel entfernen',
  removeText:
    'Anwendungen und Skripte, die diesen Schlüssel verwenden, funktionieren danach nicht mehr. Das lässt sich nicht rückgängig machen.',
  confirm: 'Bestätigen',
  removing: 'Wird entfernt …',

  limitTitle: 'Kein weiterer Schlüssel möglich',
  limitText: 'Um einen neuen Schlüssel zu erzeugen, müssen Sie einen vorhandenen entfernen.',

  regenerate: 'Neu erzeugen',
  regenerateLabel: ({ name }) => `„${name}“ neu erzeugen`,
  regenerateTitle: 'Zugangsschlüssel neu erzeugen',
  regenerateText:
    'Ein neues Geheimnis ersetzt das bisherige. Der Schlüssel behält seinen Namen; das neue Geheimnis sehen Sie einmal.',
  regenerating: 'Wird neu erzeugt …',
  graceLabel: 'Altes Geheimnis funktioniert nicht mehr',
  graceHint: 'Bis dahin funktionieren beide Geheimnisse, damit Anwendungen und Skripte umgestellt werden können.',
  graceNow: 'Sofort',
  graceLater: ({ when }) => when.charAt(0).toUpperCase() + when.slice(1),
  graceTooLate:
    'Das alte Geheimnis kann nicht länger gelten als das neue: Wählen Sie einen früheren Zeitpunkt oder einen späteren Ablauf.',
  previousSecretUntil: 'Vorheriges Geheimnis endet',
  keyRegenerated: ({ name }) => `Schlüssel „${name}“ wurde neu erzeugt.`,

  rename: 'Umbenennen',
  renameLabel: ({ name }) => `„${name}“ umbenennen`,
  renameTitle: 'Zugangsschlüssel umbenennen',
  save: 'Speichern',
  saving: 'Wird gespeichert …',
  keyRenamed: ({ previous, name }) => `Schlüssel „${previous}“ heißt jetzt „${name}“.`,

  removeExpired: ({ count }) => `Abgelaufene Schlüssel entfernen (${count})`,
  removeExpiredTitle: 'Abgelaufene Schlüssel entfernen',
  removeExpiredText: ({ count }) =>
    `${count === 1 ? 'Ein Schlüssel ist' : `${count} Schlüssel sind`} abgelaufen und funktionieren nicht mehr. Entfernen macht Platz für neue Schlüssel.`,
  removingProgress: ({ done, total }) => `${done} von ${total} werden entfernt …`,
  removeExpiredPartial: ({ removed, total }) => `${removed} von ${total} abgelaufenen Schlüsseln wurden entfernt.`,
  expiredKeysRemoved: ({ count }) =>
    count === 1 ? 'Ein abgelaufener Schlüssel wurde entfernt.' : `${count} abgelaufene Schlüssel wurden entfernt.`,

  searchLabel: 'Schlüssel suchen',
  statusFilterLabel: 'Status',
  statusAll: 'Alle',
  sortLabel: 'Sortieren nach',
  sortNewest: 'Neueste',
  sortOldest: 'Älteste',
  sortLastUsed: 'Zuletzt verwendet',
  sortExpiresSoonest: 'Baldiger Ablauf',
  sortName: 'Name',
  keysShown: ({ shown, total }) => `${shown} von ${total} angezeigt`,
  showMore: ({ count }) => `${count} weitere anzeigen`,
  noMatches: 'Keine Schlüssel passen zu Ihrer Suche.',
  clearSearch: 'Suche zurücksetzen',
};

registerMessages('de', germanMessages);
