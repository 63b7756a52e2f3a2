<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AccountRow</name>
    <message>
        <source>Registered</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Registrazione…</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>Registrazione non riuscita</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Non registrato</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Lista nera</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amici</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Office Number</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>Mobile Number</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <source>Other Number</source>
        <translation>Altro numero</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Suoneria</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linea %1</translation>
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
        <translation>Trasferisci a</translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>Inserisci numero</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>In attesa: %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linea %1</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Search by name or number</source>
        <translation>Cerca nome o numero</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Lista nera</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amici</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Nessun contatto</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>DssKeyEditor</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linea %1</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Valore non valido</translation>
    </message>
    <message>
        <source>DSS key %1</source>
        <translation>Tasto DSS %1</translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>Blacklist</source>
        <translation>Lista nera</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amici</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nome del gruppo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Dialed</source>
        <translation>Effettuate</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perse</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Inoltrate</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Nessuna chiamata</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>No Service</source>
        <translation>Nessun servizio</translation>
    </message>
    <message>
        <source>Call %1 back when free?</source>
        <translation>Richiamare %1 quando libero?</translation>
    </message>
    <message numerus="yes">
        <source>%n New Missed Call(s)</source>
        <translation>
            <numerusform>%n nuova chiamata persa</numerusform>
            <numerusform>%n nuove chiamate perse</numerusform>
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
        <translation>Avviso di chiamata</translation>
    </message>
    <message>
        <source>In conference</source>
        <translation>In conferenza</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferenza</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Messo in attesa dall&apos;altro</translation>
    </message>
    <message>
        <source>Start Video</source>
        <translation>Avvia video</translation>
    </message>
    <message>
        <source>Stop Video</source>
        <translation>Ferma video</translation>
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
        <translation>Perdita (in / out)</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Andata e ritorno</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Jitter buffer</source>
        <translation>Buffer di jitter</translation>
    </message>
</context>
<context>
    <name>IncomingScreen</name>
    <message>
        <source>Incoming call</source>
        <translation>Chiamata in arrivo</translation>
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
        <translation>Squilla...</translation>
    </message>
    <message>
        <source>Calling...</source>
        <translation>Chiamata...</translation>
    </message>
</context>
<context>
    <name>ParamRegistry</name>
    <message>
        <source>longer than %1 characters</source>
        <translation>più di %1 caratteri</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>«%1» non è 0 o 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» non è un numero intero</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 è fuori da %2 a %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» non è un numero</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>«%1» non è un indirizzo IP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http, https, ftp, tftp or file URL</source>
        <translation>«%1» non è un URL http, https, ftp, tftp o file</translation>
    </message>
    <message>
        <source>line breaks are not allowed</source>
        <translation>gli a capo non sono ammessi</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Wrong password</source>
        <translation>Password errata</translation>
    </message>
    <message>
        <source>The passwords differ</source>
        <translation>Le password non coincidono</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Valore non valido</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linea %1</translation>
    </message>
    <message>
        <source>Enter the administrator password</source>
        <translation>Inserisci la password di amministratore</translation>
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
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>On Code</source>
        <translation>Codice attivazione</translation>
    </message>
    <message>
        <source>Off Code</source>
        <translation>Codice disattivazione</translation>
    </message>
    <message>
        <source>After Ring Time</source>
        <translation>Dopo squilli per</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Impostazioni di base</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Schermo</translation>
    </message>
    <message>
        <source>Brightness Level</source>
        <translation>Luminosità</translation>
    </message>
    <message>
        <source>Backlight Level</source>
        <translation>Retroilluminazione</translation>
    </message>
    <message>
        <source>Off when idle</source>
        <translation>Spenta a riposo</translation>
    </message>
    <message>
        <source>Dimmed when idle</source>
        <translation>Attenuata a riposo</translation>
    </message>
    <message>
        <source>Backlight Time</source>
        <translation>Durata retroilluminazione</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Sempre accesa</translation>
    </message>
    <message>
        <source>Date &amp; Time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>Time Type</source>
        <translation>Tipo di ora</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>NTP Server 1</source>
        <translation>Server NTP 1</translation>
    </message>
    <message>
        <source>NTP Server 2</source>
        <translation>Server NTP 2</translation>
    </message>
    <message>
        <source>Daylight Saving</source>
        <translation>Ora legale</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatica</translation>
    </message>
    <message>
        <source>Date Format</source>
        <translation>Formato data</translation>
    </message>
    <message>
        <source>Time Format</source>
        <translation>Formato ora</translation>
    </message>
    <message>
        <source>24 Hour</source>
        <translation>24 ore</translation>
    </message>
    <message>
        <source>12 Hour</source>
        <translation>12 ore</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Call Feature</source>
        <translation>Funzioni di chiamata</translation>
    </message>
    <message>
        <source>Call Forward</source>
        <translation>Inoltro chiamata</translation>
    </message>
    <message>
        <source>Always Forward</source>
        <translation>Inoltra sempre</translation>
    </message>
    <message>
        <source>Busy Forward</source>
        <translation>Inoltra se occupato</translation>
    </message>
    <message>
        <source>No Answer Forward</source>
        <translation>Inoltra se non risponde</translation>
    </message>
    <message>
        <source>Call Waiting</source>
        <translation>Avviso di chiamata</translation>
    </message>
    <message>
        <source>Warning Tone</source>
        <translation>Tono di avviso</translation>
    </message>
    <message>
        <source>Auto Answer</source>
        <translation>Risposta automatica</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <source>Anonymous Call</source>
        <translation>Chiamata anonima</translation>
    </message>
    <message>
        <source>Anonymous Rejection</source>
        <translation>Rifiuta anonimi</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercom</translation>
    </message>
    <message>
        <source>Intercom Mute</source>
        <translation>Intercom muto</translation>
    </message>
    <message>
        <source>Intercom Tone</source>
        <translation>Tono intercom</translation>
    </message>
    <message>
        <source>Intercom Barge</source>
        <translation>Intercom in intrusione</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Key As Send</source>
        <translation>Tasto di invio</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>History Record</source>
        <translation>Registra cronologia</translation>
    </message>
    <message>
        <source>Hot Line</source>
        <translation>Linea diretta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Hotline Delay</source>
        <translation>Ritardo linea diretta</translation>
    </message>
    <message>
        <source>Auto Redial</source>
        <translation>Richiamata automatica</translation>
    </message>
    <message>
        <source>Redial Interval</source>
        <translation>Intervallo richiamata</translation>
    </message>
    <message>
        <source>Redial Times</source>
        <translation>Numero di tentativi</translation>
    </message>
    <message>
        <source>Call Completion</source>
        <translation>Completamento chiamata</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzate</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>WAN Port</source>
        <translation>Porta WAN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Static IP</source>
        <translation>IP statico</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>Indirizzo IP</translation>
    </message>
    <message>
        <source>Subnet Mask</source>
        <translation>Maschera di sottorete</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Primary DNS</source>
        <translation>DNS primario</translation>
    </message>
    <message>
        <source>Secondary DNS</source>
        <translation>DNS secondario</translation>
    </message>
    <message>
        <source>PPPoE User</source>
        <translation>Utente PPPoE</translation>
    </message>
    <message>
        <source>PPPoE Password</source>
        <translation>Password PPPoE</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>VID Number</source>
        <translation>Numero VID</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Webserver Type</source>
        <translation>Server web</translation>
    </message>
    <message>
        <source>HTTP Status</source>
        <translation>HTTP attivo</translation>
    </message>
    <message>
        <source>HTTP Port</source>
        <translation>Porta HTTP</translation>
    </message>
    <message>
        <source>HTTPS Status</source>
        <translation>HTTPS attivo</translation>
    </message>
    <message>
        <source>HTTPS Port</source>
        <translation>Porta HTTPS</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Imposta password</translation>
    </message>
    <message>
        <source>Current Password</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Confirm Password</source>
        <translation>Conferma password</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>Sfondo</translation>
    </message>
    <message>
        <source>Ring Tones</source>
        <translation>Suonerie</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Suoneria</translation>
    </message>
</context>
<context>
    <name>SoftkeyBar</name>
    <message>
        <source>Dial</source>
        <translation>Componi</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>End Call</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NonDist.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferisci</translation>
    </message>
    <message>
        <source>Call First</source>
        <translation>Chiama prima</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Alterna</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferenza</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Separa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Rubrica</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Call Back</source>
        <translation>Richiama</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nuovo contatto</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No Service</source>
        <translation>Nessun servizio</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NonDist.</translation>
    </message>
    <message>
        <source>Handset</source>
        <translation>Cornetta</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>Indirizzo IP</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>Indirizzo MAC</translation>
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
        <translation>Il telefono è bloccato. Inserisci il PIN per sbloccarlo.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN errato</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>VideoArea</name>
    <message>
        <source>Video stopped</source>
        <translation>Video fermato</translation>
    </message>
</context>
<context>
    <name>vidi::app::DssKeyModel</name>
    <message>
        <source>Conference</source>
        <translation>Conferenza</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferisci</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NonDist.</translation>
    </message>
    <message>
        <source>Call Return</source>
        <translation>Richiama ultimo</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Risposta per assente</translation>
    </message>
    <message>
        <source>Call Park</source>
        <translation>Parcheggio</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Voice Mail</source>
        <translation>Segreteria</translation>
    </message>
    <message>
        <source>Speed Dial</source>
        <translation>Selezione rapida</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercom</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>BLF</source>
        <translation>BLF</translation>
    </message>
    <message>
        <source>Group Pickup</source>
        <translation>Risposta di gruppo</translation>
    </message>
    <message>
        <source>BLF List</source>
        <translation>Elenco BLF</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linea %1</translation>
    </message>
    <message>
        <source>Shared Line</source>
        <translation>Linea condivisa</translation>
    </message>
</context>
<context>
    <name>vidi::app::Phone</name>
    <message>
        <source>Initializing...Please wait</source>
        <translation>Inizializzazione... Attendere</translation>
    </message>
    <message>
        <source>Forbidden Number</source>
        <translation>Numero vietato</translation>
    </message>
    <message>
        <source>%1 saved to the directory</source>
        <translation>%1 salvato in rubrica</translation>
    </message>
    <message>
        <source>Rebooting, please wait...</source>
        <translation>Riavvio, attendere...</translation>
    </message>
    <message>
        <source>The contact is gone</source>
        <translation>Il contatto non esiste più</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Un contatto deve avere un nome</translation>
    </message>
    <message>
        <source>The directory is full</source>
        <translation>La rubrica è piena</translation>
    </message>
    <message>
        <source>Not saved: the name is taken or the number is not valid</source>
        <translation>Non salvato: nome già usato o numero non valido</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>The phone is locked: only emergency numbers</source>
        <translation>Telefono bloccato: solo numeri di emergenza</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>Un gruppo deve avere un nome</translation>
    </message>
    <message>
        <source>There is a group of that name</source>
        <translation>Esiste già un gruppo con questo nome</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Valore non valido</translation>
    </message>
</context>
</TS>
