<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountRow</name>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Registrierung…</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>Registrierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Nicht registriert</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Office Number</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Mobile Number</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Other Number</source>
        <translation>Weitere Nummer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Klingelton</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Leitung %1</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>DialerScreen</name>
    <message>
        <source>Transfer to</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>Nummer eingeben</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>Gehalten: %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Leitung %1</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Search by name or number</source>
        <translation>Name oder Nummer suchen</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Keine Kontakte</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
</context>
<context>
    <name>DssKeyEditor</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Leitung %1</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Nebenstelle</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Ungültiger Wert</translation>
    </message>
    <message>
        <source>DSS key %1</source>
        <translation>DSS-Taste %1</translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>Blacklist</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Dialed</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Umgeleitet</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Keine Anrufe</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>No Service</source>
        <translation>Kein Dienst</translation>
    </message>
    <message>
        <source>Call %1 back when free?</source>
        <translation>%1 zurückrufen, wenn frei?</translation>
    </message>
    <message numerus="yes">
        <source>%n New Missed Call(s)</source>
        <translation>
            <numerusform>%n neuer verpasster Anruf</numerusform>
            <numerusform>%n neue verpasste Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>DSS</source>
        <translation>DSS</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>InCallScreen</name>
    <message>
        <source>Call waiting</source>
        <translation>Anklopfen</translation>
    </message>
    <message>
        <source>In conference</source>
        <translation>In Konferenz</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Von Gegenseite gehalten</translation>
    </message>
    <message>
        <source>Start Video</source>
        <translation>Video an</translation>
    </message>
    <message>
        <source>Stop Video</source>
        <translation>Video aus</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <source>Loss (in / out)</source>
        <translation>Verlust (ein / aus)</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Jitter buffer</source>
        <translation>Jitterpuffer</translation>
    </message>
</context>
<context>
    <name>IncomingScreen</name>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Vidi</source>
        <translation>Vidi</translation>
    </message>
</context>
<context>
    <name>OutgoingScreen</name>
    <message>
        <source>Ringing...</source>
        <translation>Klingelt...</translation>
    </message>
    <message>
        <source>Calling...</source>
        <translation>Wählt...</translation>
    </message>
</context>
<context>
    <name>ParamRegistry</name>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>„%1“ ist nicht 0 oder 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 liegt nicht zwischen %2 und %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http, https, ftp, tftp or file URL</source>
        <translation>„%1“ ist keine http-, https-, ftp-, tftp- oder file-URL</translation>
    </message>
    <message>
        <source>line breaks are not allowed</source>
        <translation>Zeilenumbrüche sind nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>The passwords differ</source>
        <translation>Die Passwörter sind verschieden</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Ungültiger Wert</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Leitung %1</translation>
    </message>
    <message>
        <source>Enter the administrator password</source>
        <translation>Administratorpasswort eingeben</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>SettingsTree</name>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>On Code</source>
        <translation>Code ein</translation>
    </message>
    <message>
        <source>Off Code</source>
        <translation>Code aus</translation>
    </message>
    <message>
        <source>After Ring Time</source>
        <translation>Nach Klingelzeit</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Grundeinstellungen</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Brightness Level</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Backlight Level</source>
        <translation>Hintergrundbeleuchtung</translation>
    </message>
    <message>
        <source>Off when idle</source>
        <translation>Aus im Ruhezustand</translation>
    </message>
    <message>
        <source>Dimmed when idle</source>
        <translation>Gedimmt im Ruhezustand</translation>
    </message>
    <message>
        <source>Backlight Time</source>
        <translation>Beleuchtungsdauer</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Immer an</translation>
    </message>
    <message>
        <source>Date &amp; Time</source>
        <translation>Datum &amp; Uhrzeit</translation>
    </message>
    <message>
        <source>Time Type</source>
        <translation>Zeitquelle</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>NTP Server 1</source>
        <translation>NTP-Server 1</translation>
    </message>
    <message>
        <source>NTP Server 2</source>
        <translation>NTP-Server 2</translation>
    </message>
    <message>
        <source>Daylight Saving</source>
        <translation>Sommerzeit</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Date Format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Time Format</source>
        <translation>Zeitformat</translation>
    </message>
    <message>
        <source>24 Hour</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>12 Hour</source>
        <translation>12 Stunden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Call Feature</source>
        <translation>Anruffunktionen</translation>
    </message>
    <message>
        <source>Call Forward</source>
        <translation>Rufumleitung</translation>
    </message>
    <message>
        <source>Always Forward</source>
        <translation>Immer umleiten</translation>
    </message>
    <message>
        <source>Busy Forward</source>
        <translation>Bei besetzt umleiten</translation>
    </message>
    <message>
        <source>No Answer Forward</source>
        <translation>Bei Nichtannahme umleiten</translation>
    </message>
    <message>
        <source>Call Waiting</source>
        <translation>Anklopfen</translation>
    </message>
    <message>
        <source>Warning Tone</source>
        <translation>Hinweiston</translation>
    </message>
    <message>
        <source>Auto Answer</source>
        <translation>Automatisch annehmen</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Anonymous Call</source>
        <translation>Anonym anrufen</translation>
    </message>
    <message>
        <source>Anonymous Rejection</source>
        <translation>Anonyme ablehnen</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercom</translation>
    </message>
    <message>
        <source>Intercom Mute</source>
        <translation>Intercom stumm</translation>
    </message>
    <message>
        <source>Intercom Tone</source>
        <translation>Intercom-Ton</translation>
    </message>
    <message>
        <source>Intercom Barge</source>
        <translation>Intercom aufschalten</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Key As Send</source>
        <translation>Sendetaste</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>History Record</source>
        <translation>Anrufliste führen</translation>
    </message>
    <message>
        <source>Hot Line</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Hotline Delay</source>
        <translation>Hotline-Verzögerung</translation>
    </message>
    <message>
        <source>Auto Redial</source>
        <translation>Autom. Wahlwiederholung</translation>
    </message>
    <message>
        <source>Redial Interval</source>
        <translation>Wiederholungsabstand</translation>
    </message>
    <message>
        <source>Redial Times</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Call Completion</source>
        <translation>Rückruf bei besetzt</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>WAN Port</source>
        <translation>WAN-Port</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Static IP</source>
        <translation>Statische IP</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Subnet Mask</source>
        <translation>Subnetzmaske</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Primary DNS</source>
        <translation>Primärer DNS</translation>
    </message>
    <message>
        <source>Secondary DNS</source>
        <translation>Sekundärer DNS</translation>
    </message>
    <message>
        <source>PPPoE User</source>
        <translation>PPPoE-Benutzer</translation>
    </message>
    <message>
        <source>PPPoE Password</source>
        <translation>PPPoE-Passwort</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>VID Number</source>
        <translation>VLAN-ID</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Webserver Type</source>
        <translation>Webserver</translation>
    </message>
    <message>
        <source>HTTP Status</source>
        <translation>HTTP aktiv</translation>
    </message>
    <message>
        <source>HTTP Port</source>
        <translation>HTTP-Port</translation>
    </message>
    <message>
        <source>HTTPS Status</source>
        <translation>HTTPS aktiv</translation>
    </message>
    <message>
        <source>HTTPS Port</source>
        <translation>HTTPS-Port</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Current Password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm Password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>Hintergrundbild</translation>
    </message>
    <message>
        <source>Ring Tones</source>
        <translation>Klingeltöne</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Klingelton</translation>
    </message>
</context>
<context>
    <name>SoftkeyBar</name>
    <message>
        <source>Dial</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>End Call</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>DND</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Call First</source>
        <translation>Zuerst anrufen</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Makeln</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Telefonbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Call Back</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No Service</source>
        <translation>Kein Dienst</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>DND</translation>
    </message>
    <message>
        <source>Handset</source>
        <translation>Hörer</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
</context>
<context>
    <name>UnlockPad</name>
    <message>
        <source>The phone is locked. Enter the PIN to unlock.</source>
        <translation>Das Telefon ist gesperrt. PIN zum Entsperren eingeben.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>VideoArea</name>
    <message>
        <source>Video stopped</source>
        <translation>Video gestoppt</translation>
    </message>
</context>
<context>
    <name>vidi::app::DssKeyModel</name>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>DND</translation>
    </message>
    <message>
        <source>Call Return</source>
        <translation>Rückruf letzter</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Heranholen</translation>
    </message>
    <message>
        <source>Call Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Voice Mail</source>
        <translation>Sprachbox</translation>
    </message>
    <message>
        <source>Speed Dial</source>
        <translation>Kurzwahl</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercom</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>BLF</source>
        <translation>BLF</translation>
    </message>
    <message>
        <source>Group Pickup</source>
        <translation>Gruppen-Heranholen</translation>
    </message>
    <message>
        <source>BLF List</source>
        <translation>BLF-Liste</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Leitung %1</translation>
    </message>
    <message>
        <source>Shared Line</source>
        <translation>Geteilte Leitung</translation>
    </message>
</context>
<context>
    <name>vidi::app::Phone</name>
    <message>
        <source>Initializing...Please wait</source>
        <translation>Initialisierung... Bitte warten</translation>
    </message>
    <message>
        <source>Forbidden Number</source>
        <translation>Gesperrte Nummer</translation>
    </message>
    <message>
        <source>%1 saved to the directory</source>
        <translation>%1 im Telefonbuch gespeichert</translation>
    </message>
    <message>
        <source>Rebooting, please wait...</source>
        <translation>Neustart, bitte warten...</translation>
    </message>
    <message>
        <source>The contact is gone</source>
        <translation>Der Kontakt ist nicht mehr da</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Ein Kontakt braucht einen Namen</translation>
    </message>
    <message>
        <source>The directory is full</source>
        <translation>Das Telefonbuch ist voll</translation>
    </message>
    <message>
        <source>Not saved: the name is taken or the number is not valid</source>
        <translation>Nicht gespeichert: Name vergeben oder Nummer ungültig</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The phone is locked: only emergency numbers</source>
        <translation>Telefon gesperrt: nur Notrufnummern</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>Eine Gruppe braucht einen Namen</translation>
    </message>
    <message>
        <source>There is a group of that name</source>
        <translation>Es gibt schon eine Gruppe dieses Namens</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Ungültiger Wert</translation>
    </message>
</context>
</TS>
