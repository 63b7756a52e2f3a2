<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccountRow</name>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Registreren…</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>Registratie mislukt</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Niet geregistreerd</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Zwarte lijst</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Vrienden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Office Number</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Mobile Number</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Other Number</source>
        <translation>Ander nummer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Beltoon</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Lijn %1</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
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
        <translation>Doorverbinden naar</translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>Voer nummer in</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>In wacht: %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Lijn %1</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Search by name or number</source>
        <translation>Zoek op naam of nummer</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Zwarte lijst</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Vrienden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Geen contacten</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Geen resultaat</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
</context>
<context>
    <name>DssKeyEditor</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Lijn %1</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Ongeldige waarde</translation>
    </message>
    <message>
        <source>DSS key %1</source>
        <translation>DSS-toets %1</translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>Blacklist</source>
        <translation>Zwarte lijst</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Vrienden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Groepsnaam</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Dialed</source>
        <translation>Gekozen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Doorgeschakeld</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Geen gesprekken</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>No Service</source>
        <translation>Geen service</translation>
    </message>
    <message>
        <source>Call %1 back when free?</source>
        <translation>%1 terugbellen als vrij?</translation>
    </message>
    <message numerus="yes">
        <source>%n New Missed Call(s)</source>
        <translation>
            <numerusform>%n nieuwe gemiste oproep</numerusform>
            <numerusform>%n nieuwe gemiste oproepen</numerusform>
        </translation>
    </message>
    <message>
        <source>DSS</source>
        <translation>DSS</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>InCallScreen</name>
    <message>
        <source>Call waiting</source>
        <translation>Wisselgesprek</translation>
    </message>
    <message>
        <source>In conference</source>
        <translation>In conferentie</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In wacht</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferentie</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Gedempt</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Door de ander in wacht</translation>
    </message>
    <message>
        <source>Start Video</source>
        <translation>Video aan</translation>
    </message>
    <message>
        <source>Stop Video</source>
        <translation>Video uit</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Bitsnelheid</translation>
    </message>
    <message>
        <source>Loss (in / out)</source>
        <translation>Verlies (in / uit)</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Retourtijd</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Jitter buffer</source>
        <translation>Jitterbuffer</translation>
    </message>
</context>
<context>
    <name>IncomingScreen</name>
    <message>
        <source>Incoming call</source>
        <translation>Inkomende oproep</translation>
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
        <translation>Gaat over...</translation>
    </message>
    <message>
        <source>Calling...</source>
        <translation>Bellen...</translation>
    </message>
</context>
<context>
    <name>ParamRegistry</name>
    <message>
        <source>longer than %1 characters</source>
        <translation>langer dan %1 tekens</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>‘%1’ is geen 0 of 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>‘%1’ is geen geheel getal</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 ligt niet tussen %2 en %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>‘%1’ is geen getal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>‘%1’ is geen IP-adres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http, https, ftp, tftp or file URL</source>
        <translation>‘%1’ is geen http-, https-, ftp-, tftp- of file-URL</translation>
    </message>
    <message>
        <source>line breaks are not allowed</source>
        <translation>regeleinden zijn niet toegestaan</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Wrong password</source>
        <translation>Onjuist wachtwoord</translation>
    </message>
    <message>
        <source>The passwords differ</source>
        <translation>De wachtwoorden verschillen</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Ongeldige waarde</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Lijn %1</translation>
    </message>
    <message>
        <source>Enter the administrator password</source>
        <translation>Voer het beheerderswachtwoord in</translation>
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
        <translation>Aan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>On Code</source>
        <translation>Code aan</translation>
    </message>
    <message>
        <source>Off Code</source>
        <translation>Code uit</translation>
    </message>
    <message>
        <source>After Ring Time</source>
        <translation>Na beltijd</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Scherm</translation>
    </message>
    <message>
        <source>Brightness Level</source>
        <translation>Helderheid</translation>
    </message>
    <message>
        <source>Backlight Level</source>
        <translation>Achtergrondverlichting</translation>
    </message>
    <message>
        <source>Off when idle</source>
        <translation>Uit in rust</translation>
    </message>
    <message>
        <source>Dimmed when idle</source>
        <translation>Gedimd in rust</translation>
    </message>
    <message>
        <source>Backlight Time</source>
        <translation>Verlichtingsduur</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Altijd aan</translation>
    </message>
    <message>
        <source>Date &amp; Time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Time Type</source>
        <translation>Tijdbron</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>NTP Server 1</source>
        <translation>NTP-server 1</translation>
    </message>
    <message>
        <source>NTP Server 2</source>
        <translation>NTP-server 2</translation>
    </message>
    <message>
        <source>Daylight Saving</source>
        <translation>Zomertijd</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Date Format</source>
        <translation>Datumnotatie</translation>
    </message>
    <message>
        <source>Time Format</source>
        <translation>Tijdnotatie</translation>
    </message>
    <message>
        <source>24 Hour</source>
        <translation>24 uur</translation>
    </message>
    <message>
        <source>12 Hour</source>
        <translation>12 uur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Call Feature</source>
        <translation>Oproepfuncties</translation>
    </message>
    <message>
        <source>Call Forward</source>
        <translation>Doorschakelen</translation>
    </message>
    <message>
        <source>Always Forward</source>
        <translation>Altijd doorschakelen</translation>
    </message>
    <message>
        <source>Busy Forward</source>
        <translation>Doorschakelen bij bezet</translation>
    </message>
    <message>
        <source>No Answer Forward</source>
        <translation>Doorschakelen bij geen antwoord</translation>
    </message>
    <message>
        <source>Call Waiting</source>
        <translation>Wisselgesprek</translation>
    </message>
    <message>
        <source>Warning Tone</source>
        <translation>Waarschuwingstoon</translation>
    </message>
    <message>
        <source>Auto Answer</source>
        <translation>Automatisch opnemen</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Anonymous Call</source>
        <translation>Anoniem bellen</translation>
    </message>
    <message>
        <source>Anonymous Rejection</source>
        <translation>Anoniem weigeren</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercom</translation>
    </message>
    <message>
        <source>Intercom Mute</source>
        <translation>Intercom gedempt</translation>
    </message>
    <message>
        <source>Intercom Tone</source>
        <translation>Intercomtoon</translation>
    </message>
    <message>
        <source>Intercom Barge</source>
        <translation>Intercom inbreken</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Overige</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Key As Send</source>
        <translation>Verzendtoets</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>History Record</source>
        <translation>Historie bijhouden</translation>
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
        <translation>Hotline-vertraging</translation>
    </message>
    <message>
        <source>Auto Redial</source>
        <translation>Automatisch herhalen</translation>
    </message>
    <message>
        <source>Redial Interval</source>
        <translation>Herhaalinterval</translation>
    </message>
    <message>
        <source>Redial Times</source>
        <translation>Aantal herhalingen</translation>
    </message>
    <message>
        <source>Call Completion</source>
        <translation>Terugbellen bij bezet</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Geavanceerd</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>WAN Port</source>
        <translation>WAN-poort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Static IP</source>
        <translation>Vast IP</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP-adres</translation>
    </message>
    <message>
        <source>Subnet Mask</source>
        <translation>Subnetmasker</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Primary DNS</source>
        <translation>Primaire DNS</translation>
    </message>
    <message>
        <source>Secondary DNS</source>
        <translation>Secundaire DNS</translation>
    </message>
    <message>
        <source>PPPoE User</source>
        <translation>PPPoE-gebruiker</translation>
    </message>
    <message>
        <source>PPPoE Password</source>
        <translation>PPPoE-wachtwoord</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>VID Number</source>
        <translation>VID-nummer</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Webserver Type</source>
        <translation>Webserver</translation>
    </message>
    <message>
        <source>HTTP Status</source>
        <translation>HTTP actief</translation>
    </message>
    <message>
        <source>HTTP Port</source>
        <translation>HTTP-poort</translation>
    </message>
    <message>
        <source>HTTPS Status</source>
        <translation>HTTPS actief</translation>
    </message>
    <message>
        <source>HTTPS Port</source>
        <translation>HTTPS-poort</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <source>Current Password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Confirm Password</source>
        <translation>Wachtwoord bevestigen</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>Ring Tones</source>
        <translation>Beltonen</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Beltoon</translation>
    </message>
</context>
<context>
    <name>SoftkeyBar</name>
    <message>
        <source>Dial</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>End Call</source>
        <translation>Ophangen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Dempen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Geluid aan</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Doorverbind.</translation>
    </message>
    <message>
        <source>Call First</source>
        <translation>Eerst bellen</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Wisselen</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferentie</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Splitsen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Telefoonboek</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Call Back</source>
        <translation>Terugbellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nieuw contact</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No Service</source>
        <translation>Geen service</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Handset</source>
        <translation>Hoorn</translation>
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
        <translation>IP-adres</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>MAC-adres</translation>
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
        <translation>De telefoon is vergrendeld. Voer de pincode in om te ontgrendelen.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Onjuiste pincode</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>VideoArea</name>
    <message>
        <source>Video stopped</source>
        <translation>Video gestopt</translation>
    </message>
</context>
<context>
    <name>vidi::app::DssKeyModel</name>
    <message>
        <source>Conference</source>
        <translation>Conferentie</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Doorverbind.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Call Return</source>
        <translation>Laatste terugbellen</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <source>Call Park</source>
        <translation>Parkeren</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Voice Mail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Speed Dial</source>
        <translation>Snelkeuze</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercom</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <source>BLF</source>
        <translation>BLF</translation>
    </message>
    <message>
        <source>Group Pickup</source>
        <translation>Groep overnemen</translation>
    </message>
    <message>
        <source>BLF List</source>
        <translation>BLF-lijst</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Lijn %1</translation>
    </message>
    <message>
        <source>Shared Line</source>
        <translation>Gedeelde lijn</translation>
    </message>
</context>
<context>
    <name>vidi::app::Phone</name>
    <message>
        <source>Initializing...Please wait</source>
        <translation>Initialiseren... Even geduld</translation>
    </message>
    <message>
        <source>Forbidden Number</source>
        <translation>Verboden nummer</translation>
    </message>
    <message>
        <source>%1 saved to the directory</source>
        <translation>%1 in telefoonboek opgeslagen</translation>
    </message>
    <message>
        <source>Rebooting, please wait...</source>
        <translation>Herstarten, even geduld...</translation>
    </message>
    <message>
        <source>The contact is gone</source>
        <translation>Het contact bestaat niet meer</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Een contact heeft een naam nodig</translation>
    </message>
    <message>
        <source>The directory is full</source>
        <translation>Het telefoonboek is vol</translation>
    </message>
    <message>
        <source>Not saved: the name is taken or the number is not valid</source>
        <translation>Niet opgeslagen: naam bestaat al of nummer ongeldig</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>The phone is locked: only emergency numbers</source>
        <translation>Telefoon vergrendeld: alleen alarmnummers</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>Een groep heeft een naam nodig</translation>
    </message>
    <message>
        <source>There is a group of that name</source>
        <translation>Er is al een groep met die naam</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Ongeldige waarde</translation>
    </message>
</context>
</TS>
